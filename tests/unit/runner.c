/* runner.c - runs every Check suite (one per tests/unit/check_NAME.c).
 *
 * usage: check_runner [RESULTS_FILE] [SUITE...]
 * Writes "PASSED FAILED" to RESULTS_FILE for tests/summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

typedef struct {
    const char *name;
    Suite *(*make)(void);
} SuiteEntry;

static const SuiteEntry suites[] = {
#define SUITE(name) {#name, name##_suite},
#include "suites.h"
#undef SUITE
};

static bool wanted(const char *name, int argc, char **argv)
{
    if (argc <= 2)
        return true;
    for (int i = 2; i < argc; i++)
        if (!strcmp(argv[i], name))
            return true;
    return false;
}

int main(int argc, char **argv)
{
    elfe_init();
    SRunner *runner = NULL;
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        if (!wanted(suites[i].name, argc, argv))
            continue;
        if (!runner)
            runner = srunner_create(suites[i].make());
        else
            srunner_add_suite(runner, suites[i].make());
    }
    if (!runner) {
        fprintf(stderr, "check_runner: no such suite\n");
        return 2;
    }
    srunner_run_all(runner, CK_NORMAL);
    int run = srunner_ntests_run(runner);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    if (argc > 1 && strcmp(argv[1], "-") != 0) {
        FILE *f = fopen(argv[1], "w");
        if (f) {
            fprintf(f, "%d %d\n", run - failed, failed);
            fclose(f);
        }
    }
    return failed ? 1 : 0;
}

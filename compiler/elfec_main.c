/* elfec_main.c - the `elfec` command: compile LFE modules to files.
 *
 * Only --version and --help exist until the compiler lands.
 */
#include <stdio.h>
#include <string.h>

#include "../include/elfe.h"

int main(int argc, char **argv)
{
    elfe_init();
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--version") || !strcmp(argv[i], "-v")) {
            printf("elfec %s\n", elfe_version());
            return 0;
        }
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: elfec [-o DIR] FILE.lfe...\n");
            return 0;
        }
    }
    fprintf(stderr, "elfec: compiling is not available yet\n");
    return 2;
}

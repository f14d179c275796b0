/* main.c - the `elfe` command: option parsing and dispatch.
 *
 * `elfe --version` and `elfe --help` work today.  With no arguments elfe
 * starts the read-print loop in repl/shell.c; running scripts (`elfe
 * FILE`), `-e EXPR` and `-pa DIR` arrive with the compiler and VM.
 */
#include <stdio.h>
#include <string.h>

#include "../include/elfe.h"
#include "shell.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: elfe [OPTION]... [FILE [ARG]...]\n"
            "\n"
            "Lisp Flavoured Erlang, implemented natively in C.\n"
            "\n"
            "With no FILE, start the interactive shell.\n"
            "\n"
            "options:\n"
            "  -h, --help       print this help and exit\n"
            "  -v, --version    print the version and exit\n");
}

int main(int argc, char **argv)
{
    elfe_init();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--version") || !strcmp(a, "-v")) {
            printf("elfe %s (LFE %s, Erlang/OTP %s compatible)\n",
                   elfe_version(), ELFE_LFE_VERSION, ELFE_OTP_RELEASE);
            return 0;
        }
        fprintf(stderr, "elfe: unknown option or not yet supported: %s\n", a);
        usage(stderr);
        return 2;
    }
    return shell_run();
}

/* main.c - the `elfe` command: option parsing and dispatch.
 *
 *   elfe [-pa DIR]... -e EXPR      evaluate expressions
 *   elfe [-pa DIR]... FILE ARGS... run a script's main/1
 *   elfe [-nobanner] [-prompt P] [--watch DIR]   the shell (repl/shell.c)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../include/elfe.h"
#include "../runtime/boot.h"
#include "../runtime/code.h"
#include "eval.h"
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
            "  -pa DIR          add DIR to the front of the code path\n"
            "  -e EXPR          evaluate the expressions in EXPR and exit\n"
            "  -nobanner        start the shell without the banner\n"
            "  -prompt P        the shell's prompt (default \"lfe> \")\n"
            "  --watch DIR      start the shell watching DIR: a changed\n"
            "                   DIR/*.lfe is recompiled and reloaded\n"
            "  -h, --help       print this help and exit\n"
            "  -v, --version    print the version and exit\n");
}

int main(int argc, char **argv)
{
    elfe_init();
    Runtime *rt = code_new_runtime();
    const char *libdir = getenv("ELFE_LIB");
    if (libdir && *libdir)
        code_add_path(rt, libdir, true);
    else
        code_set_boot_image(rt, boot_modules, boot_module_count);
    /* As Erlang's: "." first; -pa goes before it, -pz after. */
    code_add_path(rt, ".", false);
    ShellOptions shell = {0};
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
        if ((!strcmp(a, "-pa") || !strcmp(a, "-pz")) && i + 1 < argc) {
            code_add_path(rt, argv[++i], a[2] == 'a');
            continue;
        }
        if (!strcmp(a, "-e") && i + 1 < argc) {
            int status = eval_text(rt, argv[++i]);
            fflush(stdout);
            return status;
        }
        if (!strcmp(a, "-nobanner") || !strcmp(a, "--nobanner")) {
            shell.nobanner = true;
            continue;
        }
        if (!strcmp(a, "-banner")) {
            shell.banner = true;
            continue;
        }
        if ((!strcmp(a, "-prompt") || !strcmp(a, "--prompt")) &&
            i + 1 < argc) {
            shell.prompt = argv[++i];
            continue;
        }
        if ((!strcmp(a, "--watch") || !strcmp(a, "-watch")) &&
            i + 1 < argc) {
            shell.watch = argv[++i];
            continue;
        }
        if (a[0] != '-') {
            int status = eval_script(rt, a, argc - i - 1, argv + i + 1);
            fflush(stdout);
            return status;
        }
        fprintf(stderr, "elfe: unknown option or not yet supported: %s\n", a);
        usage(stderr);
        return 2;
    }
    return shell_run(rt, &shell);
}

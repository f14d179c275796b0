/* shell.h - the interactive shell (`elfe` with no file). */
#ifndef ELFE_SHELL_H
#define ELFE_SHELL_H

#include "../runtime/code.h"

typedef struct ShellOptions {
    const char *prompt; /* -prompt P, or NULL for "lfe> " */
    bool nobanner;      /* -nobanner                       */
    bool banner;        /* -banner: even when not a terminal */
    const char *watch;  /* --watch DIR (lib/lfe_shell_watch.lfe), or NULL */
} ShellOptions;

/* Run the shell (lib/lfe_shell.lfe) until (q), (exit) or end of input;
 * the exit status. */
int shell_run(Runtime *rt, const ShellOptions *opts);

#endif

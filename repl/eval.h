/* eval.h - evaluating expressions and running scripts for `elfe`. */
#ifndef ELFE_EVAL_H
#define ELFE_EVAL_H

#include "../runtime/code.h"

/* Evaluate every form in text (elfe -e): compiled, then run.  Returns the
 * exit status: 0, or 1 after an uncaught exception (printed to stderr). */
int eval_text(Runtime *rt, const char *text);
/* Run a script file: compile its functions, call main/1 with args as a
 * list of strings. */
int eval_script(Runtime *rt, const char *path, int argc, char **argv);

#endif

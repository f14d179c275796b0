/* shell.h - the interactive front end of `elfe`. */
#ifndef ELFE_SHELL_H
#define ELFE_SHELL_H

/* Run the shell on standard input until end of input; returns the exit
 * status.  Until the compiler lands, the shell reads each form and prints
 * it back in LFE syntax (a read-print loop), which shows how elfe reads. */
int shell_run(void);

#endif

/* shell.c - the read-print loop, with GNU readline on a terminal.
 *
 * Lines are gathered until they hold complete forms (the reader says when
 * input ended inside a form, and the prompt changes to a continuation
 * prompt); each form is then printed back in LFE syntax, and read errors
 * are reported in the Erlang style without leaving the shell.  Piped input
 * is read without readline, so the shell can be scripted.
 */
#include "shell.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "../include/elfe.h"
#include "../reader/print.h"
#include "../reader/read.h"
#include "../runtime/strbuf.h"

static char *next_line(bool tty, const char *prompt)
{
    if (tty)
        return readline(prompt);
    size_t cap = 0;
    char *line = NULL;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = 0;
    return line;
}

/* Read and print every complete form in pending; keep an unfinished tail. */
static void eval_pending(StrBuf *pending, bool *incomplete)
{
    Reader *r = reader_new("shell", (const uint8_t *)pending->data,
                           pending->len, NULL);
    Term form;
    ReadError err;
    int status;
    PrintOpts opts = print_default_opts();
    while ((status = reader_next(r, &form, &err)) == 1) {
        StrBuf out = {0};
        print_lfe_pretty(&out, form, &opts);
        printf("%s\n", out.data);
    }
    *incomplete = status < 0 && reader_incomplete(r);
    if (status < 0 && !*incomplete) {
        StrBuf msg = {0};
        read_error_format(&err, &msg);
        fprintf(stderr, "%s\n", msg.data);
    }
    if (!*incomplete)
        strbuf_clear(pending);
    fflush(stdout);
}

int shell_run(void)
{
    bool tty = isatty(STDIN_FILENO);
    if (tty)
        printf("elfe %s (LFE %s) -- reader only: forms are read and printed "
               "back\n",
               elfe_version(), ELFE_LFE_VERSION);
    StrBuf pending = {0};
    strbuf_init(&pending);
    bool incomplete = false;
    char *line;
    while ((line = next_line(tty, incomplete ? "   " : "lfe> ")) != NULL) {
        if (tty && *line)
            add_history(line);
        strbuf_puts(&pending, line);
        strbuf_putc(&pending, '\n');
        free(line);
        eval_pending(&pending, &incomplete);
    }
    if (incomplete) {
        incomplete = false;
        Reader *r = reader_new("shell", (const uint8_t *)pending.data,
                               pending.len, NULL);
        Term form;
        ReadError err;
        while (reader_next(r, &form, &err) == 1)
            ;
        StrBuf msg = {0};
        read_error_format(&err, &msg);
        fprintf(stderr, "%s\n", msg.data);
        return 1;
    }
    if (tty)
        printf("\n");
    return 0;
}

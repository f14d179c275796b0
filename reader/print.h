/* print.h - the two term printers: LFE syntax and Erlang syntax.
 *
 * Byte-identical to the reference implementations:
 *  - print_lfe_*: lfe_io:print/1 and lfe_io:format's ~w and ~p;
 *  - print_erl_*: io_lib:format's ~w and ~p (io_lib:write, io_lib_pretty).
 * "write" prints on one line; "pretty" breaks lines to fit line_length,
 * starting at column `column`, as ~p does.  A depth limit gives ~W / ~P.
 */
#ifndef ELFE_PRINT_H
#define ELFE_PRINT_H

#include <stdio.h>

#include "../runtime/strbuf.h"
#include "../runtime/term.h"

typedef struct PrintOpts {
    int depth;       /* -1: unlimited; else ~W / ~P depth      */
    int column;      /* column the term starts at (~p), 1-based */
    int line_length; /* ~p line length, 80 by default          */
    bool unicode;    /* ~tp/~tw: any Unicode text prints as a string */
    int chars_limit; /* -1: unlimited (io_lib's chars_limit)    */
    bool strings;    /* false (~lp): lists, binaries never text */
} PrintOpts;

/* depth -1, column 1, line_length 80, unicode false, chars_limit -1,
 * strings true. */
PrintOpts print_default_opts(void);

/* LFE syntax. */
void print_lfe_write(StrBuf *out, Term t, const PrintOpts *opts);
void print_lfe_pretty(StrBuf *out, Term t, const PrintOpts *opts);
/* print_lfe_write with the default options, to a C stream (the runtime's
 * own messages: crash reports, uncaught errors). */
void print_lfe_file(FILE *f, Term t);
/* An atom as an LFE symbol, with |...| when it needs them. */
void print_lfe_atom(StrBuf *out, Term atom);

/* Erlang syntax. */
void print_erl_write(StrBuf *out, Term t, const PrintOpts *opts);
void print_erl_pretty(StrBuf *out, Term t, const PrintOpts *opts);
/* An atom as Erlang writes it, with '...' when it needs them. */
void print_erl_atom(StrBuf *out, Term atom);

#endif

/* expandtool.c - reads LFE forms from standard input, macro-expands them
 * and prints each result, for golden tests of the expander.
 *
 * usage: expandtool file|expr [w|p] [-nomacros]
 *   file: the input is a module file (expand_forms), one output line (or
 *         pretty block) per top-level core form;
 *   expr: each input form is one expression (expand_expr).
 *   w / p: print with lfe_io ~w (default) or ~p.
 *   -nomacros: leave out define-macro forms (LFE emits its record macros
 *         as define-macro forms, elfe expands them natively).
 * An error prints "FILE:LINE:COL: message"; in expr mode the next form
 * is expanded after it.  Exit status 1 after any error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/expand.h"
#include "../../include/elfe.h"
#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/atom.h"
#include "slurp.h"

static void print(Term t, bool pretty)
{
    StrBuf out;
    strbuf_init(&out);
    PrintOpts opts = print_default_opts();
    if (pretty)
        print_lfe_pretty(&out, t, &opts);
    else
        print_lfe_write(&out, t, &opts);
    fwrite(out.data, 1, out.len, stdout);
    putchar('\n');
}

static void print_error(const ExpandError *err)
{
    printf("%s:%u:%u: %s\n", err->file ? err->file : "-", err->line, err->col,
           err->message);
}

int main(int argc, char **argv)
{
    if (argc < 2 || (strcmp(argv[1], "file") && strcmp(argv[1], "expr"))) {
        fprintf(stderr, "usage: expandtool file|expr [w|p] [-nomacros]\n");
        return 2;
    }
    elfe_init();
    bool file = !strcmp(argv[1], "file");
    bool pretty = false, nomacros = false;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "p"))
            pretty = true;
        else if (!strcmp(argv[i], "-nomacros"))
            nomacros = true;
    }
    size_t len;
    uint8_t *text = slurp(stdin, &len);
    SrcMap *positions = srcmap_new("stdin");
    Reader *r = reader_new("stdin", text, len, positions);
    Expander *e = expand_new("stdin", positions);
    expand_set_lfe_calls(e, false); /* LFE's expansion, as lfe_macro gives it */
    Term forms = NIL, t;
    ReadError rerr;
    int status;
    while ((status = reader_next(r, &t, &rerr)) == 1)
        forms = make_cons(t, forms);
    if (status < 0) {
        StrBuf msg;
        strbuf_init(&msg);
        read_error_format(&rerr, &msg);
        printf("%s\n", msg.data);
        return 1;
    }
    forms = list_reverse(forms, NIL);
    Term dm = atom_from_cstr("define-macro");
    ExpandError err;
    int rc = 0;
    if (file) {
        Term out;
        if (expand_forms(e, forms, &out, &err) < 0) {
            print_error(&err);
            return 1;
        }
        for (; term_is_cons(out); out = CDR(out)) {
            Term f = CAR(out);
            if (nomacros && term_is_cons(f) && CAR(f) == dm)
                continue;
            print(f, pretty);
        }
        return 0;
    }
    for (; term_is_cons(forms); forms = CDR(forms)) {
        Term out;
        if (expand_expr(e, CAR(forms), &out, &err) < 0) {
            print_error(&err);
            rc = 1;
            continue;
        }
        print(out, pretty);
    }
    return rc;
}

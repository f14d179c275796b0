/* compile.c - the compiler driver: read, expand, lower (compile.h). */
#include "compile.h"

#include <stdio.h>
#include <string.h>

#include "../reader/read.h"
#include "expand.h"

int compile_text(const char *file, const uint8_t *text, size_t len,
                 Term *modules, CompileError *err)
{
    memset(err, 0, sizeof *err);
    SrcMap *pos = srcmap_new(file);
    Reader *r = reader_new(file, text, len, pos);
    Term forms = NIL;
    Term t;
    ReadError rerr;
    int st;
    while ((st = reader_next(r, &t, &rerr)) == 1)
        forms = make_cons(t, forms);
    if (st < 0) {
        snprintf(err->file, sizeof err->file, "%s", file);
        err->line = rerr.line;
        err->col = rerr.col;
        snprintf(err->message, sizeof err->message, "%s", rerr.message);
        return -1;
    }
    forms = list_reverse(forms, NIL);
    Expander *ex = expand_new(file, pos);
    Term core;
    ExpandError eerr;
    if (expand_forms(ex, forms, &core, &eerr) < 0) {
        snprintf(err->file, sizeof err->file, "%s", file);
        err->line = eerr.line;
        err->col = eerr.col;
        snprintf(err->message, sizeof err->message, "%s", eerr.message);
        return -1;
    }
    return compile_core(core, file, pos, modules, err);
}

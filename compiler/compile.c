/* compile.c - the compiler driver: read, expand, lower (compile.h). */
#include "compile.h"

#include <stdio.h>
#include <string.h>

#include "../reader/print.h"
#include "../reader/read.h"
#include "../runtime/atom.h"
#include "../runtime/code.h"
#include "../runtime/gc.h"
#include "expand.h"

/* ---- compile-time evaluation -------------------------------------------
 * User macros (defmacro, macrolet, eval-when-compile) and #. read-time
 * forms run on the VM while compiling, in a runtime of the compiler's own
 * with the standard library's boot image: the expression is compiled
 * into a one-function module, loaded and called in a fresh process. */

typedef struct EvalCtx {
    Runtime *rt;
    Expander *ex;
} EvalCtx;

static Term run_core(EvalCtx *cx, Term core, char *msg, size_t msglen)
{
    if (!cx->rt) {
        cx->rt = code_new_runtime();
        code_set_boot_image(cx->rt, boot_modules, boot_module_count);
    }
    Process *p = NULL;
    CompileError cerr;
    Term v = compile_run_expr(cx->rt, atom_from_cstr("$elfe_compile_time"),
                              core, &p, &cerr);
    if (v == NONE && !p) {
        snprintf(msg, msglen, "%s", cerr.message);
        return NONE;
    }
    if (v == NONE) {
        StrBuf b;
        strbuf_init(&b);
        PrintOpts o = print_default_opts();
        o.depth = 10;
        print_lfe_write(&b, p->exc_class, &o);
        strbuf_putc(&b, ':');
        print_lfe_write(&b, p->exc_reason, &o);
        snprintf(msg, msglen, "evaluation failed: %s", b.data);
    }
    return v;
}

static Term macro_eval(void *ctx, Term fn, Term args, ExpandError *err)
{
    /* (funcall FN 'ARG ...) */
    Term quoted = NIL;
    for (Term a = args; term_is_cons(a); a = CDR(a))
        quoted = make_cons(make_cons(ATOM_quote, make_cons(CAR(a), NIL)),
                           quoted);
    Term call = make_cons(atom_from_cstr("funcall"),
                          make_cons(fn, list_reverse(quoted, NIL)));
    return run_core(ctx, call, err->message, sizeof err->message);
}

static Term read_eval(void *ctx, Term form, ReadError *err)
{
    EvalCtx *cx = ctx;
    Term core;
    ExpandError eerr;
    if (expand_expr(cx->ex, form, &core, &eerr) < 0) {
        snprintf(err->message, sizeof err->message, "%.190s", eerr.message);
        return NONE;
    }
    return run_core(cx, core, err->message, sizeof err->message);
}

Term compile_run_expr(Runtime *rt, Term name, Term core, Process **proc,
                      CompileError *err)
{
    *proc = NULL;
    Term assembly;
    if (compile_expr_module(name, core, &assembly, err) < 0)
        return NONE;
    StrBuf lerr;
    strbuf_init(&lerr);
    if (code_load_asm(rt, assembly, &lerr) < 0) {
        snprintf(err->file, sizeof err->file, "%s", atom_name(name));
        err->line = err->col = 0;
        snprintf(err->message, sizeof err->message, "%s", lerr.data);
        return NONE;
    }
    Export *e = code_find_export(rt, name, name, 0);
    return vm_call(rt, e->code, NULL, 0, proc);
}

int compile_text(const char *file, const uint8_t *text, size_t len,
                 Term *modules, CompileError *err)
{
    return compile_text_warn(file, text, len, modules, err, NULL);
}

int compile_text_warn(const char *file, const uint8_t *text, size_t len,
                      Term *modules, CompileError *err, StrBuf *warnings)
{
    memset(err, 0, sizeof *err);
    SrcMap *pos = srcmap_new(file);
    Reader *r = reader_new(file, text, len, pos);
    EvalCtx *cx = gc_alloc(sizeof *cx);
    cx->ex = expand_new(file, pos);
    expand_set_eval(cx->ex, macro_eval, cx);
    reader_set_eval(r, read_eval, cx);
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
    Expander *ex = cx->ex;
    Term core;
    ExpandError eerr;
    if (expand_forms(ex, forms, &core, &eerr) < 0) {
        snprintf(err->file, sizeof err->file, "%s", file);
        err->line = eerr.line;
        err->col = eerr.col;
        snprintf(err->message, sizeof err->message, "%s", eerr.message);
        return -1;
    }
    if (compile_core(core, file, pos, modules, err) < 0)
        return -1;
    if (warnings)
        expand_warnings(core, file, pos, warnings);
    return 0;
}

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
    Term missing; /* modules that could not be loaded (a list) */
} EvalCtx;

/* The compile-time runtime's code path, where it finds the modules whose
 * exported macros a file uses: a list of directory strings, or NONE for
 * just ".". */
static Term ct_path = NONE;

static Term ct_path_or_dot(void)
{
    return ct_path != NONE ? ct_path : make_cons(list_from_cstr("."), NIL);
}

void compile_add_path(const char *dir)
{
    ct_path = make_cons(list_from_cstr(dir), ct_path_or_dot());
}

void compile_set_path(Term dirs) { ct_path = dirs; }

static void ensure_runtime(EvalCtx *cx)
{
    if (cx->rt)
        return;
    cx->rt = code_new_runtime();
    code_set_boot_image(cx->rt, boot_modules, boot_module_count);
    cx->rt->code_path = ct_path_or_dot();
}

static Term run_core(EvalCtx *cx, Term core, char *msg, size_t msglen)
{
    ensure_runtime(cx);
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

/* Whether module m, loaded by the compile-time runtime if it can be,
 * lists name in an export-macro attribute. */
static bool macro_export(void *ctx, Term m, Term name)
{
    EvalCtx *cx = ctx;
    ensure_runtime(cx);
    for (Term l = cx->missing; term_is_cons(l); l = CDR(l))
        if (CAR(l) == m)
            return false;
    if (!code_ensure_loaded(cx->rt, m)) {
        cx->missing = make_cons(m, cx->missing);
        return false;
    }
    Module *mod = code_module(cx->rt, m);
    for (Term a = mod ? mod->attributes : NIL; term_is_cons(a); a = CDR(a)) {
        Term at = CAR(a);
        if (!term_is_tuple(at) || tuple_arity(at) != 2 ||
            tuple_elems(at)[0] != atom_from_cstr("export-macro"))
            continue;
        for (Term l = tuple_elems(at)[1]; term_is_cons(l); l = CDR(l))
            if (CAR(l) == name)
                return true;
    }
    return false;
}

Expander *compile_expander(const char *file, SrcMap *pos)
{
    EvalCtx *cx = gc_alloc(sizeof *cx);
    cx->missing = NIL;
    cx->ex = expand_new(file, pos);
    expand_set_eval(cx->ex, macro_eval, cx);
    expand_set_macro_export(cx->ex, macro_export);
    return cx->ex;
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

/* ---- doc strings ---------------------------------------------------------
 * The expander leaves doc strings in the metadata of define-module,
 * define-function and define-macro; code generation has no use for them.
 * So that the shell's (doc ...) can show them from a loaded module, each
 * module that has any gets the attribute
 *   (elfe_docs #(ModDoc ((function Name Arity Docs) (macro Name 1 Docs) ...)))
 * where ModDoc and Docs are lists of doc strings (ModDoc may be ()),
 * listing the exported functions with docs and every exported macro
 * (Docs () when it has none); a module with exported macros always has
 * it (the shell's (m mod) lists them).  erlang:get_module_info hides the
 * attribute; elfe_code:docs/1 returns it. */

static bool sym_is(Term t, const char *s)
{
    return term_is_atom(t) && !strcmp(atom_name(t), s);
}

/* The elements of the proper list a, then tail. */
static Term append(Term a, Term tail)
{
    Term r = NIL;
    for (; term_is_cons(a); a = CDR(a))
        r = make_cons(CAR(a), r);
    return list_reverse(r, tail);
}

/* The doc strings of a metadata list ((doc S) (spec ...) ...). */
static Term meta_docs(Term meta)
{
    Term out = NIL;
    for (Term l = meta; term_is_cons(l); l = CDR(l)) {
        Term m = CAR(l);
        if (term_is_cons(m) && sym_is(CAR(m), "doc"))
            for (Term d = CDR(m); term_is_cons(d); d = CDR(d))
                out = make_cons(CAR(d), out);
    }
    return list_reverse(out, NIL);
}

static int64_t lambda_arity(Term def)
{
    if (!term_is_cons(def) || !term_is_cons(CDR(def)))
        return -1;
    Term a = CAR(CDR(def));
    if (sym_is(CAR(def), "match-lambda")) /* ((pats ...) body) */
        a = term_is_cons(a) ? CAR(a) : NONE;
    int64_t n = 0;
    for (; term_is_cons(a); a = CDR(a))
        n++;
    return a == NIL ? n : -1;
}

static bool listed(Term exports, Term name, int64_t arity)
{
    for (Term l = exports; term_is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (sym_is(e, "all"))
            return true;
        if (arity < 0 ? e == name
                      : (term_is_cons(e) && CAR(e) == name &&
                         term_is_cons(CDR(e)) &&
                         CAR(CDR(e)) == make_small(arity)))
            return true;
    }
    return false;
}

/* The docs attribute for the module whose define-module is def and whose
 * other forms follow it in rest, or NONE when it has no doc string. */
static Term module_docs(Term def, Term rest)
{
    Term meta = CAR(CDR(CDR(def))), attrs = CAR(CDR(CDR(CDR(def))));
    Term fexps = NIL, mexps = NIL;
    for (Term l = attrs; term_is_cons(l); l = CDR(l)) {
        Term a = CAR(l);
        if (term_is_cons(a) && sym_is(CAR(a), "export"))
            fexps = append(CDR(a), fexps);
        else if (term_is_cons(a) && sym_is(CAR(a), "export-macro"))
            mexps = append(CDR(a), mexps);
        else if (term_is_cons(a) && sym_is(CAR(a), "doc"))
            meta = make_cons(a, meta);
    }
    Term mdoc = meta_docs(meta);
    bool any = mdoc != NIL;
    Term entries = NIL;
    for (Term l = rest; term_is_cons(l); l = CDR(l)) {
        Term f = CAR(l);
        if (!term_is_cons(f))
            continue;
        if (sym_is(CAR(f), "define-module"))
            break;
        bool fun = sym_is(CAR(f), "define-function");
        if (!fun && !sym_is(CAR(f), "define-macro"))
            continue;
        if (list_length(f) != 4)
            continue;
        Term name = CAR(CDR(f));
        Term docs = meta_docs(CAR(CDR(CDR(f))));
        int64_t ar = fun ? lambda_arity(CAR(CDR(CDR(CDR(f))))) : 1;
        if (fun ? (ar < 0 || docs == NIL || !listed(fexps, name, ar))
                : !listed(mexps, name, -1))
            continue;
        any = any || docs != NIL || !fun;
        Term e[4] = {atom_from_cstr(fun ? "function" : "macro"), name,
                     make_small(ar), docs};
        entries = make_cons(list_from_array(e, 4), entries);
    }
    if (!any)
        return NONE;
    Term v = make_tuple2(mdoc, list_reverse(entries, NIL));
    Term at[2] = {atom_from_cstr("elfe_docs"), v};
    return list_from_array(at, 2);
}

/* Add the docs attribute to each define-module of core that has docs (in
 * place: the expander made the define-module form, so the attribute
 * list's cell is ours, and the form keeps its source position). */
static void add_docs(Term core)
{
    for (Term l = core; term_is_cons(l); l = CDR(l)) {
        Term f = CAR(l);
        if (!term_is_cons(f) || !sym_is(CAR(f), "define-module") ||
            list_length(f) != 4)
            continue;
        Term at = module_docs(f, CDR(l));
        if (at != NONE) {
            Term cell = CDR(CDR(CDR(f)));
            CAR(cell) = append(CAR(cell), make_cons(at, NIL));
        }
    }
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
    cx->missing = NIL;
    cx->ex = expand_new(file, pos);
    expand_set_eval(cx->ex, macro_eval, cx);
    expand_set_macro_export(cx->ex, macro_export);
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
    add_docs(core);
    if (compile_core(core, file, pos, modules, err) < 0)
        return -1;
    if (warnings)
        expand_warnings(core, file, pos, warnings);
    return 0;
}

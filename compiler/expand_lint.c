/* expand_lint.c - compile warnings found on the expanded (core) forms.
 *
 * LFE hands its modules to the Erlang compiler, which warns about local
 * functions that nothing reachable from the exports calls: "function g/0
 * is unused".  This finds the same ones: per module, a walk over each
 * function's body collects the local names it calls ((name arg ...) and
 * (function name arity)); quoted data is skipped, and anything else that
 * looks like a call counts as one, so a doubt never gives a warning.
 * Exported functions are the roots; with (export all) nothing is unused.
 */
#include "expand_impl.h"

#include <string.h>

#include "../runtime/atom.h"
#include "../runtime/gc.h"

typedef struct Fn {
    Term name, def, form;
    int64_t arity;
    bool used;
} Fn;

typedef struct Lint {
    Fn *fns;
    size_t n;
    Term quote, function, lambda, match_lambda;
} Lint;

static Fn *find(Lint *l, Term name, int64_t arity)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->fns[i].name == name && l->fns[i].arity == arity)
            return &l->fns[i];
    return NULL;
}

static void mark(Lint *l, Fn *f);

/* Mark every local function the form t may call. */
static void walk(Lint *l, Term t, int depth)
{
    while (term_is_cons(t) && depth < 10000) {
        Term h = CAR(t);
        if (h == l->quote)
            return;
        int64_t n = list_length(t);
        if (term_is_atom(h) && n >= 1) {
            Fn *f = find(l, h, n - 1);
            if (f)
                mark(l, f);
            if (h == l->function && n == 3 && term_is_atom(CAR(CDR(t))) &&
                term_is_small(CAR(CDR(CDR(t))))) {
                f = find(l, CAR(CDR(t)), small_val(CAR(CDR(CDR(t)))));
                if (f)
                    mark(l, f);
            }
        }
        walk(l, h, depth + 1);
        t = CDR(t);
    }
}

static void mark(Lint *l, Fn *f)
{
    if (f->used)
        return;
    f->used = true;
    walk(l, f->def, 0);
}

static int64_t def_arity(Lint *l, Term def)
{
    if (!term_is_cons(def) || !term_is_cons(CDR(def)))
        return -1;
    Term a = CAR(CDR(def));
    if (CAR(def) == l->lambda)
        return list_length(a);
    if (CAR(def) == l->match_lambda && term_is_cons(a))
        return list_length(CAR(a));
    return -1;
}

/* One module: its define-module form and the forms up to the next. */
static void module_warnings(Lint *l, Term mod, Term forms, const char *file,
                            SrcMap *pos, StrBuf *out)
{
    size_t cap = 16;
    l->fns = gc_alloc(cap * sizeof(Fn));
    l->n = 0;
    Term define_function = atom_from_cstr("define-function");
    Term define_module = atom_from_cstr("define-module");
    for (Term f = forms; term_is_cons(f); f = CDR(f)) {
        Term x = CAR(f);
        if (!term_is_cons(x) || CAR(x) == define_module)
            break;
        if (CAR(x) != define_function || list_length(x) != 4 ||
            !term_is_atom(CAR(CDR(x))))
            continue;
        Term def = CAR(CDR(CDR(CDR(x))));
        if (l->n == cap) {
            Fn *nf = gc_alloc(2 * cap * sizeof(Fn));
            memcpy(nf, l->fns, cap * sizeof(Fn));
            l->fns = nf;
            cap *= 2;
        }
        l->fns[l->n++] = (Fn){CAR(CDR(x)), def, x, def_arity(l, def), false};
    }
    /* Generated for exported macros, and exported by the compiler. */
    Fn *leem = find(l, atom_from_cstr("LFE-EXPAND-EXPORTED-MACRO"), 3);
    if (leem)
        mark(l, leem);
    Term export = atom_from_cstr("export"), all = atom_from_cstr("all");
    /* The define-module's attributes, then each extend-module's. */
    Term attrs = list_reverse(expand_nth(mod, 3), NIL);
    Term extend_module = atom_from_cstr("extend-module");
    for (Term f = forms; term_is_cons(f); f = CDR(f)) {
        Term x = CAR(f);
        if (!term_is_cons(x) || CAR(x) == define_module)
            break;
        if (CAR(x) == extend_module && list_length(x) == 3)
            for (Term a = expand_nth(x, 2); term_is_cons(a); a = CDR(a))
                attrs = make_cons(CAR(a), attrs);
    }
    for (Term a = list_reverse(attrs, NIL); term_is_cons(a); a = CDR(a)) {
        Term at = CAR(a);
        if (!term_is_cons(at) || CAR(at) != export)
            continue;
        for (Term e = CDR(at); term_is_cons(e); e = CDR(e)) {
            Term fa = CAR(e);
            if (fa == all)
                return;
            if (list_length(fa) == 2 && term_is_small(CAR(CDR(fa)))) {
                Fn *fn = find(l, CAR(fa), small_val(CAR(CDR(fa))));
                if (fn)
                    mark(l, fn);
            }
        }
    }
    for (size_t i = 0; i < l->n; i++) {
        Fn *fn = &l->fns[i];
        if (fn->used || fn->arity < 0)
            continue;
        SrcPos p;
        strbuf_puts(out, file);
        if (pos && srcmap_get(pos, fn->form, &p))
            strbuf_printf(out, ":%u:%u", p.line, p.col);
        strbuf_puts(out, ": Warning: function ");
        StrBuf nm;
        strbuf_init(&nm);
        expand_show(&nm, fn->name);
        strbuf_printf(out, "%s/%lld is unused\n", nm.data,
                      (long long)fn->arity);
    }
}

void expand_warnings(Term core, const char *file, SrcMap *pos, StrBuf *out)
{
    Lint l = {0};
    l.quote = atom_from_cstr("quote");
    l.function = atom_from_cstr("function");
    l.lambda = atom_from_cstr("lambda");
    l.match_lambda = atom_from_cstr("match-lambda");
    Term define_module = atom_from_cstr("define-module");
    for (Term f = core; term_is_cons(f); f = CDR(f))
        if (term_is_cons(CAR(f)) && CAR(CAR(f)) == define_module)
            module_warnings(&l, CAR(f), CDR(f), file, pos, out);
}

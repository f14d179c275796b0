/* expand_eval.c - a small native evaluator for the bodies of user macros.
 *
 * Most macros only take their arguments apart and build a form with
 * backquote.  Running those on the VM would cost a compile and a call
 * per expansion (and the VM is not there while the compiler bootstraps),
 * so the expander first tries this evaluator on the (fully expanded) macro
 * definition.  It knows the core data forms, let/case/cond/if, closures,
 * pattern matching with guards, the eval-when-compile functions, a handful
 * of erlang and lists functions, and scm's syntax-rules.  Anything else
 * makes it give up ("unsupported"), and the expander hands the macro to
 * the compiler's evaluator instead; it never guesses.
 *
 * Values are terms; a closure is the tuple {'$native', def, venv}.  A
 * variable environment is a list of (name . value).
 */
#include "expand_impl.h"

#include <stdio.h>
#include <string.h>

#include "../runtime/arith.h"
#include "../runtime/atom.h"
#include "../runtime/compare.h"
#include "../runtime/strbuf.h"

#define EV_UNSUPPORTED 1
#define EV_ERROR 2
#define EV_MAX_DEPTH 5000
#define EV_MAX_STEPS 10000000

typedef struct Ev {
    Expander *e;
    jmp_buf *out;
    int depth;
    long steps;
} Ev;

static _Noreturn void unsupported(Ev *v) { longjmp(*v->out, EV_UNSUPPORTED); }
static _Noreturn void runtime_error(Ev *v) { longjmp(*v->out, EV_ERROR); }

static Term ev(Ev *v, Term x, Term venv);
static Term apply(Ev *v, Term fn, Term args);

static Term var_lookup(Term venv, Term name)
{
    for (; term_is_cons(venv); venv = CDR(venv))
        if (CAR(CAR(venv)) == name)
            return CDR(CAR(venv));
    return NONE;
}

static Term bind(Term venv, Term name, Term val)
{
    return make_cons(make_cons(name, val), venv);
}

static int64_t nargs(Term l) { return list_length(l); }
static Term arg(Term l, int i) { return expand_nth(l, i); }

/* ---- patterns ------------------------------------------------------------ */

/* Match p against x, adding new bindings to *b (bindings of this pattern
 * are in *b up to `mark`); false on mismatch. */
static bool match(Ev *v, Term p, Term x, Term *b, Term outer)
{
    const ExpandAtoms *a = &v->e->a;
    if (term_is_atom(p)) {
        if (p == a->underscore)
            return true;
        /* Repeated variables of one pattern must be equal. */
        for (Term l = *b; l != outer; l = CDR(l))
            if (CAR(CAR(l)) == p)
                return term_exact_equal(CDR(CAR(l)), x);
        *b = bind(*b, p, x);
        return true;
    }
    if (!term_is_cons(p)) {
        if (term_is_map(p))
            unsupported(v);
        return term_exact_equal(p, x);
    }
    Term h = CAR(p), as = CDR(p);
    int64_t n = nargs(as);
    if (h == a->quote && n == 1)
        return term_exact_equal(CAR(as), x);
    if (h == a->cons && n == 2)
        return term_is_cons(x) && match(v, CAR(as), CAR(x), b, outer) &&
               match(v, CAR(CDR(as)), CDR(x), b, outer);
    if (h == a->list && n >= 0) {
        for (; term_is_cons(as); as = CDR(as), x = CDR(x))
            if (!term_is_cons(x) || !match(v, CAR(as), CAR(x), b, outer))
                return false;
        return x == NIL;
    }
    if (h == a->tuple && n >= 0) {
        if (!term_is_tuple(x) || tuple_arity(x) != (uint64_t)n)
            return false;
        for (int64_t i = 0; i < n; i++, as = CDR(as))
            if (!match(v, CAR(as), tuple_elems(x)[i], b, outer))
                return false;
        return true;
    }
    if (h == a->eq && n == 2)
        return match(v, CAR(as), x, b, outer) &&
               match(v, CAR(CDR(as)), x, b, outer);
    /* A string literal: a list of integers. */
    if (term_is_small(h)) {
        for (Term l = p; term_is_cons(l); l = CDR(l))
            if (!term_is_small(CAR(l)))
                unsupported(v);
        return term_exact_equal(p, x);
    }
    unsupported(v); /* binary, map, record, struct patterns */
}

/* Guards: all true.  An error in a guard makes it false. */
static bool guard(Ev *v, Term tests, Term venv)
{
    jmp_buf jb, *saved = v->out;
    v->out = &jb;
    int rc = setjmp(jb);
    if (rc) {
        v->out = saved;
        if (rc == EV_ERROR)
            return false;
        unsupported(v);
    }
    bool ok = true;
    for (Term l = tests; ok && term_is_cons(l); l = CDR(l))
        ok = ev(v, CAR(l), venv) == v->e->a.true_;
    v->out = saved;
    return ok;
}

/* Try clauses (pats [(when ...)] body...) against values; *venv gets the
 * bindings.  Returns the body, or NONE when no clause matches. */
static Term clauses(Ev *v, Term cls, Term xs, bool multi, Term *venv)
{
    const ExpandAtoms *a = &v->e->a;
    for (; term_is_cons(cls); cls = CDR(cls)) {
        Term c = CAR(cls);
        if (!term_is_cons(c))
            unsupported(v);
        Term b = *venv;
        bool ok;
        if (multi) {
            Term ps = CAR(c), l = xs;
            ok = nargs(ps) == nargs(xs);
            for (; ok && term_is_cons(ps); ps = CDR(ps), l = CDR(l))
                ok = match(v, CAR(ps), CAR(l), &b, *venv);
        } else {
            ok = match(v, CAR(c), xs, &b, *venv);
        }
        Term body = CDR(c);
        if (ok && term_is_cons(body) && term_is_cons(CAR(body)) &&
            CAR(CAR(body)) == a->when) {
            ok = guard(v, CDR(CAR(body)), b);
            body = CDR(body);
        }
        if (ok) {
            *venv = b;
            return body;
        }
    }
    return NONE;
}

static Term body(Ev *v, Term b, Term venv)
{
    Term r = NIL;
    for (; term_is_cons(b); b = CDR(b))
        r = ev(v, CAR(b), venv);
    return r;
}

/* ---- functions ----------------------------------------------------------- */

static Term closure(Ev *v, Term def, Term venv)
{
    return make_tuple3(v->e->a.native, def, venv);
}

static bool is_closure(Ev *v, Term f)
{
    return term_is_tuple(f) && tuple_arity(f) == 3 &&
           tuple_elems(f)[0] == v->e->a.native;
}

static Term apply_def(Ev *v, Term def, Term args, Term venv)
{
    const ExpandAtoms *a = &v->e->a;
    if (!term_is_cons(def))
        unsupported(v);
    if (CAR(def) == a->lambda && term_is_cons(CDR(def))) {
        Term ps = CAR(CDR(def));
        if (!expand_is_symb_list(ps))
            unsupported(v);
        if (nargs(ps) != nargs(args))
            runtime_error(v); /* badarity */
        for (; term_is_cons(ps); ps = CDR(ps), args = CDR(args))
            venv = bind(venv, CAR(ps), CAR(args));
        return body(v, CDR(CDR(def)), venv);
    }
    if (CAR(def) == a->match_lambda) {
        Term b = clauses(v, CDR(def), args, true, &venv);
        if (b == NONE)
            runtime_error(v); /* function_clause */
        return body(v, b, venv);
    }
    unsupported(v);
}

static Term apply(Ev *v, Term fn, Term args)
{
    if (!is_closure(v, fn))
        unsupported(v);
    return apply_def(v, tuple_elems(fn)[1], args, tuple_elems(fn)[2]);
}

static Term ewc_function(Ev *v, Term name, int64_t ar)
{
    for (Term l = v->e->ewc_funs; term_is_cons(l); l = CDR(l)) {
        Term d = CAR(l);
        if (CAR(d) == name) {
            Term def = CAR(CDR(d));
            Term a = CAR(CDR(def));
            int64_t n = CAR(def) == v->e->a.lambda ? nargs(a)
                        : term_is_cons(a)          ? nargs(CAR(a))
                                                   : -1;
            if (n == ar)
                return def;
        }
    }
    return NONE;
}

/* ---- built-in functions ---------------------------------------------------- */

static bool is_name(Term t, const char *s)
{
    return term_is_atom(t) && !strcmp(atom_name(t), s);
}

static Term list_arg(Ev *v, Term l)
{
    if (list_length(l) < 0)
        runtime_error(v);
    return l;
}

static Term int_list_to_string(Ev *v, Term l, char *buf, size_t cap)
{
    size_t n = 0;
    for (; term_is_cons(l); l = CDR(l)) {
        if (!term_is_small(CAR(l)) || small_val(CAR(l)) < 0 ||
            small_val(CAR(l)) > 127 || n + 1 >= cap)
            unsupported(v);
        buf[n++] = (char)small_val(CAR(l));
    }
    if (l != NIL)
        runtime_error(v);
    buf[n] = 0;
    return make_small((int64_t)n);
}

static Term check(Ev *v, Term r)
{
    if (r == NONE)
        runtime_error(v);
    return r;
}

static Term append2(Ev *v, Term a, Term b)
{
    return list_reverse(list_reverse(list_arg(v, a), NIL), b);
}

static Term fold_arith(Ev *v, Term (*op)(Term, Term), Term as)
{
    if (!term_is_cons(as))
        runtime_error(v);
    Term r = CAR(as);
    if (!term_is_number(r))
        runtime_error(v);
    for (as = CDR(as); term_is_cons(as); as = CDR(as))
        r = check(v, op(r, CAR(as)));
    return r;
}

static Term compare_chain(Ev *v, Term f, Term as)
{
    const char *s = atom_name(f);
    if (nargs(as) < 1)
        unsupported(v);
    for (; term_is_cons(CDR(as)); as = CDR(as)) {
        Term x = CAR(as), y = CAR(CDR(as));
        bool ok;
        if (!strcmp(s, "=="))
            ok = term_compare(x, y) == 0;
        else if (!strcmp(s, "/="))
            ok = term_compare(x, y) != 0;
        else if (!strcmp(s, "=:="))
            ok = term_exact_equal(x, y);
        else if (!strcmp(s, "=/="))
            ok = !term_exact_equal(x, y);
        else if (!strcmp(s, "<"))
            ok = term_compare(x, y) < 0;
        else if (!strcmp(s, ">"))
            ok = term_compare(x, y) > 0;
        else if (!strcmp(s, "=<"))
            ok = term_compare(x, y) <= 0;
        else
            ok = term_compare(x, y) >= 0;
        if (!ok)
            return v->e->a.false_;
    }
    return v->e->a.true_;
}

/* erlang functions (called unqualified or as erlang:f). */
static Term bif(Ev *v, Term f, Term as)
{
    const ExpandAtoms *a = &v->e->a;
    int64_t n = nargs(as);
    Term x = n >= 1 ? CAR(as) : NONE, y = n >= 2 ? CAR(CDR(as)) : NONE;
    const char *s = atom_name(f);
    if (!strcmp(s, "+") && n >= 1)
        return fold_arith(v, arith_add, as);
    if (!strcmp(s, "-") && n == 1)
        return check(v, arith_neg(x));
    if (!strcmp(s, "-") && n >= 2)
        return fold_arith(v, arith_sub, as);
    if (!strcmp(s, "*") && n >= 1)
        return fold_arith(v, arith_mul, as);
    if (!strcmp(s, "div") && n == 2)
        return check(v, arith_div(x, y));
    if (!strcmp(s, "rem") && n == 2)
        return check(v, arith_rem(x, y));
    if (!strcmp(s, "abs") && n == 1)
        return check(v, arith_abs(x));
    if ((!strcmp(s, "==") || !strcmp(s, "/=") || !strcmp(s, "=:=") ||
         !strcmp(s, "=/=") || !strcmp(s, "<") || !strcmp(s, ">") ||
         !strcmp(s, "=<") || !strcmp(s, ">=")) && n >= 1)
        return compare_chain(v, f, as);
    if (!strcmp(s, "not") && n == 1) {
        if (x != a->true_ && x != a->false_)
            runtime_error(v);
        return make_bool(x == a->false_);
    }
    if ((!strcmp(s, "and") || !strcmp(s, "or")) && n >= 1) {
        bool is_and = s[0] == 'a', r = is_and;
        for (Term l = as; term_is_cons(l); l = CDR(l)) {
            if (CAR(l) != a->true_ && CAR(l) != a->false_)
                runtime_error(v);
            r = is_and ? r && CAR(l) == a->true_ : r || CAR(l) == a->true_;
        }
        return make_bool(r);
    }
    if (!strcmp(s, "++") && n >= 1) {
        /* right to left: (++ a b c) = a ++ (b ++ c) */
        Term r = NONE;
        Term items[64];
        int k = 0;
        for (Term l = as; term_is_cons(l); l = CDR(l)) {
            if (k == 64)
                unsupported(v);
            items[k++] = CAR(l);
        }
        r = items[k - 1];
        for (int i = k - 2; i >= 0; i--)
            r = append2(v, items[i], r);
        return r;
    }
    if (n == 1) {
        if (!strcmp(s, "length")) {
            int64_t l = list_length(x);
            if (l < 0)
                runtime_error(v);
            return make_small(l);
        }
        if (!strcmp(s, "hd") || !strcmp(s, "tl")) {
            if (!term_is_cons(x))
                runtime_error(v);
            return s[0] == 'h' ? CAR(x) : CDR(x);
        }
        if (!strcmp(s, "is_atom"))
            return make_bool(term_is_atom(x));
        if (!strcmp(s, "is_integer"))
            return make_bool(term_is_integer(x));
        if (!strcmp(s, "is_float"))
            return make_bool(term_is_float(x));
        if (!strcmp(s, "is_number"))
            return make_bool(term_is_number(x));
        if (!strcmp(s, "is_list"))
            return make_bool(term_is_list(x));
        if (!strcmp(s, "is_tuple"))
            return make_bool(term_is_tuple(x));
        if (!strcmp(s, "is_binary"))
            return make_bool(term_is_binary(x));
        if (!strcmp(s, "is_map"))
            return make_bool(term_is_map(x));
        if (!strcmp(s, "tuple_size")) {
            if (!term_is_tuple(x))
                runtime_error(v);
            return make_small(tuple_arity(x));
        }
        if (!strcmp(s, "tuple_to_list")) {
            if (!term_is_tuple(x))
                runtime_error(v);
            return list_from_array(tuple_elems(x), tuple_arity(x));
        }
        if (!strcmp(s, "list_to_tuple")) {
            int64_t l = list_length(x);
            if (l < 0)
                runtime_error(v);
            Term t = make_tuple((uint32_t)l);
            for (int64_t i = 0; i < l; i++, x = CDR(x))
                tuple_elems(t)[i] = CAR(x);
            return t;
        }
        if (!strcmp(s, "atom_to_list")) {
            if (!term_is_atom(x))
                runtime_error(v);
            const char *nm = atom_name(x);
            for (const char *c = nm; *c; c++)
                if ((unsigned char)*c >= 0x80)
                    unsupported(v);
            return list_from_cstr(nm);
        }
        if (!strcmp(s, "list_to_atom")) {
            char buf[256];
            int_list_to_string(v, x, buf, sizeof buf);
            return check(v, atom_from_cstr(buf));
        }
        if (!strcmp(s, "integer_to_list")) {
            if (!term_is_small(x))
                unsupported(v);
            char buf[32];
            snprintf(buf, sizeof buf, "%lld", (long long)small_val(x));
            return list_from_cstr(buf);
        }
    }
    if (n == 2 && !strcmp(s, "element")) {
        if (!term_is_small(x) || !term_is_tuple(y) || small_val(x) < 1 ||
            (uint64_t)small_val(x) > tuple_arity(y))
            runtime_error(v);
        return tuple_elems(y)[small_val(x) - 1];
    }
    unsupported(v);
}

/* lists functions. */
static Term lists_fn(Ev *v, Term f, Term as)
{
    int64_t n = nargs(as);
    Term x = n >= 1 ? CAR(as) : NONE, y = n >= 2 ? CAR(CDR(as)) : NONE,
         z = n >= 3 ? CAR(CDR(CDR(as))) : NONE;
    const char *s = atom_name(f);
    if (!strcmp(s, "reverse") && n == 1)
        return list_reverse(list_arg(v, x), NIL);
    if (!strcmp(s, "reverse") && n == 2)
        return list_reverse(list_arg(v, x), y);
    if (!strcmp(s, "append") && n == 2)
        return append2(v, x, y);
    if (!strcmp(s, "append") && n == 1) {
        Term parts = list_reverse(list_arg(v, x), NIL), r = NIL;
        for (; term_is_cons(parts); parts = CDR(parts))
            r = append2(v, CAR(parts), r);
        return r;
    }
    if (!strcmp(s, "duplicate") && n == 2) {
        if (!term_is_small(x) || small_val(x) < 0 || small_val(x) > 10000000)
            runtime_error(v);
        Term r = NIL;
        for (int64_t i = 0; i < small_val(x); i++)
            r = make_cons(y, r);
        return r;
    }
    if (!strcmp(s, "seq") && n == 2) {
        if (!term_is_small(x) || !term_is_small(y) ||
            small_val(y) - small_val(x) > 10000000 ||
            small_val(y) < small_val(x) - 1)
            runtime_error(v);
        Term r = NIL;
        for (int64_t i = small_val(y); i >= small_val(x); i--)
            r = make_cons(make_small(i), r);
        return r;
    }
    if (!strcmp(s, "nth") && n == 2) {
        if (!term_is_small(x) || small_val(x) < 1)
            runtime_error(v);
        Term r = expand_nth(y, (int)small_val(x) - 1);
        return check(v, r);
    }
    if (!strcmp(s, "last") && n == 1) {
        if (!term_is_cons(x))
            runtime_error(v);
        while (term_is_cons(CDR(x)))
            x = CDR(x);
        return CAR(x);
    }
    if (!strcmp(s, "member") && n == 2) {
        for (Term l = list_arg(v, y); term_is_cons(l); l = CDR(l))
            if (term_exact_equal(CAR(l), x))
                return l;
        return v->e->a.false_;
    }
    if (!strcmp(s, "zip") && n == 2) {
        if (list_length(x) != list_length(y) || list_length(x) < 0)
            runtime_error(v);
        Term r = NIL;
        for (; term_is_cons(x); x = CDR(x), y = CDR(y))
            r = make_cons(make_tuple2(CAR(x), CAR(y)), r);
        return list_reverse(r, NIL);
    }
    if (!strcmp(s, "map") && n == 2) {
        Term r = NIL;
        for (Term l = list_arg(v, y); term_is_cons(l); l = CDR(l))
            r = make_cons(apply(v, x, make_cons(CAR(l), NIL)), r);
        return list_reverse(r, NIL);
    }
    if (!strcmp(s, "filter") && n == 2) {
        Term r = NIL;
        for (Term l = list_arg(v, y); term_is_cons(l); l = CDR(l)) {
            Term b = apply(v, x, make_cons(CAR(l), NIL));
            if (b == v->e->a.true_)
                r = make_cons(CAR(l), r);
            else if (b != v->e->a.false_)
                runtime_error(v);
        }
        return list_reverse(r, NIL);
    }
    if ((!strcmp(s, "foldl") || !strcmp(s, "foldr")) && n == 3) {
        Term l = list_arg(v, z);
        if (s[4] == 'r')
            l = list_reverse(l, NIL);
        Term acc = y;
        for (; term_is_cons(l); l = CDR(l))
            acc = apply(v, x, expand_list2(CAR(l), acc));
        return acc;
    }
    if (!strcmp(s, "sum") && n == 1) {
        Term acc = make_small(0);
        for (Term l = list_arg(v, x); term_is_cons(l); l = CDR(l))
            acc = check(v, arith_add(acc, CAR(l)));
        return acc;
    }
    unsupported(v);
}

static Term call_remote(Ev *v, Term m, Term f, Term as)
{
    Expander *e = v->e;
    if (m == e->a.scm && f == e->a.mbe_proc && nargs(as) == 4) {
        Term name = arg(as, 0), ks = arg(as, 1), rules = arg(as, 2),
             args = arg(as, 3);
        Term r = expand_mbe(e, name, ks, rules, args);
        if (r == NONE) {
            StrBuf b;
            strbuf_init(&b);
            expand_show(&b, make_cons(name, args));
            expand_fail(e, NONE, "error expanding %s:\n    macro_clause",
                        b.data);
        }
        return r;
    }
    if (!term_is_atom(m) || !term_is_atom(f))
        runtime_error(v);
    int mode = is_name(m, "lfe") ? expand_lfe_bif(f, nargs(as)) : 0;
    if (mode) {
        /* (macroexpand form $ENV) in a macro: a nested expansion. */
        Term env = nargs(as) == 2 ? arg(as, 1) : NIL;
        if (!expand_is_env(env))
            runtime_error(v);
        Expander *x = expand_new(e->file, NULL);
        expand_set_eval(x, e->eval, e->eval_ctx);
        expand_set_lfe_calls(x, false);
        x->ewc_funs = e->ewc_funs;
        ExpandError err;
        Term r;
        if (expand_macroexpand(x, (ExpandMode)mode, arg(as, 0), env, &r,
                               &err) < 0)
            expand_fail(e, NONE, "%s", err.message);
        return r;
    }
    if (is_name(m, "erlang"))
        return bif(v, f, as);
    if (is_name(m, "lists"))
        return lists_fn(v, f, as);
    unsupported(v);
}

/* ---- expressions ----------------------------------------------------------- */

static Term ev_list(Ev *v, Term as, Term venv)
{
    Term r = NIL;
    for (; term_is_cons(as); as = CDR(as))
        r = make_cons(ev(v, CAR(as), venv), r);
    if (as != NIL)
        unsupported(v);
    return list_reverse(r, NIL);
}

static Term ev_1(Ev *v, Term x, Term venv)
{
    const ExpandAtoms *a = &v->e->a;
    if (term_is_atom(x)) {
        Term val = var_lookup(venv, x);
        if (val == NONE)
            unsupported(v);
        return val;
    }
    if (!term_is_cons(x)) {
        if (term_is_map(x) || term_is_tuple(x))
            return x; /* literal (elements are not evaluated) */
        return x;
    }
    Term h = CAR(x), as = CDR(x);
    int64_t n = nargs(as);
    if (term_is_small(h)) { /* a string literal: non-negative integers */
        Term l = x;
        for (; term_is_cons(l); l = CDR(l))
            if (!term_is_small(CAR(l)) || small_val(CAR(l)) < 0)
                unsupported(v);
        if (l != NIL)
            unsupported(v);
        return x;
    }
    if (n < 0 || !term_is_atom(h))
        unsupported(v);
    if (h == a->quote && n == 1)
        return CAR(as);
    if (h == a->cons && n == 2)
        return make_cons(ev(v, CAR(as), venv), ev(v, CAR(CDR(as)), venv));
    if ((h == a->car || h == a->cdr) && n == 1) {
        Term l = ev(v, CAR(as), venv);
        if (!term_is_cons(l))
            runtime_error(v);
        return h == a->car ? CAR(l) : CDR(l);
    }
    if (h == a->list)
        return ev_list(v, as, venv);
    if (h == a->tuple) {
        Term l = ev_list(v, as, venv);
        Term t = make_tuple((uint32_t)n);
        for (int64_t i = 0; i < n; i++, l = CDR(l))
            tuple_elems(t)[i] = CAR(l);
        return t;
    }
    if (h == a->tref && n == 2)
        return bif(v, atom_from_cstr("element"),
                   expand_list2(ev(v, CAR(CDR(as)), venv), ev(v, CAR(as), venv)));
    if (h == a->progn)
        return body(v, as, venv);
    if (h == a->prog1 || h == a->prog2) {
        Term l = ev_list(v, as, venv);
        Term r = expand_nth(l, h == a->prog1 ? 0 : 1);
        return r == NONE ? NIL : r;
    }
    if (h == a->if_ && (n == 2 || n == 3)) {
        Term c = ev(v, CAR(as), venv);
        if (c == a->true_)
            return ev(v, CAR(CDR(as)), venv);
        if (c != a->false_)
            runtime_error(v);
        return n == 3 ? ev(v, CAR(CDR(CDR(as))), venv) : a->false_;
    }
    if (h == a->let && n >= 1) {
        Term nv = venv;
        for (Term l = CAR(as); term_is_cons(l); l = CDR(l)) {
            Term bd = CAR(l);
            if (nargs(bd) != 2)
                unsupported(v); /* guards in let bindings */
            Term val = ev(v, CAR(CDR(bd)), venv);
            Term b = nv;
            if (!match(v, CAR(bd), val, &b, nv))
                runtime_error(v); /* badmatch */
            nv = b;
        }
        return body(v, CDR(as), nv);
    }
    if (h == a->case_ && n >= 1) {
        Term val = ev(v, CAR(as), venv);
        Term nv = venv;
        Term b = clauses(v, CDR(as), val, false, &nv);
        if (b == NONE)
            runtime_error(v);
        return body(v, b, nv);
    }
    if (h == a->cond) {
        for (Term l = as; term_is_cons(l); l = CDR(l)) {
            Term c = CAR(l);
            if (!term_is_cons(c) ||
                (term_is_cons(CAR(c)) && CAR(CAR(c)) == a->qmatch))
                unsupported(v);
            if (CAR(c) == a->else_)
                return body(v, CDR(c), venv);
            Term t = ev(v, CAR(c), venv);
            if (t == a->true_)
                return body(v, CDR(c), venv);
            if (t != a->false_)
                runtime_error(v);
        }
        return a->false_;
    }
    if (h == a->lambda || h == a->match_lambda)
        return closure(v, x, venv);
    if (h == a->funcall && n >= 1)
        return apply(v, ev(v, CAR(as), venv), ev_list(v, CDR(as), venv));
    if (h == a->call && n >= 2) {
        Term m = ev(v, CAR(as), venv), f = ev(v, CAR(CDR(as)), venv);
        return call_remote(v, m, f, ev_list(v, CDR(CDR(as)), venv));
    }
    if (h == a->let_function || h == a->letrec_function ||
        h == a->receive || h == a->try_ || h == a->catch_ ||
        h == a->binary || h == a->map || h == a->lc || h == a->bc ||
        h == a->list_comp || h == a->binary_comp || h == a->maybe ||
        h == a->function || is_name(h, "andalso") || is_name(h, "orelse"))
        unsupported(v);
    /* A call of a local function: eval-when-compile ones, then BIFs. */
    Term args = ev_list(v, as, venv);
    Term def = ewc_function(v, h, n);
    if (def != NONE)
        return apply_def(v, def, args, NIL);
    return bif(v, h, args);
}

static Term ev(Ev *v, Term x, Term venv)
{
    if (++v->depth > EV_MAX_DEPTH || ++v->steps > EV_MAX_STEPS)
        unsupported(v);
    Term r = ev_1(v, x, venv);
    v->depth--;
    return r;
}

Term expand_eval_apply(Expander *e, Term def, Term args, Term call)
{
    jmp_buf jb;
    Ev v = {e, &jb, 0, 0};
    int rc = setjmp(jb);
    if (rc == EV_ERROR && !e->eval) {
        StrBuf b;
        strbuf_init(&b);
        expand_show(&b, call);
        expand_fail(e, call, "error expanding %s:\n    the macro raised an error",
                    b.data);
    }
    if (rc)
        return NONE;
    if (!term_is_cons(def))
        return NONE;
    return apply_def(&v, def, expand_list2(args, e->env), NIL);
}

Term expand_eval_expr(Expander *e, Term expr)
{
    jmp_buf jb;
    Ev v = {e, &jb, 0, 0};
    if (setjmp(jb))
        return NONE;
    return ev(&v, expr, NIL);
}

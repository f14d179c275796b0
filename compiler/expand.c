/* expand.c - the LFE macro expander: forms to core forms (see expand.h).
 *
 * Follows LFE 2.2's lfe_macro: a top-level pass collects macro
 * definitions (define-macro, defrecord's macros, eval-when-compile
 * functions) and splices progn/include-file; every other form is expanded
 * completely by exp_form, which knows the core forms (never macros) and
 * how each one's subforms are expanded (patterns, guards, bodies).  A call
 * whose head is not a core form is first looked up in the macro
 * environment (user macros, record macros, macrolet), then among the
 * predefined macros (exp_predef), which expand one step into forms that
 * are expanded again.  doc/internals/core-forms.md lists the output.
 *
 * The environment is a Term list of {name, macro|function, def}: local
 * functions (flet, fletrec) shadow user macros of the same name, as in
 * lfe_env.  Errors longjmp to the entry point with the position of the
 * innermost form that has one.
 */
#include "expand_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../reader/print.h"
#include "../reader/read.h"
#include "../runtime/atom.h"
#include "../runtime/binary.h"
#include "../runtime/gc.h"
#include "../runtime/strbuf.h"
#include "include_lib.h"

#define MAX_DEPTH 20000        /* nesting of forms before we give up */
#define MAX_EXPANSIONS 10000 /* macro steps of one top-level form */

static Term exp_form(Expander *e, Term f);
static Term exp_tail(Expander *e, Term t);
static Term rec_field_names(Expander *e, Term name, Term fdefs, Term origin);
static bool exp_macro(Expander *e, Term call, Term *out);

/* ---- small helpers --------------------------------------------------- */

Term expand_list2(Term a, Term b) { return make_cons(a, make_cons(b, NIL)); }
Term expand_list3(Term a, Term b, Term c)
{
    return make_cons(a, expand_list2(b, c));
}
Term expand_list4(Term a, Term b, Term c, Term d)
{
    return make_cons(a, expand_list3(b, c, d));
}

bool expand_is_symb_list(Term t)
{
    for (; term_is_cons(t); t = CDR(t))
        if (!term_is_atom(CAR(t)))
            return false;
    return t == NIL;
}

bool expand_is_proper(Term t) { return list_length(t) >= 0; }

Term expand_nth(Term l, int n)
{
    for (; n > 0 && term_is_cons(l); n--)
        l = CDR(l);
    return term_is_cons(l) ? CAR(l) : NONE;
}

static int64_t len(Term t) { return list_length(t); }
#define L2 expand_list2
#define L3 expand_list3
#define L4 expand_list4

static Term quote(Expander *e, Term x) { return L2(e->a.quote, x); }

Term expand_at(Expander *e, Term t, Term origin)
{
    SrcPos p;
    if (!e->pos || !(term_is_cons(t) || term_is_boxed(t)))
        return t;
    if (srcmap_get(e->pos, t, &p))
        return t;
    if ((term_is_cons(origin) || term_is_boxed(origin)) &&
        srcmap_get(e->pos, origin, &p))
        srcmap_put(e->pos, t, p);
    else if (e->have_here)
        srcmap_put(e->pos, t, e->here);
    return t;
}

void expand_show(StrBuf *b, Term t)
{
    PrintOpts o = print_default_opts();
    o.depth = 8;
    print_lfe_write(b, t, &o);
}

_Noreturn void expand_fail(Expander *e, Term form, const char *fmt, ...)
{
    ExpandError *err = e->err;
    SrcPos p = e->here;
    bool have = e->have_here;
    if (e->pos && (term_is_cons(form) || term_is_boxed(form)) &&
        srcmap_get(e->pos, form, &p))
        have = true;
    err->file = e->file;
    err->line = have ? p.line : 0;
    err->col = have ? p.col : 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    longjmp(*e->fail, 1);
}

/* "bad NAME form" with the form's position. */
static _Noreturn void bad_form(Expander *e, Term form, Term name)
{
    expand_fail(e, form, "bad %s form", atom_name(name));
}

/* A growable array of terms in scanned GC memory. */
typedef struct Vec {
    Term *v;
    size_t n, cap;
} Vec;

static void vec_push(Vec *a, Term t)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        Term *nv = gc_alloc(cap * sizeof(Term));
        if (a->n)
            memcpy(nv, a->v, a->n * sizeof(Term));
        a->v = nv;
        a->cap = cap;
    }
    a->v[a->n++] = t;
}

static Term vec_list(Vec *a, Term tail)
{
    Term l = tail;
    for (size_t i = a->n; i > 0; i--)
        l = make_cons(a->v[i - 1], l);
    return l;
}

static bool is_string(Term t)
{
    for (; term_is_cons(t); t = CDR(t)) {
        Term c = CAR(t);
        if (!term_is_small(c))
            return false;
        int64_t v = small_val(c);
        if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ||
            v == 0xFFFE || v == 0xFFFF)
            return false;
    }
    return t == NIL;
}

/* lfe_lib:is_doc_string: a binary or a character list (also ""). */
static bool is_doc_string(Term t)
{
    return term_is_binary(t) || is_string(t);
}

static Term atom_concat(Expander *e, Term form, const char *a, const char *b,
                        const char *c)
{
    StrBuf s;
    strbuf_init(&s);
    strbuf_puts(&s, a);
    strbuf_puts(&s, b);
    strbuf_puts(&s, c);
    Term r = atom_intern(s.data, s.len);
    if (r == NONE)
        expand_fail(e, form, "name too long: %s", s.data);
    return r;
}

/* ---- the environment ------------------------------------------------- */

static Term env_find(Term env, Term name)
{
    for (; term_is_cons(env); env = CDR(env)) {
        Term b = CAR(env);
        if (tuple_elems(b)[0] == name)
            return b;
    }
    return NONE;
}

static Term env_add(Term env, Term name, Term kind, Term def)
{
    return make_cons(make_tuple3(name, kind, def), env);
}

static void add_macro(Expander *e, Term name, Term def)
{
    e->env = env_add(e->env, name, e->a.kmacro, def);
}

/* A native macro binding: {'$native', Kind, Data...}. */
static Term native(Expander *e, Term kind, Term d1, Term d2, Term d3)
{
    Term t = make_tuple(5);
    Term *el = tuple_elems(t);
    el[0] = e->a.native;
    el[1] = kind;
    el[2] = d1;
    el[3] = d2;
    el[4] = d3;
    return t;
}

static bool is_native(Expander *e, Term def)
{
    return term_is_tuple(def) && tuple_arity(def) == 5 &&
           tuple_elems(def)[0] == e->a.native;
}

static bool is_core_form(Expander *e, Term n)
{
    const ExpandAtoms *a = &e->a;
    return n == a->quote || n == a->function || n == a->lambda ||
           n == a->match_lambda || n == a->let || n == a->let_function ||
           n == a->letrec_function || n == a->let_macro || n == a->progn ||
           n == a->prog1 || n == a->prog2 || n == a->if_ || n == a->case_ ||
           n == a->cond || n == a->maybe || n == a->receive ||
           n == a->catch_ || n == a->try_ || n == a->funcall ||
           n == a->call || n == a->eval_when_compile ||
           n == a->define_module || n == a->extend_module ||
           n == a->define_type || n == a->define_opaque_type ||
           n == a->define_function_spec || n == a->define_function ||
           n == a->define_macro || n == a->define_record ||
           n == a->define_struct || n == a->when || n == a->else_;
}

int expand_lfe_bif(Term name, int64_t arity)
{
    if (!term_is_atom(name) || arity < 1 || arity > 2)
        return 0;
    const char *s = atom_name(name);
    if (!strcmp(s, "macroexpand-1"))
        return EXPAND_ONCE;
    if (!strcmp(s, "macroexpand"))
        return EXPAND_REPEAT;
    if (!strcmp(s, "macroexpand-all"))
        return EXPAND_ALL;
    return 0;
}

/* LFE's functions that an unqualified call reaches in module lfe (as
 * lfe_internal:is_lfe_bif/2): the macroexpanders and eval/1,2. */
static bool lfe_fun(Term name, int64_t arity)
{
    return expand_lfe_bif(name, arity) ||
           (term_is_atom(name) && (arity == 1 || arity == 2) &&
            !strcmp(atom_name(name), "eval"));
}

/* A function of this name bound by flet/fletrec or defined at top level
 * (which shadows LFE's own functions of the same name). */
static bool is_local_fun(Expander *e, Term name)
{
    Term b = env_find(e->env, name);
    if (b != NONE && tuple_elems(b)[1] == e->a.kfunction)
        return true;
    for (Term l = e->defuns; term_is_cons(l); l = CDR(l))
        if (CAR(l) == name)
            return true;
    return false;
}

/* ---- deep expansion of forms ------------------------------------------ */

/* Expand every element of a list (the tail may be improper: it is
 * expanded as a form).  Unchanged lists are returned as they are, so
 * their positions stay; new cells take the positions of the old ones. */
typedef Term (*ExpFn)(Expander *e, Term f);

static Term exp_tail_with(Expander *e, Term t, ExpFn fn)
{
    Vec cells = {0}, vals = {0};
    bool changed = false;
    Term l = t;
    for (; term_is_cons(l); l = CDR(l)) {
        Term x = fn(e, CAR(l));
        changed |= x != CAR(l);
        vec_push(&cells, l);
        vec_push(&vals, x);
    }
    Term tail = l == NIL ? NIL : fn(e, l);
    if (!changed && tail == l)
        return t;
    Term r = tail;
    for (size_t i = vals.n; i > 0; i--) {
        r = make_cons(vals.v[i - 1], r);
        expand_at(e, r, cells.v[i - 1]);
    }
    return r;
}

static Term exp_tail(Expander *e, Term t) { return exp_tail_with(e, t, exp_form); }

static Term cons_at(Expander *e, Term h, Term t, Term origin)
{
    return expand_at(e, make_cons(h, t), origin);
}

static bool is_when(Expander *e, Term t)
{
    return term_is_cons(t) && CAR(t) == e->a.when;
}

/* A clause (pattern [(when g ...)] body ...). */
static Term exp_clause(Expander *e, Term c)
{
    if (!term_is_cons(c))
        return exp_form(e, c);
    Term p = exp_form(e, CAR(c));
    Term rest = CDR(c);
    if (term_is_cons(rest) && is_when(e, CAR(rest))) {
        Term g = CAR(rest);
        Term g1 = cons_at(e, e->a.when, exp_tail(e, CDR(g)), g);
        return cons_at(e, p, cons_at(e, g1, exp_tail(e, CDR(rest)), rest), c);
    }
    return cons_at(e, p, exp_tail(e, rest), c);
}

static Term exp_clauses(Expander *e, Term cls)
{
    return exp_tail_with(e, cls, exp_clause);
}

/* A match-lambda clause ((p ...) [(when ...)] body ...): the patterns are
 * a list of patterns, not one pattern. */
static Term exp_ml_clause(Expander *e, Term c)
{
    if (!term_is_cons(c))
        return exp_form(e, c);
    Term ps = exp_tail(e, CAR(c));
    Term rest = CDR(c);
    if (term_is_cons(rest) && is_when(e, CAR(rest))) {
        Term g = CAR(rest);
        Term g1 = cons_at(e, e->a.when, exp_tail(e, CDR(g)), g);
        return cons_at(e, ps, cons_at(e, g1, exp_tail(e, CDR(rest)), rest), c);
    }
    return cons_at(e, ps, exp_tail(e, rest), c);
}

static Term exp_ml_clauses(Expander *e, Term cls)
{
    return exp_tail_with(e, cls, exp_ml_clause);
}

/* The arity of a lambda / match-lambda, or -1. */
static int64_t function_arity(Expander *e, Term def)
{
    if (!term_is_cons(def) || !term_is_cons(CDR(def)))
        return -1;
    Term h = CAR(def), a = CAR(CDR(def));
    if (h == e->a.lambda)
        return expand_is_symb_list(a) ? len(a) : -1;
    if (h == e->a.match_lambda && term_is_cons(a))
        return len(CAR(a));
    return -1;
}

/* let-function / letrec-function: the names shadow user macros. */
static Term exp_let_function(Expander *e, Term f, Term kind)
{
    Term fbs = CAR(CDR(f)), body = CDR(CDR(f));
    Term saved = e->env;
    for (Term l = fbs; term_is_cons(l); l = CDR(l)) {
        Term b = CAR(l);
        if (!term_is_cons(b) || !term_is_atom(CAR(b)) ||
            !term_is_cons(CDR(b)) || CDR(CDR(b)) != NIL ||
            function_arity(e, CAR(CDR(b))) < 0)
            bad_form(e, b, kind);
        e->env = env_add(e->env, CAR(b), e->a.kfunction, NIL);
    }
    Term fbs1 = exp_clauses(e, fbs);
    Term body1 = exp_tail(e, body);
    e->env = saved;
    return cons_at(e, kind, cons_at(e, fbs1, body1, CDR(f)), f);
}

/* The definition of a macro from (defmacro name ...) / macrolet: LFE's
 * exp_defmacro.  *meta gets the doc strings and specs. */
static Term exp_meta(Expander *e, Term body, Term *meta);

static Term defmacro_def(Expander *e, Term rest, Term *meta)
{
    Term menv = e->a.env;
    Term cls;
    if (!term_is_cons(rest))
        bad_form(e, rest, e->a.defmacro);
    Term args = CAR(rest), body = CDR(rest);
    if (expand_is_symb_list(args) || term_is_atom(args)) {
        Term head = term_is_atom(args) ? args : make_cons(e->a.list, args);
        Term b = exp_meta(e, body, meta);
        cls = make_cons(make_cons(L2(head, menv), b), NIL);
    } else {
        Term cs = exp_meta(e, rest, meta);
        Vec v = {0};
        for (Term l = cs; term_is_cons(l); l = CDR(l)) {
            Term c = CAR(l);
            if (!term_is_cons(c))
                bad_form(e, c, e->a.defmacro);
            vec_push(&v, cons_at(e, L2(CAR(c), menv), CDR(c), c));
        }
        cls = vec_list(&v, NIL);
    }
    return expand_at(e, make_cons(e->a.match_lambda, cls), rest);
}

static Term exp_meta(Expander *e, Term body, Term *meta)
{
    Vec m = {0};
    for (;;) {
        if (!term_is_cons(body))
            break;
        Term x = CAR(body);
        if (term_is_cons(x) && CAR(x) == e->a.spec) {
            vec_push(&m, x);
            body = CDR(body);
        } else if (is_doc_string(x) && CDR(body) != NIL) {
            vec_push(&m, L2(e->a.doc, x));
            body = CDR(body);
        } else {
            break;
        }
    }
    if (meta)
        *meta = vec_list(&m, NIL);
    return body;
}

/* exp_defun: a lambda for (name (a b) ...), else a match-lambda. */
static Term defun_def(Expander *e, Term rest, Term *meta, Term origin)
{
    if (!term_is_cons(rest))
        bad_form(e, origin, e->a.defun);
    if (expand_is_symb_list(CAR(rest))) {
        Term body = exp_meta(e, CDR(rest), meta);
        return cons_at(e, e->a.lambda, make_cons(CAR(rest), body), origin);
    }
    Term cls = exp_meta(e, rest, meta);
    return cons_at(e, e->a.match_lambda, cls, origin);
}

static Term exp_define_function(Expander *e, Term f)
{
    Term name = expand_nth(f, 1), meta = expand_nth(f, 2),
         def = expand_nth(f, 3);
    int64_t ar = function_arity(e, def);
    Term saved = e->env;
    Term meta1 = exp_form(e, meta);
    add_macro(e, e->a.function_name,
              native(e, e->a.quote, quote(e, name), NIL, NIL));
    add_macro(e, e->a.function_arity,
              native(e, e->a.quote, make_small(ar < 0 ? 0 : ar), NIL, NIL));
    Term def1 = exp_form(e, def);
    e->env = saved;
    return expand_at(e, L4(e->a.define_function, name, meta1, def1), f);
}

/* Record field definitions (f, (f default), (f default type)). */
static Term exp_fields(Expander *e, Term fds)
{
    Vec v = {0};
    for (Term l = fds; term_is_cons(l); l = CDR(l)) {
        Term fd = CAR(l);
        vec_push(&v, term_is_cons(fd) ? exp_tail(e, fd) : exp_form(e, fd));
    }
    return vec_list(&v, term_is_cons(fds) || fds == NIL ? NIL : fds);
}

static Term exp_module_meta(Expander *e, Term metas)
{
    Vec v = {0};
    for (Term l = metas; term_is_cons(l); l = CDR(l)) {
        Term m = CAR(l);
        if (term_is_cons(m) && CAR(m) == e->a.record) {
            Vec rs = {0};
            for (Term r = CDR(m); term_is_cons(r); r = CDR(r)) {
                Term rec = CAR(r);
                if (len(rec) == 2) {
                    rec = L2(CAR(rec), exp_fields(e, CAR(CDR(rec))));
                    if (term_is_atom(CAR(rec)))
                        e->records = make_cons(
                            make_tuple2(CAR(rec),
                                        rec_field_names(e, CAR(rec),
                                                        CAR(CDR(rec)), m)),
                            e->records);
                }
                vec_push(&rs, rec);
            }
            m = make_cons(e->a.record, vec_list(&rs, NIL));
        } else if (term_is_cons(m) && CAR(m) == e->a.struct_) {
            m = make_cons(e->a.struct_, exp_fields(e, CDR(m)));
        }
        vec_push(&v, m);
    }
    return vec_list(&v, NIL);
}

static Term exp_cond_clause(Expander *e, Term c)
{
    if (term_is_cons(c) && term_is_cons(CAR(c)) &&
        CAR(CAR(c)) == e->a.qmatch) {
        Term t = CAR(c);
        Term t1 = cons_at(e, e->a.qmatch, exp_clause(e, CDR(t)), t);
        return cons_at(e, t1, exp_tail(e, CDR(c)), c);
    }
    if (term_is_cons(c) && CAR(c) == e->a.else_)
        return cons_at(e, e->a.else_, exp_tail(e, CDR(c)), c);
    return exp_tail(e, c);
}

static Term exp_maybe_expr(Expander *e, Term x);

static Term exp_maybe_body(Expander *e, Term b)
{
    return exp_tail_with(e, b, exp_maybe_expr);
}

static Term exp_maybe_expr(Expander *e, Term x)
{
    if (term_is_cons(x)) {
        Term h = CAR(x);
        if (h == e->a.else_)
            return cons_at(e, h, exp_clauses(e, CDR(x)), x);
        if (h == e->a.qmatch)
            return cons_at(e, h, exp_clause(e, CDR(x)), x);
        if (h == e->a.let && term_is_cons(CDR(x))) {
            Term vbs = exp_clauses(e, CAR(CDR(x)));
            Term b = exp_maybe_body(e, CDR(CDR(x)));
            return cons_at(e, h, cons_at(e, vbs, b, CDR(x)), x);
        }
    }
    return exp_form(e, x);
}

static Term exp_try_section(Expander *e, Term s)
{
    if (term_is_cons(s)) {
        Term h = CAR(s);
        if (h == e->a.case_ || h == e->a.catch_)
            return cons_at(e, h, exp_clauses(e, CDR(s)), s);
        if (h == e->a.after)
            return cons_at(e, h, exp_tail(e, CDR(s)), s);
    }
    return s;
}

static Term exp_qual(Expander *e, Term q)
{
    if (term_is_cons(q) && (CAR(q) == e->a.larrow || CAR(q) == e->a.lbarrow))
        return cons_at(e, CAR(q), exp_clause(e, CDR(q)), q);
    return exp_form(e, q);
}

static Term exp_quals(Expander *e, Term qs)
{
    return exp_tail_with(e, qs, exp_qual);
}

/* (head args...) of a core form whose subforms are all expressions. */
static Term exp_normal(Expander *e, Term f)
{
    return cons_at(e, CAR(f), exp_tail(e, CDR(f)), f);
}

/* (head x rest...) with x kept and rest expanded. */
static Term exp_keep1(Expander *e, Term f)
{
    return cons_at(e, CAR(f),
                   cons_at(e, CAR(CDR(f)), exp_tail(e, CDR(CDR(f))), CDR(f)),
                   f);
}

/* (head e rest...) with e expanded, rest kept. */
static Term exp_first(Expander *e, Term f)
{
    return cons_at(e, CAR(f),
                   cons_at(e, exp_form(e, CAR(CDR(f))), CDR(CDR(f)), CDR(f)),
                   f);
}

/* (head e name rest...) with e and rest expanded, name kept. */
static Term exp_first_tail(Expander *e, Term f)
{
    Term r = CDR(f);
    Term x = exp_form(e, CAR(r));
    Term nm = CDR(r);
    return cons_at(e, CAR(f),
                   cons_at(e, x, cons_at(e, CAR(nm), exp_tail(e, CDR(nm)), nm),
                           r),
                   f);
}

/* ---- shapes of core forms ---------------------------------------------
 * What lfe_lint checks about the shape of the core forms the expander
 * walks, with its messages, so a malformed form is a compile error at its
 * position and never reaches the code generator. */

/* A (when guard ...) form. */
static bool good_when(Expander *e, Term t)
{
    return is_when(e, t) && len(t) >= 1;
}

/* A body: a proper list of forms (LFE: "bad body in KIND"). */
static void check_body(Expander *e, Term body, Term f, const char *kind)
{
    if (len(body) < 0)
        expand_fail(e, f, "bad body in %s", kind);
}

/* A clause (pattern [(when ...)] body ...) of case/receive/catch. */
static void check_clause(Expander *e, Term c, Term f, const char *kind)
{
    if (!term_is_cons(c))
        expand_fail(e, f, "bad %s form", kind);
    check_body(e, c, f, kind);
    if (term_is_cons(CDR(c)) && is_when(e, CAR(CDR(c))) &&
        !good_when(e, CAR(CDR(c))))
        expand_fail(e, f, "bad guard definition");
}

/* A let binding (pattern value) or (pattern (when ...) value). */
static bool good_binding(Expander *e, Term b)
{
    int64_t n = len(b);
    return n == 2 || (n == 3 && good_when(e, CAR(CDR(b))));
}

static void check_shape(Expander *e, Term f, int64_t n)
{
    const ExpandAtoms *a = &e->a;
    Term h = CAR(f);
    if (h == a->let) {
        Term bs = expand_nth(f, 1);
        if (n < 2 || len(bs) < 0)
            expand_fail(e, f, "bad let form");
        for (; term_is_cons(bs); bs = CDR(bs))
            if (!good_binding(e, CAR(bs)))
                expand_fail(e, f, "bad let form");
    } else if (h == a->case_) {
        if (n < 3)
            expand_fail(e, f, "bad case form");
        for (Term l = CDR(CDR(f)); term_is_cons(l); l = CDR(l))
            check_clause(e, CAR(l), f, "case");
    } else if (h == a->receive) {
        for (Term l = CDR(f); term_is_cons(l); l = CDR(l)) {
            Term c = CAR(l);
            if (term_is_cons(c) && CAR(c) == a->after) {
                check_body(e, c, f, "receive");
                if (len(c) < 2 || CDR(l) != NIL)
                    expand_fail(e, f, "bad receive form");
            } else {
                check_clause(e, c, f, "receive");
            }
        }
    } else if (h == a->try_) {
        /* (try e [(case ...)] [(catch ...)] [(after ...)]), catch or
         * after required. */
        Term l = CDR(f);
        if (n < 3)
            expand_fail(e, f, "bad try form");
        l = CDR(l);
        if (term_is_cons(CAR(l)) && CAR(CAR(l)) == a->case_) {
            for (Term c = CDR(CAR(l)); term_is_cons(c); c = CDR(c))
                check_clause(e, CAR(c), f, "case");
            l = CDR(l);
        }
        bool some = false;
        if (term_is_cons(l) && term_is_cons(CAR(l)) &&
            CAR(CAR(l)) == a->catch_) {
            for (Term c = CDR(CAR(l)); term_is_cons(c); c = CDR(c))
                check_clause(e, CAR(c), f, "try");
            l = CDR(l);
            some = true;
        }
        if (term_is_cons(l) && term_is_cons(CAR(l)) &&
            CAR(CAR(l)) == a->after) {
            check_body(e, CAR(l), f, "try");
            l = CDR(l);
            some = true;
        }
        if (!some || l != NIL)
            expand_fail(e, f, "bad try form");
    } else if (h == a->lambda) {
        if (n < 2 || len(CAR(CDR(f))) < 0)
            expand_fail(e, f, "bad lambda form");
        check_body(e, CDR(CDR(f)), f, "lambda");
    } else if (h == a->match_lambda) {
        int64_t ar = -1;
        for (Term l = CDR(f); term_is_cons(l); l = CDR(l)) {
            Term c = CAR(l);
            if (!term_is_cons(c))
                continue; /* the code generator says which, in order */
            if (len(CAR(c)) < 0) {
                StrBuf b;
                strbuf_init(&b);
                expand_show(&b, CAR(c));
                expand_fail(e, f, "illegal pattern %s", b.data);
            }
            if (ar >= 0 && len(CAR(c)) != ar)
                expand_fail(e, f, "function head arity mismatch");
            ar = len(CAR(c));
            check_clause(e, c, f, "match-lambda");
        }
    } else if (h == a->progn) {
        check_body(e, CDR(f), f, "progn");
    }
}

/* (record name f1 v1 ... _ v ...): the _ "field" gives every field not
 * named its value (in a match specification, '_), as Erlang's
 * #name{_ = V}.  Spelled out here for a record whose definition is known. */
static Term rec_default_fields(Expander *e, Term f)
{
    Term name = CAR(CDR(f)), fvs = CDR(CDR(f)), fields = NONE, dflt = NONE;
    for (Term r = e->records; term_is_cons(r); r = CDR(r))
        if (tuple_elems(CAR(r))[0] == name) {
            fields = tuple_elems(CAR(r))[1];
            break;
        }
    if (fields == NONE || len(fvs) < 0 || len(fvs) % 2)
        return f;
    Vec v = {0};
    for (Term l = fvs; term_is_cons(l); l = CDR(CDR(l))) {
        if (CAR(l) == e->a.underscore) {
            dflt = CAR(CDR(l));
            continue;
        }
        vec_push(&v, CAR(l));
        vec_push(&v, CAR(CDR(l)));
    }
    if (dflt == NONE)
        return f;
    for (Term l = fields; term_is_cons(l); l = CDR(l)) {
        bool named = false;
        for (size_t i = 0; i < v.n && !named; i += 2)
            named = v.v[i] == CAR(l);
        if (!named) {
            vec_push(&v, CAR(l));
            vec_push(&v, dflt);
        }
    }
    return expand_at(e, make_cons(CAR(f), make_cons(name, vec_list(&v, NIL))),
                     f);
}

static Term exp_form_1(Expander *e, Term f)
{
    if (!term_is_cons(f))
        return f; /* atoms, literals, tuples, maps: as they are */
    Term h = CAR(f);
    const ExpandAtoms *a = &e->a;
    int64_t n = len(f); /* -1 for an improper list */
    if (!term_is_atom(h))
        return exp_tail(e, f);
    if (h == a->quote && n == 2)
        return f;
    check_shape(e, f, n);
    if ((h == a->cons && n == 3) || ((h == a->car || h == a->cdr) && n == 2) ||
        h == a->list || h == a->tuple || (h == a->tref && n == 3) ||
        (h == a->tset && n == 4) || h == a->binary || h == a->map ||
        h == a->msiz || h == a->mref || h == a->mset || h == a->mupd ||
        h == a->mrem || h == a->map_size || h == a->map_get ||
        h == a->map_set || h == a->map_update || h == a->map_remove)
        return exp_normal(e, f);
    if (h == a->define_record && n == 3)
        return L3(h, CAR(CDR(f)), exp_fields(e, CAR(CDR(CDR(f)))));
    if ((h == a->record || h == a->make_record) && n >= 2)
        return exp_keep1(e, rec_default_fields(e, f));
    if (h == a->is_record && n == 3)
        return exp_first(e, f);
    if (h == a->record_index && n == 3)
        return f;
    if (h == a->record_field && n == 4)
        return exp_first(e, f);
    if (h == a->record_update && n >= 3)
        return exp_first_tail(e, f);
    if (h == a->define_struct && n == 2)
        return L2(h, exp_fields(e, CAR(CDR(f))));
    if (h == a->struct_ && n >= 2)
        return exp_keep1(e, f);
    if (h == a->is_struct && (n == 2 || n == 3))
        return exp_first(e, f);
    if (h == a->struct_field && n == 4)
        return exp_first(e, f);
    if (h == a->struct_update && n >= 3)
        return exp_first_tail(e, f);
    if (h == a->function) {
        /* #'macroexpand-1/1 and friends are funs of module lfe. */
        Term nm = expand_nth(f, 1), ar = expand_nth(f, 2);
        if (n == 3 && term_is_atom(nm) && term_is_small(ar) &&
            e->lfe_calls && lfe_fun(nm, small_val(ar)) &&
            !is_local_fun(e, nm))
            return expand_at(e, L4(h, atom_from_cstr("lfe"), nm, ar), f);
        return f;
    }
    if (h == a->lambda && n >= 2)
        return exp_keep1(e, f);
    if (h == a->match_lambda)
        return cons_at(e, h, exp_ml_clauses(e, CDR(f)), f);
    if (h == a->let && n >= 2)
        return cons_at(e, h,
                       cons_at(e, exp_clauses(e, CAR(CDR(f))),
                               exp_tail(e, CDR(CDR(f))), CDR(f)),
                       f);
    if ((h == a->let_function || h == a->letrec_function) && n >= 2)
        return exp_let_function(e, f, h);
    if (h == a->let_macro && n >= 2) {
        Term saved = e->env;
        for (Term l = CAR(CDR(f)); term_is_cons(l); l = CDR(l)) {
            Term b = CAR(l);
            if (len(b) == 2 && term_is_atom(CAR(b)) &&
                term_is_cons(CAR(CDR(b))) &&
                (CAR(CAR(CDR(b))) == a->lambda ||
                 CAR(CAR(CDR(b))) == a->match_lambda))
                add_macro(e, CAR(b), CAR(CDR(b)));
        }
        Term body = exp_tail(e, CDR(CDR(f)));
        e->env = saved;
        return cons_at(e, a->progn, body, f);
    }
    if (h == a->progn || h == a->prog1 || h == a->prog2 || h == a->if_ ||
        h == a->funcall || h == a->call || h == a->eval_when_compile ||
        h == a->when)
        return exp_normal(e, f);
    if (h == a->case_ && n >= 2)
        return cons_at(e, h,
                       cons_at(e, exp_form(e, CAR(CDR(f))),
                               exp_clauses(e, CDR(CDR(f))), CDR(f)),
                       f);
    if (h == a->cond)
        return cons_at(e, h, exp_tail_with(e, CDR(f), exp_cond_clause), f);
    if (h == a->maybe)
        return cons_at(e, h, exp_maybe_body(e, CDR(f)), f);
    if (h == a->receive)
        return cons_at(e, h, exp_clauses(e, CDR(f)), f);
    if (h == a->catch_)
        return exp_normal(e, f);
    if (h == a->try_ && n >= 2)
        return cons_at(e, h,
                       cons_at(e, exp_form(e, CAR(CDR(f))),
                               exp_tail_with(e, CDR(CDR(f)), exp_try_section),
                               CDR(f)),
                       f);
    if ((h == a->lc || h == a->list_comp || h == a->bc ||
         h == a->binary_comp) && n == 3) {
        Term body = exp_form(e, CAR(CDR(CDR(f))));
        Term qs = exp_quals(e, CAR(CDR(f)));
        return expand_at(e, L3(h, qs, body), f);
    }
    if (h == a->define_function && n == 4)
        return exp_define_function(e, f);
    if (h == a->define_macro && n >= 2)
        return exp_keep1(e, f);
    if ((h == a->define_module && n == 4) || (h == a->extend_module && n == 3)) {
        Term r = h == a->define_module ? CDR(CDR(f)) : CDR(f);
        Term metas = exp_module_meta(e, CAR(r));
        Term t = L2(metas, CAR(CDR(r)));
        t = h == a->define_module ? make_cons(CAR(CDR(f)), t) : t;
        return expand_at(e, make_cons(h, t), f);
    }
    if (h == a->define_module || h == a->extend_module ||
        h == a->define_type || h == a->define_opaque_type ||
        h == a->define_function_spec)
        return f;
    /* A call: a macro if it is one, else a function call.  LFE's own
     * functions (macroexpand ...) are calls of module lfe unless the
     * module defines a function of that name. */
    Term x;
    if (exp_macro(e, f, &x))
        return exp_form(e, x);
    if (n >= 1 && e->lfe_calls && lfe_fun(h, n - 1) &&
        !is_local_fun(e, h))
        return exp_form(e, expand_at(e,
                                     make_cons(a->call,
                                               make_cons(quote(e, atom_from_cstr("lfe")),
                                                         make_cons(quote(e, h), CDR(f)))),
                                     f));
    return exp_tail(e, f);
}

static Term exp_form(Expander *e, Term f)
{
    if (!term_is_cons(f))
        return f;
    SrcPos saved = e->here;
    bool had = e->have_here;
    SrcPos p;
    if (e->pos && srcmap_get(e->pos, f, &p)) {
        e->here = p;
        e->have_here = true;
    }
    if (++e->depth > MAX_DEPTH)
        expand_fail(e, f, "form nested too deeply (over %d levels)",
                    MAX_DEPTH);
    Term r = exp_form_1(e, f);
    e->depth--;
    e->here = saved;
    e->have_here = had;
    return r;
}

/* ---- predefined macros ------------------------------------------------ */

/* c[ad]+r of 2 to 4 letters. */
static bool exp_cxr(Expander *e, Term name, Term arg, Term *out)
{
    const char *s = atom_name(name);
    size_t n = atom_length(name);
    if (n < 4 || n > 6 || s[0] != 'c' || s[n - 1] != 'r')
        return false;
    for (size_t i = 1; i < n - 1; i++)
        if (s[i] != 'a' && s[i] != 'd')
            return false;
    Term r = arg;
    for (size_t i = n - 1; i-- > 1;)
        r = L2(s[i] == 'a' ? e->a.car : e->a.cdr, r);
    *out = r;
    return true;
}

static Term new_symb(Expander *e)
{
    char buf[32];
    snprintf(buf, sizeof buf, "|-%llu-|", (unsigned long long)e->vc++);
    return atom_from_cstr(buf);
}

static Term list_star(Expander *e, Term as)
{
    if (as == NIL)
        return NIL;
    if (!term_is_cons(as))
        return as;
    if (CDR(as) == NIL)
        return CAR(as);
    return L3(e->a.cons, CAR(as), list_star(e, CDR(as)));
}

static Term exp_let_star(Expander *e, Term body, Term kind, Term origin)
{
    /* body = (bindings form ...) */
    Term b = CAR(body);
    if (term_is_cons(b))
        return expand_at(e,
                         L3(kind, make_cons(CAR(b), NIL),
                            exp_let_star(e, make_cons(CDR(b), CDR(body)), kind,
                                         origin)),
                         origin);
    if (b == NIL)
        return expand_at(e, make_cons(e->a.progn, CDR(body)), origin);
    return expand_at(e, make_cons(kind, body), origin);
}

static Term exp_do(Expander *e, Term f)
{
    Term body = CDR(f);
    if (len(body) < 2 || len(CAR(CDR(body))) != 2 || len(CAR(body)) < 0)
        bad_form(e, f, e->a.do_);
    Vec vs = {0}, is = {0}, cs = {0};
    for (Term l = CAR(body); term_is_cons(l); l = CDR(l)) {
        Term p = CAR(l);
        if (len(p) != 3)
            bad_form(e, p, e->a.do_);
        vec_push(&vs, CAR(p));
        vec_push(&is, CAR(CDR(p)));
        vec_push(&cs, CAR(CDR(CDR(p))));
    }
    Term test = CAR(CAR(CDR(body))), ret = CAR(CDR(CAR(CDR(body))));
    char buf[40];
    snprintf(buf, sizeof buf, "do$^%llu", (unsigned long long)e->fc++);
    Term fun = atom_from_cstr(buf);
    Term loop = L3(e->a.let,
                   make_cons(L2(e->a.do_state,
                                make_cons(e->a.progn, CDR(CDR(body)))),
                             NIL),
                   make_cons(fun, vec_list(&cs, NIL)));
    Term lam = L3(e->a.lambda, vec_list(&vs, NIL), L4(e->a.if_, test, ret, loop));
    return L3(e->a.letrec_function, make_cons(L2(fun, lam), NIL),
              make_cons(fun, vec_list(&is, NIL)));
}

/* defmodule's rest: meta (doc, spec, record, type, opaque) and attributes. */
static Term exp_defspec_func(Expander *e, Term func, Term spec)
{
    (void)e;
    if (len(func) == 2)
        return func;
    int64_t ar = 0;
    if (term_is_cons(spec)) {
        Term s = CAR(spec);
        if (term_is_cons(s) && len(CAR(s)) >= 0)
            ar = len(CAR(s));
    }
    return L2(func, make_small(ar));
}

static Term exp_defmodule(Expander *e, Term name, Term rest, Term origin)
{
    if (!term_is_atom(name))
        expand_fail(e, origin, "bad name in module definition");
    if (term_is_cons(rest) && is_doc_string(CAR(rest)))
        rest = make_cons(L2(e->a.doc, CAR(rest)), CDR(rest));
    Vec meta = {0}, attrs = {0};
    Term type = atom_from_cstr("type"), opaque = atom_from_cstr("opaque");
    for (Term l = rest; term_is_cons(l); l = CDR(l)) {
        Term r = CAR(l);
        if (!term_is_cons(r))
            expand_fail(e, origin, "bad defmodule form: bad attribute");
        Term tag = CAR(r);
        if (tag == e->a.spec) {
            Vec ss = {0};
            for (Term s = CDR(r); term_is_cons(s); s = CDR(s)) {
                Term sp = CAR(s);
                if (!term_is_cons(sp))
                    expand_fail(e, origin, "bad defmodule form: bad spec");
                vec_push(&ss, L2(exp_defspec_func(e, CAR(sp), CDR(sp)),
                                 CDR(sp)));
            }
            vec_push(&meta, make_cons(e->a.spec, vec_list(&ss, NIL)));
        } else if (tag == e->a.doc || tag == e->a.record || tag == type ||
                   tag == opaque) {
            vec_push(&meta, r);
        } else {
            vec_push(&attrs, r);
        }
    }
    e->module = name;
    return expand_at(e,
                     L4(e->a.define_module, name, vec_list(&meta, NIL),
                        vec_list(&attrs, NIL)),
                     origin);
}

/* flet/fletrec/macrolet binding lists. */
static Term exp_fdefs(Expander *e, Term defs, bool macros, Term origin)
{
    Vec v = {0};
    if (len(defs) < 0)
        bad_form(e, origin, CAR(origin));
    for (Term l = defs; term_is_cons(l); l = CDR(l)) {
        Term d = CAR(l);
        if (!term_is_cons(d) || !term_is_atom(CAR(d)))
            bad_form(e, d, CAR(origin));
        Term def = macros ? defmacro_def(e, CDR(d), NULL)
                          : defun_def(e, CDR(d), NULL, d);
        vec_push(&v, expand_at(e, L2(CAR(d), def), d));
    }
    return vec_list(&v, NIL);
}

/* (deftype name def) / (deftype (name args) def). */
static Term exp_deftype(Expander *e, Term kind, Term rest)
{
    Term t = CAR(rest), d = CDR(rest);
    Term type = term_is_cons(t) || t == NIL ? t : make_cons(t, NIL);
    Term def = d == NIL ? make_cons(e->a.any, NIL) : CAR(d);
    return L3(kind, type, def);
}

/* The native syntax-rules macro: a lambda that calls scm's expander. */
static Term syntax_rules_def(Expander *e, Term name, Term rules)
{
    Term call = make_cons(e->a.colon,
                          make_cons(e->a.scm,
                                    make_cons(e->a.mbe_proc,
                                              L4(quote(e, name), quote(e, NIL),
                                                 quote(e, rules), e->a.args))));
    return L3(e->a.lambda, L2(e->a.args, e->a.env), call);
}

static Term exp_syntax(Expander *e, Term name, Term def, Term origin)
{
    if (term_is_cons(def) && CAR(def) == e->a.macro) {
        Vec v = {0};
        for (Term l = CDR(def); term_is_cons(l); l = CDR(l)) {
            Term c = CAR(l);
            if (!term_is_cons(c))
                bad_form(e, origin, e->a.define_syntax);
            vec_push(&v, make_cons(L2(CAR(c), e->a.env), CDR(c)));
        }
        return make_cons(e->a.match_lambda, vec_list(&v, NIL));
    }
    if (term_is_cons(def) && CAR(def) == e->a.syntax_rules)
        return syntax_rules_def(e, name, CDR(def));
    bad_form(e, origin, e->a.define_syntax);
}

/* Apply fn to args with the compile-time evaluator for the macro call
 * call; an error there is "error expanding CALL: ...". */
static Term eval_macro(Expander *e, Term fn, Term args, Term call)
{
    ExpandError *err = e->err;
    err->message[0] = 0;
    Term r = e->eval(e->eval_ctx, fn, args, err);
    if (r == NONE) {
        char msg[sizeof err->message];
        memcpy(msg, err->message, sizeof msg);
        StrBuf b;
        strbuf_init(&b);
        expand_show(&b, call);
        expand_fail(e, call, "error expanding %s:\n    %s", b.data, msg);
    }
    return r;
}

/* (m:fn arg ...) where module m exports the macro fn: its expansion, by
 * m:LFE-EXPAND-EXPORTED-MACRO(fn, args, env) run at compile time. */
static bool exp_exported_macro(Expander *e, Term m, Term fn, Term as,
                               Term call, Term *out)
{
    if (!e->macro_export || !e->eval || !term_is_atom(m) ||
        !term_is_atom(fn) || !expand_is_proper(as) ||
        !e->macro_export(e->eval_ctx, m, fn))
        return false;
    Term a = atom_from_cstr("a"), b = atom_from_cstr("b"),
         c = atom_from_cstr("c");
    Term body = make_cons(e->a.call,
                          make_cons(L2(e->a.quote, m),
                                    L4(L2(e->a.quote,
                                          atom_from_cstr(
                                              "LFE-EXPAND-EXPORTED-MACRO")),
                                       a, b, c)));
    Term fun = L3(e->a.lambda, L3(a, b, c), body);
    Term r = eval_macro(e, fun, L3(fn, as, e->env), call);
    if (!term_is_tuple(r) || tuple_arity(r) != 2 ||
        tuple_elems(r)[0] != atom_from_cstr("yes"))
        return false;
    *out = tuple_elems(r)[1];
    return true;
}

/* Macros exported by module m: scm's are built in; others are asked
 * of the module. */
static bool exp_call_macro(Expander *e, Term m, Term fn, Term as, Term call,
                           Term *out)
{
    if (m != e->a.scm)
        return exp_exported_macro(e, m, fn, as, call, out);
    if (fn == e->a.begin) {
        *out = make_cons(e->a.progn, as);
        return true;
    }
    if (fn == e->a.define && term_is_cons(as)) {
        Term head = CAR(as), body = CDR(as);
        if (term_is_cons(head) && expand_is_symb_list(head))
            *out = L4(e->a.define_function, CAR(head), NIL,
                      make_cons(e->a.lambda, make_cons(CDR(head), body)));
        else
            *out = L4(e->a.define_function, head, NIL, body);
        return true;
    }
    if (fn == e->a.define_syntax && len(as) == 2) {
        *out = L4(e->a.define_macro, CAR(as), NIL,
                  exp_syntax(e, CAR(as), CAR(CDR(as)), call));
        return true;
    }
    if (fn == e->a.let_syntax && len(as) >= 1) {
        Vec v = {0};
        for (Term l = CAR(as); term_is_cons(l); l = CDR(l)) {
            Term d = CAR(l);
            if (len(d) != 2)
                bad_form(e, call, e->a.let_syntax);
            vec_push(&v, L2(CAR(d), exp_syntax(e, CAR(d), CAR(CDR(d)), call)));
        }
        *out = make_cons(e->a.let_macro, make_cons(vec_list(&v, NIL), CDR(as)));
        return true;
    }
    if (fn == e->a.defsyntax && len(as) >= 1) {
        *out = L4(e->a.define_macro, CAR(as), NIL,
                  syntax_rules_def(e, CAR(as), CDR(as)));
        return true;
    }
    return false;
}

static Term exp_defrecord(Expander *e, Term f);
static Term exp_defstruct(Expander *e, Term f);

/* One step of a predefined macro; false when f is not one. */
static bool exp_predef(Expander *e, Term f, Term *out)
{
    const ExpandAtoms *a = &e->a;
    Term h = CAR(f), as = CDR(f);
    int64_t n = len(as);
    if (n == 1 && exp_cxr(e, h, CAR(as), out))
        return true;
    if (h == a->backquote && n == 1) {
        *out = expand_backquote(e, CAR(as));
        return true;
    }
    if (h == a->qmark && n >= 0 && n <= 2) {
        Term omega = L2(a->omega, a->omega);
        if (n == 0)
            *out = L2(a->receive, omega);
        else
            *out = L3(a->receive, omega,
                      L3(a->after, CAR(as),
                         n == 2 ? CAR(CDR(as))
                                : L2(a->exit, quote(e, a->timeout))));
        return true;
    }
    if (h == a->list_star) {
        *out = list_star(e, as);
        return true;
    }
    if (h == a->let_star || h == a->flet_star) {
        if (!term_is_cons(as))
            bad_form(e, f, h);
        *out = exp_let_star(e, as, h == a->let_star ? a->let : a->flet, f);
        return true;
    }
    if (h == a->do_) {
        *out = exp_do(e, f);
        return true;
    }
    if (h == a->fun && (n == 2 || n == 3)) {
        Term ar = expand_nth(as, n - 1);
        if (!term_is_small(ar) || small_val(ar) < 0 || small_val(ar) > 255)
            bad_form(e, f, h);
        Vec vs = {0};
        for (int64_t i = 0; i < small_val(ar); i++)
            vec_push(&vs, new_symb(e));
        Term vl = NIL;
        for (size_t i = 0; i < vs.n; i++) /* LFE lists them newest first */
            vl = make_cons(vs.v[i], vl);
        Term call = n == 2 ? make_cons(CAR(as), vl)
                           : make_cons(a->call,
                                       make_cons(quote(e, CAR(as)),
                                                 make_cons(quote(e, CAR(CDR(as))),
                                                           vl)));
        *out = L3(a->lambda, vl, call);
        return true;
    }
    if (h == a->defrecord) {
        if (n < 1)
            return false;
        *out = exp_defrecord(e, f);
        return true;
    }
    if (h == a->defstruct) {
        *out = exp_defstruct(e, f);
        return true;
    }
    if (h == a->defmodule && n >= 1) {
        *out = exp_defmodule(e, CAR(as), CDR(as), f);
        return true;
    }
    if ((h == a->deftype || h == a->defopaque) && n >= 1) {
        *out = exp_deftype(e, h == a->deftype ? a->define_type
                                              : a->define_opaque_type, as);
        return true;
    }
    if (h == a->defspec && n >= 1) {
        *out = L3(a->define_function_spec,
                  exp_defspec_func(e, CAR(as), CDR(as)), CDR(as));
        return true;
    }
    if (h == a->defun) {
        if (n < 2 || !term_is_atom(CAR(as)))
            bad_form(e, f, h);
        Term meta;
        Term def = defun_def(e, CDR(as), &meta, f);
        *out = L4(a->define_function, CAR(as), meta, def);
        return true;
    }
    if (h == a->defmacro) {
        if (n < 2 || !term_is_atom(CAR(as)))
            bad_form(e, f, h);
        Term meta;
        Term def = defmacro_def(e, CDR(as), &meta);
        *out = L4(a->define_macro, CAR(as), meta, def);
        return true;
    }
    if ((h == a->flet || h == a->fletrec || h == a->macrolet) && n >= 1) {
        Term kind = h == a->flet      ? a->let_function
                    : h == a->fletrec ? a->letrec_function
                                      : a->let_macro;
        *out = make_cons(kind, make_cons(exp_fdefs(e, CAR(as), h == a->macrolet, f),
                                         CDR(as)));
        return true;
    }
    if (n >= 0 && (h == a->ets_ms || h == a->table_ms || h == a->match_spec ||
                   h == a->trace_ms || h == a->dbg_ms)) {
        *out = expand_ms(e, exp_ml_clauses(e, as),
                         h == a->trace_ms || h == a->dbg_ms);
        return true;
    }
    if (h == a->module_ && n == 0) {
        *out = quote(e, e->module);
        return true;
    }
    if (h == a->line_ && n == 0) {
        *out = quote(e, make_small(e->top_line));
        return true;
    }
    if (h == a->colon && n >= 2) {
        Term m = CAR(as), fn = CAR(CDR(as)), rest = CDR(CDR(as));
        if (term_is_atom(m) && term_is_atom(fn) &&
            exp_call_macro(e, m, fn, rest, f, out))
            return true;
        *out = make_cons(a->call, make_cons(quote(e, m), make_cons(quote(e, fn), rest)));
        return true;
    }
    /* mod:fun in call position. */
    if (h != atom_from_cstr("=:=")) {
        const char *s = atom_name(h);
        size_t sl = atom_length(h);
        const char *parts[3];
        size_t plen[3];
        int np = 0;
        size_t i = 0;
        while (i < sl && np < 3) {
            while (i < sl && s[i] == ':')
                i++;
            if (i == sl)
                break;
            size_t j = i;
            while (j < sl && s[j] != ':')
                j++;
            parts[np] = s + i;
            plen[np++] = j - i;
            i = j;
        }
        if (np == 2 && memchr(s, ':', sl)) {
            Term m = atom_intern(parts[0], plen[0]);
            Term fn = atom_intern(parts[1], plen[1]);
            *out = make_cons(a->colon, make_cons(m, make_cons(fn, as)));
            return true;
        }
    }
    return false;
}

/* ---- records and structs --------------------------------------------- */

static Term rec_field_names(Expander *e, Term name, Term fdefs, Term origin)
{
    Vec v = {0};
    for (Term l = fdefs; term_is_cons(l); l = CDR(l)) {
        Term fd = CAR(l);
        Term fname = term_is_atom(fd) ? fd
                     : term_is_cons(fd) && len(fd) >= 1 && len(fd) <= 3 &&
                             term_is_atom(CAR(fd))
                         ? CAR(fd)
                         : NONE;
        if (fname == NONE)
            expand_fail(e, origin, "bad definition of record %s",
                        term_is_atom(name) ? atom_name(name) : "?");
        vec_push(&v, fname);
    }
    if (len(fdefs) < 0)
        expand_fail(e, origin, "bad definition of record %s",
                    term_is_atom(name) ? atom_name(name) : "?");
    return vec_list(&v, NIL);
}

static Term exp_defrecord(Expander *e, Term f)
{
    Term name = CAR(CDR(f)), fdefs = CDR(CDR(f));
    if (!term_is_atom(name))
        expand_fail(e, f, "bad definition of record");
    rec_field_names(e, name, fdefs, f);
    return expand_at(e, L3(e->a.define_record, name, fdefs), f);
}

/* Bind the access macros of a record (defined at top level). */
static void define_record_macros(Expander *e, Term name, Term fdefs, Term f)
{
    if (!term_is_atom(name))
        expand_fail(e, f, "bad definition of record");
    Term fields = rec_field_names(e, name, fdefs, f);
    e->records = make_cons(make_tuple2(name, fields), e->records);
    const char *n = atom_name(name);
    static const struct {
        const char *pre;
        int kind;
    } whole[] = {{"make-", RM_MAKE},     {"match-", RM_MATCH},
                 {"is-", RM_IS},         {"update-", RM_UPDATE},
                 {"set-", RM_SET},       {"fields-", RM_FIELDS},
                 {"size-", RM_SIZE}};
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
        add_macro(e, atom_concat(e, f, whole[i].pre, n, ""),
                  native(e, e->a.record_mac, make_small(whole[i].kind), name,
                         fields));
    for (Term l = fields; term_is_cons(l); l = CDR(l)) {
        const char *fn = atom_name(CAR(l));
        StrBuf s;
        strbuf_init(&s);
        strbuf_puts(&s, n);
        strbuf_puts(&s, "-");
        strbuf_puts(&s, fn);
        Term get = atom_concat(e, f, s.data, "", "");
        add_macro(e, get,
                  native(e, e->a.record_mac, make_small(RM_GET), name, CAR(l)));
        add_macro(e, atom_concat(e, f, "update-", s.data, ""),
                  native(e, e->a.record_mac, make_small(RM_UPDATE_F), name,
                         CAR(l)));
        add_macro(e, atom_concat(e, f, "set-", s.data, ""),
                  native(e, e->a.record_mac, make_small(RM_SET_F), name,
                         CAR(l)));
    }
}

static bool exp_record_macro(Expander *e, Term def, Term call, Term *out)
{
    Term *d = tuple_elems(def);
    int kind = (int)small_val(d[2]);
    Term name = d[3], as = CDR(call);
    int64_t n = len(as);
    const ExpandAtoms *a = &e->a;
    switch (kind) {
    case RM_MAKE:
    case RM_MATCH:
        *out = make_cons(a->record, make_cons(name, as));
        return true;
    case RM_IS:
        if (n != 1)
            break;
        *out = L3(a->is_record, CAR(as), name);
        return true;
    case RM_UPDATE:
    case RM_SET:
        if (!term_is_cons(as))
            break;
        *out = make_cons(a->record_update,
                         make_cons(CAR(as), make_cons(name, CDR(as))));
        return true;
    case RM_FIELDS:
        if (n != 0)
            break;
        *out = quote(e, d[4]);
        return true;
    case RM_SIZE:
        if (n != 0)
            break;
        *out = make_small(len(d[4]) + 1);
        return true;
    case RM_GET:
        if (n == 0) {
            *out = L3(a->record_index, name, d[4]);
            return true;
        }
        if (n != 1)
            break;
        *out = L4(a->record_field, CAR(as), name, d[4]);
        return true;
    default: /* RM_UPDATE_F, RM_SET_F */
        if (n != 2)
            break;
        *out = make_cons(a->record_update,
                         L4(CAR(as), name, d[4], CAR(CDR(as))));
        return true;
    }
    StrBuf b;
    strbuf_init(&b);
    expand_show(&b, call);
    expand_fail(e, call, "error expanding %s:\n    function_clause", b.data);
}

static Term exp_defstruct(Expander *e, Term f)
{
    Vec v = {0};
    Term fdefs = CDR(f);
    if (len(fdefs) < 0)
        expand_fail(e, f, "bad definition of struct");
    for (Term l = fdefs; term_is_cons(l); l = CDR(l)) {
        Term fd = CAR(l);
        int64_t n = term_is_cons(fd) ? len(fd) : 0;
        if (term_is_atom(fd)) {
            vec_push(&v, fd);
            continue;
        }
        if (n < 1 || n > 3 || !term_is_atom(CAR(fd)))
            expand_fail(e, fd, "bad definition of struct");
        if (n == 1) {
            vec_push(&v, fd);
            continue;
        }
        /* LFE evaluates the default at compile time. */
        Term x = exp_form(e, CAR(CDR(fd)));
        Term val = expand_eval_expr(e, x);
        if (val == NONE && e->eval) {
            ExpandError *err = e->err;
            Term fn = L3(e->a.lambda, NIL, x);
            val = e->eval(e->eval_ctx, fn, NIL, err);
            if (val == NONE)
                expand_fail(e, fd, "bad definition of struct: %s", err->message);
        }
        if (val == NONE)
            expand_fail(e, fd,
                        "struct default needs the compile-time evaluator");
        Term r = n == 2 ? L2(CAR(fd), val) : L3(CAR(fd), val, CAR(CDR(CDR(fd))));
        vec_push(&v, r);
    }
    return expand_at(e, L2(e->a.define_struct, vec_list(&v, NIL)), f);
}

/* ---- user macros ------------------------------------------------------ */

/* The eval-when-compile functions around a macro definition, so the
 * evaluator sees them: (letrec-function ((name def) ...) def). */
static Term with_ewc(Expander *e, Term def)
{
    if (e->ewc_funs == NIL)
        return def;
    return L3(e->a.letrec_function, list_reverse(e->ewc_funs, NIL), def);
}

static Term exp_userdef(Expander *e, Term call, Term def)
{
    Term def1 = exp_form(e, def);
    Term r = expand_eval_apply(e, def1, CDR(call), call);
    if (r != NONE)
        return r;
    if (!e->eval) {
        StrBuf b;
        strbuf_init(&b);
        expand_show(&b, CAR(call));
        expand_fail(e, call,
                    "macro %s needs the compile-time evaluator, which is "
                    "not available",
                    b.data);
    }
    return eval_macro(e, with_ewc(e, def1), L2(CDR(call), e->env), call);
}

static bool exp_macro(Expander *e, Term call, Term *out)
{
    Term name = CAR(call);
    if (!term_is_atom(name) || is_core_form(e, name))
        return false;
    Term b = env_find(e->env, name);
    if (b != NONE && tuple_elems(b)[1] == e->a.kmacro) {
        Term def = tuple_elems(b)[2];
        if (is_native(e, def)) {
            Term kind = tuple_elems(def)[1];
            if (kind == e->a.record_mac)
                return exp_record_macro(e, def, call, out) &&
                       expand_at(e, *out, call);
            /* a constant: FUNCTION_NAME, FUNCTION_ARITY */
            if (CDR(call) != NIL)
                expand_fail(e, call, "error expanding %s: function_clause",
                            atom_name(name));
            *out = tuple_elems(def)[2];
            return true;
        }
        *out = expand_at(e, exp_userdef(e, call, def), call);
        return true;
    }
    if (!expand_is_proper(call))
        return false;
    if (exp_predef(e, call, out)) {
        expand_at(e, *out, call);
        return true;
    }
    return false;
}

/* ---- the top-level pass ----------------------------------------------- */

static void pass_form(Expander *e, Term f, Vec *out, int steps, bool top);

static void pass_define_macro(Expander *e, Term f)
{
    Term name = expand_nth(f, 1), def = expand_nth(f, 3);
    if (len(f) != 4 || !term_is_atom(name))
        expand_fail(e, f, "bad eval-when-compile macro form");
    if (is_core_form(e, name))
        return; /* LFE warns: defining core form as macro */
    if (!term_is_cons(def) ||
        (CAR(def) != e->a.lambda && CAR(def) != e->a.match_lambda))
        expand_fail(e, f, "bad eval-when-compile macro form");
    add_macro(e, name, def);
}

static char *read_text(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 4096, len0 = 0, k;
    char *buf = gc_alloc_atomic(cap);
    while ((k = fread(buf + len0, 1, cap - len0, fp)) > 0) {
        len0 += k;
        if (len0 == cap)
            buf = gc_realloc(buf, cap *= 2);
    }
    fclose(fp);
    *n = len0;
    return buf;
}

static bool string_value(Term t, StrBuf *b)
{
    if (term_is_binary(t)) {
        strbuf_append(b, (const char *)binary_bytes(t), binary_byte_size(t));
        return true;
    }
    if (!is_string(t) || t == NIL)
        return false;
    for (; term_is_cons(t); t = CDR(t))
        strbuf_put_utf8(b, (uint32_t)small_val(CAR(t)));
    return true;
}

static bool try_path(StrBuf *path, const char *dir, const char *name)
{
    strbuf_clear(path);
    if (dir && *dir && name[0] != '/') {
        strbuf_puts(path, dir);
        strbuf_putc(path, '/');
    }
    strbuf_puts(path, name);
    FILE *fp = fopen(path->data, "rb");
    if (fp)
        fclose(fp);
    return fp != NULL;
}

/* include-file / include-lib: the forms of the file. */
static Term include(Expander *e, Term f, bool lib)
{
    StrBuf name, path, dir;
    strbuf_init(&name);
    strbuf_init(&path);
    strbuf_init(&dir);
    const char *what = lib ? "include-lib" : "include-file";
    if (len(f) != 2 || !string_value(CAR(CDR(f)), &name))
        expand_fail(e, f, "bad %s form", what);
    const char *slash = e->file ? strrchr(e->file, '/') : NULL;
    if (slash)
        strbuf_append(&dir, e->file, (size_t)(slash - e->file));
    bool found = try_path(&path, ".", name.data) ||
                 (slash && try_path(&path, dir.data, name.data));
    if (!found && lib) {
        /* APP/rest: look for rest under each ELFE_LIB_PATH directory's APP. */
        const char *lp = getenv("ELFE_LIB_PATH");
        while (!found && lp && *lp) {
            const char *c = strchr(lp, ':');
            size_t dl = c ? (size_t)(c - lp) : strlen(lp);
            strbuf_clear(&dir);
            strbuf_append(&dir, lp, dl);
            found = try_path(&path, dir.data, name.data);
            lp = c ? c + 1 : NULL;
        }
    }
    /* LFE's own include files ("lfe/include/clj.lfe") are built in. */
    size_t tl = 0;
    const char *text = NULL;
    if (!found && lib && (text = include_lib_find(name.data, &tl)) != NULL) {
        strbuf_clear(&path);
        strbuf_puts(&path, name.data);
    }
    if (!found && !text)
        expand_fail(e, f, "can't find include %s %s",
                    lib ? "lib" : "file", name.data);
    size_t n = path.len;
    if (n >= 4 && !strcmp(path.data + n - 4, ".hrl"))
        expand_fail(e, f, "%s: Erlang .hrl files are not supported yet",
                    path.data);
    if (!text && !(text = read_text(path.data, &tl)))
        expand_fail(e, f, "can't read %s", path.data);
    char *fname = gc_alloc_atomic(path.len + 1);
    memcpy(fname, path.data, path.len + 1);
    Reader *r = reader_new(fname, (const uint8_t *)text, tl, e->pos);
    Vec forms = {0};
    Term x;
    ReadError rerr;
    int st;
    while ((st = reader_next(r, &x, &rerr)) == 1)
        vec_push(&forms, x);
    if (st < 0)
        expand_fail(e, f, "%s:%u:%u: %s", fname, rerr.line, rerr.col,
                    rerr.message);
    return vec_list(&forms, NIL);
}

/* eval-when-compile: definitions for the macros; expressions are run. */
static Term pass_ewc_form(Expander *e, Term f, Vec *kept, int steps)
{
    if (!term_is_cons(f))
        return NIL;
    Term h = CAR(f);
    if (h == e->a.progn || h == e->a.eval_when_compile) {
        for (Term l = CDR(f); term_is_cons(l); l = CDR(l))
            pass_ewc_form(e, CAR(l), kept, steps);
        return NIL;
    }
    if (h == e->a.define_macro) {
        pass_define_macro(e, f);
        vec_push(kept, f);
        return NIL;
    }
    if (h == e->a.define_function && len(f) == 4) {
        Term name = CAR(CDR(f)), def = CAR(CDR(CDR(CDR(f))));
        if (!term_is_atom(name) || function_arity(e, def) < 0)
            expand_fail(e, f, "bad eval-when-compile function form");
        Term def1 = exp_form(e, def);
        e->ewc_funs = make_cons(L2(name, def1), e->ewc_funs);
        vec_push(kept, f);
        return NIL;
    }
    if (h == e->a.set)
        expand_fail(e, f, "eval-when-compile set is not supported yet");
    Term x;
    if (steps > MAX_EXPANSIONS)
        expand_fail(e, f, "macro expansion does not terminate");
    if (exp_macro(e, f, &x))
        return pass_ewc_form(e, x, kept, steps + 1);
    /* An expression: evaluate it for its side effects. */
    Term x1 = exp_form(e, f);
    if (expand_eval_expr(e, x1) != NONE)
        return NIL;
    if (!e->eval)
        expand_fail(e, f, "bad eval-when-compile expression form: needs "
                          "the compile-time evaluator");
    ExpandError *err = e->err;
    if (e->eval(e->eval_ctx, with_ewc(e, L3(e->a.lambda, NIL, x1)), NIL,
                err) == NONE)
        expand_fail(e, f, "bad eval-when-compile expression form");
    return NIL;
}

static void pass_form(Expander *e, Term f, Vec *out, int steps, bool top)
{
    if (!term_is_cons(f)) {
        vec_push(out, f);
        return;
    }
    SrcPos p;
    if (e->pos && srcmap_get(e->pos, f, &p)) {
        e->here = p;
        e->have_here = true;
    }
    if (top)
        e->top_line = e->have_here ? e->here.line : 1;
    Term h = CAR(f);
    if (h == e->a.progn) {
        for (Term l = CDR(f); term_is_cons(l); l = CDR(l))
            pass_form(e, CAR(l), out, steps, false);
        return;
    }
    if (h == e->a.eval_when_compile) {
        Vec kept = {0};
        for (Term l = CDR(f); term_is_cons(l); l = CDR(l))
            pass_ewc_form(e, CAR(l), &kept, steps);
        vec_push(out, expand_at(e, make_cons(h, vec_list(&kept, NIL)), f));
        return;
    }
    if (h == e->a.include_file || h == e->a.include_lib) {
        for (Term l = include(e, f, h == e->a.include_lib); term_is_cons(l);
             l = CDR(l))
            pass_form(e, CAR(l), out, steps, false);
        return;
    }
    if (h == e->a.define_macro) {
        pass_define_macro(e, f);
        vec_push(out, f);
        return;
    }
    if (steps > MAX_EXPANSIONS)
        expand_fail(e, f, "macro expansion does not terminate");
    Term x;
    if (exp_macro(e, f, &x)) {
        pass_form(e, x, out, steps + 1, false);
        return;
    }
    Term r = exp_form(e, f);
    if (term_is_cons(r) && CAR(r) == e->a.define_record && len(r) == 3)
        define_record_macros(e, CAR(CDR(r)), CAR(CDR(CDR(r))), f);
    vec_push(out, r);
}

/* ---- the interface ---------------------------------------------------- */

Expander *expand_new(const char *file, SrcMap *positions)
{
    Expander *e = gc_alloc(sizeof *e);
    e->file = file;
    e->pos = positions;
#define X(c, s) e->a.c = atom_from_cstr(s);
    EXPAND_ATOMS(X)
#undef X
    e->env = NIL;
    e->ewc_funs = NIL;
    e->defuns = NIL;
    e->records = NIL;
    e->lfe_calls = true;
    e->module = e->a.no_module;
    return e;
}

void expand_set_lfe_calls(Expander *e, bool on) { e->lfe_calls = on; }

void expand_set_macro_export(Expander *e, MacroExportFn fn)
{
    e->macro_export = fn;
}

void expand_set_eval(Expander *e, MacroEvalFn eval, void *ctx)
{
    e->eval = eval;
    e->eval_ctx = ctx;
}

/* The names of the top-level (defun name ...) forms, in progns too. */
static void collect_defuns(Expander *e, Term forms)
{
    for (Term l = forms; term_is_cons(l); l = CDR(l)) {
        Term f = CAR(l);
        if (!term_is_cons(f) || !term_is_cons(CDR(f)))
            continue;
        if (CAR(f) == e->a.progn)
            collect_defuns(e, CDR(f));
        else if ((CAR(f) == e->a.defun || CAR(f) == e->a.define_function) &&
                 term_is_atom(CAR(CDR(f))))
            e->defuns = make_cons(CAR(CDR(f)), e->defuns);
    }
}

/* Whether the list names contains name. */
static bool names_have(Term names, Term name)
{
    for (; term_is_cons(names); names = CDR(names))
        if (CAR(names) == name)
            return true;
    return false;
}

/* The names a define-module's (export-macro ...) attributes list. */
static Term exported_macros(Term def)
{
    Term names = NIL;
    Term attrs = len(def) == 4 ? expand_nth(def, 3) : NIL;
    for (; term_is_cons(attrs); attrs = CDR(attrs)) {
        Term at = CAR(attrs);
        if (term_is_cons(at) && CAR(at) == atom_from_cstr("export-macro"))
            for (Term l = CDR(at); term_is_cons(l); l = CDR(l))
                if (term_is_atom(CAR(l)))
                    names = make_cons(CAR(l), names);
    }
    return names;
}

/* LFE-EXPAND-EXPORTED-MACRO/3 for a module that exports the macros
 * names, defined by the define-macro forms among forms:
 *   (lambda (name args env)
 *     (case name ('m1 (tuple 'yes (funcall DEF1 args env))) ... (_ 'no)))
 * expanded in the module's environment. */
static Term exported_macro_fun(Expander *e, Term names, Term forms,
                               Term origin)
{
    Term nm = atom_from_cstr("name"), as = atom_from_cstr("args"),
         env = atom_from_cstr("env");
    Vec cls = {0};
    for (Term l = forms; term_is_cons(l); l = CDR(l)) {
        Term f = CAR(l);
        if (!term_is_cons(f) || CAR(f) != e->a.define_macro || len(f) != 4 ||
            !names_have(names, expand_nth(f, 1)))
            continue;
        Term call = L4(atom_from_cstr("funcall"), expand_nth(f, 3), as, env);
        vec_push(&cls, L2(L2(e->a.quote, expand_nth(f, 1)),
                          L3(e->a.tuple, L2(e->a.quote, atom_from_cstr("yes")),
                             call)));
    }
    vec_push(&cls, L2(atom_from_cstr("_"),
                      L2(e->a.quote, atom_from_cstr("no"))));
    Term body = make_cons(e->a.case_, make_cons(nm, vec_list(&cls, NIL)));
    Term def = L3(e->a.lambda, L3(nm, as, env), body);
    Term fn = L4(e->a.define_function,
                 atom_from_cstr("LFE-EXPAND-EXPORTED-MACRO"), NIL, def);
    return exp_form(e, expand_at(e, fn, origin));
}

/* Each module with (export-macro ...) gets its LFE-EXPAND-EXPORTED-MACRO
 * after its last form, as lfe_macro_export adds it. */
static Term add_exported_macro_funs(Expander *e, Term forms)
{
    Vec out = {0};
    Term names = NIL, start = NIL, def = NIL;
    for (Term l = forms;; l = CDR(l)) {
        bool end = !term_is_cons(l);
        bool new_mod = !end && term_is_cons(CAR(l)) &&
                       CAR(CAR(l)) == e->a.define_module;
        if ((end || new_mod) && names != NIL)
            vec_push(&out, exported_macro_fun(e, names, start, def));
        if (end)
            break;
        if (new_mod) {
            def = CAR(l);
            names = exported_macros(def);
            start = l;
        }
        vec_push(&out, CAR(l));
    }
    return vec_list(&out, NIL);
}

int expand_forms(Expander *e, Term forms0, Term *out, ExpandError *err)
{
    jmp_buf jb;
    volatile Term forms = forms0;
    Vec res = {0};
    e->err = err;
    e->fail = &jb;
    e->depth = 0;
    e->have_here = false;
    if (setjmp(jb))
        return -1;
    if (len(forms) < 0)
        expand_fail(e, forms, "the forms of a file must be a proper list");
    if (e->file) {
        /* (FILE) is the file name, as lfe_comp defines it. */
        add_macro(e, atom_from_cstr("FILE"),
                  native(e, e->a.quote, quote(e, list_from_cstr(e->file)), NIL,
                         NIL));
    }
    collect_defuns(e, forms);
    for (Term l = forms; term_is_cons(l); l = CDR(l)) {
        e->have_here = false;
        pass_form(e, CAR(l), &res, 0, true);
    }
    *out = add_exported_macro_funs(e, vec_list(&res, NIL));
    return 0;
}

int expand_expr(Expander *e, Term form0, Term *out, ExpandError *err)
{
    jmp_buf jb;
    volatile Term form = form0;
    e->err = err;
    e->vc = e->fc = 0; /* as LFE's macroexpand-all: a fresh state */
    e->top_line = 1;
    e->fail = &jb;
    e->depth = 0;
    e->have_here = false;
    if (setjmp(jb))
        return -1;
    *out = exp_form(e, form);
    return 0;
}

bool expand_is_env(Term env)
{
    for (; term_is_cons(env); env = CDR(env)) {
        Term b = CAR(env);
        if (!term_is_tuple(b) || tuple_arity(b) != 3 ||
            !term_is_atom(tuple_elems(b)[0]))
            return false;
    }
    return env == NIL;
}

int expand_macroexpand(Expander *e, ExpandMode mode, Term form0, Term env,
                       Term *out, ExpandError *err)
{
    jmp_buf jb;
    volatile Term form = form0;
    Term saved = e->env;
    e->env = env;
    e->err = err;
    e->vc = e->fc = 0; /* LFE starts each call with a fresh state */
    e->top_line = 1;
    e->fail = &jb;
    e->depth = 0;
    e->have_here = false;
    if (setjmp(jb)) {
        e->env = saved;
        return -1;
    }
    Term r = form, x;
    if (mode == EXPAND_ALL) {
        r = exp_form(e, form);
    } else {
        int steps = 0;
        while (term_is_cons(r) && term_is_atom(CAR(r)) && exp_macro(e, r, &x)) {
            r = x;
            if (mode == EXPAND_ONCE)
                break;
            if (++steps > MAX_EXPANSIONS)
                expand_fail(e, form, "macro expansion does not terminate");
        }
    }
    e->env = saved;
    *out = r;
    return 0;
}

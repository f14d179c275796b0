/* expand_ms.c - match specifications: (ets-ms ...) and (trace-ms ...).
 *
 * LFE's lfe_ms: the match-lambda style clauses of a match specification
 * become the core forms that build the match specification term at run
 * time: [{Head, Guards, Body}, ...].  Pattern variables become '$1',
 * '$2', ... in order of appearance; guard and body expressions become the
 * {Op, Arg...} tuples of the match spec language (free variables are
 * evaluated at run time, tuples are wrapped in a 1-tuple, '$' atoms in
 * {const, A}).  Only the functions the match spec language allows are
 * accepted.
 */
#include "expand_impl.h"

#include <stdio.h>
#include <string.h>

#include "../runtime/atom.h"
#include "../runtime/strbuf.h"

enum { W_HEAD, W_GUARD, W_BODY };

typedef struct Ms {
    Expander *e;
    bool trace;
    int dc;   /* next $N */
    Term bs;  /* ((var . $N) ...) */
    int where;
} Ms;

static Term q(Ms *m, Term x) { return expand_list2(m->e->a.quote, x); }
static Term A_(const char *s) { return atom_from_cstr(s); }

static bool head_is(Term t, Term a) { return term_is_cons(t) && CAR(t) == a; }

static bool is_quote(Ms *m, Term t)
{
    return head_is(t, m->e->a.quote) && term_is_cons(CDR(t)) &&
           CDR(CDR(t)) == NIL;
}

static _Noreturn void ms_error(Ms *m, Term form, const char *what)
{
    StrBuf b;
    strbuf_init(&b);
    expand_show(&b, form);
    expand_fail(m->e, form, "match specification: %s %s", what, b.data);
}

static Term find_binding(Ms *m, Term v)
{
    for (Term l = m->bs; term_is_cons(l); l = CDR(l))
        if (CAR(CAR(l)) == v)
            return CDR(CAR(l));
    return NONE;
}

static void new_binding(Ms *m, Term v, Term val)
{
    m->bs = make_cons(make_cons(v, val), m->bs);
}

static Term pattern(Ms *m, Term p);

static Term pat_list(Ms *m, Term ps)
{
    if (!term_is_cons(ps))
        return ps;
    Term h = pattern(m, CAR(ps));
    return make_cons(h, pat_list(m, CDR(ps)));
}

static Term pat_rec_fields(Ms *m, Term fs, Term defv)
{
    if (fs == NIL)
        return expand_list2(A_("_"), defv);
    if (!term_is_cons(fs) || !term_is_cons(CDR(fs)))
        ms_error(m, fs, "bad record fields");
    Term f = CAR(fs), p = CAR(CDR(fs)), rest = CDR(CDR(fs));
    if (f == m->e->a.underscore)
        return pat_rec_fields(m, rest, p);
    Term f1 = term_is_atom(f) ? f : pattern(m, f);
    Term p1 = pattern(m, p);
    return make_cons(f1, make_cons(p1, pat_rec_fields(m, rest, defv)));
}

static Term pattern(Ms *m, Term p)
{
    const ExpandAtoms *a = &m->e->a;
    if (p == a->underscore)
        return q(m, p);
    if (term_is_atom(p)) {
        Term dv = find_binding(m, p);
        if (dv == NONE) {
            char buf[32];
            snprintf(buf, sizeof buf, "$%d", m->dc++);
            dv = A_(buf);
            new_binding(m, p, dv);
        }
        return q(m, dv);
    }
    if (!term_is_cons(p) || is_quote(m, p))
        return p;
    Term h = CAR(p);
    if (h == a->cons && list_length(p) == 3) {
        Term hd = pattern(m, CAR(CDR(p)));
        return expand_list3(a->cons, hd, pattern(m, CAR(CDR(CDR(p)))));
    }
    if (h == a->list || h == a->tuple)
        return make_cons(h, pat_list(m, CDR(p)));
    if (h == a->eq && list_length(p) == 3) {
        Term l = pattern(m, CAR(CDR(p)));
        return expand_list3(a->eq, l, pattern(m, CAR(CDR(CDR(p)))));
    }
    if ((h == a->record || h == a->make_record) && term_is_cons(CDR(p)))
        return make_cons(a->record,
                         make_cons(CAR(CDR(p)),
                                   pat_rec_fields(m, CDR(CDR(p)),
                                                  q(m, a->underscore))));
    if (h == a->record_index && list_length(p) == 3)
        return p;
    /* Any other list: LFE builds (head tail). */
    Term h1 = pattern(m, h);
    return expand_list2(h1, pattern(m, CDR(p)));
}

static bool check_head(Ms *m, Term p)
{
    const ExpandAtoms *a = &m->e->a;
    if (term_is_atom(p))
        return true;
    if (!m->trace)
        return term_is_tuple(p) ||
               (is_quote(m, p) && term_is_tuple(CAR(CDR(p)))) ||
               head_is(p, a->tuple) || head_is(p, a->record) ||
               head_is(p, a->make_record);
    return (is_quote(m, p) && term_is_list(CAR(CDR(p)))) ||
           head_is(p, a->list) || head_is(p, a->cons) || p == NIL;
}

static Term head(Ms *m, Term pats)
{
    m->where = W_HEAD;
    Term pat = NONE;
    if (list_length(pats) == 1) {
        Term p = CAR(pats);
        if (head_is(p, m->e->a.eq) && list_length(p) == 3) {
            Term l = CAR(CDR(p)), r = CAR(CDR(CDR(p)));
            if (term_is_atom(l)) {
                new_binding(m, l, A_("$_"));
                pat = r;
            } else if (term_is_atom(r)) {
                new_binding(m, r, A_("$_"));
                pat = l;
            }
        }
        if (pat == NONE)
            pat = p;
    }
    if (pat == NONE)
        ms_error(m, pats, "illegal number of head arguments in");
    if (!check_head(m, pat))
        ms_error(m, pat, "illegal head");
    return pattern(m, pat);
}

static bool in(const char *name, int ar, const char *const *table)
{
    for (; *table; table++) {
        const char *t = *table;
        size_t n = strlen(t);
        if (!strncmp(t, name, n - 2) && strlen(name) == n - 2 &&
            t[n - 1] - '0' == ar)
            return true;
    }
    return false;
}

static const char *const ms_test[] = {
    "is_atom/1", "is_float/1", "is_integer/1", "is_list/1", "is_number/1",
    "is_pid/1", "is_port/1", "is_reference/1", "is_tuple/1", "is_map/1",
    "is_binary/1", "is_function/1", "is_record/2", "is_record/3",
    "is_seq_trace/0", NULL};
static const char *const erl_guard[] = {
    "abs/1", "element/2", "hd/1", "length/1", "node/0", "node/1", "round/1",
    "size/1", "map_size/1", "tl/1", "trunc/1", "self/0", "float/1", NULL};
static const char *const ms_action[] = {
    "caller/0", "disable_trace/1", "disable_trace/2", "display/1",
    "enable_trace/1", "enable_trace/2", "exception_trace/0",
    "get_seq_token/0", "process_dump/0", "message/1", "return_trace/0",
    "set_seq_token/2", "set_tcw/1", "silent/1", "trace/2", "trace/3", NULL};
static const char *const ms_op[] = {
    "and/2", "or/2", "xor/2", "not/1", "andalso/2", "orelse/2", "+/1", "+/2",
    "-/1", "-/2", "*/2", "//2", "div/2", "rem/2", "band/2", "bor/2",
    "bxor/2", "bnot/1", "bsl/2", "bsr/2", ">/2", ">=/2", "</2", "=</2",
    "==/2", "=:=/2", "/=/2", "=/=/2", NULL};

static bool ms_func(Term op, int ar, int where)
{
    const char *n = atom_name(op);
    if (in(n, ar, erl_guard) || in(n, ar, ms_test) || in(n, ar, ms_op) ||
        (!strcmp(n, "get_tcw") && ar == 0))
        return true;
    return where == W_BODY && in(n, ar, ms_action);
}

static Term expr(Ms *m, Term x);

static Term expr_list(Ms *m, Term es)
{
    if (!term_is_cons(es))
        return es;
    Term h = expr(m, CAR(es));
    return make_cons(h, expr_list(m, CDR(es)));
}

static Term exprs(Ms *m, Term es) /* (cons e1 (cons e2 ... ())) */
{
    if (!term_is_cons(es))
        return NIL;
    Term h = expr(m, CAR(es));
    return expand_list3(m->e->a.cons, h, exprs(m, CDR(es)));
}

static bool is_int_list(Term l)
{
    for (; term_is_cons(l); l = CDR(l))
        if (!term_is_integer(CAR(l)))
            return false;
    return l == NIL;
}

static Term expr_rec_fields(Ms *m, Term fs)
{
    if (fs == NIL)
        return NIL;
    if (!term_is_cons(fs) || !term_is_cons(CDR(fs)))
        ms_error(m, fs, "bad record fields");
    Term f = CAR(fs);
    Term f1 = term_is_atom(f) ? f : expr(m, f);
    Term v1 = expr(m, CAR(CDR(fs)));
    return make_cons(f1, make_cons(v1, expr_rec_fields(m, CDR(CDR(fs)))));
}

static Term bitseg(Ms *m, Term s)
{
    if (!term_is_cons(s))
        return expr(m, s);
    if (is_int_list(s))
        return s;
    Term specs = NIL;
    for (Term l = list_reverse(CDR(s), NIL); term_is_cons(l); l = CDR(l)) {
        Term sp = CAR(l);
        if (head_is(sp, A_("size")) && list_length(sp) == 2)
            sp = expand_list2(CAR(sp), expr(m, CAR(CDR(sp))));
        specs = make_cons(sp, specs);
    }
    Term v = CAR(s);
    return make_cons(is_int_list(v) ? v : expr(m, v), specs);
}

static Term expr(Ms *m, Term x)
{
    const ExpandAtoms *a = &m->e->a;
    if (term_is_atom(x)) {
        Term dv = find_binding(m, x);
        return dv == NONE ? x : q(m, dv);
    }
    if (term_is_tuple(x))
        return expand_list2(a->tuple, x);
    if (!term_is_cons(x))
        return x;
    if (is_quote(m, x)) {
        Term v = CAR(CDR(x));
        if (term_is_atom(v) && atom_name(v)[0] == '$')
            return expand_list3(a->tuple, q(m, A_("const")), x);
        if (term_is_tuple(v))
            return expand_list2(a->tuple, v);
        return x;
    }
    Term h = CAR(x), as = CDR(x);
    int64_t n = list_length(as);
    if (h == a->cons && n == 2) {
        Term hd = expr(m, CAR(as));
        return expand_list3(a->cons, hd, expr(m, CAR(CDR(as))));
    }
    if (h == a->list)
        return make_cons(a->list, expr_list(m, as));
    if (h == a->tuple)
        return expand_list2(a->tuple, make_cons(a->tuple, expr_list(m, as)));
    if (h == a->binary) {
        Term segs = NIL;
        for (Term l = list_reverse(as, NIL); term_is_cons(l); l = CDR(l))
            segs = make_cons(bitseg(m, CAR(l)), segs);
        return make_cons(a->binary, segs);
    }
    if ((h == a->record || h == a->make_record) && n >= 1)
        return expand_list2(a->tuple,
                            make_cons(a->record,
                                      make_cons(CAR(as),
                                                expr_rec_fields(m, CDR(as)))));
    if (h == a->is_record && n == 2)
        return expand_list4(a->tuple, q(m, A_("is_record")), expr(m, CAR(as)),
                            q(m, CAR(CDR(as))));
    if (h == a->record_index && n == 2)
        return x;
    if (h == a->record_field && n == 3) {
        Term e1 = expr(m, CAR(as));
        return expand_list4(a->tuple, q(m, A_("element")),
                            expand_list3(a->record_index, CAR(CDR(as)),
                                         CAR(CDR(CDR(as)))),
                            e1);
    }
    if (h == a->record_update && n >= 2) {
        Term e1 = expr(m, CAR(as)), name = CAR(CDR(as));
        Term fs = expr_rec_fields(m, CDR(CDR(as)));
        for (; term_is_cons(fs); fs = CDR(CDR(fs)))
            e1 = make_cons(a->tuple,
                           expand_list4(q(m, A_("setelement")),
                                        expand_list3(a->record_index, name,
                                                     CAR(fs)),
                                        e1, CAR(CDR(fs))));
        return e1;
    }
    if (is_quote(m, h) || !term_is_atom(h) || n < 0)
        ms_error(m, x, "illegal call");
    if (h == A_("bindings") && n == 0)
        return q(m, A_("$*"));
    if (h == A_("object") && n == 0)
        return q(m, A_("$_"));
    if (h == a->call && n >= 2) {
        Term mod = CAR(as), fn = CAR(CDR(as));
        if (is_quote(m, mod) && CAR(CDR(mod)) == A_("erlang") &&
            is_quote(m, fn) && term_is_atom(CAR(CDR(fn)))) {
            Term op = CAR(CDR(fn));
            int ar = (int)(n - 2);
            if (in(atom_name(op), ar, erl_guard) ||
                in(atom_name(op), ar, ms_test) || in(atom_name(op), ar, ms_op))
                return make_cons(a->tuple,
                                 make_cons(q(m, op),
                                           expr_list(m, CDR(CDR(as)))));
        }
        ms_error(m, x, "illegal function in");
    }
    if (m->where == W_HEAD || !ms_func(h, (int)n, m->where))
        ms_error(m, x, "illegal function in");
    return make_cons(a->tuple, make_cons(q(m, h), expr_list(m, as)));
}

static Term clause(Ms *m, Term c)
{
    const ExpandAtoms *a = &m->e->a;
    if (!term_is_cons(c))
        ms_error(m, c, "bad clause");
    m->dc = 1;
    m->bs = NIL;
    Term h = head(m, CAR(c));
    Term rest = CDR(c), g = NIL;
    if (term_is_cons(rest) && head_is(CAR(rest), a->when)) {
        m->where = W_GUARD;
        g = exprs(m, CDR(CAR(rest)));
        rest = CDR(rest);
    }
    m->where = W_BODY;
    Term b = exprs(m, rest);
    return expand_list4(a->tuple, h, g, b);
}

Term expand_ms(Expander *e, Term clauses, bool trace)
{
    Ms m = {e, trace, 1, NIL, W_GUARD};
    if (list_length(clauses) < 0)
        expand_fail(e, clauses, "match specification: bad clauses");
    /* [{H,G,B}, ...] as (cons c1 (cons c2 ())) */
    Term parts = NIL, r = NIL;
    for (Term l = clauses; term_is_cons(l); l = CDR(l))
        parts = make_cons(clause(&m, CAR(l)), parts);
    for (Term l = parts; term_is_cons(l); l = CDR(l))
        r = expand_list3(e->a.cons, CAR(l), r);
    return r;
}

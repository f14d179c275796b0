/* expand_bq.c - backquote: `x to the core forms that build it.
 *
 * The R6RS quasiquote algorithm LFE uses (nesting levels, comma and
 * comma-at with several arguments), with the same small optimisations so
 * the result has LFE's shape: adjacent quoted parts merge into one quote,
 * a cons onto (list ...) becomes a longer list, splices become ++, and a
 * tuple or map template becomes (tuple ...) / (map ...) unless something
 * is spliced into it (then list_to_tuple of the built list).
 */
#include "expand_impl.h"

#include "../runtime/gc.h"
#include "../runtime/map.h"

#define MAX_BQ_DEPTH 20000

static bool head_is(Term t, Term atom)
{
    return term_is_cons(t) && CAR(t) == atom;
}

static bool is_pair_form(Term t, Term atom) /* (atom x) exactly */
{
    return head_is(t, atom) && term_is_cons(CDR(t)) && CDR(CDR(t)) == NIL;
}

static Term bq_cons(Expander *e, Term l, Term r)
{
    if (is_pair_form(l, e->a.quote) && is_pair_form(r, e->a.quote))
        return expand_list2(e->a.quote, make_cons(CAR(CDR(l)), CAR(CDR(r))));
    if (head_is(r, e->a.list))
        return make_cons(e->a.list, make_cons(l, CDR(r)));
    if (r == NIL)
        return expand_list2(e->a.list, l);
    return expand_list3(e->a.cons, l, r);
}

static Term bq_append(Expander *e, Term l, Term r)
{
    if (is_pair_form(l, e->a.append))
        return bq_append(e, CAR(CDR(l)), r);
    if (l == NIL)
        return r;
    if (r == NIL)
        return l;
    if (is_pair_form(l, e->a.list)) {
        if (head_is(r, e->a.list))
            return make_cons(e->a.list, make_cons(CAR(CDR(l)), CDR(r)));
        return expand_list3(e->a.cons, CAR(CDR(l)), r);
    }
    return expand_list3(e->a.append, l, r);
}

static Term bq(Expander *e, Term x, int n, int depth)
{
    const ExpandAtoms *a = &e->a;
    if (depth > MAX_BQ_DEPTH)
        expand_fail(e, x, "backquote form nested too deeply");
    if (term_is_cons(x)) {
        Term h = CAR(x);
        if (h == a->backquote && is_pair_form(x, a->backquote))
            return expand_list3(a->list, expand_list2(a->quote, a->backquote),
                                bq(e, CAR(CDR(x)), n + 1, depth + 1));
        if (h == a->comma && n > 0)
            return bq_cons(e, expand_list2(a->quote, a->comma),
                           bq(e, CDR(x), n - 1, depth + 1));
        if (h == a->comma && n == 0 && is_pair_form(x, a->comma))
            return CAR(CDR(x));
        if (h == a->comma_at && n > 0)
            return bq_cons(e, expand_list2(a->quote, a->comma_at),
                           bq(e, CDR(x), n - 1, depth + 1));
        if (n == 0 && head_is(h, a->comma))
            return bq_append(e, make_cons(a->list, CDR(h)),
                             bq(e, CDR(x), 0, depth + 1));
        if (n == 0 && head_is(h, a->comma_at))
            return bq_append(e, make_cons(a->append, CDR(h)),
                             bq(e, CDR(x), 0, depth + 1));
        return bq_cons(e, bq(e, h, n, depth + 1), bq(e, CDR(x), n, depth + 1));
    }
    if (term_is_tuple(x)) {
        Term l = list_from_array(tuple_elems(x), tuple_arity(x));
        Term r = bq(e, l, n, depth + 1);
        if (head_is(r, a->list))
            return make_cons(a->tuple, CDR(r));
        if (r == NIL)
            return make_cons(a->tuple, NIL);
        return expand_list2(a->list_to_tuple, r);
    }
    if (term_is_map(x)) {
        size_t sz = map_size(x);
        Term *ks = gc_alloc((2 * sz + 1) * sizeof(Term));
        Term *vs = ks + sz;
        map_sorted_pairs(x, ks, vs);
        Term kvs = NIL;
        for (size_t i = sz; i > 0; i--)
            kvs = make_cons(ks[i - 1], make_cons(vs[i - 1], kvs));
        Term r = bq(e, kvs, n, depth + 1);
        if (head_is(r, a->list))
            return make_cons(a->map, CDR(r));
        if (r == NIL)
            return make_cons(a->map, NIL);
        expand_fail(e, x, "bad backquote map: nothing can be spliced into it");
    }
    if (term_is_atom(x))
        return expand_list2(a->quote, x);
    return x;
}

Term expand_backquote(Expander *e, Term x)
{
    return bq(e, x, 0, e->depth);
}

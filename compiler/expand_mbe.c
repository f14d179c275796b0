/* expand_mbe.c - syntax-rules macros (macro by example) for scm:defsyntax.
 *
 * The matcher of LFE's scm module (Dorai Sitaram's macro-by-example):
 * a rule (pattern template) matches the argument list; pattern symbols
 * bind the matching subforms, `p ...` (the ellipsis is the symbol `...`,
 * written |...| in LFE source) matches a proper list of things each
 * matching p, and the template is instantiated with the bindings.
 * Keywords (the macro's name) match only themselves; (quote x) matches
 * x literally; (tuple p ...) matches a tuple or a (tuple ...) form.
 *
 * Bindings are an association list: (sym . value) for a plain variable,
 * (nestings . (env ...)) for an ellipsis, where nestings lists the
 * variables under the ellipsis and each env binds one repetition.
 */
#include "expand_impl.h"

#include "../runtime/compare.h"

static bool is_symbol(Expander *e, Term t)
{
    return term_is_atom(t) && t != e->a.true_ && t != e->a.false_;
}

static bool member(Term x, Term l)
{
    for (; term_is_cons(l); l = CDR(l))
        if (CAR(l) == x)
            return true;
    return false;
}

static bool is_quote(Expander *e, Term p)
{
    return term_is_cons(p) && CAR(p) == e->a.quote && term_is_cons(CDR(p)) &&
           CDR(CDR(p)) == NIL;
}

/* (p ... . rest) */
static bool is_ellipsis(Expander *e, Term p)
{
    return term_is_cons(p) && term_is_cons(CDR(p)) &&
           CAR(CDR(p)) == e->a.ellipsis;
}

static Term tuple_list(Term t)
{
    return list_from_array(tuple_elems(t), tuple_arity(t));
}

static Term append(Term a, Term b)
{
    if (a == NIL)
        return b;
    return list_reverse(list_reverse(a, NIL), b);
}

static bool match(Expander *e, Term p, Term x, Term ks)
{
    if (is_quote(e, p))
        return term_exact_equal(CAR(CDR(p)), x);
    if (term_is_cons(p) && CAR(p) == e->a.tuple) {
        if (term_is_cons(x) && CAR(x) == e->a.tuple)
            return match(e, CDR(p), CDR(x), ks);
        return term_is_tuple(x) && match(e, CDR(p), tuple_list(x), ks);
    }
    if (is_ellipsis(e, p)) {
        if (list_length(x) < 0)
            return false;
        for (; term_is_cons(x); x = CDR(x))
            if (!match(e, CAR(p), CAR(x), ks))
                return false;
        return true;
    }
    if (term_is_cons(p))
        return term_is_cons(x) && match(e, CAR(p), CAR(x), ks) &&
               match(e, CDR(p), CDR(x), ks);
    if (is_symbol(e, p))
        return member(p, ks) ? p == x : true;
    return term_exact_equal(p, x);
}

static Term nestings(Expander *e, Term p, Term ks)
{
    if (is_quote(e, p))
        return NIL;
    if (term_is_cons(p) && CAR(p) == e->a.tuple)
        return nestings(e, CDR(p), ks);
    if (is_ellipsis(e, p))
        return make_cons(nestings(e, CAR(p), ks),
                         nestings(e, CDR(CDR(p)), ks));
    if (term_is_cons(p))
        return append(nestings(e, CAR(p), ks), nestings(e, CDR(p), ks));
    if (is_symbol(e, p) && !member(p, ks))
        return make_cons(p, NIL);
    return NIL;
}

static Term bindings(Expander *e, Term p, Term x, Term ks)
{
    if (is_quote(e, p))
        return NIL;
    if (term_is_cons(p) && CAR(p) == e->a.tuple) {
        if (term_is_cons(x) && CAR(x) == e->a.tuple)
            return bindings(e, CDR(p), CDR(x), ks);
        return term_is_tuple(x) ? bindings(e, CDR(p), tuple_list(x), ks) : NIL;
    }
    if (is_ellipsis(e, p)) {
        Term envs = NIL;
        for (Term l = x; term_is_cons(l); l = CDR(l))
            envs = make_cons(bindings(e, CAR(p), CAR(l), ks), envs);
        return make_cons(make_cons(nestings(e, CAR(p), ks),
                                   list_reverse(envs, NIL)),
                         NIL);
    }
    if (term_is_cons(p)) {
        if (!term_is_cons(x))
            return NIL;
        return append(bindings(e, CAR(p), CAR(x), ks),
                      bindings(e, CDR(p), CDR(x), ks));
    }
    if (is_symbol(e, p) && !member(p, ks))
        return make_cons(make_cons(p, x), NIL);
    return NIL;
}

static bool intersect(Expander *e, Term v, Term y)
{
    if (is_symbol(e, v) || is_symbol(e, y))
        return v == y;
    for (Term a = v; term_is_cons(a); a = CDR(a))
        for (Term b = y; term_is_cons(b); b = CDR(b))
            if (intersect(e, CAR(a), CAR(b)))
                return true;
    return false;
}

static Term instantiate(Expander *e, Term p, Term r, Term ks)
{
    if (is_quote(e, p))
        return expand_list2(e->a.quote, instantiate(e, CAR(CDR(p)), r, ks));
    if (term_is_cons(p) && CAR(p) == e->a.tuple)
        return make_cons(e->a.tuple, instantiate(e, CDR(p), r, ks));
    if (is_ellipsis(e, p)) {
        Term ns = nestings(e, CAR(p), ks);
        Term subs = NONE;
        for (Term l = r; term_is_cons(l); l = CDR(l)) {
            Term c = CAR(l);
            if (term_is_cons(c) && intersect(e, ns, CAR(c))) {
                subs = CDR(c);
                break;
            }
        }
        if (subs == NONE)
            expand_fail(e, p, "syntax-rules: no binding for the ellipsis");
        Term out = NIL;
        for (Term l = subs; term_is_cons(l); l = CDR(l))
            out = make_cons(instantiate(e, CAR(p), append(CAR(l), r), ks), out);
        return list_reverse(out, instantiate(e, CDR(CDR(p)), r, ks));
    }
    if (term_is_cons(p))
        return make_cons(instantiate(e, CAR(p), r, ks),
                         instantiate(e, CDR(p), r, ks));
    if (is_symbol(e, p) && !member(p, ks)) {
        for (Term l = r; term_is_cons(l); l = CDR(l))
            if (term_is_cons(CAR(l)) && CAR(CAR(l)) == p)
                return CDR(CAR(l));
    }
    return p;
}

Term expand_mbe(Expander *e, Term name, Term keywords, Term rules, Term args)
{
    Term ks = make_cons(name, keywords);
    for (Term l = rules; term_is_cons(l); l = CDR(l)) {
        Term rule = CAR(l);
        if (list_length(rule) != 2)
            expand_fail(e, rule, "bad syntax-rules rule");
        Term pat = CAR(rule), tmpl = CAR(CDR(rule));
        if (match(e, pat, args, ks))
            return instantiate(e, tmpl, bindings(e, pat, args, ks), ks);
    }
    return NONE;
}

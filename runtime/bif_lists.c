/* bif_lists.c - the hot list functions the BEAM also keeps in C:
 * lists:reverse/1,2, member/2, keyfind/3, keymember/3, keysearch/3.
 * The rest of the lists module is written in LFE (lib/).
 *
 * Errors follow OTP 25: lists:reverse/1 is Erlang code there that
 * fails with function_clause on a non-list; the others are BIFs that
 * raise badarg on an improper list reached before the answer.
 */
#include "bif.h"

#include "atom.h"
#include "compare.h"

#include "bifs.def"

/* lists:reverse/1 as OTP 25's clauses: [] and [_] are returned as they
 * are, [A, B | T] goes to reverse(T, [B, A]); anything else has no
 * matching clause. */
Term bif_lists_reverse_1(Process *p, const Term *args)
{
    Term l = args[0];
    if (term_is_nil(l))
        return l;
    if (!term_is_cons(l))
        return bif_error(p, ATOM_function_clause);
    Term t = CDR(l);
    if (term_is_nil(t))
        return l;
    if (!term_is_cons(t))
        return bif_error(p, ATOM_function_clause);
    Term acc = make_cons(CAR(t), make_cons(CAR(l), NIL));
    Term rest = CDR(t);
    if (list_length(rest) < 0)
        return bif_badarg(p);
    return list_reverse(rest, acc);
}

Term bif_lists_reverse_2(Process *p, const Term *args)
{
    if (list_length(args[0]) < 0)
        return bif_badarg(p);
    return list_reverse(args[0], args[1]);
}

/* member(E, L): =:=; badarg when an improper tail comes first. */
Term bif_lists_member_2(Process *p, const Term *args)
{
    Term e = args[0], l = args[1];
    for (; term_is_cons(l); l = CDR(l))
        if (term_exact_equal(CAR(l), e))
            return ATOM_true_;
    return term_is_nil(l) ? ATOM_false_ : bif_badarg(p);
}

/* The first tuple in list whose element n == key (==, so 1 finds 1.0),
 * NIL when none, NONE for bad arguments. */
static Term keyfind(Term key, Term n, Term list)
{
    if (!term_is_small(n) || small_val(n) < 1)
        return NONE;
    int64_t i = small_val(n);
    for (; term_is_cons(list); list = CDR(list)) {
        Term t = CAR(list);
        if (term_is_tuple(t) && (int64_t)tuple_arity(t) >= i &&
            term_equal(tuple_elems(t)[i - 1], key))
            return t;
    }
    return term_is_nil(list) ? NIL : NONE;
}

Term bif_lists_keyfind_3(Process *p, const Term *args)
{
    Term t = keyfind(args[0], args[1], args[2]);
    if (t == NONE)
        return bif_badarg(p);
    return t == NIL ? ATOM_false_ : t;
}

Term bif_lists_keymember_3(Process *p, const Term *args)
{
    Term t = keyfind(args[0], args[1], args[2]);
    if (t == NONE)
        return bif_badarg(p);
    return make_bool(t != NIL);
}

Term bif_lists_keysearch_3(Process *p, const Term *args)
{
    Term t = keyfind(args[0], args[1], args[2]);
    if (t == NONE)
        return bif_badarg(p);
    return t == NIL ? ATOM_false_ : make_tuple2(ATOM_value, t);
}

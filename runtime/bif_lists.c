/* bif_lists.c - the hot list functions the BEAM also keeps in C:
 * the slices lists:reverse/1,2, member/2, keyfind/3, keymember/3 and
 * keysearch/3 are made of (lib/lists.lfe loops over them).
 * The rest of the lists module is written in LFE (lib/).
 *
 * Errors follow OTP 25: lists:reverse/1 is Erlang code there that
 * fails with function_clause on a non-list; the others are BIFs that
 * raise badarg on an improper list reached before the answer (here
 * raised as the calling lists function's own, with the arguments of
 * the slice that met it and OTP's error_info).
 *
 * Preemption: a builtin runs to its end without the scheduler seeing
 * it, so a builtin that builds a result as long as its input does a
 * bounded slice of it per call.  lists:reverse/2 is LFE (lib/lists.lfe)
 * looping over elfe_lists:reverse/2, which reverses at most
 * REVERSE_SLICE cells, and when more are left returns {Rest, Acc} and
 * asks the VM to hand the process back to the scheduler (PF_ATTENTION,
 * as erlang:yield/0): other processes run between slices.
 */
#include "bif.h"

#include "atom.h"
#include "compare.h"
#include "map.h"

#include "bifs.def"

/* Cells reversed per call: about a fraction of a millisecond. */
#define REVERSE_SLICE 20000

/* [{error_info, #{module => erl_stdlib_errors}}], the location OTP 25
 * gives the frame of a failing lists BIF. */
static Term stdlib_error_info(void)
{
    Term info = map_put(map_new(), ATOM_module,
                        atom_from_cstr("erl_stdlib_errors"));
    return make_cons(make_tuple2(atom_from_cstr("error_info"), info), NIL);
}

/* elfe_lists:reverse(L, Acc), L a non-empty list: L reversed onto Acc
 * (a cons), or {Rest, Acc2} when the slice ran out with Rest (non-empty)
 * left.  An improper tail raises badarg as lists:reverse/2 itself, with
 * this slice's arguments. */
Term bif_elfe_lists_reverse_2(Process *p, const Term *args)
{
    Term l = args[0], acc = args[1];
    for (int n = 0; term_is_cons(l); n++) {
        if (n == REVERSE_SLICE) {
            atomic_fetch_or(&p->flags, PF_ATTENTION);
            return make_tuple2(l, acc);
        }
        acc = make_cons(CAR(l), acc);
        l = CDR(l);
    }
    if (!term_is_nil(l))
        return bif_raise_in_caller(p, ATOM_error, ATOM_badarg,
                                   list_from_array(args, 2), stdlib_error_info());
    return acc;
}

/* member(E, L) and the key searches read the list without building
 * anything; they too stop after a slice of SCAN_SLICE cells, yield, and
 * return the rest of the list (a cons, which no answer of theirs is):
 * lib/lists.lfe calls them again on it. */
#define SCAN_SLICE 100000

static Term scan_more(Process *p, Term rest)
{
    atomic_fetch_or(&p->flags, PF_ATTENTION);
    return rest;
}

/* badarg raised by the lists function calling the slice BIF. */
static Term scan_badarg(Process *p, const Term *args, size_t n)
{
    return bif_raise_in_caller(p, ATOM_error, ATOM_badarg,
                               list_from_array(args, n), stdlib_error_info());
}

/* elfe_lists:member(E, L): true or false (=:=), or the rest of L. */
Term bif_elfe_lists_member_2(Process *p, const Term *args)
{
    Term e = args[0], l = args[1];
    for (int n = 0; term_is_cons(l); l = CDR(l), n++) {
        if (n == SCAN_SLICE)
            return scan_more(p, l);
        if (term_exact_equal(CAR(l), e))
            return ATOM_true_;
    }
    return term_is_nil(l) ? ATOM_false_ : scan_badarg(p, args, 2);
}

/* The first tuple in list whose element n == key (==, so 1 finds 1.0):
 * the tuple, NIL when there is none, the rest of the list when the
 * slice ran out (after asking for a yield), NONE for bad arguments. */
static Term keyfind(Process *p, Term key, Term n, Term list)
{
    if (!term_is_small(n) || small_val(n) < 1)
        return NONE;
    int64_t i = small_val(n);
    for (int k = 0; term_is_cons(list); list = CDR(list), k++) {
        if (k == SCAN_SLICE)
            return scan_more(p, list);
        Term t = CAR(list);
        if (term_is_tuple(t) && (int64_t)tuple_arity(t) >= i &&
            term_equal(tuple_elems(t)[i - 1], key))
            return t;
    }
    return term_is_nil(list) ? NIL : NONE;
}

/* elfe_lists:keyfind(Key, N, L): the tuple, false, or the rest of L. */
Term bif_elfe_lists_keyfind_3(Process *p, const Term *args)
{
    Term t = keyfind(p, args[0], args[1], args[2]);
    if (t == NONE)
        return scan_badarg(p, args, 3);
    return t == NIL ? ATOM_false_ : t;
}

/* elfe_lists:keymember(Key, N, L): true, false, or the rest of L. */
Term bif_elfe_lists_keymember_3(Process *p, const Term *args)
{
    Term t = keyfind(p, args[0], args[1], args[2]);
    if (t == NONE)
        return scan_badarg(p, args, 3);
    if (term_is_cons(t))
        return t;
    return make_bool(t != NIL);
}

/* elfe_lists:keysearch(Key, N, L): {value, Tuple}, false, or the rest. */
Term bif_elfe_lists_keysearch_3(Process *p, const Term *args)
{
    Term t = keyfind(p, args[0], args[1], args[2]);
    if (t == NONE)
        return scan_badarg(p, args, 3);
    if (term_is_cons(t))
        return t;
    return t == NIL ? ATOM_false_ : make_tuple2(ATOM_value, t);
}

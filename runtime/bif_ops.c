/* bif_ops.c - Erlang's operators as functions: erlang:'+'/2 and friends.
 *
 * The VM inlines the small-integer cases of these operators; these BIFs
 * are what `#'erlang:+/2`, apply and funcall reach, and the slow paths.
 * Arithmetic goes through arith.h: NONE there is badarith, or
 * system_limit when every operand was an integer (an integer too big to
 * build).  Comparisons use compare.h; and/or/xor/not want booleans
 * (badarg otherwise); ++ and -- follow erlang:'++'/2 and '--'/2.
 */
#include "bif.h"

#include <stdlib.h>

#include "arith.h"
#include "atom.h"
#include "compare.h"
#include "map.h"

#include "bifs.def"

/* The error after arith returned NONE for these operands. */
static Term arith_fail(Process *p, Term a, Term b)
{
    if (term_is_integer(a) && term_is_integer(b))
        return bif_error(p, ATOM_system_limit);
    return bif_error(p, ATOM_badarith);
}

/* The result of an arith call, or the error it means. */
static Term arith_result(Process *p, Term r, Term a, Term b)
{
    return r != NONE ? r : arith_fail(p, a, b);
}

Term bif_ops_plus_1(Process *p, const Term *args)
{
    return term_is_number(args[0]) ? args[0] : bif_error(p, ATOM_badarith);
}

Term bif_ops_minus_1(Process *p, const Term *args)
{
    return arith_result(p, arith_neg(args[0]), args[0], args[0]);
}

Term bif_ops_plus_2(Process *p, const Term *args)
{
    return arith_result(p, arith_add(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_minus_2(Process *p, const Term *args)
{
    return arith_result(p, arith_sub(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_times_2(Process *p, const Term *args)
{
    return arith_result(p, arith_mul(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_fdiv_2(Process *p, const Term *args)
{
    Term r = arith_fdiv(args[0], args[1]);
    return r != NONE ? r : bif_error(p, ATOM_badarith);
}

Term bif_ops_div_2(Process *p, const Term *args)
{
    Term r = arith_div(args[0], args[1]);
    return r != NONE ? r : bif_error(p, ATOM_badarith);
}

Term bif_ops_rem_2(Process *p, const Term *args)
{
    Term r = arith_rem(args[0], args[1]);
    return r != NONE ? r : bif_error(p, ATOM_badarith);
}

Term bif_ops_band_2(Process *p, const Term *args)
{
    return arith_result(p, arith_band(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_bor_2(Process *p, const Term *args)
{
    return arith_result(p, arith_bor(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_bxor_2(Process *p, const Term *args)
{
    return arith_result(p, arith_bxor(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_bnot_1(Process *p, const Term *args)
{
    return arith_result(p, arith_bnot(args[0]), args[0], args[0]);
}

Term bif_ops_bsl_2(Process *p, const Term *args)
{
    return arith_result(p, arith_bsl(args[0], args[1]), args[0], args[1]);
}

Term bif_ops_bsr_2(Process *p, const Term *args)
{
    return arith_result(p, arith_bsr(args[0], args[1]), args[0], args[1]);
}

/* ---- comparisons -------------------------------------------------- */

Term bif_ops_eq_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_equal(args[0], args[1]));
}

Term bif_ops_ne_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(!term_equal(args[0], args[1]));
}

Term bif_ops_exact_eq_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_exact_equal(args[0], args[1]));
}

Term bif_ops_exact_ne_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(!term_exact_equal(args[0], args[1]));
}

Term bif_ops_lt_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_compare(args[0], args[1]) < 0);
}

Term bif_ops_gt_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_compare(args[0], args[1]) > 0);
}

Term bif_ops_le_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_compare(args[0], args[1]) <= 0);
}

Term bif_ops_ge_2(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_compare(args[0], args[1]) >= 0);
}

/* ---- booleans ----------------------------------------------------- */

static inline bool is_bool(Term t)
{
    return t == ATOM_true_ || t == ATOM_false_;
}

Term bif_ops_not_1(Process *p, const Term *args)
{
    if (!is_bool(args[0]))
        return bif_badarg(p);
    return make_bool(args[0] == ATOM_false_);
}

Term bif_ops_and_2(Process *p, const Term *args)
{
    if (!is_bool(args[0]) || !is_bool(args[1]))
        return bif_badarg(p);
    return make_bool(args[0] == ATOM_true_ && args[1] == ATOM_true_);
}

Term bif_ops_or_2(Process *p, const Term *args)
{
    if (!is_bool(args[0]) || !is_bool(args[1]))
        return bif_badarg(p);
    return make_bool(args[0] == ATOM_true_ || args[1] == ATOM_true_);
}

Term bif_ops_xor_2(Process *p, const Term *args)
{
    if (!is_bool(args[0]) || !is_bool(args[1]))
        return bif_badarg(p);
    return make_bool(args[0] != args[1]);
}

/* ---- list operators ----------------------------------------------- */

/* A ++ B: A must be a proper list; B is anything (it becomes the tail). */
Term bif_ops_append_2(Process *p, const Term *args)
{
    Term a = args[0], b = args[1];
    if (term_is_nil(a))
        return b;
    if (list_length(a) < 0)
        return bif_badarg(p);
    if (term_is_nil(b))
        return a;
    /* Copy A front to back, appending each cell to the last. */
    Term head = make_cons(CAR(a), NIL), last = head;
    for (a = CDR(a); term_is_cons(a); a = CDR(a)) {
        Term c = make_cons(CAR(a), NIL);
        CDR(last) = c;
        last = c;
    }
    CDR(last) = b;
    return head;
}

/* Few elements to remove: scan for each one, no allocation per element. */
#define SUBTRACT_SMALL 16

/* A -- B: each element of B removes the first =:= element of A.  That is
 * the same as dropping, for each value with count c in B, its first c
 * occurrences in A: a map of counts makes it O((n + m) log m). */
Term bif_ops_subtract_2(Process *p, const Term *args)
{
    Term a = args[0], b = args[1];
    int64_t na = list_length(a), nb = list_length(b);
    if (na < 0 || nb < 0)
        return bif_badarg(p);
    if (na == 0 || nb == 0)
        return a;

    Term out = NIL;
    if (nb <= SUBTRACT_SMALL) {
        Term rm[SUBTRACT_SMALL];
        int n = 0;
        for (Term l = b; term_is_cons(l); l = CDR(l))
            rm[n++] = CAR(l);
        for (; term_is_cons(a); a = CDR(a)) {
            int i = 0;
            if (n > 0)
                while (i < n && !term_exact_equal(rm[i], CAR(a)))
                    i++;
            if (n > 0 && i < n)
                rm[i] = rm[--n]; /* removed once: drop it from the set */
            else
                out = make_cons(CAR(a), out);
        }
        return list_reverse(out, NIL);
    }

    Term counts = map_new();
    for (Term l = b; term_is_cons(l); l = CDR(l)) {
        Term c = map_get(counts, CAR(l));
        int64_t k = c == NONE ? 0 : small_val(c);
        counts = map_put(counts, CAR(l), make_small(k + 1));
    }
    size_t left = (size_t)nb;
    for (; term_is_cons(a); a = CDR(a)) {
        Term c = left ? map_get(counts, CAR(a)) : NONE;
        if (c != NONE && small_val(c) > 0) {
            counts = map_put(counts, CAR(a), make_small(small_val(c) - 1));
            left--;
        } else {
            out = make_cons(CAR(a), out);
        }
    }
    return list_reverse(out, NIL);
}

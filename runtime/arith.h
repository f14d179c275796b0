/* arith.h - Erlang arithmetic on numbers of every kind.
 *
 * The VM does small-integer fast paths inline and calls these for the
 * rest: bignums, floats, mixed operands, overflow.  Every function returns
 * the result term, or NONE for Erlang's badarith (a non-number operand,
 * division by zero, a float result that is not finite) so the caller
 * raises the error with its own stack information.
 *
 * One exception: an integer result too big to represent (more than
 * BIGNUM_MAX_LIMBS limbs, as the BEAM: a bsl by a huge count, a product
 * of two enormous numbers) is also NONE, where the BEAM raises
 * system_limit.  A caller tells the two apart by the operands: NONE from
 * +, -, *, bnot, bsl or bsr when every operand is an integer is always
 * system_limit; with integer operands div and rem fail only on a zero
 * divisor (badarith).
 */
#ifndef ELFE_ARITH_H
#define ELFE_ARITH_H

#include "term.h"

Term arith_add(Term a, Term b);   /* +                         */
Term arith_sub(Term a, Term b);   /* -                         */
Term arith_mul(Term a, Term b);   /* *                         */
Term arith_fdiv(Term a, Term b);  /* / : always a float          */
Term arith_div(Term a, Term b);   /* div: integers, truncating   */
Term arith_rem(Term a, Term b);   /* rem: sign of the dividend   */
Term arith_neg(Term a);           /* unary -                     */
Term arith_band(Term a, Term b);  /* band, bor, bxor, bnot on     */
Term arith_bor(Term a, Term b);   /*   integers of any size, in   */
Term arith_bxor(Term a, Term b);  /*   two's complement semantics */
Term arith_bnot(Term a);
Term arith_bsl(Term a, Term b);   /* bsl, bsr: a negative shift   */
Term arith_bsr(Term a, Term b);   /*   shifts the other way; bsr  */
                                  /*   rounds toward -infinity    */
Term arith_abs(Term a);
/* float/1: NONE (badarg) for non-numbers and integers too big. */
Term arith_to_float(Term a);
/* trunc, round (half away from zero), floor, ceil: integers of any size. */
Term arith_trunc(Term a);
Term arith_round(Term a);
Term arith_floor(Term a);
Term arith_ceil(Term a);
/* Numeric comparison with Erlang's rules for mixed int/float: -1, 0, 1.
 * Exact, as the BEAM: (bsl 1 64) == 1.8446744073709552e19 but
 * (+ (bsl 1 64) 1) is greater.  1 and 1.0 compare equal (this is ==, not
 * =:=).  Both arguments must be numbers; anything else gives 0. */
int arith_compare(Term a, Term b);

#endif

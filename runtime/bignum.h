/* bignum.h - integers beyond the small range, on GMP's mpn_* functions.
 *
 * A bignum is a boxed object whose limbs (least significant first, no
 * leading zero limb) live inline in pointer-free GC memory; the sign is in
 * the box type.  Bignums are always normalised: a value that fits a small
 * integer is never a bignum, so equal integers have one representation.
 */
#ifndef ELFE_BIGNUM_H
#define ELFE_BIGNUM_H

#include "term.h"

/* The BEAM's limit on an integer's size: 2^19 - 1 limbs (33,554,368
 * bits).  Functions that would build a bigger integer return NONE: on the
 * BEAM that is a system_limit error. */
#define BIGNUM_MAX_LIMBS (((size_t)1 << 19) - 1)

/* An integer term (small or bignum) from a magnitude and a sign.
 * Leading zero limbs are allowed and dropped; NONE over BIGNUM_MAX_LIMBS. */
Term bignum_from_limbs(const uint64_t *limbs, size_t n, bool negative);
Term bignum_from_int64(int64_t n);
Term bignum_from_uint64(uint64_t n);
/* Limb count, limbs and sign of a bignum term. */
size_t bignum_nlimbs(Term t);
const uint64_t *bignum_limbs(Term t);
bool bignum_is_negative(Term t);
/* Compare two integers (small or big): -1, 0 or 1. */
int bignum_compare(Term a, Term b);
/* Building an integer in place: bignum_alloc gives room for n limbs
 * (uninitialised, n >= 1), the caller fills bignum_ptr->limbs[0..n), and
 * bignum_finish drops leading zero limbs and returns the normalised term
 * (a small when it fits; NONE when over BIGNUM_MAX_LIMBS). */
Bignum *bignum_alloc(size_t n);
Term bignum_finish(Bignum *b, size_t n, bool negative);
/* Magnitude and sign of any integer term (small or big): returns the limb
 * count (0 for zero) and points *limbs into t, or into tmp for a small.
 * Keep t itself alive while using *limbs (see gc.h). */
size_t bignum_magnitude(Term t, uint64_t tmp[1], const uint64_t **limbs,
                        bool *negative);
/* Compare an integer (small or big) with a finite double exactly, as the
 * BEAM does for == and <: -1, 0 or 1. */
int bignum_compare_double(Term t, double d);
/* Integer -> int64 when it fits. */
bool bignum_to_int64(Term t, int64_t *out);
/* Integer -> double; false when out of range (Erlang's float/1 raises
 * badarg there).  Computed as the BEAM does, bit for bit: Horner's rule
 * over the 64-bit limbs from the most significant, each step rounded to
 * nearest.  Above 2^64 that is not always the correctly rounded value
 * (OTP 25 gives float((1 bsl 128) + (1 bsl 75) + 1) == 2^128, and so do
 * we), but it is what LFE programs on the BEAM see. */
bool bignum_to_double(Term t, double *out);
/* The integer part of a finite double (trunc); NONE for inf and NaN. */
Term bignum_from_double(double d);
/* Append the digits of an integer in base 2..36 (upper case letters, a '-'
 * for negatives), as integer_to_list/2.  Another base appends nothing. */
void bignum_to_string(Term t, int base, StrBuf *out);
/* Parse [+-]digits in base 2..36 (either case); NONE when s has anything
 * else or no digits. */
Term bignum_from_string(const char *s, size_t n, int base);

#endif

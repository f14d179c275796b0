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

/* An integer term (small or bignum) from a magnitude and a sign.
 * Leading zero limbs are allowed and dropped. */
Term bignum_from_limbs(const uint64_t *limbs, size_t n, bool negative);
Term bignum_from_int64(int64_t n);
Term bignum_from_uint64(uint64_t n);
/* Limb count, limbs and sign of a bignum term. */
size_t bignum_nlimbs(Term t);
const uint64_t *bignum_limbs(Term t);
bool bignum_is_negative(Term t);
/* Compare two integers (small or big): -1, 0 or 1. */
int bignum_compare(Term a, Term b);
/* Integer -> int64 when it fits. */
bool bignum_to_int64(Term t, int64_t *out);
/* Integer -> double, rounding to nearest; false when out of range
 * (Erlang's float/1 raises badarg there). */
bool bignum_to_double(Term t, double *out);
/* The integer part of a finite double (trunc). */
Term bignum_from_double(double d);
/* Append the digits of an integer in base 2..36 (upper case letters, a '-'
 * for negatives), as integer_to_list/2. */
void bignum_to_string(Term t, int base, StrBuf *out);
/* Parse [+-]digits in base 2..36 (either case); NONE when s has anything
 * else or no digits. */
Term bignum_from_string(const char *s, size_t n, int base);

#endif

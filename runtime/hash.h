/* hash.h - erlang:phash2/1,2 and erlang:phash/2, bit-for-bit the BEAM's.
 *
 * Nodes in a cluster must agree on hashes (a distributed table keyed by
 * phash2 must put a key in the same place on elfe and on the BEAM), so this
 * follows OTP 25's make_hash2 exactly for every term type.
 */
#ifndef ELFE_HASH_H
#define ELFE_HASH_H

#include "term.h"

/* erlang:phash2(T): an integer in 0..2^27-1.  Never recurses on the C
 * stack, so any length or depth of term is fine. */
uint32_t hash_phash2(Term t);
/* erlang:phash2(T, Range) for 1 <= range <= 2^32 (the BIF checks the range
 * and raises badarg; here a range of 0 or above 2^32 gives the whole
 * 32-bit hash, as 2^32 does). */
uint32_t hash_phash2_range(Term t, uint64_t range);

/* The BEAM's older hash (OTP 25 make_hash, behind erlang:phash/2): the
 * full 32-bit value.  Never recurses on the C stack. */
uint32_t hash_phash(Term t);
/* erlang:phash(T, Range): an integer in 1..range for 1 <= range <= 2^32
 * (the BIF checks the range; here 0 or above 2^32 acts as 2^32). */
uint64_t hash_phash_range(Term t, uint64_t range);

#endif

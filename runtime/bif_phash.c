/* bif_phash.c - erlang:phash/2, the BEAM's older portable hash.
 *
 * Deprecated on OTP 25 but still what sets (v1) and dict use to choose a
 * slot, so their to_list order follows from it.  The hash itself is
 * hash_phash in hash.c; this file checks the range as the BEAM does.
 */
#include "bif.h"
#include "hash.h"

#include "bifs.def"

/* phash(T, Range): 1..Range for an integer 1 =< Range =< 2^32. */
Term bif_phash_phash_2(Process *p, const Term *args)
{
    Term r = args[1];
    if (!term_is_small(r) || small_val(r) < 1 ||
        small_val(r) > ((int64_t)1 << 32))
        return bif_badarg(p);
    return make_uint64(hash_phash_range(args[0], (uint64_t)small_val(r)));
}

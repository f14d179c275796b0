/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "bignum.h"
#include "strbuf.h"
Term bignum_from_limbs(const uint64_t *l, size_t n, bool neg) { (void)l; (void)n; (void)neg; UNIMPLEMENTED(); }
Term bignum_from_int64(int64_t n) { (void)n; UNIMPLEMENTED(); }
Term bignum_from_uint64(uint64_t n) { (void)n; UNIMPLEMENTED(); }
size_t bignum_nlimbs(Term t) { (void)t; UNIMPLEMENTED(); }
const uint64_t *bignum_limbs(Term t) { (void)t; UNIMPLEMENTED(); }
bool bignum_is_negative(Term t) { (void)t; UNIMPLEMENTED(); }
int bignum_compare(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }
bool bignum_to_int64(Term t, int64_t *o) { (void)t; (void)o; UNIMPLEMENTED(); }
bool bignum_to_double(Term t, double *o) { (void)t; (void)o; UNIMPLEMENTED(); }
Term bignum_from_double(double d) { (void)d; UNIMPLEMENTED(); }
void bignum_to_string(Term t, int base, StrBuf *out) { if (term_is_small(t) && base == 10) { strbuf_printf(out, "%lld", (long long)small_val(t)); return; } UNIMPLEMENTED(); }
Term bignum_from_string(const char *s, size_t n, int base) { (void)s; (void)n; (void)base; UNIMPLEMENTED(); }

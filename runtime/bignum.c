/* bignum.c - integers beyond the small range, on GMP's mpn_* functions.
 *
 * A bignum is a boxed object: a header (BOX_POS_BIG or BOX_NEG_BIG, limb
 * count) followed by the magnitude's limbs, least significant first, in
 * pointer-free GC memory.  Every integer has exactly one representation:
 * a value that fits a small is a small, and a bignum has no leading zero
 * limb.  Builders allocate the limbs they may need, fill them with mpn_*
 * calls, and bignum_finish trims the result in place.  arith.c does the
 * arithmetic on top of the view that bignum_magnitude gives of any integer.
 *
 * GMP's own allocator is never used: mpn_* functions write into memory we
 * give them (the C stack for small scratch, gc_alloc_atomic for the rest).
 */
#include "bignum.h"

#include <gmp.h>
#include <math.h>

#include "gc.h"
#include "strbuf.h"

_Static_assert(sizeof(mp_limb_t) == 8, "elfe needs 64-bit GMP limbs");
_Static_assert(GMP_NAIL_BITS == 0, "elfe needs GMP without nail bits");

/* Scratch arrays up to this many limbs or bytes live on the C stack. */
#define STACK_LIMBS 64
#define STACK_BYTES 1024

/* Hold a term in a register or stack slot until this point, so the
 * collector sees the object while we only use a pointer into it. */
#define KEEP_ALIVE(t) __asm__ volatile("" : : "g"(t) : "memory")

/* ---- building ------------------------------------------------------- */

Bignum *bignum_alloc(size_t n)
{
    Bignum *b = gc_alloc_atomic(sizeof(Term) + n * sizeof(uint64_t));
    b->header = make_header(BOX_POS_BIG, n);
    return b;
}

Term bignum_finish(Bignum *b, size_t n, bool negative)
{
    while (n > 0 && b->limbs[n - 1] == 0)
        n--;
    if (n == 0)
        return make_small(0);
    if (n == 1) {
        uint64_t m = b->limbs[0];
        if (!negative && m <= (uint64_t)SMALL_MAX)
            return make_small((int64_t)m);
        if (negative && m <= (uint64_t)SMALL_MAX + 1)
            return make_small((int64_t)(0 - m));
    }
    if (n > BIGNUM_MAX_LIMBS)
        return NONE;
    b->header = make_header(negative ? BOX_NEG_BIG : BOX_POS_BIG, n);
    return make_box(b);
}

Term bignum_from_limbs(const uint64_t *limbs, size_t n, bool negative)
{
    while (n > 0 && limbs[n - 1] == 0)
        n--;
    if (n > BIGNUM_MAX_LIMBS)
        return NONE;
    if (n == 0)
        return make_small(0);
    Bignum *b = bignum_alloc(n);
    memcpy(b->limbs, limbs, n * sizeof(uint64_t));
    return bignum_finish(b, n, negative);
}

Term bignum_from_uint64(uint64_t n)
{
    if (n <= (uint64_t)SMALL_MAX)
        return make_small((int64_t)n);
    Bignum *b = bignum_alloc(1);
    b->limbs[0] = n;
    return bignum_finish(b, 1, false);
}

Term bignum_from_int64(int64_t n)
{
    if (small_fits(n))
        return make_small(n);
    Bignum *b = bignum_alloc(1);
    b->limbs[0] = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    return bignum_finish(b, 1, n < 0);
}

/* ---- reading -------------------------------------------------------- */

size_t bignum_nlimbs(Term t)
{
    return term_is_bignum(t) ? (size_t)box_size(t) : 0;
}

const uint64_t *bignum_limbs(Term t)
{
    return ((Bignum *)box_ptr(t))->limbs;
}

bool bignum_is_negative(Term t)
{
    if (term_is_small(t))
        return small_val(t) < 0;
    return term_is_bignum(t) && box_type(t) == BOX_NEG_BIG;
}

size_t bignum_magnitude(Term t, uint64_t tmp[1], const uint64_t **limbs,
                        bool *negative)
{
    if (term_is_small(t)) {
        int64_t v = small_val(t);
        *negative = v < 0;
        tmp[0] = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        *limbs = tmp;
        return v != 0;
    }
    *negative = box_type(t) == BOX_NEG_BIG;
    *limbs = bignum_limbs(t);
    return (size_t)box_size(t);
}

/* Compare magnitudes given as normalised limb arrays. */
static int compare_mag(const uint64_t *a, size_t an, const uint64_t *b,
                       size_t bn)
{
    if (an != bn)
        return an < bn ? -1 : 1;
    int c = an ? mpn_cmp(a, b, (mp_size_t)an) : 0;
    return (c > 0) - (c < 0);
}

int bignum_compare(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b)) {
        int64_t x = small_val(a), y = small_val(b);
        return (x > y) - (x < y);
    }
    uint64_t ta, tb;
    const uint64_t *ap, *bp;
    bool aneg, bneg;
    size_t an = bignum_magnitude(a, &ta, &ap, &aneg);
    size_t bn = bignum_magnitude(b, &tb, &bp, &bneg);
    if (aneg != bneg)
        return aneg ? -1 : 1;
    int c = compare_mag(ap, an, bp, bn);
    KEEP_ALIVE(a);
    KEEP_ALIVE(b);
    return aneg ? -c : c;
}

bool bignum_to_int64(Term t, int64_t *out)
{
    if (term_is_small(t)) {
        *out = small_val(t);
        return true;
    }
    if (!term_is_bignum(t) || box_size(t) != 1)
        return false;
    uint64_t m = bignum_limbs(t)[0];
    if (box_type(t) == BOX_NEG_BIG) {
        if (m > (uint64_t)INT64_MAX + 1)
            return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)m;
    }
    return true;
}

bool bignum_to_double(Term t, double *out)
{
    if (term_is_small(t)) {
        *out = (double)small_val(t);
        return true;
    }
    if (!term_is_bignum(t))
        return false;
    const uint64_t *l = bignum_limbs(t);
    size_t n = (size_t)box_size(t);
    /* Horner's rule from the top limb, as the BEAM's big_to_double. */
    double d = 0.0;
    while (n-- > 0) {
        d = d * 18446744073709551616.0 + (double)l[n];
        if (!isfinite(d))
            return false;
    }
    KEEP_ALIVE(t);
    *out = box_type(t) == BOX_NEG_BIG ? -d : d;
    return true;
}

/* The limbs of an integral double x >= 0 (at most 17); returns the count. */
static size_t double_to_limbs(double x, uint64_t out[17])
{
    if (x < 18446744073709551616.0) {
        out[0] = (uint64_t)x;
        return out[0] != 0;
    }
    int e;
    double m = frexp(x, &e); /* x = m * 2^e, 0.5 <= m < 1, e >= 65 */
    uint64_t mant = (uint64_t)ldexp(m, 64);
    int shift = e - 64;
    size_t limb = (size_t)shift / 64;
    unsigned bit = (unsigned)shift % 64;
    for (size_t i = 0; i < limb; i++)
        out[i] = 0;
    out[limb] = mant << bit;
    out[limb + 1] = bit ? mant >> (64 - bit) : 0;
    return out[limb + 1] ? limb + 2 : limb + 1;
}

Term bignum_from_double(double d)
{
    if (!isfinite(d))
        return NONE;
    d = trunc(d);
    if (d > -576460752303423488.0 && d < 576460752303423488.0) /* 2^59 */
        return make_small((int64_t)d);
    uint64_t l[17];
    size_t n = double_to_limbs(fabs(d), l);
    return bignum_from_limbs(l, n, d < 0);
}

int bignum_compare_double(Term t, double d)
{
    if (isnan(d))
        return 0;
    if (term_is_small(t)) {
        int64_t v = small_val(t);
        if (v >= -9007199254740992 && v <= 9007199254740992) { /* 2^53 */
            double x = (double)v;
            return (x > d) - (x < d);
        }
        if (d >= 9223372036854775808.0)
            return -1;
        if (d < -9223372036854775808.0)
            return 1;
        int64_t w = (int64_t)d; /* trunc: exact, as |d| < 2^63 */
        if (v != w)
            return v < w ? -1 : 1;
        double frac = d - (double)w;
        return (frac < 0) - (frac > 0);
    }
    uint64_t tmp;
    const uint64_t *mp;
    bool neg;
    size_t mn = bignum_magnitude(t, &tmp, &mp, &neg);
    if (neg != (d < 0))
        return neg ? -1 : 1; /* includes d == 0: t is never 0 here */
    double ad = fabs(d);
    int c; /* |t| against |d| */
    if (mn > 17) {
        c = 1;
    } else {
        /* |t| >= 2^59, and every double that large is an integer, so
         * comparing with trunc(|d|) is exact. */
        uint64_t l[17];
        size_t n = double_to_limbs(trunc(ad), l);
        c = compare_mag(mp, mn, l, n);
    }
    KEEP_ALIVE(t);
    return neg ? -c : c;
}

/* ---- text ----------------------------------------------------------- */

static const char DIGITS[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

void bignum_to_string(Term t, int base, StrBuf *out)
{
    if (base < 2 || base > 36 || !term_is_integer(t))
        return;
    if (term_is_small(t)) {
        int64_t v = small_val(t);
        uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        char buf[72];
        size_t i = sizeof buf;
        do {
            buf[--i] = DIGITS[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
        if (v < 0)
            buf[--i] = '-';
        strbuf_append(out, buf + i, sizeof buf - i);
        return;
    }
    size_t n = (size_t)box_size(t);
    size_t ndigits = mpn_sizeinbase((mp_srcptr)bignum_limbs(t), (mp_size_t)n,
                                    base);
    /* mpn_get_str clobbers its input (which needs one spare limb). */
    uint64_t lstack[STACK_LIMBS + 1];
    unsigned char dstack[STACK_BYTES];
    uint64_t *copy = n + 1 <= STACK_LIMBS + 1
                         ? lstack
                         : gc_alloc_atomic((n + 1) * sizeof(uint64_t));
    unsigned char *digits = ndigits + 2 <= STACK_BYTES
                                ? dstack
                                : gc_alloc_atomic(ndigits + 2);
    memcpy(copy, bignum_limbs(t), n * sizeof(uint64_t));
    KEEP_ALIVE(t);
    size_t len = mpn_get_str(digits + 1, base, (mp_ptr)copy, (mp_size_t)n);
    size_t start = 1;
    while (start < len && digits[start] == 0) /* may have leading zeros */
        start++;
    for (size_t i = start; i <= len; i++)
        digits[i] = (unsigned char)DIGITS[digits[i]];
    if (box_type(t) == BOX_NEG_BIG)
        digits[--start] = '-';
    strbuf_append(out, (const char *)digits + start, len + 1 - start);
    KEEP_ALIVE(copy);
}

/* The value of a digit character in any base up to 36, or 99. */
static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

Term bignum_from_string(const char *s, size_t n, int base)
{
    if (base < 2 || base > 36 || s == NULL)
        return NONE;
    bool negative = false;
    size_t i = 0;
    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        i = 1;
    }
    if (i == n)
        return NONE;
    for (size_t j = i; j < n; j++)
        if (digit_value((unsigned char)s[j]) >= base)
            return NONE;
    while (i < n - 1 && s[i] == '0')
        i++;
    size_t len = n - i;
    /* Fast path: up to 12 digits of base 36 (62 bits) fit a uint64. */
    if (len <= 12) {
        uint64_t m = 0;
        for (size_t j = i; j < n; j++)
            m = m * (unsigned)base + (unsigned)digit_value((unsigned char)s[j]);
        if (!negative)
            return bignum_from_uint64(m);
        if (m <= (uint64_t)SMALL_MAX + 1)
            return make_small((int64_t)(0 - m));
        Bignum *b = bignum_alloc(1);
        b->limbs[0] = m;
        return bignum_finish(b, 1, true);
    }
    /* A number of len digits (the first non-zero) has at least
     * (len - 1) * floor(log2(base)) bits and at most len * ceil(log2(base)). */
    unsigned lo = 1, hi = 1;
    while ((2u << lo) <= (unsigned)base)
        lo++;
    while ((1u << hi) < (unsigned)base)
        hi++;
    if ((len - 1) / 64 * lo > BIGNUM_MAX_LIMBS)
        return NONE;
    size_t nlimbs = len * hi / 64 + 2;
    unsigned char dstack[STACK_BYTES];
    unsigned char *digits = len <= STACK_BYTES ? dstack : gc_alloc_atomic(len);
    for (size_t j = 0; j < len; j++)
        digits[j] = (unsigned char)digit_value((unsigned char)s[i + j]);
    Bignum *b = bignum_alloc(nlimbs);
    mp_size_t got = mpn_set_str((mp_ptr)b->limbs, digits, len, base);
    KEEP_ALIVE(digits);
    return bignum_finish(b, (size_t)got, negative);
}

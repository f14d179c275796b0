/* arith.c - Erlang arithmetic on numbers of every kind.
 *
 * The VM handles the commonest small-integer cases inline and calls here
 * for everything else, so each function still starts with a small-integer
 * fast path (sums of two smalls cannot overflow an int64; products are
 * checked with __builtin_mul_overflow) and falls back to the general code
 * on signed magnitudes from bignum_magnitude.  Results are normalised by
 * bignum_finish, so a bignum result that shrinks to the small range comes
 * back as a small.
 *
 * Error convention (see arith.h): NONE is badarith, except that an
 * integer result over BIGNUM_MAX_LIMBS (a huge bsl or product) is NONE
 * too, where the BEAM raises system_limit.
 *
 * Scratch memory is a C array for up to STACK_LIMBS limbs, else
 * gc_alloc_atomic; GMP never allocates (we use no mpn_* function that does).
 */
#include "arith.h"

#include <gmp.h>
#include <math.h>

#include "bignum.h"
#include "gc.h"

#define STACK_LIMBS 64

/* Hold a term until this point so the collector sees the object while we
 * use only a pointer into it (see gc.h: interior pointers are off). */
#define KEEP_ALIVE(t) __asm__ volatile("" : : "g"(t) : "memory")

/* A number as a double; false for a non-number or an integer too large. */
static bool to_double(Term t, double *out)
{
    if (term_is_small(t)) {
        *out = (double)small_val(t);
        return true;
    }
    if (term_is_float(t)) {
        *out = float_val(t);
        return true;
    }
    return bignum_to_double(t, out);
}

/* A float result, or NONE when it is not finite (badarith). */
static Term float_result(double d)
{
    return isfinite(d) ? make_float(d) : NONE;
}

/* Scratch limbs: the stack buffer when big enough, else GC memory. */
static uint64_t *scratch(uint64_t *stack, size_t n)
{
    return n <= STACK_LIMBS ? stack : gc_alloc_atomic(n * sizeof(uint64_t));
}

/* ---- + and - -------------------------------------------------------- */

/* a + b, or a - b when negate_b: both integers, not both small. */
static Term add_integers(Term a, Term b, bool negate_b)
{
    uint64_t ta, tb;
    const uint64_t *ap, *bp;
    bool aneg, bneg;
    size_t an = bignum_magnitude(a, &ta, &ap, &aneg);
    size_t bn = bignum_magnitude(b, &tb, &bp, &bneg);
    bneg ^= negate_b;
    if (bn == 0)
        return a; /* a + 0 */
    if (an == 0)
        return negate_b ? arith_neg(b) : b;
    /* Put the larger magnitude first. */
    int c = an != bn ? (an < bn ? -1 : 1) : mpn_cmp(ap, bp, (mp_size_t)an);
    if (c < 0) {
        const uint64_t *tp = ap;
        ap = bp;
        bp = tp;
        size_t tn = an;
        an = bn;
        bn = tn;
        bool tneg = aneg;
        aneg = bneg;
        bneg = tneg;
    }
    Term result;
    if (aneg == bneg) {
        Bignum *r = bignum_alloc(an + 1);
        r->limbs[an] = mpn_add(r->limbs, ap, (mp_size_t)an, bp, (mp_size_t)bn);
        result = bignum_finish(r, an + 1, aneg);
    } else if (c == 0) {
        result = make_small(0);
    } else {
        Bignum *r = bignum_alloc(an);
        mpn_sub(r->limbs, ap, (mp_size_t)an, bp, (mp_size_t)bn);
        result = bignum_finish(r, an, aneg);
    }
    KEEP_ALIVE(a);
    KEEP_ALIVE(b);
    return result;
}

Term arith_add(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b))
        return make_int64(small_val(a) + small_val(b));
    if (term_is_integer(a) && term_is_integer(b))
        return add_integers(a, b, false);
    double x, y;
    if (!term_is_number(a) || !term_is_number(b) || !to_double(a, &x) ||
        !to_double(b, &y))
        return NONE;
    return float_result(x + y);
}

Term arith_sub(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b))
        return make_int64(small_val(a) - small_val(b));
    if (term_is_integer(a) && term_is_integer(b))
        return add_integers(a, b, true);
    double x, y;
    if (!term_is_number(a) || !term_is_number(b) || !to_double(a, &x) ||
        !to_double(b, &y))
        return NONE;
    return float_result(x - y);
}

Term arith_neg(Term a)
{
    if (term_is_small(a))
        return make_int64(-small_val(a));
    if (term_is_float(a))
        return make_float(-float_val(a));
    if (!term_is_bignum(a))
        return NONE;
    size_t n = (size_t)box_size(a);
    Bignum *r = bignum_alloc(n);
    memcpy(r->limbs, bignum_limbs(a), n * sizeof(uint64_t));
    KEEP_ALIVE(a);
    return bignum_finish(r, n, box_type(a) == BOX_POS_BIG);
}

Term arith_abs(Term a)
{
    if (term_is_small(a)) {
        int64_t v = small_val(a);
        return v < 0 ? make_int64(-v) : a;
    }
    if (term_is_float(a))
        return float_val(a) < 0 ? make_float(-float_val(a)) : a;
    if (!term_is_bignum(a))
        return NONE;
    return box_type(a) == BOX_NEG_BIG ? arith_neg(a) : a;
}

/* ---- * ---------------------------------------------------------------- */

Term arith_mul(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b)) {
        int64_t x = small_val(a), y = small_val(b), p;
        if (!__builtin_mul_overflow(x, y, &p))
            return make_int64(p);
        __int128 q = (__int128)x * y; /* |q| < 2^118 */
        bool neg = q < 0;
        unsigned __int128 m = neg ? -(unsigned __int128)q : (unsigned __int128)q;
        uint64_t l[2] = {(uint64_t)m, (uint64_t)(m >> 64)};
        return bignum_from_limbs(l, 2, neg);
    }
    if (term_is_integer(a) && term_is_integer(b)) {
        uint64_t ta, tb;
        const uint64_t *ap, *bp;
        bool aneg, bneg;
        size_t an = bignum_magnitude(a, &ta, &ap, &aneg);
        size_t bn = bignum_magnitude(b, &tb, &bp, &bneg);
        if (an == 0 || bn == 0)
            return make_small(0);
        if (an + bn - 1 > BIGNUM_MAX_LIMBS)
            return NONE; /* system_limit */
        if (an < bn) {
            const uint64_t *tp = ap;
            ap = bp;
            bp = tp;
            size_t tn = an;
            an = bn;
            bn = tn;
        }
        Bignum *r = bignum_alloc(an + bn);
        if (bn == 1)
            r->limbs[an] = mpn_mul_1(r->limbs, ap, (mp_size_t)an, bp[0]);
        else if (ap == bp && an == bn)
            mpn_sqr(r->limbs, ap, (mp_size_t)an);
        else
            mpn_mul(r->limbs, ap, (mp_size_t)an, bp, (mp_size_t)bn);
        KEEP_ALIVE(a);
        KEEP_ALIVE(b);
        return bignum_finish(r, an + bn, aneg != bneg);
    }
    double x, y;
    if (!term_is_number(a) || !term_is_number(b) || !to_double(a, &x) ||
        !to_double(b, &y))
        return NONE;
    return float_result(x * y);
}

/* ---- / div rem ---------------------------------------------------------- */

Term arith_fdiv(Term a, Term b)
{
    double x, y;
    if (!term_is_number(a) || !term_is_number(b) || !to_double(a, &x) ||
        !to_double(b, &y) || y == 0.0)
        return NONE;
    return float_result(x / y);
}

/* Truncating division of integers, b != 0, not both small: the quotient
 * when want_quotient, else the remainder (sign of the dividend). */
static Term divide(Term a, Term b, bool want_quotient)
{
    uint64_t ta, tb;
    const uint64_t *ap, *bp;
    bool aneg, bneg;
    size_t an = bignum_magnitude(a, &ta, &ap, &aneg);
    size_t bn = bignum_magnitude(b, &tb, &bp, &bneg);
    if (an < bn || (an == bn && mpn_cmp(ap, bp, (mp_size_t)an) < 0))
        return want_quotient ? make_small(0) : a; /* |a| < |b| */
    size_t qn = an - bn + 1;
    Term result;
    if (bn == 1) {
        if (want_quotient) {
            Bignum *q = bignum_alloc(qn);
            mpn_divrem_1(q->limbs, 0, ap, (mp_size_t)an, bp[0]);
            result = bignum_finish(q, qn, aneg != bneg);
        } else {
            uint64_t r = mpn_mod_1(ap, (mp_size_t)an, bp[0]);
            result = bignum_from_limbs(&r, 1, aneg);
        }
    } else if (want_quotient) {
        uint64_t stack[STACK_LIMBS];
        uint64_t *rem = scratch(stack, bn);
        Bignum *q = bignum_alloc(qn);
        mpn_tdiv_qr(q->limbs, rem, 0, ap, (mp_size_t)an, bp, (mp_size_t)bn);
        result = bignum_finish(q, qn, aneg != bneg);
        KEEP_ALIVE(rem);
    } else {
        uint64_t stack[STACK_LIMBS];
        uint64_t *quo = scratch(stack, qn);
        Bignum *r = bignum_alloc(bn);
        mpn_tdiv_qr(quo, r->limbs, 0, ap, (mp_size_t)an, bp, (mp_size_t)bn);
        result = bignum_finish(r, bn, aneg);
        KEEP_ALIVE(quo);
    }
    KEEP_ALIVE(a);
    KEEP_ALIVE(b);
    return result;
}

Term arith_div(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b)) {
        int64_t y = small_val(b);
        if (y == 0)
            return NONE;
        return make_int64(small_val(a) / y); /* SMALL_MIN / -1 fits int64 */
    }
    if (!term_is_integer(a) || !term_is_integer(b) || b == make_small(0))
        return NONE;
    return divide(a, b, true);
}

Term arith_rem(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b)) {
        int64_t y = small_val(b);
        if (y == 0)
            return NONE;
        return make_small(small_val(a) % y);
    }
    if (!term_is_integer(a) || !term_is_integer(b) || b == make_small(0))
        return NONE;
    return divide(a, b, false);
}

/* ---- band bor bxor bnot ------------------------------------------------- */

typedef enum { OP_AND, OP_OR, OP_XOR } BitOp;

/* Two's complement of an integer in n limbs (n > its magnitude's size). */
static void to_twos(uint64_t *dst, const uint64_t *mag, size_t mn, bool neg,
                    size_t n)
{
    memcpy(dst, mag, mn * sizeof(uint64_t));
    memset(dst + mn, 0, (n - mn) * sizeof(uint64_t));
    if (neg)
        mpn_neg(dst, dst, (mp_size_t)n);
}

static Term bitwise(Term a, Term b, BitOp op)
{
    if (term_is_small(a) && term_is_small(b)) {
        int64_t x = small_val(a), y = small_val(b);
        return make_small(op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y);
    }
    if (!term_is_integer(a) || !term_is_integer(b))
        return NONE;
    uint64_t ta, tb;
    const uint64_t *ap, *bp;
    bool aneg, bneg;
    size_t an = bignum_magnitude(a, &ta, &ap, &aneg);
    size_t bn = bignum_magnitude(b, &tb, &bp, &bneg);
    size_t n = (an > bn ? an : bn) + 1;
    uint64_t xs[STACK_LIMBS], ys[STACK_LIMBS];
    uint64_t *x = scratch(xs, n), *y = scratch(ys, n);
    Bignum *r = bignum_alloc(n);
    to_twos(x, ap, an, aneg, n);
    to_twos(y, bp, bn, bneg, n);
    KEEP_ALIVE(a);
    KEEP_ALIVE(b);
    uint64_t *rl = r->limbs;
    switch (op) {
    case OP_AND:
        for (size_t i = 0; i < n; i++)
            rl[i] = x[i] & y[i];
        break;
    case OP_OR:
        for (size_t i = 0; i < n; i++)
            rl[i] = x[i] | y[i];
        break;
    case OP_XOR:
        for (size_t i = 0; i < n; i++)
            rl[i] = x[i] ^ y[i];
        break;
    }
    bool neg = rl[n - 1] >> 63;
    if (neg)
        mpn_neg(rl, rl, (mp_size_t)n);
    KEEP_ALIVE(x);
    KEEP_ALIVE(y);
    return bignum_finish(r, n, neg);
}

Term arith_band(Term a, Term b)
{
    return bitwise(a, b, OP_AND);
}

Term arith_bor(Term a, Term b)
{
    return bitwise(a, b, OP_OR);
}

Term arith_bxor(Term a, Term b)
{
    return bitwise(a, b, OP_XOR);
}

Term arith_bnot(Term a)
{
    if (term_is_small(a))
        return make_small(~small_val(a));
    if (!term_is_bignum(a))
        return NONE;
    /* bnot a = -a - 1: for a >= 0 the magnitude grows by one, for a < 0
     * it shrinks by one and the result is positive. */
    size_t n = (size_t)box_size(a);
    Bignum *r = bignum_alloc(n + 1);
    const uint64_t *l = bignum_limbs(a);
    Term result;
    if (box_type(a) == BOX_POS_BIG) {
        r->limbs[n] = mpn_add_1(r->limbs, l, (mp_size_t)n, 1);
        result = bignum_finish(r, n + 1, true);
    } else {
        mpn_sub_1(r->limbs, l, (mp_size_t)n, 1);
        result = bignum_finish(r, n, false);
    }
    KEEP_ALIVE(a);
    return result;
}

/* ---- bsl bsr ------------------------------------------------------------ */

/* a * 2^s for an integer a and 0 < s. */
static Term shift_left(Term a, uint64_t s)
{
    if (a == make_small(0))
        return a;
    if (term_is_small(a) && s < 64) {
        int64_t v = small_val(a);
        uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        if (s + (uint64_t)(64 - __builtin_clzll(m)) <= 62)
            return make_int64(v * ((int64_t)1 << s));
    }
    if (s / 64 > BIGNUM_MAX_LIMBS)
        return NONE; /* system_limit */
    uint64_t t;
    const uint64_t *ap;
    bool neg;
    size_t an = bignum_magnitude(a, &t, &ap, &neg);
    size_t whole = (size_t)(s / 64);
    unsigned bits = (unsigned)(s % 64);
    if (an + whole > BIGNUM_MAX_LIMBS)
        return NONE; /* system_limit: an + whole limbs at least */
    size_t n = an + whole + 1;
    Bignum *r = bignum_alloc(n);
    memset(r->limbs, 0, whole * sizeof(uint64_t));
    if (bits)
        r->limbs[n - 1] =
            mpn_lshift(r->limbs + whole, ap, (mp_size_t)an, bits);
    else {
        memcpy(r->limbs + whole, ap, an * sizeof(uint64_t));
        r->limbs[n - 1] = 0;
    }
    KEEP_ALIVE(a);
    return bignum_finish(r, n, neg);
}

/* floor(a / 2^s) for an integer a and 0 < s. */
static Term shift_right(Term a, uint64_t s)
{
    if (term_is_small(a))
        return make_small(small_val(a) >> (s < 63 ? s : 63));
    uint64_t t;
    const uint64_t *ap;
    bool neg;
    size_t an = bignum_magnitude(a, &t, &ap, &neg);
    if (s / 64 >= an)
        return make_small(neg ? -1 : 0);
    size_t whole = (size_t)(s / 64);
    unsigned bits = (unsigned)(s % 64);
    size_t n = an - whole;
    Bignum *r = bignum_alloc(n + 1);
    /* A negative number rounds toward minus infinity: -ceil(m / 2^s). */
    bool lost = false;
    for (size_t i = 0; i < whole && !lost; i++)
        lost = ap[i] != 0;
    uint64_t out;
    if (bits)
        out = mpn_rshift(r->limbs, ap + whole, (mp_size_t)n, bits);
    else {
        memcpy(r->limbs, ap + whole, n * sizeof(uint64_t));
        out = 0;
    }
    r->limbs[n] = 0;
    if (neg && (lost || out))
        r->limbs[n] = mpn_add_1(r->limbs, r->limbs, (mp_size_t)n, 1);
    KEEP_ALIVE(a);
    return bignum_finish(r, n + 1, neg);
}

/* a bsl b (left when b > 0, right when b < 0), both integers. */
static Term shift(Term a, Term b, bool left)
{
    if (!term_is_integer(a) || !term_is_integer(b))
        return NONE;
    if (term_is_small(b)) {
        int64_t s = small_val(b);
        if (!left)
            s = -s; /* |s| < 2^59: no overflow */
        if (s == 0)
            return a;
        return s > 0 ? shift_left(a, (uint64_t)s) : shift_right(a, (uint64_t)-s);
    }
    /* A bignum count: a huge left shift overflows unless a is 0; a huge
     * right shift leaves only the sign. */
    bool toward_left = bignum_is_negative(b) != left;
    if (a == make_small(0))
        return a;
    if (toward_left)
        return NONE; /* system_limit */
    return make_small(bignum_is_negative(a) ? -1 : 0);
}

Term arith_bsl(Term a, Term b)
{
    return shift(a, b, true);
}

Term arith_bsr(Term a, Term b)
{
    return shift(a, b, false);
}

/* ---- conversions -------------------------------------------------------- */

Term arith_to_float(Term a)
{
    if (term_is_float(a))
        return a;
    double d;
    if (!term_is_integer(a) || !to_double(a, &d))
        return NONE;
    return make_float(d);
}

/* An integer from a float rounded by f, or the integer itself. */
static Term to_integer(Term a, double (*f)(double))
{
    if (term_is_integer(a))
        return a;
    if (!term_is_float(a))
        return NONE;
    return bignum_from_double(f(float_val(a)));
}

Term arith_trunc(Term a)
{
    return to_integer(a, trunc);
}

Term arith_round(Term a)
{
    return to_integer(a, round); /* C's round: half away from zero */
}

Term arith_floor(Term a)
{
    return to_integer(a, floor);
}

Term arith_ceil(Term a)
{
    return to_integer(a, ceil);
}

/* ---- comparison --------------------------------------------------------- */

int arith_compare(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b)) {
        int64_t x = small_val(a), y = small_val(b);
        return (x > y) - (x < y);
    }
    bool af = term_is_float(a), bf = term_is_float(b);
    if (af && bf) {
        double x = float_val(a), y = float_val(b);
        return (x > y) - (x < y);
    }
    if (af && term_is_integer(b))
        return -bignum_compare_double(b, float_val(a));
    if (bf && term_is_integer(a))
        return bignum_compare_double(a, float_val(b));
    if (term_is_integer(a) && term_is_integer(b))
        return bignum_compare(a, b);
    return 0; /* not numbers: the caller's mistake */
}

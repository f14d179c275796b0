/* bits.c - the bit syntax engine: building and matching segments (bits.h).
 *
 * bits_create works in two passes, as the BEAM's bs_create_bin does: first
 * it sizes every segment (bad sizes and values are found here, before
 * anything is allocated), then it allocates the result once and writes the
 * segments one after another through a bit writer.  Byte-aligned binary
 * segments are copied with memcpy; everything else is shifted byte by
 * byte, so the cost is linear in the size of the result.
 *
 * bits_match takes one segment off the front of a bitstring at any bit
 * offset; binary segments and the rest are sub-binaries (no copy).
 *
 * Bit order follows the BEAM: bits are numbered from the most significant
 * bit of the first byte.  A little-endian integer whose size is not a
 * multiple of 8 is its whole low bytes, least significant first, followed
 * by the remaining high bits (<<16#abc:12/little>> is <<16#bc, 16#a:4>>).
 */
#include "bits.h"

#include <math.h>
#include <stdlib.h>

#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "unicode.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "bits.c assumes a little-endian host (native = little)"
#endif

/* Results bigger than this many bits are a system_limit error (the BEAM
 * refuses sizes that are not small integers, i.e. >= 2^59, and overflows
 * of size * unit; anything this big could not be allocated anyway). */
#define BITS_MAX ((uint64_t)1 << 61)

/* Scratch buffers up to this many bytes live on the C stack. */
#define STACK_BYTES 512

static bool is_little(uint32_t flags)
{
    return (flags & (BITS_LITTLE | BITS_NATIVE)) != 0;
}

static uint32_t unit_of(const BitsSeg *s)
{
    if (s->unit)
        return s->unit;
    return s->type == BITS_BINARY ? 8 : 1;
}

/* ---- copying bits ---------------------------------------------------- */

/* r (1..8) bits of src starting at bit off (0..7) of src[0], left-aligned
 * in a byte.  Reads src[1] only when the bits reach into it. */
static uint8_t fetch_bits(const uint8_t *src, unsigned off, unsigned r)
{
    unsigned v = (unsigned)src[0] << off;
    if (off + r > 8)
        v |= src[1] >> (8 - off);
    return (uint8_t)(v & (0xFFu << (8 - r)));
}

/* Copy n bits from src at bit spos to dst at bit dpos.  The bits of dst
 * before dpos in its byte are kept; the bits from dpos to the end of its
 * byte must be zero on entry (the writer's invariant), and the bits after
 * the last one written, up to the end of that byte, are left zero.  Only
 * bytes of src that hold some of the n bits are read. */
static void copy_bits(uint8_t *dst, uint64_t dpos, const uint8_t *src,
                      uint64_t spos, uint64_t n)
{
    if (n == 0)
        return;
    uint8_t *d = dst + (dpos >> 3);
    const uint8_t *s = src + (spos >> 3);
    unsigned dk = (unsigned)(dpos & 7), sk = (unsigned)(spos & 7);

    /* Fill the destination up to a byte boundary. */
    if (dk) {
        unsigned t = 8 - dk;
        if (t > n)
            t = (unsigned)n;
        *d |= (uint8_t)(fetch_bits(s, sk, t) >> dk);
        n -= t;
        sk += t;
        s += sk >> 3;
        sk &= 7;
        d++;
        if (n == 0)
            return;
    }

    /* The destination is aligned now. */
    uint64_t nb = n >> 3;
    unsigned r = (unsigned)(n & 7);
    if (sk == 0) {
        memcpy(d, s, (size_t)nb);
    } else {
        /* Each output byte takes bits from two source bytes; s[nb] holds
         * bits of the last full byte, so reading it is in bounds.  Eight
         * bytes at a time as one big-endian word. */
        unsigned back = 8 - sk;
        uint64_t i = 0;
        for (; i + 8 <= nb; i += 8) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            x = __builtin_bswap64(x);
            x = (x << sk) | (uint64_t)(s[i + 8] >> back);
            x = __builtin_bswap64(x);
            memcpy(d + i, &x, 8);
        }
        for (; i < nb; i++)
            d[i] = (uint8_t)((s[i] << sk) | (s[i + 1] >> back));
    }
    if (r)
        d[nb] = fetch_bits(s + nb, sk, r);
}

/* The bit writer: the result buffer and the next bit position.  The bits
 * of the current byte from pos on are always zero (so the writer never
 * needs the buffer cleared first). */
typedef struct Writer {
    uint8_t *data;
    uint64_t pos;
} Writer;

/* Write the low n bits (1..8) of v. */
static inline void put_chunk(Writer *w, unsigned v, unsigned n)
{
    uint8_t b = (uint8_t)(v << (8 - n));
    unsigned k = (unsigned)(w->pos & 7);
    uint8_t *p = w->data + (w->pos >> 3);
    if (k == 0) {
        *p = b;
    } else {
        *p |= (uint8_t)(b >> k);
        if (k + n > 8)
            p[1] = (uint8_t)(b << (8 - k));
    }
    w->pos += n;
}

static inline void put_byte(Writer *w, unsigned v)
{
    if ((w->pos & 7) == 0) {
        w->data[w->pos >> 3] = (uint8_t)v;
        w->pos += 8;
    } else {
        put_chunk(w, v & 0xFF, 8);
    }
}

/* count copies of byte b, which is 0 or 0xFF (a sign extension): every
 * bit is the same, so an unaligned fill is a partial byte, a memset and
 * a partial byte. */
static void put_fill(Writer *w, uint8_t b, uint64_t count)
{
    if (count == 0)
        return;
    unsigned k = (unsigned)(w->pos & 7);
    if (k)
        put_chunk(w, b & ((1u << (8 - k)) - 1), 8 - k);
    uint64_t whole = k ? count - 1 : count;
    memset(w->data + (w->pos >> 3), b, (size_t)whole);
    w->pos += whole * 8;
    if (k)
        put_chunk(w, b & ((1u << k) - 1), k);
}

static void put_bytes(Writer *w, const uint8_t *bytes, size_t n)
{
    copy_bits(w->data, w->pos, bytes, 0, (uint64_t)n * 8);
    w->pos += (uint64_t)n * 8;
}

/* ---- integers ----------------------------------------------------------- */

/* The two's complement bytes of an integer, least significant first:
 * byte j is the j-th byte of the limbs, or the fill byte past them. */
typedef struct TwosBytes {
    const uint64_t *limbs;
    uint64_t nbytes; /* 8 * number of limbs */
    uint8_t fill;    /* 0 for >= 0, 0xFF for < 0 */
} TwosBytes;

static inline unsigned twos_byte(const TwosBytes *tb, uint64_t j)
{
    if (j >= tb->nbytes)
        return tb->fill;
    return (unsigned)(tb->limbs[j >> 3] >> (8 * (j & 7))) & 0xFF;
}

/* Write the low nbits of the integer whose two's complement bytes are tb. */
static void put_twos(Writer *w, const TwosBytes *tb, uint64_t nbits,
                     bool little)
{
    uint64_t q = nbits >> 3;
    unsigned r = (unsigned)(nbits & 7);
    uint64_t have = tb->nbytes < q ? tb->nbytes : q; /* bytes from limbs */
    if (little) {
        for (uint64_t j = 0; j < have; j++)
            put_byte(w, twos_byte(tb, j));
        put_fill(w, tb->fill, q - have);
        if (r)
            put_chunk(w, twos_byte(tb, q) & ((1u << r) - 1), r);
    } else {
        if (r)
            put_chunk(w, twos_byte(tb, q) & ((1u << r) - 1), r);
        put_fill(w, tb->fill, q - have);
        for (uint64_t j = have; j-- > 0;)
            put_byte(w, twos_byte(tb, j));
    }
}

static void put_integer(Writer *w, Term v, uint64_t nbits, bool little)
{
    if (nbits == 0)
        return;
    uint64_t one;
    TwosBytes tb;
    if (term_is_small(v)) {
        int64_t n = small_val(v);
        one = (uint64_t)n;
        tb.limbs = &one;
        tb.nbytes = 8;
        tb.fill = n < 0 ? 0xFF : 0;
        put_twos(w, &tb, nbits, little);
        return;
    }
    /* A bignum: only the limbs that reach into the segment matter. */
    size_t nl = bignum_nlimbs(v);
    const uint64_t *mag = bignum_limbs(v);
    bool neg = bignum_is_negative(v);
    size_t need = (size_t)((nbits + 63) / 64);
    if (nl > need)
        nl = need;
    if (!neg) {
        tb.limbs = mag;
        tb.nbytes = (uint64_t)nl * 8;
        tb.fill = 0;
        put_twos(w, &tb, nbits, little);
        return;
    }
    uint64_t stack[STACK_BYTES / 8];
    uint64_t *tc = nl <= STACK_BYTES / 8 ? stack : malloc(nl * 8);
    if (!tc)
        abort();
    uint64_t carry = 1;
    for (size_t i = 0; i < nl; i++) {
        uint64_t x = ~mag[i] + carry;
        carry = carry && x == 0;
        tc[i] = x;
    }
    tb.limbs = tc;
    tb.nbytes = (uint64_t)nl * 8;
    tb.fill = 0xFF; /* a nonzero magnitude: all ones above it */
    put_twos(w, &tb, nbits, little);
    if (tc != stack)
        free(tc);
}

/* ---- floats ------------------------------------------------------------- */

/* IEEE half precision from a double, rounded to nearest even; too big a
 * value becomes infinity, as C's conversion to _Float16 (the BEAM's). */
static uint16_t half_from_double(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    uint16_t sign = (uint16_t)((u >> 48) & 0x8000);
    int exp = (int)((u >> 52) & 0x7FF);
    uint64_t m = u & ((UINT64_C(1) << 52) - 1);
    if (exp == 0x7FF)
        return (uint16_t)(sign | 0x7C00 | (m ? 0x200 : 0));
    if (exp == 0) /* zero or a double subnormal: far below half's range */
        return sign;
    int e = exp - 1023;
    if (e > 15)
        return (uint16_t)(sign | 0x7C00);
    m |= UINT64_C(1) << 52;
    /* Keep 11 significant bits for a normal half (e >= -14), fewer for a
     * subnormal one (its unit is 2^-24). */
    int shift = e >= -14 ? 42 : 42 + (-14 - e);
    if (shift > 60)
        return sign;
    uint64_t q = m >> shift;
    uint64_t rem = m & ((UINT64_C(1) << shift) - 1);
    uint64_t half = UINT64_C(1) << (shift - 1);
    if (rem > half || (rem == half && (q & 1)))
        q++;
    if (e < -14) /* subnormal; q == 1024 is the smallest normal */
        return (uint16_t)(sign | q);
    /* q in [1024, 2048]; a carry to 2048 bumps the exponent (maybe to
     * infinity, 0x7C00). */
    return (uint16_t)(sign | (((unsigned)(e + 15) << 10) + (q - 1024)));
}

static double half_to_double(uint16_t h)
{
    int sign = h >> 15;
    int exp = (h >> 10) & 0x1F;
    int m = h & 0x3FF;
    double v;
    if (exp == 0)
        v = ldexp(m, -24);
    else if (exp == 31)
        v = m ? NAN : INFINITY;
    else
        v = ldexp(m + 1024, exp - 25);
    return sign ? -v : v;
}

/* The double a float segment's value stands for; false when it has none
 * (not a number, or an integer too big for a double). */
static bool float_value(Term v, double *d)
{
    if (term_is_float(v)) {
        *d = float_val(v);
        return true;
    }
    if (term_is_small(v)) {
        *d = (double)small_val(v);
        return true;
    }
    if (term_is_bignum(v))
        return bignum_to_double(v, d);
    return false;
}

static void put_float(Writer *w, Term v, uint64_t nbits, bool little)
{
    double d = 0;
    float_value(v, &d);
    uint64_t bits;
    if (nbits == 64) {
        memcpy(&bits, &d, 8);
    } else if (nbits == 32) {
        /* A small integer converts straight to float (one rounding), as
         * the BEAM's (float) cast does; an overflow gives infinity. */
        float f = term_is_small(v) ? (float)small_val(v) : (float)d;
        uint32_t b32;
        memcpy(&b32, &f, 4);
        bits = b32;
    } else {
        bits = half_from_double(d);
    }
    unsigned nb = (unsigned)(nbits / 8);
    for (unsigned i = 0; i < nb; i++) {
        unsigned j = little ? i : nb - 1 - i;
        put_byte(w, (unsigned)(bits >> (8 * j)) & 0xFF);
    }
}

/* ---- utf ---------------------------------------------------------------- */

/* The code point of a utf segment's value, or -1 when it is not one. */
static int64_t code_point(Term v)
{
    if (!term_is_small(v))
        return -1;
    int64_t c = small_val(v);
    if (c < 0 || c > UNICODE_MAX || !unicode_valid((uint32_t)c))
        return -1;
    return c;
}

/* Encode a valid code point; returns the byte count. */
static int encode_utf(BitsType type, uint32_t cp, bool little, uint8_t *out)
{
    if (type == BITS_UTF8)
        return utf8_encode(cp, out);
    if (type == BITS_UTF32) {
        for (int i = 0; i < 4; i++)
            out[i] = (uint8_t)(cp >> (8 * (little ? i : 3 - i)));
        return 4;
    }
    uint16_t units[2];
    int n = 1;
    if (cp < 0x10000) {
        units[0] = (uint16_t)cp;
    } else {
        cp -= 0x10000;
        units[0] = (uint16_t)(0xD800 | (cp >> 10));
        units[1] = (uint16_t)(0xDC00 | (cp & 0x3FF));
        n = 2;
    }
    for (int i = 0; i < n; i++) {
        out[2 * i] = (uint8_t)(little ? units[i] : units[i] >> 8);
        out[2 * i + 1] = (uint8_t)(little ? units[i] >> 8 : units[i]);
    }
    return 2 * n;
}

/* ---- building ----------------------------------------------------------- */

typedef enum SizeError { SIZE_OK, SIZE_BADARG, SIZE_LIMIT } SizeError;

/* size * unit bits from a segment's size term. */
static SizeError sized_bits(Term size, uint32_t unit, uint64_t *out)
{
    if (term_is_small(size)) {
        int64_t n = small_val(size);
        if (n < 0)
            return SIZE_BADARG;
        if ((uint64_t)n > BITS_MAX / unit)
            return SIZE_LIMIT;
        *out = (uint64_t)n * unit;
        return SIZE_OK;
    }
    if (term_is_bignum(size))
        return bignum_is_negative(size) ? SIZE_BADARG : SIZE_LIMIT;
    return SIZE_BADARG;
}

/* Pass one: the bit size of a segment, from its size and, where the size
 * depends on it, its value. */
static SizeError segment_bits(const BitsSeg *s, uint64_t *out)
{
    uint32_t unit = unit_of(s);
    switch (s->type) {
    case BITS_INTEGER:
        if (s->size == ATOM_undefined) {
            *out = 8;
            return SIZE_OK;
        }
        return sized_bits(s->size, unit, out);
    case BITS_FLOAT: {
        if (s->size == ATOM_undefined) {
            *out = 64;
            return SIZE_OK;
        }
        SizeError e = sized_bits(s->size, unit, out);
        if (e == SIZE_OK && *out != 16 && *out != 32 && *out != 64)
            return SIZE_BADARG;
        return e;
    }
    case BITS_BINARY:
    case BITS_BITSTRING:
        if (s->size == ATOM_all || s->size == ATOM_undefined) {
            if (!term_is_bitstring(s->value))
                return SIZE_BADARG;
            *out = binary_bit_size(s->value);
            return *out % unit ? SIZE_BADARG : SIZE_OK;
        }
        return sized_bits(s->size, unit, out);
    case BITS_UTF8: {
        int64_t c = code_point(s->value);
        if (c < 0)
            return SIZE_BADARG;
        *out = c < 0x80 ? 8 : c < 0x800 ? 16 : c < 0x10000 ? 24 : 32;
        return SIZE_OK;
    }
    case BITS_UTF16: {
        int64_t c = code_point(s->value);
        if (c < 0)
            return SIZE_BADARG;
        *out = c < 0x10000 ? 16 : 32;
        return SIZE_OK;
    }
    case BITS_UTF32:
        if (code_point(s->value) < 0)
            return SIZE_BADARG;
        *out = 32;
        return SIZE_OK;
    }
    return SIZE_BADARG;
}

/* Pass two: whether the value suits a segment of nbits bits. */
static bool value_ok(const BitsSeg *s, uint64_t nbits)
{
    double d;
    switch (s->type) {
    case BITS_INTEGER:
        return term_is_integer(s->value);
    case BITS_FLOAT:
        return float_value(s->value, &d);
    case BITS_BINARY:
    case BITS_BITSTRING:
        return term_is_bitstring(s->value) &&
               binary_bit_size(s->value) >= nbits;
    default:
        return true; /* utf: checked with the size */
    }
}

static void put_segment(Writer *w, const BitsSeg *s, uint64_t nbits)
{
    bool little = is_little(s->flags);
    switch (s->type) {
    case BITS_INTEGER:
        put_integer(w, s->value, nbits, little);
        break;
    case BITS_FLOAT:
        put_float(w, s->value, nbits, little);
        break;
    case BITS_BINARY:
    case BITS_BITSTRING: {
        Binary *b = binary_ptr(s->value);
        copy_bits(w->data, w->pos, b->buf->data, b->offset, nbits);
        w->pos += nbits;
        break;
    }
    default: {
        uint8_t buf[4];
        int n = encode_utf(s->type, (uint32_t)small_val(s->value), little,
                           buf);
        put_bytes(w, buf, (size_t)n);
        break;
    }
    }
}

/* Whether a construction starting with segment s is an append: s puts a
 * whole bitstring (all its bits), so the result can extend its buffer. */
static bool appends_to(const BitsSeg *s, uint64_t nbits)
{
    return (s->type == BITS_BINARY || s->type == BITS_BITSTRING) &&
           nbits == binary_bit_size(s->value);
}

/* The common append <<Acc/binary, I:8, ...>>: a byte-aligned binary
 * followed by big-endian integer segments of whole bytes (up to 64 bits
 * each) with small-integer values.  Writes the bytes directly; NONE when
 * the segments are anything else (bits_create then does the general
 * work, errors included). */
static Term append_ints(const BitsSeg *segs, size_t n)
{
    const BitsSeg *s0 = &segs[0];
    if (n < 2 || n > 9 || s0->type != BITS_BINARY || s0->size != ATOM_all ||
        (s0->unit && s0->unit != 8) ||
        !term_is_bitstring(s0->value))
        return NONE;
    Binary *b = binary_ptr(s0->value);
    if ((b->size & 7) || (b->offset & 7))
        return NONE;
    uint64_t total = 0, bits[8];
    for (size_t i = 1; i < n; i++) {
        const BitsSeg *s = &segs[i];
        if (s->type != BITS_INTEGER || (s->flags & (BITS_LITTLE | BITS_NATIVE)) ||
            !term_is_small(s->value))
            return NONE;
        uint64_t nb;
        if (s->size == ATOM_undefined)
            nb = 8;
        else if (term_is_small(s->size) && small_val(s->size) >= 0 &&
                 small_val(s->size) <= 64)
            nb = (uint64_t)small_val(s->size) * unit_of(s);
        else
            return NONE;
        if ((nb & 7) || nb > 64)
            return NONE;
        bits[i - 1] = nb;
        total += nb;
    }
    uint8_t *data;
    uint64_t pos;
    Term r = binary_extend(s0->value, total, &data, &pos);
    uint8_t *d = data + (pos >> 3);
    for (size_t i = 1; i < n; i++) {
        uint64_t v = (uint64_t)small_val(segs[i].value);
        for (uint64_t k = bits[i - 1]; k; k -= 8)
            *d++ = (uint8_t)(v >> (k - 8));
    }
    return r;
}

Term bits_create(const BitsSeg *segs, size_t n, Term *reason)
{
    Term fast = append_ints(segs, n);
    if (fast != NONE)
        return fast;
    uint64_t stack[32];
    uint64_t *sizes = n <= 32 ? stack : malloc(n * sizeof *sizes);
    if (!sizes)
        abort();
    /* Sizes first: system_limit wins over badarg wherever they are, as on
     * the BEAM. */
    SizeError err = SIZE_OK;
    uint64_t total = 0;
    for (size_t i = 0; i < n && err != SIZE_LIMIT; i++) {
        SizeError e = segment_bits(&segs[i], &sizes[i]);
        if (e != SIZE_OK) {
            err = e;
            continue;
        }
        total += sizes[i];
        if (total > BITS_MAX)
            err = SIZE_LIMIT;
    }
    for (size_t i = 0; i < n && err == SIZE_OK; i++)
        if (!value_ok(&segs[i], sizes[i]))
            err = SIZE_BADARG;
    if (err != SIZE_OK) {
        if (sizes != stack)
            free(sizes);
        if (reason)
            *reason = err == SIZE_LIMIT ? ATOM_system_limit : ATOM_badarg;
        return NONE;
    }

    uint8_t *data;
    Term result;
    Writer w;
    size_t first = 0;
    if (n > 1 && appends_to(&segs[0], sizes[0])) {
        /* <<Acc/binary, ...>>: extend Acc's buffer (in place when Acc is
         * the newest window on it), so a loop of appends is O(1) each. */
        uint64_t pos;
        result = binary_extend(segs[0].value, total - sizes[0], &data, &pos);
        w = (Writer){data, pos};
        first = 1;
    } else {
        result = binary_alloc((size_t)((total + 7) / 8), &data);
        w = (Writer){data, 0};
    }
    for (size_t i = first; i < n; i++)
        put_segment(&w, &segs[i], sizes[i]);
    if (first == 0 && (total & 7)) {
        binary_ptr(result)->size = total;
        binary_ptr(result)->buf->used = total;
    }
    if (sizes != stack)
        free(sizes);
    return result;
}

/* ---- matching ----------------------------------------------------------- */

/* Copy nbits of bin from bit `from` into out, left-aligned, trailing bits
 * of the last byte zero. */
static void read_bits(Term bin, uint64_t from, uint64_t nbits, uint8_t *out)
{
    Binary *b = binary_ptr(bin);
    if (nbits & 7)
        out[nbits >> 3] = 0;
    copy_bits(out, 0, b->buf->data, b->offset + from, nbits);
}

/* An integer of nbits (> 64) from left-aligned bytes. */
static Term integer_from_bytes(const uint8_t *bytes, uint64_t nbits,
                               bool little, bool is_signed)
{
    uint64_t nb = (nbits + 7) / 8;
    size_t nl = (size_t)((nbits + 63) / 64);
    /* Leading zeros are dropped by bignum_finish, which fails (no match,
     * as on the BEAM) only when the value itself is too big. */
    Bignum *big = bignum_alloc(nl);
    uint64_t *l = big->limbs;
    memset(l, 0, nl * 8);
    unsigned r = (unsigned)(nbits & 7);
    if (little) {
        uint64_t q = nbits >> 3;
        for (uint64_t j = 0; j < q; j++)
            l[j >> 3] |= (uint64_t)bytes[j] << (8 * (j & 7));
        if (r)
            l[q >> 3] |= (uint64_t)(bytes[q] >> (8 - r)) << (8 * (q & 7));
    } else {
        for (uint64_t j = 0; j < nb; j++)
            l[j >> 3] |= (uint64_t)bytes[nb - 1 - j] << (8 * (j & 7));
        if (r) { /* drop the 8 - r padding bits at the bottom */
            unsigned pad = 8 - r;
            for (size_t i = 0; i < nl; i++) {
                l[i] >>= pad;
                if (i + 1 < nl)
                    l[i] |= l[i + 1] << (64 - pad);
            }
        }
    }
    unsigned top = (unsigned)(nbits & 63); /* bits used in the top limb */
    bool neg = is_signed && ((l[(nbits - 1) >> 6] >> ((nbits - 1) & 63)) & 1);
    if (neg) { /* magnitude = 2^nbits - value */
        uint64_t carry = 1;
        for (size_t i = 0; i < nl; i++) {
            uint64_t x = ~l[i] + carry;
            carry = carry && x == 0;
            l[i] = x;
        }
        if (top)
            l[nl - 1] &= (UINT64_C(1) << top) - 1;
    }
    return bignum_finish(big, nl, neg);
}

static Term match_integer(Term bin, uint64_t nbits, uint32_t flags)
{
    bool little = is_little(flags), is_signed = (flags & BITS_SIGNED) != 0;
    if (nbits == 0)
        return make_small(0);
    if (nbits <= 64) {
        uint8_t b[8];
        read_bits(bin, 0, nbits, b);
        unsigned nb = (unsigned)((nbits + 7) / 8);
        uint64_t v = 0;
        if (little) {
            unsigned q = (unsigned)(nbits >> 3), r = (unsigned)(nbits & 7);
            for (unsigned j = 0; j < q; j++)
                v |= (uint64_t)b[j] << (8 * j);
            if (r)
                v |= (uint64_t)(b[q] >> (8 - r)) << (8 * q);
        } else {
            for (unsigned j = 0; j < nb; j++)
                v = (v << 8) | b[j];
            v >>= 8 * nb - nbits;
        }
        if (is_signed && nbits < 64 && ((v >> (nbits - 1)) & 1))
            v |= ~UINT64_C(0) << nbits;
        return is_signed ? make_int64((int64_t)v) : make_uint64(v);
    }
    size_t nb = (size_t)((nbits + 7) / 8);
    uint8_t stack[STACK_BYTES];
    uint8_t *bytes = nb <= STACK_BYTES ? stack : malloc(nb);
    if (!bytes)
        abort();
    read_bits(bin, 0, nbits, bytes);
    Term t = integer_from_bytes(bytes, nbits, little, is_signed);
    if (bytes != stack)
        free(bytes);
    return t;
}

static Term match_float(Term bin, uint64_t nbits, uint32_t flags)
{
    if (nbits == 0)
        return make_float(0.0); /* as OTP 25 */
    if (nbits != 16 && nbits != 32 && nbits != 64)
        return NONE;
    uint8_t b[8];
    read_bits(bin, 0, nbits, b);
    unsigned nb = (unsigned)(nbits / 8);
    bool little = is_little(flags);
    uint64_t bits = 0;
    for (unsigned i = 0; i < nb; i++)
        bits = (bits << 8) | b[little ? nb - 1 - i : i];
    double d;
    if (nbits == 64) {
        memcpy(&d, &bits, 8);
    } else if (nbits == 32) {
        uint32_t b32 = (uint32_t)bits;
        float f;
        memcpy(&f, &b32, 4);
        d = f;
    } else {
        d = half_to_double((uint16_t)bits);
    }
    if (!isfinite(d))
        return NONE;
    return make_float(d);
}

/* A code point off the front; *used gets its size in bits. */
static int64_t match_utf(Term bin, const BitsSeg *s, uint64_t *used)
{
    uint64_t avail = binary_bit_size(bin);
    bool little = is_little(s->flags);
    uint8_t b[4];
    if (s->type == BITS_UTF8) {
        size_t n = avail / 8 < 4 ? (size_t)(avail / 8) : 4;
        read_bits(bin, 0, (uint64_t)n * 8, b);
        uint32_t cp;
        int k = utf8_decode(b, n, &cp);
        if (k < 0)
            return -1;
        *used = (uint64_t)k * 8;
        return cp;
    }
    if (s->type == BITS_UTF32) {
        if (avail < 32)
            return -1;
        read_bits(bin, 0, 32, b);
        uint32_t cp = 0;
        for (int i = 0; i < 4; i++)
            cp = (cp << 8) | b[little ? 3 - i : i];
        if (!unicode_valid(cp))
            return -1;
        *used = 32;
        return cp;
    }
    if (avail < 16)
        return -1;
    read_bits(bin, 0, avail >= 32 ? 32 : 16, b);
    uint32_t w1 = little ? (uint32_t)(b[0] | b[1] << 8)
                         : (uint32_t)(b[0] << 8 | b[1]);
    if (w1 < 0xD800 || w1 > 0xDFFF) {
        *used = 16;
        return w1;
    }
    if (w1 > 0xDBFF || avail < 32)
        return -1;
    uint32_t w2 = little ? (uint32_t)(b[2] | b[3] << 8)
                         : (uint32_t)(b[2] << 8 | b[3]);
    if (w2 < 0xDC00 || w2 > 0xDFFF)
        return -1;
    *used = 32;
    return 0x10000 + (((w1 & 0x3FF) << 10) | (w2 & 0x3FF));
}

/* One segment off the front of bitstring bin: its value and its size in
 * bits (bits_match, bits_match_ctx); with skip, integers and binaries are
 * measured but not made. */
static bool match_front_skip(Term bin, const BitsSeg *seg, Term *value,
                             uint64_t *used, bool skip)
{
    uint64_t avail = binary_bit_size(bin);
    uint32_t unit = unit_of(seg);
    uint64_t nbits = 0;
    Term v;

    if (seg->type >= BITS_UTF8 && seg->type <= BITS_UTF32) {
        int64_t cp = match_utf(bin, seg, &nbits);
        if (cp < 0)
            return false;
        v = make_small(cp);
    } else {
        Term size = seg->size;
        if (size == ATOM_undefined && seg->type == BITS_INTEGER) {
            nbits = 8;
        } else if (size == ATOM_undefined && seg->type == BITS_FLOAT) {
            nbits = 64;
        } else if (size == ATOM_all || size == ATOM_undefined) {
            if (seg->type != BITS_BINARY && seg->type != BITS_BITSTRING)
                return false;
            if (avail % unit)
                return false;
            nbits = avail;
        } else {
            if (!term_is_small(size) || small_val(size) < 0)
                return false;
            uint64_t n = (uint64_t)small_val(size);
            if (n > avail / unit)
                return false;
            nbits = n * unit;
        }
        if (nbits > avail)
            return false;
        /* A skipped integer or binary is not made (as on the BEAM, an
         * integer too big to build still matches as `_`). */
        if (skip && seg->type != BITS_FLOAT) {
            *value = NIL;
            *used = nbits;
            return true;
        }
        switch (seg->type) {
        case BITS_INTEGER:
            v = match_integer(bin, nbits, seg->flags);
            break;
        case BITS_FLOAT:
            v = match_float(bin, nbits, seg->flags);
            break;
        case BITS_BINARY:
        case BITS_BITSTRING:
            v = binary_sub(bin, 0, nbits);
            break;
        default:
            return false;
        }
        if (v == NONE)
            return false;
    }
    *value = v;
    *used = nbits;
    return true;
}

static bool match_front(Term bin, const BitsSeg *seg, Term *value,
                        uint64_t *used)
{
    return match_front_skip(bin, seg, value, used, false);
}

bool bits_match(Term bin, const BitsSeg *seg, Term *value, Term *rest)
{
    uint64_t nbits;
    if (!term_is_bitstring(bin) || !match_front(bin, seg, value, &nbits))
        return false;
    *rest = binary_sub(bin, nbits, binary_bit_size(bin) - nbits);
    return true;
}

bool bits_match_ctx(Term ctx, const BitsSeg *seg, Term *value)
{
    uint64_t nbits;
    Term unused;
    if (!match_front_skip(ctx, seg, value ? value : &unused, &nbits,
                          value == NULL))
        return false;
    Binary *b = binary_ptr(ctx);
    b->offset += nbits;
    b->size -= nbits;
    return true;
}

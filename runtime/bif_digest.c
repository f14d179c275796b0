/* bif_digest.c - checksums and digests over iodata: erlang:crc32/1,2,
 * crc32_combine/3, adler32/1,2, adler32_combine/3, md5/1, md5_init/0,
 * md5_update/2 and md5_final/1.
 *
 * The values are those of zlib's crc32 and adler32 and of RFC 1321's MD5,
 * which is what the BEAM uses.  The data is any iodata (bytes, binaries,
 * nested lists, a binary as the tail of a list); it is fed to the sum in
 * the pieces the BEAM uses (a run of bytes in one list, or one binary),
 * which matters only for adler32 started from a value whose halves are
 * not reduced modulo 65521: zlib reduces them on each call.  An MD5
 * context is an 88-byte binary laid out as the BEAM's (four state words,
 * the bit count, the 64-byte block buffer, little-endian).
 */
#include "bif.h"

#include <string.h>

#include "binary.h"
#include "gc.h"

#include "bifs.def"

/* ---- walking iodata ------------------------------------------------- */

typedef void (*ChunkFn)(void *state, const uint8_t *bytes, size_t n);

/* Feed the bytes of iodata t to fn in the BEAM's pieces; false when t is
 * not iodata. */
static bool feed_iodata(Term t, ChunkFn fn, void *state)
{
    if (term_is_box_of(t, BOX_BINARY)) {
        if (binary_bit_size(t) % 8 != 0)
            return false;
        size_t n = (size_t)binary_byte_size(t);
        if (binary_is_aligned(t)) {
            fn(state, binary_bytes(t), n);
        } else {
            uint8_t *copy = gc_alloc_atomic(n ? n : 1);
            binary_copy_bits(t, 0, (uint64_t)n * 8, copy);
            fn(state, copy, n);
        }
        (void)*(volatile Term *)&t;
        return true;
    }
    if (!term_is_nil(t) && !term_is_cons(t))
        return false;
    /* A stack of list tails still to do. */
    size_t cap = 16, depth = 0;
    Term *stack = gc_alloc(cap * sizeof *stack);
    uint8_t run[512];
    size_t nrun = 0;
    stack[depth++] = t;
    while (depth > 0) {
        Term l = stack[--depth];
        while (term_is_cons(l)) {
            Term e = CAR(l);
            if (term_is_small(e) && (uint64_t)small_val(e) <= 255) {
                run[nrun++] = (uint8_t)small_val(e);
                if (nrun == sizeof run) {
                    fn(state, run, nrun);
                    nrun = 0;
                }
                l = CDR(l);
                continue;
            }
            if (nrun > 0) {
                fn(state, run, nrun);
                nrun = 0;
            }
            if (term_is_nil(e)) {
                l = CDR(l);
            } else if (term_is_cons(e)) {
                if (depth == cap) {
                    Term *bigger = gc_alloc(2 * cap * sizeof *bigger);
                    memcpy(bigger, stack, cap * sizeof *stack);
                    stack = bigger;
                    cap *= 2;
                }
                stack[depth++] = CDR(l);
                l = e;
            } else if (term_is_box_of(e, BOX_BINARY)) {
                if (!feed_iodata(e, fn, state))
                    return false;
                l = CDR(l);
            } else {
                return false;
            }
        }
        if (nrun > 0) {
            fn(state, run, nrun);
            nrun = 0;
        }
        if (term_is_box_of(l, BOX_BINARY)) { /* a binary tail */
            if (!feed_iodata(l, fn, state))
                return false;
        } else if (!term_is_nil(l)) {
            return false;
        }
    }
    return true;
}

/* An integer argument in 0..2^32-1. */
static bool get_u32(Term t, uint32_t *out)
{
    if (!term_is_small(t) || small_val(t) < 0 ||
        small_val(t) > (int64_t)UINT32_MAX)
        return false;
    *out = (uint32_t)small_val(t);
    return true;
}

/* ---- CRC-32 (the reflected IEEE 802.3 polynomial, as zlib) ------------ */

#define CRC_POLY 0xedb88320u

/* The CRC state: the running value and the byte table (built per call:
 * 2048 steps, no shared mutable state). */
typedef struct Crc {
    uint32_t crc;
    uint32_t table[256];
} Crc;

static void crc_chunk(void *state, const uint8_t *p, size_t n)
{
    Crc *c = state;
    uint32_t v = ~c->crc;
    for (size_t i = 0; i < n; i++)
        v = c->table[(v ^ p[i]) & 0xff] ^ (v >> 8);
    c->crc = ~v;
}

static Term crc32_of(Process *p, uint32_t crc, Term data)
{
    Crc c;
    c.crc = crc;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t v = i;
        for (int k = 0; k < 8; k++)
            v = v & 1 ? (v >> 1) ^ CRC_POLY : v >> 1;
        c.table[i] = v;
    }
    if (!feed_iodata(data, crc_chunk, &c))
        return bif_badarg(p);
    return make_small(c.crc);
}

Term bif_digest_crc32_1(Process *p, const Term *args)
{
    return crc32_of(p, 0, args[0]);
}

Term bif_digest_crc32_2(Process *p, const Term *args)
{
    uint32_t crc;
    if (!get_u32(args[0], &crc))
        return bif_badarg(p);
    return crc32_of(p, crc, args[1]);
}

/* a * b modulo the CRC polynomial, both in the reflected representation
 * (bit 31 is x^0). */
static uint32_t crc_mult(uint32_t a, uint32_t b)
{
    uint32_t prod = 0;
    for (uint32_t m = 1u << 31; m != 0; m >>= 1) {
        if (a & m)
            prod ^= b;
        b = b & 1 ? (b >> 1) ^ CRC_POLY : b >> 1;
    }
    return prod;
}

/* crc32(A ++ B) from crc32(A), crc32(B) and the length of B: crc(A)
 * times x^(8 len) modulo the polynomial, plus crc(B). */
Term bif_digest_crc32_combine_3(Process *p, const Term *args)
{
    uint32_t c1, c2, len;
    if (!get_u32(args[0], &c1) || !get_u32(args[1], &c2) ||
        !get_u32(args[2], &len))
        return bif_badarg(p);
    uint32_t power = 1u << 31;   /* x^0 */
    uint32_t base = 1u << 23;    /* x^8 */
    for (uint64_t n = len; n != 0; n >>= 1) {
        if (n & 1)
            power = crc_mult(power, base);
        base = crc_mult(base, base);
    }
    return make_small(crc_mult(power, c1) ^ c2);
}

/* ---- Adler-32 ---------------------------------------------------------- */

#define ADLER_BASE 65521u
/* The most bytes zlib adds before reducing (keeps the sums in 32 bits). */
#define ADLER_NMAX 5552

/* One zlib adler32() call: its short paths reduce only as far as they
 * need to, which shows when the start value is not reduced. */
static void adler_chunk(void *state, const uint8_t *p, size_t n)
{
    uint32_t v = *(uint32_t *)state;
    uint32_t a = v & 0xffff, b = v >> 16;
    if (n == 1) {
        a += p[0];
        if (a >= ADLER_BASE)
            a -= ADLER_BASE;
        b += a;
        if (b >= ADLER_BASE)
            b -= ADLER_BASE;
    } else if (n < 16) {
        for (size_t i = 0; i < n; i++) {
            a += p[i];
            b += a;
        }
        if (a >= ADLER_BASE)
            a -= ADLER_BASE;
        b %= ADLER_BASE;
    } else {
        while (n > 0) {
            size_t k = n < ADLER_NMAX ? n : ADLER_NMAX;
            n -= k;
            while (k-- > 0) {
                a += *p++;
                b += a;
            }
            a %= ADLER_BASE;
            b %= ADLER_BASE;
        }
    }
    *(uint32_t *)state = b << 16 | a;
}

static Term adler32_of(Process *p, uint32_t sum, Term data)
{
    if (!feed_iodata(data, adler_chunk, &sum))
        return bif_badarg(p);
    return make_small(sum);
}

Term bif_digest_adler32_1(Process *p, const Term *args)
{
    return adler32_of(p, 1, args[0]);
}

Term bif_digest_adler32_2(Process *p, const Term *args)
{
    uint32_t sum;
    if (!get_u32(args[0], &sum))
        return bif_badarg(p);
    return adler32_of(p, sum, args[1]);
}

/* adler32(A ++ B): starting B's sums from A's instead of from (1, 0) adds
 * a1 - 1 to the first sum and len * (a1 - 1) to the second.  The reduction
 * steps are zlib's, so unreduced inputs give zlib's answers; a length of
 * 0 gives the first checksum (the BEAM's special case). */
Term bif_digest_adler32_combine_3(Process *p, const Term *args)
{
    uint32_t s1, s2, len;
    if (!get_u32(args[0], &s1) || !get_u32(args[1], &s2) ||
        !get_u32(args[2], &len))
        return bif_badarg(p);
    if (len == 0)
        return make_small(s1);
    uint32_t rem = len % ADLER_BASE;
    uint32_t a1 = s1 & 0xffff, b1 = s1 >> 16;
    uint32_t a2 = s2 & 0xffff, b2 = s2 >> 16;
    /* a = a1 + a2 - 1; b = b1 + b2 + rem * (a1 - 1), kept non-negative by
     * adding multiples of the base. */
    uint32_t a = a1 + a2 + ADLER_BASE - 1;
    uint32_t b = (uint32_t)(((uint64_t)rem * a1) % ADLER_BASE) + b1 + b2 +
                 ADLER_BASE - rem;
    if (a >= ADLER_BASE)
        a -= ADLER_BASE;
    if (a >= ADLER_BASE)
        a -= ADLER_BASE;
    if (b >= 2 * ADLER_BASE)
        b -= 2 * ADLER_BASE;
    if (b >= ADLER_BASE)
        b -= ADLER_BASE;
    return make_small(b << 16 | a);
}

/* ---- MD5 (RFC 1321) ------------------------------------------------------ */

#define MD5_CTX_SIZE 88

typedef struct Md5 {
    uint32_t state[4];
    uint64_t bits;
    uint8_t block[64];
} Md5;

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static inline uint32_t rotl(uint32_t x, unsigned s)
{
    return x << s | x >> (32 - s);
}

/* The per-round shift amounts and the sine-derived constants. */
static const uint8_t md5_shift[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
/* K[i] = floor(2^32 * |sin(i + 1)|). */
static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};

static void md5_block(uint32_t st[4], const uint8_t *blk)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = rd32(blk + 4 * i);
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
    for (int i = 0; i < 64; i++) {
        int round = i / 16;
        uint32_t f;
        int g;
        switch (round) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_k[i] + m[g], md5_shift[round][i % 4]);
        a = t;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
}

static void md5_start(Md5 *m)
{
    m->state[0] = 0x67452301;
    m->state[1] = 0xefcdab89;
    m->state[2] = 0x98badcfe;
    m->state[3] = 0x10325476;
    m->bits = 0;
    memset(m->block, 0, sizeof m->block);
}

static void md5_chunk(void *state, const uint8_t *p, size_t n)
{
    Md5 *m = state;
    size_t have = (size_t)(m->bits / 8 % 64);
    m->bits += (uint64_t)n * 8;
    if (have > 0) {
        size_t take = 64 - have < n ? 64 - have : n;
        memcpy(m->block + have, p, take);
        p += take;
        n -= take;
        if (have + take < 64)
            return;
        md5_block(m->state, m->block);
    }
    for (; n >= 64; n -= 64, p += 64)
        md5_block(m->state, p);
    memcpy(m->block, p, n);
}

static Term md5_finish(Md5 *m)
{
    uint64_t bits = m->bits;
    uint8_t pad[72] = {0x80};
    size_t have = (size_t)(bits / 8 % 64);
    size_t npad = have < 56 ? 56 - have : 120 - have;
    uint8_t len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (uint8_t)(bits >> (8 * i));
    md5_chunk(m, pad, npad);
    md5_chunk(m, len, 8);
    uint8_t *out;
    Term bin = binary_alloc(16, &out);
    for (int i = 0; i < 4; i++)
        wr32(out + 4 * i, m->state[i]);
    return bin;
}

/* The context as the BEAM's 88-byte MD5_CTX binary, and back. */
static Term md5_save(const Md5 *m)
{
    uint8_t *out;
    Term bin = binary_alloc(MD5_CTX_SIZE, &out);
    for (int i = 0; i < 4; i++)
        wr32(out + 4 * i, m->state[i]);
    wr32(out + 16, (uint32_t)m->bits);
    wr32(out + 20, (uint32_t)(m->bits >> 32));
    memcpy(out + 24, m->block, 64);
    return bin;
}

static bool md5_load(Term t, Md5 *m)
{
    if (!term_is_box_of(t, BOX_BINARY) ||
        binary_bit_size(t) != (uint64_t)MD5_CTX_SIZE * 8)
        return false;
    uint8_t in[MD5_CTX_SIZE];
    binary_copy_bits(t, 0, (uint64_t)MD5_CTX_SIZE * 8, in);
    for (int i = 0; i < 4; i++)
        m->state[i] = rd32(in + 4 * i);
    m->bits = (uint64_t)rd32(in + 16) | (uint64_t)rd32(in + 20) << 32;
    memcpy(m->block, in + 24, 64);
    return true;
}

Term bif_digest_md5_1(Process *p, const Term *args)
{
    Md5 m;
    md5_start(&m);
    if (!feed_iodata(args[0], md5_chunk, &m))
        return bif_badarg(p);
    return md5_finish(&m);
}

Term bif_digest_md5_init_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    Md5 m;
    md5_start(&m);
    return md5_save(&m);
}

Term bif_digest_md5_update_2(Process *p, const Term *args)
{
    Md5 m;
    if (!md5_load(args[0], &m) || !feed_iodata(args[1], md5_chunk, &m))
        return bif_badarg(p);
    return md5_save(&m);
}

Term bif_digest_md5_final_1(Process *p, const Term *args)
{
    Md5 m;
    if (!md5_load(args[0], &m))
        return bif_badarg(p);
    return md5_finish(&m);
}

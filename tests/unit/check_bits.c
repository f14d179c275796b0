/* check_bits.c - the bit syntax engine: building and matching segments.
 *
 * The construct_cases and match_cases tables were generated with Erlang/OTP
 * 25 from compiled code (one function per type/endianness/sign/unit, with
 * the value and size passed at run time, so nothing is folded by the
 * compiler); the generator is the escript at the end of this file.  Every
 * case is also run at odd bit offsets: construction with a 3-bit segment
 * before and a 5-bit one after, matching on sub-binaries starting at bits
 * 1..7 of their buffer.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../runtime/arith.h"
#include "../../runtime/bignum.h"
#include "../../runtime/binary.h"
#include "../../runtime/bits.h"

typedef struct CCase {
    BitsType type;
    uint32_t flags, unit;
    const char *value, *size, *expect; /* expect: "HEX:BITS" or "!reason" */
} CCase;

typedef struct MCase {
    BitsType type;
    uint32_t flags, unit;
    const char *input, *size, *expect; /* "VALUE REST" or "nomatch" */
} MCase;

/* ---- helpers -------------------------------------------------------- */

static int hexval(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* A bitstring from "HEX:BITS". */
static Term parse_bits(const char *s, size_t len)
{
    const char *colon = memchr(s, ':', len);
    ck_assert(colon != NULL);
    size_t nhex = (size_t)(colon - s);
    uint8_t *bytes = malloc(nhex / 2 + 1);
    for (size_t i = 0; i + 1 < nhex; i += 2)
        bytes[i / 2] = (uint8_t)(hexval(s[i]) << 4 | hexval(s[i + 1]));
    uint64_t nbits = strtoull(colon + 1, NULL, 10);
    Term t = binary_from_bits(bytes, nbits);
    free(bytes);
    return t;
}

/* A term from "i:123", "f:1.5", "b:HEX:BITS", "a:name", "l:N" ([N]). */
static Term parse_value(const char *s, size_t len)
{
    ck_assert(len >= 2 && s[1] == ':');
    const char *p = s + 2;
    size_t n = len - 2;
    char buf[512];
    switch (s[0]) {
    case 'i': {
        Term t = bignum_from_string(p, n, 10);
        ck_assert(t != NONE);
        return t;
    }
    case 'f':
        ck_assert(n < sizeof buf);
        memcpy(buf, p, n);
        buf[n] = 0;
        return make_float(strtod(buf, NULL));
    case 'b':
        return parse_bits(p, n);
    case 'a':
        return atom_intern(p, n);
    case 'l':
        ck_assert(n < sizeof buf);
        memcpy(buf, p, n);
        buf[n] = 0;
        return make_cons(make_small(atoll(buf)), NIL);
    }
    ck_abort_msg("bad value spec %s", s);
    return NONE;
}

static Term parse_size(const char *s)
{
    if (!strcmp(s, "undefined"))
        return ATOM_undefined;
    return parse_value(s, strlen(s));
}

/* Bits [from, from + n) of a and b are equal (read with binary.c). */
static bool same_bits(Term a, uint64_t afrom, Term b, uint64_t bfrom,
                      uint64_t n)
{
    for (uint64_t i = 0; i < n; i += 8) {
        uint8_t x = binary_get_byte(a, afrom + i);
        uint8_t y = binary_get_byte(b, bfrom + i);
        if (n - i < 8) {
            uint8_t mask = (uint8_t)(0xFF << (8 - (n - i)));
            x &= mask;
            y &= mask;
        }
        if (x != y)
            return false;
    }
    return true;
}

static bool same_bitstring(Term a, Term b)
{
    return term_is_bitstring(a) && term_is_bitstring(b) &&
           binary_bit_size(a) == binary_bit_size(b) &&
           same_bits(a, 0, b, 0, binary_bit_size(a));
}

/* Exact equality of integers, floats (bit for bit) and bitstrings. */
static bool same_value(Term a, Term b)
{
    if (term_is_integer(a) && term_is_integer(b))
        return bignum_compare(a, b) == 0;
    if (term_is_float(a) && term_is_float(b))
        return memcmp(&float_val(a), &float_val(b), sizeof(double)) == 0;
    if (term_is_bitstring(a) && term_is_bitstring(b))
        return same_bitstring(a, b);
    return false;
}

static void show(Term t, char *out, size_t n)
{
    if (term_is_bitstring(t)) {
        size_t k = 0;
        uint64_t bits = binary_bit_size(t);
        for (uint64_t i = 0; i < bits && k + 4 < n; i += 8)
            k += (size_t)snprintf(out + k, n - k, "%02x",
                                  binary_get_byte(t, i));
        snprintf(out + k, n - k, ":%llu", (unsigned long long)bits);
    } else if (term_is_float(t)) {
        snprintf(out, n, "f:%.17g", float_val(t));
    } else if (term_is_integer(t)) {
        StrBuf sb;
        strbuf_init(&sb);
        bignum_to_string(t, 10, &sb);
        snprintf(out, n, "i:%.*s", (int)sb.len, sb.data);
    } else {
        snprintf(out, n, "?");
    }
}

/* A copy of bitstring t that starts at bit `shift` of its buffer. */
static Term shifted(Term t, unsigned shift)
{
    uint8_t junk = 0xA5;
    Term pre = binary_from_bits(&junk, shift);
    uint64_t n = binary_bit_size(t);
    uint8_t *bytes = malloc((size_t)(n / 8 + 1));
    binary_copy_bits(t, 0, n, bytes);
    Term all = binary_append_bits(pre, bytes, n);
    free(bytes);
    return binary_sub(all, shift, n);
}

static BitsSeg seg(BitsType type, uint32_t flags, uint32_t unit, Term value,
                   Term size)
{
    BitsSeg s = {type, flags, unit, value, size};
    return s;
}

/* ---- generated by the escript at the end of this file ---- */

static const CCase construct_cases[] = {
    {BITS_INTEGER, 0, 1, "i:0", "undefined", "00:8"},
    {BITS_INTEGER, 0, 1, "i:0", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:0", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:0", "i:3", "00:3"},
    {BITS_INTEGER, 0, 1, "i:0", "i:8", "00:8"},
    {BITS_INTEGER, 0, 1, "i:0", "i:12", "0000:12"},
    {BITS_INTEGER, 0, 1, "i:0", "i:13", "0000:13"},
    {BITS_INTEGER, 0, 1, "i:0", "i:31", "00000000:31"},
    {BITS_INTEGER, 0, 1, "i:0", "i:60", "0000000000000000:60"},
    {BITS_INTEGER, 0, 1, "i:0", "i:64", "0000000000000000:64"},
    {BITS_INTEGER, 0, 1, "i:0", "i:65", "000000000000000000:65"},
    {BITS_INTEGER, 0, 1, "i:0", "i:75", "00000000000000000000:75"},
    {BITS_INTEGER, 0, 1, "i:0", "i:101", "00000000000000000000000000:101"},
    {BITS_INTEGER, 0, 1, "i:0", "i:205", "0000000000000000000000000000000000000000000000000000:205"},
    {BITS_INTEGER, 0, 1, "i:0", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:0", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:0", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:0", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:1", "undefined", "01:8"},
    {BITS_INTEGER, 0, 1, "i:1", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:1", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:1", "i:3", "20:3"},
    {BITS_INTEGER, 0, 1, "i:1", "i:8", "01:8"},
    {BITS_INTEGER, 0, 1, "i:1", "i:12", "0010:12"},
    {BITS_INTEGER, 0, 1, "i:1", "i:13", "0008:13"},
    {BITS_INTEGER, 0, 1, "i:1", "i:31", "00000002:31"},
    {BITS_INTEGER, 0, 1, "i:1", "i:60", "0000000000000010:60"},
    {BITS_INTEGER, 0, 1, "i:1", "i:64", "0000000000000001:64"},
    {BITS_INTEGER, 0, 1, "i:1", "i:65", "000000000000000080:65"},
    {BITS_INTEGER, 0, 1, "i:1", "i:75", "00000000000000000020:75"},
    {BITS_INTEGER, 0, 1, "i:1", "i:101", "00000000000000000000000008:101"},
    {BITS_INTEGER, 0, 1, "i:1", "i:205", "0000000000000000000000000000000000000000000000000008:205"},
    {BITS_INTEGER, 0, 1, "i:1", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:1", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:1", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:1", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1", "undefined", "ff:8"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:3", "e0:3"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:8", "ff:8"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:12", "fff0:12"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:13", "fff8:13"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:31", "fffffffe:31"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:60", "fffffffffffffff0:60"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:64", "ffffffffffffffff:64"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:65", "ffffffffffffffff80:65"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:75", "ffffffffffffffffffe0:75"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:101", "fffffffffffffffffffffffff8:101"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:205", "fffffffffffffffffffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-1", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:5", "undefined", "05:8"},
    {BITS_INTEGER, 0, 1, "i:5", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:5", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:5", "i:3", "a0:3"},
    {BITS_INTEGER, 0, 1, "i:5", "i:8", "05:8"},
    {BITS_INTEGER, 0, 1, "i:5", "i:12", "0050:12"},
    {BITS_INTEGER, 0, 1, "i:5", "i:13", "0028:13"},
    {BITS_INTEGER, 0, 1, "i:5", "i:31", "0000000a:31"},
    {BITS_INTEGER, 0, 1, "i:5", "i:60", "0000000000000050:60"},
    {BITS_INTEGER, 0, 1, "i:5", "i:64", "0000000000000005:64"},
    {BITS_INTEGER, 0, 1, "i:5", "i:65", "000000000000000280:65"},
    {BITS_INTEGER, 0, 1, "i:5", "i:75", "000000000000000000a0:75"},
    {BITS_INTEGER, 0, 1, "i:5", "i:101", "00000000000000000000000028:101"},
    {BITS_INTEGER, 0, 1, "i:5", "i:205", "0000000000000000000000000000000000000000000000000028:205"},
    {BITS_INTEGER, 0, 1, "i:5", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:5", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:5", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:5", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:128", "undefined", "80:8"},
    {BITS_INTEGER, 0, 1, "i:128", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:128", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:128", "i:3", "00:3"},
    {BITS_INTEGER, 0, 1, "i:128", "i:8", "80:8"},
    {BITS_INTEGER, 0, 1, "i:128", "i:12", "0800:12"},
    {BITS_INTEGER, 0, 1, "i:128", "i:13", "0400:13"},
    {BITS_INTEGER, 0, 1, "i:128", "i:31", "00000100:31"},
    {BITS_INTEGER, 0, 1, "i:128", "i:60", "0000000000000800:60"},
    {BITS_INTEGER, 0, 1, "i:128", "i:64", "0000000000000080:64"},
    {BITS_INTEGER, 0, 1, "i:128", "i:65", "000000000000004000:65"},
    {BITS_INTEGER, 0, 1, "i:128", "i:75", "00000000000000001000:75"},
    {BITS_INTEGER, 0, 1, "i:128", "i:101", "00000000000000000000000400:101"},
    {BITS_INTEGER, 0, 1, "i:128", "i:205", "0000000000000000000000000000000000000000000000000400:205"},
    {BITS_INTEGER, 0, 1, "i:128", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:128", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:128", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:128", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-128", "undefined", "80:8"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:3", "00:3"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:8", "80:8"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:12", "f800:12"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:13", "fc00:13"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:31", "ffffff00:31"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:60", "fffffffffffff800:60"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:64", "ffffffffffffff80:64"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:65", "ffffffffffffffc000:65"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:75", "fffffffffffffffff000:75"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:101", "fffffffffffffffffffffffc00:101"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:205", "fffffffffffffffffffffffffffffffffffffffffffffffffc00:205"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-128", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-128", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:2748", "undefined", "bc:8"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:3", "80:3"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:8", "bc:8"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:12", "abc0:12"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:13", "55e0:13"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:31", "00001578:31"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:60", "000000000000abc0:60"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:64", "0000000000000abc:64"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:65", "000000000000055e00:65"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:75", "00000000000000015780:75"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:101", "000000000000000000000055e0:101"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:205", "00000000000000000000000000000000000000000000000055e0:205"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:2748", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:2748", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-2748", "undefined", "44:8"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:3", "80:3"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:8", "44:8"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:12", "5440:12"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:13", "aa20:13"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:31", "ffffea88:31"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:60", "ffffffffffff5440:60"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:64", "fffffffffffff544:64"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:65", "fffffffffffffaa200:65"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:75", "fffffffffffffffea880:75"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:101", "ffffffffffffffffffffffaa20:101"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:205", "ffffffffffffffffffffffffffffffffffffffffffffffffaa20:205"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-2748", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-2748", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "undefined", "77:8"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:3", "e0:3"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:8", "77:8"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:12", "8770:12"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:13", "c3b8:13"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:31", "b97530ee:31"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:60", "ffffffedcba98770:60"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:64", "fffffffedcba9877:64"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:65", "ffffffff6e5d4c3b80:65"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:75", "ffffffffffdb97530ee0:75"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:101", "fffffffffffffffff6e5d4c3b8:101"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:205", "fffffffffffffffffffffffffffffffffffffffffff6e5d4c3b8:205"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-4886718345", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "undefined", "ff:8"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:3", "e0:3"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:8", "ff:8"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:12", "fff0:12"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:13", "fff8:13"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:31", "fffffffe:31"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:60", "7ffffffffffffff0:60"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:64", "07ffffffffffffff:64"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:65", "03ffffffffffffff80:65"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:75", "0000ffffffffffffffe0:75"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:101", "00000000003ffffffffffffff8:101"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:205", "0000000000000000000000000000000000003ffffffffffffff8:205"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:576460752303423487", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "undefined", "00:8"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:3", "00:3"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:8", "00:8"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:12", "0000:12"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:13", "0000:13"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:31", "00000000:31"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:60", "8000000000000000:60"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:64", "f800000000000000:64"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:65", "fc0000000000000000:65"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:75", "ffff0000000000000000:75"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:101", "ffffffffffc000000000000000:101"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:205", "ffffffffffffffffffffffffffffffffffffc000000000000000:205"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-576460752303423488", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "undefined", "ff:8"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:3", "e0:3"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:8", "ff:8"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:12", "fff0:12"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:13", "fff8:13"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:31", "fffffffe:31"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:60", "fffffffffffffff0:60"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:64", "ffffffffffffffff:64"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:65", "7fffffffffffffff80:65"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:75", "001fffffffffffffffe0:75"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:101", "0000000007fffffffffffffff8:101"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:205", "000000000000000000000000000000000007fffffffffffffff8:205"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:18446744073709551615", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "undefined", "00:8"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:3", "00:3"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:8", "00:8"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:12", "0000:12"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:13", "0000:13"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:31", "00000000:31"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:60", "0000000000000000:60"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:64", "8000000000000000:64"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:65", "c00000000000000000:65"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:75", "fff00000000000000000:75"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:101", "fffffffffc0000000000000000:101"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:205", "fffffffffffffffffffffffffffffffffffc0000000000000000:205"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-9223372036854775808", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "undefined", "d2:8"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:3", "40:3"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:8", "d2:8"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:12", "ad20:12"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:13", "5690:13"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:31", "d63e15a4:31"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:60", "b54a98ceb1f0ad20:60"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:64", "ab54a98ceb1f0ad2:64"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:65", "55aa54c6758f856900:65"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:75", "00156a95319d63e15a40:75"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:101", "80000000055aa54c6758f85690:101"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:205", "0000000000000000000000000080000000055aa54c6758f85690:205"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:1267650600240575080397937773266", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "undefined", "2e:8"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:3", "c0:3"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:8", "2e:8"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:12", "52e0:12"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:13", "a970:13"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:31", "29c1ea5c:31"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:60", "4ab567314e0f52e0:60"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:64", "54ab567314e0f52e:64"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:65", "aa55ab398a707a9700:65"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:75", "ffea956ace629c1ea5c0:75"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:101", "7ffffffffaa55ab398a707a970:101"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:205", "ffffffffffffffffffffffffff7ffffffffaa55ab398a707a970:205"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-1267650600240575080397937773266", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "undefined", "01:8"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:1", "80:1"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:3", "20:3"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:8", "01:8"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:12", "0010:12"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:13", "0008:13"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:31", "00000002:31"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:60", "0000000000000010:60"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:64", "0000000000000001:64"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:65", "000000000000000080:65"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:75", "00000000000000000020:75"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:101", "00000000000000000000000008:101"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:205", "f800000000000000000000000000000000000000000000000008:205"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "undefined", "00:8"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:0", ":0"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:1", "00:1"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:3", "00:3"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:8", "00:8"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:12", "0000:12"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:13", "0000:13"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:31", "00000000:31"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:60", "0000000000000000:60"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:64", "0000000000000000:64"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:65", "000000000000000000:65"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:75", "00000000000000000000:75"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:101", "00000000000000000000000000:101"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:205", "fffffffffffffffffff800000000000000000000000000000000:205"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "i:-340282366920938463463374607431768211456", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "undefined", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:0", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:1", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:3", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:8", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:12", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:13", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:31", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:60", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:64", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:65", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:75", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:101", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:205", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "f:1.0", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "undefined", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:0", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:1", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:3", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:8", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:12", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:13", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:31", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:60", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:64", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:65", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:75", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:101", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:205", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:-1", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "a:a", "!badarg"},
    {BITS_INTEGER, 0, 1, "a:a", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, 0, 1, "a:a", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "undefined", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:3", "00:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:8", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:12", "0000:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:13", "0000:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:31", "00000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:60", "0000000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:64", "0000000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:65", "000000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:75", "00000000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:101", "00000000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:205", "0000000000000000000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:0", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "undefined", "01:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:3", "20:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:8", "01:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:12", "0100:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:13", "0100:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:31", "01000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:60", "0100000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:64", "0100000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:65", "010000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:75", "01000000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:101", "01000000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:205", "0100000000000000000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "undefined", "ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:3", "e0:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:8", "ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:12", "fff0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:13", "fff8:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:31", "fffffffe:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:60", "fffffffffffffff0:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:64", "ffffffffffffffff:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:65", "ffffffffffffffff80:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:75", "ffffffffffffffffffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:101", "fffffffffffffffffffffffff8:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:205", "fffffffffffffffffffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "undefined", "05:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:3", "a0:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:8", "05:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:12", "0500:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:13", "0500:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:31", "05000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:60", "0500000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:64", "0500000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:65", "050000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:75", "05000000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:101", "05000000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:205", "0500000000000000000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:5", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "undefined", "80:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:3", "00:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:8", "80:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:12", "8000:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:13", "8000:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:31", "80000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:60", "8000000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:64", "8000000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:65", "800000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:75", "80000000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:101", "80000000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:205", "8000000000000000000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:128", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "undefined", "80:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:3", "00:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:8", "80:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:12", "80f0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:13", "80f8:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:31", "80fffffe:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:60", "80fffffffffffff0:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:64", "80ffffffffffffff:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:65", "80ffffffffffffff80:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:75", "80ffffffffffffffffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:101", "80fffffffffffffffffffffff8:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:205", "80fffffffffffffffffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-128", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "undefined", "bc:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:3", "80:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:8", "bc:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:12", "bca0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:13", "bc50:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:31", "bc0a0000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:60", "bc0a000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:64", "bc0a000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:65", "bc0a00000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:75", "bc0a0000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:101", "bc0a0000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:205", "bc0a000000000000000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:2748", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "undefined", "44:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:3", "80:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:8", "44:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:12", "4450:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:13", "44a8:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:31", "44f5fffe:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:60", "44f5fffffffffff0:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:64", "44f5ffffffffffff:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:65", "44f5ffffffffffff80:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:75", "44f5ffffffffffffffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:101", "44f5fffffffffffffffffffff8:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:205", "44f5fffffffffffffffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-2748", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "undefined", "77:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:3", "e0:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:8", "77:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:12", "7780:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:13", "77c0:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:31", "7798bab8:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:60", "7798badcfefffff0:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:64", "7798badcfeffffff:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:65", "7798badcfeffffff80:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:75", "7798badcfeffffffffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:101", "7798badcfefffffffffffffff8:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:205", "7798badcfefffffffffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-4886718345", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "undefined", "ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:3", "e0:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:8", "ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:12", "fff0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:13", "fff8:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:31", "fffffffe:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:60", "ffffffffffffff70:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:64", "ffffffffffffff07:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:65", "ffffffffffffff0700:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:75", "ffffffffffffff070000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:101", "ffffffffffffff070000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:205", "ffffffffffffff07000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:576460752303423487", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "undefined", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:3", "00:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:8", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:12", "0000:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:13", "0000:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:31", "00000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:60", "0000000000000080:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:64", "00000000000000f8:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:65", "00000000000000f880:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:75", "00000000000000f8ffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:101", "00000000000000f8fffffffff8:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:205", "00000000000000f8fffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-576460752303423488", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "undefined", "ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:3", "e0:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:8", "ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:12", "fff0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:13", "fff8:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:31", "fffffffe:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:60", "fffffffffffffff0:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:64", "ffffffffffffffff:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:65", "ffffffffffffffff00:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:75", "ffffffffffffffff0000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:101", "ffffffffffffffff0000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:205", "ffffffffffffffff000000000000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:18446744073709551615", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "undefined", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:3", "00:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:8", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:12", "0000:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:13", "0000:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:31", "00000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:60", "0000000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:64", "0000000000000080:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:65", "000000000000008080:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:75", "0000000000000080ffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:101", "0000000000000080fffffffff8:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:205", "0000000000000080fffffffffffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-9223372036854775808", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "undefined", "d2:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:3", "40:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:8", "d2:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:12", "d2a0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:13", "d250:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:31", "d20a1fd6:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:60", "d20a1feb8ca954b0:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:64", "d20a1feb8ca954ab:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:65", "d20a1feb8ca954ab00:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:75", "d20a1feb8ca954ab0000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:101", "d20a1feb8ca954ab0000000080:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:205", "d20a1feb8ca954ab000000001000000000000000000000000000:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:1267650600240575080397937773266", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "undefined", "2e:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:3", "c0:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:8", "2e:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:12", "2e50:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:13", "2ea8:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:31", "2ef5e028:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:60", "2ef5e0147356ab40:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:64", "2ef5e0147356ab54:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:65", "2ef5e0147356ab5480:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:75", "2ef5e0147356ab54ffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:101", "2ef5e0147356ab54ffffffff78:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:205", "2ef5e0147356ab54ffffffffeffffffffffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "undefined", "01:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:1", "80:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:3", "20:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:8", "01:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:12", "0100:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:13", "0100:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:31", "01000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:60", "0100000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:64", "0100000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:65", "010000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:75", "01000000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:101", "01000000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:205", "01000000000000000000000000000000000000000000000000f8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-1606938044258990275541962092341162602522202993782792835301375", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "undefined", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:0", ":0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:1", "00:1"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:3", "00:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:8", "00:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:12", "0000:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:13", "0000:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:31", "00000000:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:60", "0000000000000000:60"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:64", "0000000000000000:64"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:65", "000000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:75", "00000000000000000000:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:101", "00000000000000000000000000:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:205", "00000000000000000000000000000000fffffffffffffffffff8:205"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "i:-340282366920938463463374607431768211456", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "undefined", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:0", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:3", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:8", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:12", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:13", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:31", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:60", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:64", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:65", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:75", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:101", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:205", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f:1.0", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "undefined", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:0", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:3", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:8", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:12", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:13", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:31", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:60", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:64", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:65", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:75", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:101", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:205", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:-1", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "a:a", "!badarg"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:576460752303423488", "!system_limit"},
    {BITS_INTEGER, BITS_LITTLE, 1, "a:a", "i:-18446744073709551616", "!badarg"},
    {BITS_INTEGER, 0, 3, "i:-1", "i:1", "e0:3"},
    {BITS_INTEGER, 0, 3, "i:-1", "i:3", "ff80:9"},
    {BITS_INTEGER, 0, 3, "i:-1", "i:5", "fffe:15"},
    {BITS_INTEGER, 0, 3, "i:5", "i:1", "a0:3"},
    {BITS_INTEGER, 0, 3, "i:5", "i:3", "0280:9"},
    {BITS_INTEGER, 0, 3, "i:5", "i:5", "000a:15"},
    {BITS_INTEGER, 0, 3, "i:2748", "i:1", "80:3"},
    {BITS_INTEGER, 0, 3, "i:2748", "i:3", "5e00:9"},
    {BITS_INTEGER, 0, 3, "i:2748", "i:5", "1578:15"},
    {BITS_INTEGER, 0, 3, "i:-1267650600240575080397937773266", "i:1", "c0:3"},
    {BITS_INTEGER, 0, 3, "i:-1267650600240575080397937773266", "i:3", "9700:9"},
    {BITS_INTEGER, 0, 3, "i:-1267650600240575080397937773266", "i:5", "ea5c:15"},
    {BITS_INTEGER, 0, 16, "i:-1", "i:1", "ffff:16"},
    {BITS_INTEGER, 0, 16, "i:-1", "i:3", "ffffffffffff:48"},
    {BITS_INTEGER, 0, 16, "i:-1", "i:5", "ffffffffffffffffffff:80"},
    {BITS_INTEGER, 0, 16, "i:5", "i:1", "0005:16"},
    {BITS_INTEGER, 0, 16, "i:5", "i:3", "000000000005:48"},
    {BITS_INTEGER, 0, 16, "i:5", "i:5", "00000000000000000005:80"},
    {BITS_INTEGER, 0, 16, "i:2748", "i:1", "0abc:16"},
    {BITS_INTEGER, 0, 16, "i:2748", "i:3", "000000000abc:48"},
    {BITS_INTEGER, 0, 16, "i:2748", "i:5", "00000000000000000abc:80"},
    {BITS_INTEGER, 0, 16, "i:-1267650600240575080397937773266", "i:1", "f52e:16"},
    {BITS_INTEGER, 0, 16, "i:-1267650600240575080397937773266", "i:3", "567314e0f52e:48"},
    {BITS_INTEGER, 0, 16, "i:-1267650600240575080397937773266", "i:5", "ffff54ab567314e0f52e:80"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:-1", "i:1", "e0:3"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:-1", "i:3", "ff80:9"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:-1", "i:5", "fffe:15"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:5", "i:1", "a0:3"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:5", "i:3", "0500:9"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:5", "i:5", "0500:15"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:2748", "i:1", "80:3"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:2748", "i:3", "bc00:9"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:2748", "i:5", "bc14:15"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:-1267650600240575080397937773266", "i:1", "c0:3"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:-1267650600240575080397937773266", "i:3", "2e80:9"},
    {BITS_INTEGER, BITS_LITTLE, 3, "i:-1267650600240575080397937773266", "i:5", "2eea:15"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:-1", "i:1", "ffff:16"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:-1", "i:3", "ffffffffffff:48"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:-1", "i:5", "ffffffffffffffffffff:80"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:5", "i:1", "0500:16"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:5", "i:3", "050000000000:48"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:5", "i:5", "05000000000000000000:80"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:2748", "i:1", "bc0a:16"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:2748", "i:3", "bc0a00000000:48"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:2748", "i:5", "bc0a0000000000000000:80"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:-1267650600240575080397937773266", "i:1", "2ef5:16"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:-1267650600240575080397937773266", "i:3", "2ef5e0147356:48"},
    {BITS_INTEGER, BITS_LITTLE, 16, "i:-1267650600240575080397937773266", "i:5", "2ef5e0147356ab54ffff:80"},
    {BITS_FLOAT, 0, 1, "f:0.0", "undefined", "0000000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:0.0", "i:16", "0000:16"},
    {BITS_FLOAT, 0, 1, "f:0.0", "i:32", "00000000:32"},
    {BITS_FLOAT, 0, 1, "f:0.0", "i:64", "0000000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:0.0", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:0.0", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:-0.0", "undefined", "8000000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:-0.0", "i:16", "8000:16"},
    {BITS_FLOAT, 0, 1, "f:-0.0", "i:32", "80000000:32"},
    {BITS_FLOAT, 0, 1, "f:-0.0", "i:64", "8000000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:-0.0", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:-0.0", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.5", "undefined", "3ff8000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:16", "3e00:16"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:32", "3fc00000:32"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:64", "3ff8000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:-1.5", "undefined", "bff8000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:-1.5", "i:16", "be00:16"},
    {BITS_FLOAT, 0, 1, "f:-1.5", "i:32", "bfc00000:32"},
    {BITS_FLOAT, 0, 1, "f:-1.5", "i:64", "bff8000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:-1.5", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:-1.5", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:0.1", "undefined", "3fb999999999999a:64"},
    {BITS_FLOAT, 0, 1, "f:0.1", "i:16", "2e66:16"},
    {BITS_FLOAT, 0, 1, "f:0.1", "i:32", "3dcccccd:32"},
    {BITS_FLOAT, 0, 1, "f:0.1", "i:64", "3fb999999999999a:64"},
    {BITS_FLOAT, 0, 1, "f:0.1", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:0.1", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0e300", "undefined", "7e37e43c8800759c:64"},
    {BITS_FLOAT, 0, 1, "f:1.0e300", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "f:1.0e300", "i:32", "7f800000:32"},
    {BITS_FLOAT, 0, 1, "f:1.0e300", "i:64", "7e37e43c8800759c:64"},
    {BITS_FLOAT, 0, 1, "f:1.0e300", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0e300", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:-1.0e300", "undefined", "fe37e43c8800759c:64"},
    {BITS_FLOAT, 0, 1, "f:-1.0e300", "i:16", "fc00:16"},
    {BITS_FLOAT, 0, 1, "f:-1.0e300", "i:32", "ff800000:32"},
    {BITS_FLOAT, 0, 1, "f:-1.0e300", "i:64", "fe37e43c8800759c:64"},
    {BITS_FLOAT, 0, 1, "f:-1.0e300", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:-1.0e300", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0e-300", "undefined", "01a56e1fc2f8f359:64"},
    {BITS_FLOAT, 0, 1, "f:1.0e-300", "i:16", "0000:16"},
    {BITS_FLOAT, 0, 1, "f:1.0e-300", "i:32", "00000000:32"},
    {BITS_FLOAT, 0, 1, "f:1.0e-300", "i:64", "01a56e1fc2f8f359:64"},
    {BITS_FLOAT, 0, 1, "f:1.0e-300", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0e-300", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:3.4028235677973366e38", "undefined", "47effffff0000000:64"},
    {BITS_FLOAT, 0, 1, "f:3.4028235677973366e38", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "f:3.4028235677973366e38", "i:32", "7f800000:32"},
    {BITS_FLOAT, 0, 1, "f:3.4028235677973366e38", "i:64", "47effffff0000000:64"},
    {BITS_FLOAT, 0, 1, "f:3.4028235677973366e38", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:3.4028235677973366e38", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:65504.0", "undefined", "40effc0000000000:64"},
    {BITS_FLOAT, 0, 1, "f:65504.0", "i:16", "7bff:16"},
    {BITS_FLOAT, 0, 1, "f:65504.0", "i:32", "477fe000:32"},
    {BITS_FLOAT, 0, 1, "f:65504.0", "i:64", "40effc0000000000:64"},
    {BITS_FLOAT, 0, 1, "f:65504.0", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:65504.0", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:65519.0", "undefined", "40effde000000000:64"},
    {BITS_FLOAT, 0, 1, "f:65519.0", "i:16", "7bff:16"},
    {BITS_FLOAT, 0, 1, "f:65519.0", "i:32", "477fef00:32"},
    {BITS_FLOAT, 0, 1, "f:65519.0", "i:64", "40effde000000000:64"},
    {BITS_FLOAT, 0, 1, "f:65519.0", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:65519.0", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:65520.0", "undefined", "40effe0000000000:64"},
    {BITS_FLOAT, 0, 1, "f:65520.0", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "f:65520.0", "i:32", "477ff000:32"},
    {BITS_FLOAT, 0, 1, "f:65520.0", "i:64", "40effe0000000000:64"},
    {BITS_FLOAT, 0, 1, "f:65520.0", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:65520.0", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:6.0e-8", "undefined", "3e701b2b29a4692b:64"},
    {BITS_FLOAT, 0, 1, "f:6.0e-8", "i:16", "0001:16"},
    {BITS_FLOAT, 0, 1, "f:6.0e-8", "i:32", "3380d959:32"},
    {BITS_FLOAT, 0, 1, "f:6.0e-8", "i:64", "3e701b2b29a4692b:64"},
    {BITS_FLOAT, 0, 1, "f:6.0e-8", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:6.0e-8", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:3.0e-8", "undefined", "3e601b2b29a4692b:64"},
    {BITS_FLOAT, 0, 1, "f:3.0e-8", "i:16", "0001:16"},
    {BITS_FLOAT, 0, 1, "f:3.0e-8", "i:32", "3300d959:32"},
    {BITS_FLOAT, 0, 1, "f:3.0e-8", "i:64", "3e601b2b29a4692b:64"},
    {BITS_FLOAT, 0, 1, "f:3.0e-8", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:3.0e-8", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:2.9802322387695312e-8", "undefined", "3e60000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:2.9802322387695312e-8", "i:16", "0000:16"},
    {BITS_FLOAT, 0, 1, "f:2.9802322387695312e-8", "i:32", "33000000:32"},
    {BITS_FLOAT, 0, 1, "f:2.9802322387695312e-8", "i:64", "3e60000000000000:64"},
    {BITS_FLOAT, 0, 1, "f:2.9802322387695312e-8", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:2.9802322387695312e-8", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:2.98023223876953e-8", "undefined", "3e5ffffffffffffc:64"},
    {BITS_FLOAT, 0, 1, "f:2.98023223876953e-8", "i:16", "0000:16"},
    {BITS_FLOAT, 0, 1, "f:2.98023223876953e-8", "i:32", "33000000:32"},
    {BITS_FLOAT, 0, 1, "f:2.98023223876953e-8", "i:64", "3e5ffffffffffffc:64"},
    {BITS_FLOAT, 0, 1, "f:2.98023223876953e-8", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:2.98023223876953e-8", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0e-5", "undefined", "3ee4f8b588e368f1:64"},
    {BITS_FLOAT, 0, 1, "f:1.0e-5", "i:16", "00a8:16"},
    {BITS_FLOAT, 0, 1, "f:1.0e-5", "i:32", "3727c5ac:32"},
    {BITS_FLOAT, 0, 1, "f:1.0e-5", "i:64", "3ee4f8b588e368f1:64"},
    {BITS_FLOAT, 0, 1, "f:1.0e-5", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0e-5", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.00048828125", "undefined", "3ff0020000000000:64"},
    {BITS_FLOAT, 0, 1, "f:1.00048828125", "i:16", "3c00:16"},
    {BITS_FLOAT, 0, 1, "f:1.00048828125", "i:32", "3f801000:32"},
    {BITS_FLOAT, 0, 1, "f:1.00048828125", "i:64", "3ff0020000000000:64"},
    {BITS_FLOAT, 0, 1, "f:1.00048828125", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.00048828125", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0004882812509095", "undefined", "3ff0020000001000:64"},
    {BITS_FLOAT, 0, 1, "f:1.0004882812509095", "i:16", "3c01:16"},
    {BITS_FLOAT, 0, 1, "f:1.0004882812509095", "i:32", "3f801000:32"},
    {BITS_FLOAT, 0, 1, "f:1.0004882812509095", "i:64", "3ff0020000001000:64"},
    {BITS_FLOAT, 0, 1, "f:1.0004882812509095", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.0004882812509095", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:0", "undefined", "0000000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:0", "i:16", "0000:16"},
    {BITS_FLOAT, 0, 1, "i:0", "i:32", "00000000:32"},
    {BITS_FLOAT, 0, 1, "i:0", "i:64", "0000000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:0", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:0", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:-3", "undefined", "c008000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:-3", "i:16", "c200:16"},
    {BITS_FLOAT, 0, 1, "i:-3", "i:32", "c0400000:32"},
    {BITS_FLOAT, 0, 1, "i:-3", "i:64", "c008000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:-3", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:-3", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:65520", "undefined", "40effe0000000000:64"},
    {BITS_FLOAT, 0, 1, "i:65520", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "i:65520", "i:32", "477ff000:32"},
    {BITS_FLOAT, 0, 1, "i:65520", "i:64", "40effe0000000000:64"},
    {BITS_FLOAT, 0, 1, "i:65520", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:65520", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:16777217", "undefined", "4170000010000000:64"},
    {BITS_FLOAT, 0, 1, "i:16777217", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "i:16777217", "i:32", "4b800000:32"},
    {BITS_FLOAT, 0, 1, "i:16777217", "i:64", "4170000010000000:64"},
    {BITS_FLOAT, 0, 1, "i:16777217", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:16777217", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:18014399583223809", "undefined", "4350000010000000:64"},
    {BITS_FLOAT, 0, 1, "i:18014399583223809", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "i:18014399583223809", "i:32", "5a800001:32"},
    {BITS_FLOAT, 0, 1, "i:18014399583223809", "i:64", "4350000010000000:64"},
    {BITS_FLOAT, 0, 1, "i:18014399583223809", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:18014399583223809", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:576460752303423487", "undefined", "43a0000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:576460752303423487", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "i:576460752303423487", "i:32", "5d000000:32"},
    {BITS_FLOAT, 0, 1, "i:576460752303423487", "i:64", "43a0000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:576460752303423487", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:576460752303423487", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:-1267650600240575080397937773266", "undefined", "c63000000000ab55:64"},
    {BITS_FLOAT, 0, 1, "i:-1267650600240575080397937773266", "i:16", "fc00:16"},
    {BITS_FLOAT, 0, 1, "i:-1267650600240575080397937773266", "i:32", "f1800000:32"},
    {BITS_FLOAT, 0, 1, "i:-1267650600240575080397937773266", "i:64", "c63000000000ab55:64"},
    {BITS_FLOAT, 0, 1, "i:-1267650600240575080397937773266", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:-1267650600240575080397937773266", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "undefined", "7fe0000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:16", "7c00:16"},
    {BITS_FLOAT, 0, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:32", "7f800000:32"},
    {BITS_FLOAT, 0, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:64", "7fe0000000000000:64"},
    {BITS_FLOAT, 0, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "undefined", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:16", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:32", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:64", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:24", "!badarg"},
    {BITS_FLOAT, 0, 1, "a:a", "undefined", "!badarg"},
    {BITS_FLOAT, 0, 1, "a:a", "i:16", "!badarg"},
    {BITS_FLOAT, 0, 1, "a:a", "i:32", "!badarg"},
    {BITS_FLOAT, 0, 1, "a:a", "i:64", "!badarg"},
    {BITS_FLOAT, 0, 1, "a:a", "i:0", "!badarg"},
    {BITS_FLOAT, 0, 1, "a:a", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.0", "undefined", "0000000000000000:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.0", "i:16", "0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.0", "i:32", "00000000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.0", "i:64", "0000000000000000:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.0", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.0", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-0.0", "undefined", "0000000000000080:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-0.0", "i:16", "0080:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-0.0", "i:32", "00000080:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-0.0", "i:64", "0000000000000080:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-0.0", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-0.0", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.5", "undefined", "000000000000f83f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.5", "i:16", "003e:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.5", "i:32", "0000c03f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.5", "i:64", "000000000000f83f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.5", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.5", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.5", "undefined", "000000000000f8bf:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.5", "i:16", "00be:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.5", "i:32", "0000c0bf:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.5", "i:64", "000000000000f8bf:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.5", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.5", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.1", "undefined", "9a9999999999b93f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.1", "i:16", "662e:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.1", "i:32", "cdcccc3d:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.1", "i:64", "9a9999999999b93f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.1", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:0.1", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e300", "undefined", "9c7500883ce4377e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e300", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e300", "i:32", "0000807f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e300", "i:64", "9c7500883ce4377e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e300", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e300", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.0e300", "undefined", "9c7500883ce437fe:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.0e300", "i:16", "00fc:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.0e300", "i:32", "000080ff:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.0e300", "i:64", "9c7500883ce437fe:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.0e300", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:-1.0e300", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-300", "undefined", "59f3f8c21f6ea501:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-300", "i:16", "0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-300", "i:32", "00000000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-300", "i:64", "59f3f8c21f6ea501:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-300", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-300", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.4028235677973366e38", "undefined", "000000f0ffffef47:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.4028235677973366e38", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.4028235677973366e38", "i:32", "0000807f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.4028235677973366e38", "i:64", "000000f0ffffef47:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.4028235677973366e38", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.4028235677973366e38", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65504.0", "undefined", "0000000000fcef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65504.0", "i:16", "ff7b:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65504.0", "i:32", "00e07f47:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65504.0", "i:64", "0000000000fcef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65504.0", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65504.0", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65519.0", "undefined", "00000000e0fdef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65519.0", "i:16", "ff7b:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65519.0", "i:32", "00ef7f47:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65519.0", "i:64", "00000000e0fdef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65519.0", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65519.0", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65520.0", "undefined", "0000000000feef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65520.0", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65520.0", "i:32", "00f07f47:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65520.0", "i:64", "0000000000feef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65520.0", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:65520.0", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:6.0e-8", "undefined", "2b69a4292b1b703e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:6.0e-8", "i:16", "0100:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:6.0e-8", "i:32", "59d98033:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:6.0e-8", "i:64", "2b69a4292b1b703e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:6.0e-8", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:6.0e-8", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.0e-8", "undefined", "2b69a4292b1b603e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.0e-8", "i:16", "0100:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.0e-8", "i:32", "59d90033:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.0e-8", "i:64", "2b69a4292b1b603e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.0e-8", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:3.0e-8", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.9802322387695312e-8", "undefined", "000000000000603e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.9802322387695312e-8", "i:16", "0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.9802322387695312e-8", "i:32", "00000033:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.9802322387695312e-8", "i:64", "000000000000603e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.9802322387695312e-8", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.9802322387695312e-8", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.98023223876953e-8", "undefined", "fcffffffffff5f3e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.98023223876953e-8", "i:16", "0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.98023223876953e-8", "i:32", "00000033:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.98023223876953e-8", "i:64", "fcffffffffff5f3e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.98023223876953e-8", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:2.98023223876953e-8", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-5", "undefined", "f168e388b5f8e43e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-5", "i:16", "a800:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-5", "i:32", "acc52737:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-5", "i:64", "f168e388b5f8e43e:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-5", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0e-5", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.00048828125", "undefined", "000000000002f03f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.00048828125", "i:16", "003c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.00048828125", "i:32", "0010803f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.00048828125", "i:64", "000000000002f03f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.00048828125", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.00048828125", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0004882812509095", "undefined", "001000000002f03f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0004882812509095", "i:16", "013c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0004882812509095", "i:32", "0010803f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0004882812509095", "i:64", "001000000002f03f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0004882812509095", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "f:1.0004882812509095", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:0", "undefined", "0000000000000000:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:0", "i:16", "0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:0", "i:32", "00000000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:0", "i:64", "0000000000000000:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:0", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:0", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-3", "undefined", "00000000000008c0:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-3", "i:16", "00c2:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-3", "i:32", "000040c0:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-3", "i:64", "00000000000008c0:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-3", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-3", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:65520", "undefined", "0000000000feef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:65520", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:65520", "i:32", "00f07f47:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:65520", "i:64", "0000000000feef40:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:65520", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:65520", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:16777217", "undefined", "0000001000007041:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:16777217", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:16777217", "i:32", "0000804b:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:16777217", "i:64", "0000001000007041:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:16777217", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:16777217", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:18014399583223809", "undefined", "0000001000005043:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:18014399583223809", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:18014399583223809", "i:32", "0100805a:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:18014399583223809", "i:64", "0000001000005043:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:18014399583223809", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:18014399583223809", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:576460752303423487", "undefined", "000000000000a043:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:576460752303423487", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:576460752303423487", "i:32", "0000005d:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:576460752303423487", "i:64", "000000000000a043:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:576460752303423487", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:576460752303423487", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "undefined", "55ab0000000030c6:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:16", "00fc:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:32", "000080f1:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:64", "55ab0000000030c6:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:-1267650600240575080397937773266", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "undefined", "000000000000e07f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:16", "007c:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:32", "0000807f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:64", "000000000000e07f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "undefined", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:16", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:32", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:64", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "i:179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "a:a", "undefined", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "a:a", "i:16", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "a:a", "i:32", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "a:a", "i:64", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "a:a", "i:0", "!badarg"},
    {BITS_FLOAT, BITS_LITTLE, 1, "a:a", "i:24", "!badarg"},
    {BITS_FLOAT, BITS_NATIVE, 1, "f:1.5", "i:16", "003e:16"},
    {BITS_FLOAT, BITS_NATIVE, 1, "f:1.5", "i:32", "0000c03f:32"},
    {BITS_FLOAT, BITS_NATIVE, 1, "f:1.5", "i:64", "000000000000f83f:64"},
    {BITS_FLOAT, BITS_NATIVE, 1, "i:-3", "i:16", "00c2:16"},
    {BITS_FLOAT, BITS_NATIVE, 1, "i:-3", "i:32", "000040c0:32"},
    {BITS_FLOAT, BITS_NATIVE, 1, "i:-3", "i:64", "00000000000008c0:64"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:-1", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.5", "a:a", "!badarg"},
    {BITS_FLOAT, 0, 1, "f:1.5", "i:18446744073709551616", "!system_limit"},
    {BITS_FLOAT, 0, 8, "f:1.5", "i:2", "3e00:16"},
    {BITS_FLOAT, 0, 8, "f:1.5", "i:4", "3fc00000:32"},
    {BITS_FLOAT, 0, 8, "f:1.5", "i:8", "3ff8000000000000:64"},
    {BITS_FLOAT, 0, 16, "f:1.5", "i:2", "3fc00000:32"},
    {BITS_FLOAT, 0, 16, "f:1.5", "i:4", "3ff8000000000000:64"},
    {BITS_FLOAT, 0, 16, "f:1.5", "i:8", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "undefined", ":0"},
    {BITS_BINARY, 0, 1, "b::0", "i:0", ":0"},
    {BITS_BINARY, 0, 1, "b::0", "i:1", "!badarg"},
    {BITS_BINARY, 0, 1, "b::0", "i:3", "!badarg"},
    {BITS_BINARY, 0, 1, "b::0", "i:4", "!badarg"},
    {BITS_BINARY, 0, 1, "b::0", "i:12", "!badarg"},
    {BITS_BINARY, 0, 1, "b::0", "i:17", "!badarg"},
    {BITS_BINARY, 0, 1, "b::0", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "b::0", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "undefined", "010203:24"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:0", ":0"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:1", "00:1"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:3", "00:3"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:4", "00:4"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:12", "0100:12"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:17", "010200:17"},
    {BITS_BINARY, 0, 1, "b:010203:24", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "b:010203:24", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "undefined", "01020304:32"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:0", ":0"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:1", "00:1"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:3", "00:3"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:4", "00:4"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:12", "0100:12"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:17", "010200:17"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "b:01020304:32", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "undefined", "!badarg"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:0", ":0"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:1", "80:1"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:3", "a0:3"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:4", "a0:4"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:12", "ab50:12"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:17", "!badarg"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "b:ab50:12", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "undefined", "!badarg"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:0", ":0"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:1", "80:1"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:3", "a0:3"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:4", "!badarg"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:12", "!badarg"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:17", "!badarg"},
    {BITS_BINARY, 0, 1, "b:a0:3", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "b:a0:3", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "undefined", "0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:0", ":0"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:1", "00:1"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:3", "00:3"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:4", "00:4"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:12", "0100:12"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:17", "010200:17"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "undefined", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:0", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:1", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:3", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:4", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:12", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:17", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "a:abc", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "i:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 1, "l:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "undefined", ":0"},
    {BITS_BINARY, 0, 3, "b::0", "i:0", ":0"},
    {BITS_BINARY, 0, 3, "b::0", "i:1", "!badarg"},
    {BITS_BINARY, 0, 3, "b::0", "i:3", "!badarg"},
    {BITS_BINARY, 0, 3, "b::0", "i:4", "!badarg"},
    {BITS_BINARY, 0, 3, "b::0", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "b::0", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "b::0", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "b::0", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "undefined", "010203:24"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:0", ":0"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:1", "00:3"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:3", "0100:9"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:4", "0100:12"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "b:010203:24", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "b:010203:24", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "undefined", "01020304:32"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:0", ":0"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:1", "00:3"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:3", "0100:9"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:4", "0100:12"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "b:01020304:32", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "undefined", "!badarg"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:0", ":0"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:1", "a0:3"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:3", "ab00:9"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:4", "ab50:12"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "b:ab50:12", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "undefined", "!badarg"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:0", ":0"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:1", "a0:3"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:3", "!badarg"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:4", "!badarg"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "b:a0:3", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "b:a0:3", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "undefined", "0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:0", ":0"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:1", "00:3"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:3", "0100:9"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:4", "0100:12"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:12", "0102030400:36"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:17", "01020304050600:51"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "b:0102030405060708090a0b0c0d0e0f1011:136", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "undefined", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:0", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:1", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:3", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:4", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "a:abc", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "i:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 3, "l:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "undefined", ":0"},
    {BITS_BINARY, 0, 8, "b::0", "i:0", ":0"},
    {BITS_BINARY, 0, 8, "b::0", "i:1", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "i:3", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "undefined", "010203:24"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:0", ":0"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:1", "01:8"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:3", "010203:24"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "undefined", "01020304:32"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:0", ":0"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:1", "01:8"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:3", "010203:24"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:4", "01020304:32"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "undefined", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:0", ":0"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:1", "ab:8"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:3", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "undefined", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:0", ":0"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:1", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:3", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "undefined", "0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:0", ":0"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:1", "01:8"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:3", "010203:24"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:4", "01020304:32"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:12", "0102030405060708090a0b0c:96"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:17", "0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "undefined", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:0", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:1", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:3", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b::0", "undefined", ":0"},
    {BITS_BINARY, 0, 16, "b::0", "i:0", ":0"},
    {BITS_BINARY, 0, 16, "b::0", "i:1", "!badarg"},
    {BITS_BINARY, 0, 16, "b::0", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "b::0", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "b::0", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "b::0", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "b::0", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "b::0", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:010203:24", "undefined", "010203:24"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:0", ":0"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:1", "0102:16"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "b:010203:24", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:010203:24", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:01020304:32", "undefined", "01020304:32"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:0", ":0"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:1", "0102:16"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:01020304:32", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:ab50:12", "undefined", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:0", ":0"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:ab50:12", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:a0:3", "undefined", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:0", ":0"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:a0:3", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "b:0102030405060708090a0b0c0d0e0f1011:136", "undefined", "0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:0", ":0"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:1", "0102:16"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:3", "010203040506:48"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:4", "0102030405060708:64"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "b:0102030405060708090a0b0c0d0e0f1011:136", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "a:abc", "undefined", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:0", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:1", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "a:abc", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "i:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "i:1", "a:a", "!badarg"},
    {BITS_BINARY, 0, 8, "l:1", "undefined", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:0", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:1", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:3", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:4", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:12", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:17", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "i:-1", "!badarg"},
    {BITS_BINARY, 0, 16, "l:1", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "undefined", ":0"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:0", ":0"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:3", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:4", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:12", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:17", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b::0", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "undefined", "010203:24"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:0", ":0"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:1", "00:1"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:3", "00:3"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:4", "00:4"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:12", "0100:12"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:17", "010200:17"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:010203:24", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "undefined", "01020304:32"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:0", ":0"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:1", "00:1"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:3", "00:3"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:4", "00:4"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:12", "0100:12"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:17", "010200:17"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:01020304:32", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "undefined", "ab50:12"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:0", ":0"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:1", "80:1"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:3", "a0:3"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:4", "a0:4"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:12", "ab50:12"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:17", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:ab50:12", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "undefined", "a0:3"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:0", ":0"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:1", "80:1"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:3", "a0:3"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:4", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:12", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:17", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:a0:3", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "undefined", "0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:0", ":0"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:1", "00:1"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:3", "00:3"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:4", "00:4"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:12", "0100:12"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:17", "010200:17"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "b:0102030405060708090a0b0c0d0e0f1011:136", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "undefined", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:0", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:3", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:4", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:12", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:17", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "a:abc", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "undefined", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:0", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:3", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:4", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:12", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:17", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "i:1", "a:a", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "undefined", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:0", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:3", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:4", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:12", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:17", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "i:-1", "!badarg"},
    {BITS_BITSTRING, 0, 1, "l:1", "a:a", "!badarg"},
    {BITS_UTF8, 0, 1, "i:0", "undefined", "00:8"},
    {BITS_UTF8, 0, 1, "i:65", "undefined", "41:8"},
    {BITS_UTF8, 0, 1, "i:127", "undefined", "7f:8"},
    {BITS_UTF8, 0, 1, "i:128", "undefined", "c280:16"},
    {BITS_UTF8, 0, 1, "i:2047", "undefined", "dfbf:16"},
    {BITS_UTF8, 0, 1, "i:2048", "undefined", "e0a080:24"},
    {BITS_UTF8, 0, 1, "i:65535", "undefined", "efbfbf:24"},
    {BITS_UTF8, 0, 1, "i:65536", "undefined", "f0908080:32"},
    {BITS_UTF8, 0, 1, "i:1114111", "undefined", "f48fbfbf:32"},
    {BITS_UTF8, 0, 1, "i:55295", "undefined", "ed9fbf:24"},
    {BITS_UTF8, 0, 1, "i:55296", "undefined", "!badarg"},
    {BITS_UTF8, 0, 1, "i:57343", "undefined", "!badarg"},
    {BITS_UTF8, 0, 1, "i:57344", "undefined", "ee8080:24"},
    {BITS_UTF8, 0, 1, "i:1114112", "undefined", "!badarg"},
    {BITS_UTF8, 0, 1, "i:-1", "undefined", "!badarg"},
    {BITS_UTF8, 0, 1, "i:18446744073709551616", "undefined", "!badarg"},
    {BITS_UTF8, 0, 1, "f:65.0", "undefined", "!badarg"},
    {BITS_UTF8, 0, 1, "a:a", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:0", "undefined", "00:8"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:65", "undefined", "41:8"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:127", "undefined", "7f:8"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:128", "undefined", "c280:16"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:2047", "undefined", "dfbf:16"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:2048", "undefined", "e0a080:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:65535", "undefined", "efbfbf:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:65536", "undefined", "f0908080:32"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:1114111", "undefined", "f48fbfbf:32"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:55295", "undefined", "ed9fbf:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:55296", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:57343", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:57344", "undefined", "ee8080:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:1114112", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:-1", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "i:18446744073709551616", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "f:65.0", "undefined", "!badarg"},
    {BITS_UTF8, BITS_LITTLE, 1, "a:a", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "i:0", "undefined", "0000:16"},
    {BITS_UTF16, 0, 1, "i:65", "undefined", "0041:16"},
    {BITS_UTF16, 0, 1, "i:127", "undefined", "007f:16"},
    {BITS_UTF16, 0, 1, "i:128", "undefined", "0080:16"},
    {BITS_UTF16, 0, 1, "i:2047", "undefined", "07ff:16"},
    {BITS_UTF16, 0, 1, "i:2048", "undefined", "0800:16"},
    {BITS_UTF16, 0, 1, "i:65535", "undefined", "ffff:16"},
    {BITS_UTF16, 0, 1, "i:65536", "undefined", "d800dc00:32"},
    {BITS_UTF16, 0, 1, "i:1114111", "undefined", "dbffdfff:32"},
    {BITS_UTF16, 0, 1, "i:55295", "undefined", "d7ff:16"},
    {BITS_UTF16, 0, 1, "i:55296", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "i:57343", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "i:57344", "undefined", "e000:16"},
    {BITS_UTF16, 0, 1, "i:1114112", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "i:-1", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "i:18446744073709551616", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "f:65.0", "undefined", "!badarg"},
    {BITS_UTF16, 0, 1, "a:a", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:0", "undefined", "0000:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:65", "undefined", "4100:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:127", "undefined", "7f00:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:128", "undefined", "8000:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:2047", "undefined", "ff07:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:2048", "undefined", "0008:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:65535", "undefined", "ffff:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:65536", "undefined", "00d800dc:32"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:1114111", "undefined", "ffdbffdf:32"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:55295", "undefined", "ffd7:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:55296", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:57343", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:57344", "undefined", "00e0:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:1114112", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:-1", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "i:18446744073709551616", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "f:65.0", "undefined", "!badarg"},
    {BITS_UTF16, BITS_LITTLE, 1, "a:a", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "i:0", "undefined", "00000000:32"},
    {BITS_UTF32, 0, 1, "i:65", "undefined", "00000041:32"},
    {BITS_UTF32, 0, 1, "i:127", "undefined", "0000007f:32"},
    {BITS_UTF32, 0, 1, "i:128", "undefined", "00000080:32"},
    {BITS_UTF32, 0, 1, "i:2047", "undefined", "000007ff:32"},
    {BITS_UTF32, 0, 1, "i:2048", "undefined", "00000800:32"},
    {BITS_UTF32, 0, 1, "i:65535", "undefined", "0000ffff:32"},
    {BITS_UTF32, 0, 1, "i:65536", "undefined", "00010000:32"},
    {BITS_UTF32, 0, 1, "i:1114111", "undefined", "0010ffff:32"},
    {BITS_UTF32, 0, 1, "i:55295", "undefined", "0000d7ff:32"},
    {BITS_UTF32, 0, 1, "i:55296", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "i:57343", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "i:57344", "undefined", "0000e000:32"},
    {BITS_UTF32, 0, 1, "i:1114112", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "i:-1", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "i:18446744073709551616", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "f:65.0", "undefined", "!badarg"},
    {BITS_UTF32, 0, 1, "a:a", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:0", "undefined", "00000000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:65", "undefined", "41000000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:127", "undefined", "7f000000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:128", "undefined", "80000000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:2047", "undefined", "ff070000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:2048", "undefined", "00080000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:65535", "undefined", "ffff0000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:65536", "undefined", "00000100:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:1114111", "undefined", "ffff1000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:55295", "undefined", "ffd70000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:55296", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:57343", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:57344", "undefined", "00e00000:32"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:1114112", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:-1", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "i:18446744073709551616", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "f:65.0", "undefined", "!badarg"},
    {BITS_UTF32, BITS_LITTLE, 1, "a:a", "undefined", "!badarg"},
    {BITS_UTF16, BITS_NATIVE, 1, "i:65", "undefined", "4100:16"},
    {BITS_UTF16, BITS_NATIVE, 1, "i:65536", "undefined", "00d800dc:32"},
    {BITS_UTF32, BITS_NATIVE, 1, "i:65", "undefined", "41000000:32"},
    {BITS_UTF32, BITS_NATIVE, 1, "i:65536", "undefined", "00000100:32"},
    {BITS_INTEGER, BITS_NATIVE, 1, "i:2748", "i:12", "bca0:12"},
    {BITS_INTEGER, BITS_NATIVE, 1, "i:2748", "i:75", "bc0a0000000000000000:75"},
    {BITS_INTEGER, BITS_NATIVE, 1, "i:-1267650600240575080397937773266", "i:12", "2e50:12"},
    {BITS_INTEGER, BITS_NATIVE, 1, "i:-1267650600240575080397937773266", "i:75", "2ef5e0147356ab54ffe0:75"},
};

static const MCase match_cases[] = {
    {BITS_INTEGER, 0, 1, "bca0:12", "undefined", "i:188 a0:4"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:0", "i:0 bca0:12"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:1", "i:1 7940:11"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:3", "i:5 e500:9"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:7", "i:94 50:5"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:9", "i:377 40:3"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:12", "i:3018 :0"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:13", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:20", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:59", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:60", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:61", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:64", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:65", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:75", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:83", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:160", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:-1", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "a:a", "nomatch"},
    {BITS_INTEGER, 0, 1, "bca0:12", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "undefined", "i:1 02030405060708090a0b0c0d0e0f1011121314:152"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:0", "i:0 0102030405060708090a0b0c0d0e0f1011121314:160"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 020406080a0c0e10121416181a1c1e2022242628:159"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:7", "i:0 8101820283038404850586068707880889098a00:153"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:9", "i:2 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:12", "i:16 2030405060708090a0b0c0d0e0f10111213140:148"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:13", "i:32 406080a0c0e10121416181a1c1e20222426280:147"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:20", "i:4128 30405060708090a0b0c0d0e0f10111213140:140"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:59", "i:2269495618449464 404850586068707880889098a0:101"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:60", "i:4538991236898928 8090a0b0c0d0e0f10111213140:100"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:61", "i:9077982473797857 0121416181a1c1e20222426280:99"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:64", "i:72623859790382856 090a0b0c0d0e0f1011121314:96"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:65", "i:145247719580765712 121416181a1c1e2022242628:95"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:75", "i:148733664850704089160 50586068707880889098a0:85"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:83", "i:38075818201780246825040 586068707880889098a0:77"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:160", "i:5753854965885600108575829560559299546819203860 :0"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:-1", "nomatch"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "a:a", "nomatch"},
    {BITS_INTEGER, 0, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "undefined", "i:128 00000000000000000001:80"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:0", "i:0 8000000000000000000001:88"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:1", "i:1 0000000000000000000002:87"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:3", "i:4 0000000000000000000008:85"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:7", "i:64 0000000000000000000080:81"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:9", "i:256 00000000000000000002:79"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:12", "i:2048 00000000000000000010:76"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:13", "i:4096 00000000000000000020:75"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:20", "i:524288 000000000000000010:68"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:59", "i:288230376151711744 00000008:29"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:60", "i:576460752303423488 00000010:28"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:61", "i:1152921504606846976 00000020:27"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:64", "i:9223372036854775808 000001:24"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:65", "i:18446744073709551616 000002:23"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:75", "i:18889465931478580854784 0008:13"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:83", "i:4835703278458516698824704 08:5"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:160", "nomatch"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:-1", "nomatch"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "a:a", "nomatch"},
    {BITS_INTEGER, 0, 1, "8000000000000000000001:88", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "undefined", "i:255 ffffffffffffffffffffe0:83"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:0", "i:0 ffffffffffffffffffffffe0:91"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:1", "i:1 ffffffffffffffffffffffc0:90"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:3", "i:7 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:7", "i:127 fffffffffffffffffffff0:84"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:9", "i:511 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:12", "i:4095 fffffffffffffffffffe:79"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:13", "i:8191 fffffffffffffffffffc:78"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:20", "i:1048575 fffffffffffffffffe:71"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:59", "i:576460752303423487 ffffffff:32"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:60", "i:1152921504606846975 fffffffe:31"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:61", "i:2305843009213693951 fffffffc:30"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:64", "i:18446744073709551615 ffffffe0:27"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:65", "i:36893488147419103231 ffffffc0:26"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:75", "i:37778931862957161709567 ffff:16"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:83", "i:9671406556917033397649407 ff:8"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:160", "nomatch"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:-1", "nomatch"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "a:a", "nomatch"},
    {BITS_INTEGER, 0, 1, "ffffffffffffffffffffffe0:91", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "undefined", "i:240 00000000000000000000:77"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:0", "i:0 f000000000000000000000:85"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:1", "i:1 e000000000000000000000:84"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:3", "i:7 8000000000000000000000:82"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:7", "i:120 00000000000000000000:78"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:9", "i:480 00000000000000000000:76"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:12", "i:3840 00000000000000000000:73"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:13", "i:7680 000000000000000000:72"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:20", "i:983040 000000000000000000:65"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:59", "i:540431955284459520 00000000:26"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:60", "i:1080863910568919040 00000000:25"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:61", "i:2161727821137838080 000000:24"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:64", "i:17293822569102704640 000000:21"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:65", "i:34587645138205409280 000000:20"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:75", "i:35417748621522339102720 0000:10"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:83", "i:9066943647109718810296320 00:2"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:160", "nomatch"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:-1", "nomatch"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "a:a", "nomatch"},
    {BITS_INTEGER, 0, 1, "f000000000000000000000:85", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "undefined", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:0", "i:0 :0"},
    {BITS_INTEGER, 0, 1, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:7", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:9", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:12", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:13", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:20", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:59", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:60", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:61", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:64", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:65", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:75", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:83", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:160", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:-1", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "a:a", "nomatch"},
    {BITS_INTEGER, 0, 1, ":0", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "undefined", "i:-68 a0:4"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:0", "i:0 bca0:12"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:1", "i:-1 7940:11"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:3", "i:-3 e500:9"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:7", "i:-34 50:5"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:9", "i:-135 40:3"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:12", "i:-1078 :0"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:13", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:20", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:59", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:60", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:61", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:64", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:65", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:75", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:83", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "bca0:12", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "undefined", "i:1 02030405060708090a0b0c0d0e0f1011121314:152"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:0", "i:0 0102030405060708090a0b0c0d0e0f1011121314:160"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 020406080a0c0e10121416181a1c1e2022242628:159"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:7", "i:0 8101820283038404850586068707880889098a00:153"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:9", "i:2 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:12", "i:16 2030405060708090a0b0c0d0e0f10111213140:148"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:13", "i:32 406080a0c0e10121416181a1c1e20222426280:147"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:20", "i:4128 30405060708090a0b0c0d0e0f10111213140:140"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:59", "i:2269495618449464 404850586068707880889098a0:101"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:60", "i:4538991236898928 8090a0b0c0d0e0f10111213140:100"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:61", "i:9077982473797857 0121416181a1c1e20222426280:99"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:64", "i:72623859790382856 090a0b0c0d0e0f1011121314:96"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:65", "i:145247719580765712 121416181a1c1e2022242628:95"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:75", "i:148733664850704089160 50586068707880889098a0:85"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:83", "i:38075818201780246825040 586068707880889098a0:77"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:160", "i:5753854965885600108575829560559299546819203860 :0"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "undefined", "i:-128 00000000000000000001:80"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:0", "i:0 8000000000000000000001:88"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:1", "i:-1 0000000000000000000002:87"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:3", "i:-4 0000000000000000000008:85"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:7", "i:-64 0000000000000000000080:81"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:9", "i:-256 00000000000000000002:79"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:12", "i:-2048 00000000000000000010:76"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:13", "i:-4096 00000000000000000020:75"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:20", "i:-524288 000000000000000010:68"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:59", "i:-288230376151711744 00000008:29"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:60", "i:-576460752303423488 00000010:28"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:61", "i:-1152921504606846976 00000020:27"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:64", "i:-9223372036854775808 000001:24"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:65", "i:-18446744073709551616 000002:23"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:75", "i:-18889465931478580854784 0008:13"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:83", "i:-4835703278458516698824704 08:5"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "8000000000000000000001:88", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "undefined", "i:-1 ffffffffffffffffffffe0:83"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:0", "i:0 ffffffffffffffffffffffe0:91"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:1", "i:-1 ffffffffffffffffffffffc0:90"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:3", "i:-1 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:7", "i:-1 fffffffffffffffffffff0:84"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:9", "i:-1 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:12", "i:-1 fffffffffffffffffffe:79"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:13", "i:-1 fffffffffffffffffffc:78"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:20", "i:-1 fffffffffffffffffe:71"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:59", "i:-1 ffffffff:32"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:60", "i:-1 fffffffe:31"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:61", "i:-1 fffffffc:30"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:64", "i:-1 ffffffe0:27"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:65", "i:-1 ffffffc0:26"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:75", "i:-1 ffff:16"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:83", "i:-1 ff:8"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "undefined", "i:-16 00000000000000000000:77"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:0", "i:0 f000000000000000000000:85"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:1", "i:-1 e000000000000000000000:84"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:3", "i:-1 8000000000000000000000:82"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:7", "i:-8 00000000000000000000:78"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:9", "i:-32 00000000000000000000:76"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:12", "i:-256 00000000000000000000:73"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:13", "i:-512 000000000000000000:72"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:20", "i:-65536 000000000000000000:65"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:59", "i:-36028797018963968 00000000:26"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:60", "i:-72057594037927936 00000000:25"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:61", "i:-144115188075855872 000000:24"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:64", "i:-1152921504606846976 000000:21"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:65", "i:-2305843009213693952 000000:20"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:75", "i:-2361183241434822606848 0000:10"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:83", "i:-604462909807314587353088 00:2"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, "f000000000000000000000:85", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "undefined", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:0", "i:0 :0"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:7", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:9", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:12", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:13", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:20", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:59", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:60", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:61", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:64", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:65", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:75", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:83", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 1, ":0", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "undefined", "i:188 a0:4"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:0", "i:0 bca0:12"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:1", "i:1 7940:11"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:3", "i:5 e500:9"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:7", "i:94 50:5"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:9", "i:444 40:3"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:12", "i:2748 :0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:13", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:20", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:59", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:60", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:61", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:64", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:65", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:75", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:83", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "bca0:12", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "undefined", "i:1 02030405060708090a0b0c0d0e0f1011121314:152"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:0", "i:0 0102030405060708090a0b0c0d0e0f1011121314:160"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 020406080a0c0e10121416181a1c1e2022242628:159"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:7", "i:0 8101820283038404850586068707880889098a00:153"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:9", "i:1 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:12", "i:1 2030405060708090a0b0c0d0e0f10111213140:148"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:13", "i:1 406080a0c0e10121416181a1c1e20222426280:147"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:20", "i:513 30405060708090a0b0c0d0e0f10111213140:140"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:59", "i:1976943448883713 404850586068707880889098a0:101"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:60", "i:1976943448883713 8090a0b0c0d0e0f10111213140:100"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:61", "i:74034537486811649 0121416181a1c1e20222426280:99"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:64", "i:578437695752307201 090a0b0c0d0e0f1011121314:96"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:65", "i:578437695752307201 121416181a1c1e2022242628:95"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:75", "i:166599134359138271745 50586068707880889098a0:85"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:83", "i:47390263963055590408705 586068707880889098a0:77"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:160", "i:114605103402541699037609980192546360895434064385 :0"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "undefined", "i:128 00000000000000000001:80"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:0", "i:0 8000000000000000000001:88"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:1", "i:1 0000000000000000000002:87"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:3", "i:4 0000000000000000000008:85"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:7", "i:64 0000000000000000000080:81"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:9", "i:128 00000000000000000002:79"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:12", "i:128 00000000000000000010:76"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:13", "i:128 00000000000000000020:75"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:20", "i:128 000000000000000010:68"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:59", "i:128 00000008:29"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:60", "i:128 00000010:28"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:61", "i:128 00000020:27"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:64", "i:128 000001:24"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:65", "i:128 000002:23"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:75", "i:128 0008:13"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:83", "i:128 08:5"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "8000000000000000000001:88", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "undefined", "i:255 ffffffffffffffffffffe0:83"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:0", "i:0 ffffffffffffffffffffffe0:91"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:1", "i:1 ffffffffffffffffffffffc0:90"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:3", "i:7 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:7", "i:127 fffffffffffffffffffff0:84"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:9", "i:511 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:12", "i:4095 fffffffffffffffffffe:79"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:13", "i:8191 fffffffffffffffffffc:78"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:20", "i:1048575 fffffffffffffffffe:71"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:59", "i:576460752303423487 ffffffff:32"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:60", "i:1152921504606846975 fffffffe:31"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:61", "i:2305843009213693951 fffffffc:30"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:64", "i:18446744073709551615 ffffffe0:27"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:65", "i:36893488147419103231 ffffffc0:26"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:75", "i:37778931862957161709567 ffff:16"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:83", "i:9671406556917033397649407 ff:8"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "ffffffffffffffffffffffe0:91", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "undefined", "i:240 00000000000000000000:77"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:0", "i:0 f000000000000000000000:85"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:1", "i:1 e000000000000000000000:84"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:3", "i:7 8000000000000000000000:82"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:7", "i:120 00000000000000000000:78"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:9", "i:240 00000000000000000000:76"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:12", "i:240 00000000000000000000:73"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:13", "i:240 000000000000000000:72"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:20", "i:240 000000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:59", "i:240 00000000:26"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:60", "i:240 00000000:25"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:61", "i:240 000000:24"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:64", "i:240 000000:21"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:65", "i:240 000000:20"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:75", "i:240 0000:10"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:83", "i:240 00:2"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, "f000000000000000000000:85", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "undefined", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:0", "i:0 :0"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:7", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:9", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:12", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:13", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:20", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:59", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:60", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:61", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:64", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:65", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:75", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:83", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 1, ":0", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "undefined", "i:-68 a0:4"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:0", "i:0 bca0:12"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:1", "i:-1 7940:11"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:3", "i:-3 e500:9"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:7", "i:-34 50:5"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:9", "i:-68 40:3"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:12", "i:-1348 :0"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:13", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:20", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:59", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:60", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:61", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:64", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:65", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:75", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:83", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "bca0:12", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "undefined", "i:1 02030405060708090a0b0c0d0e0f1011121314:152"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:0", "i:0 0102030405060708090a0b0c0d0e0f1011121314:160"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 020406080a0c0e10121416181a1c1e2022242628:159"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:7", "i:0 8101820283038404850586068707880889098a00:153"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:9", "i:1 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:12", "i:1 2030405060708090a0b0c0d0e0f10111213140:148"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:13", "i:1 406080a0c0e10121416181a1c1e20222426280:147"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:20", "i:513 30405060708090a0b0c0d0e0f10111213140:140"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:59", "i:1976943448883713 404850586068707880889098a0:101"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:60", "i:1976943448883713 8090a0b0c0d0e0f10111213140:100"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:61", "i:74034537486811649 0121416181a1c1e20222426280:99"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:64", "i:578437695752307201 090a0b0c0d0e0f1011121314:96"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:65", "i:578437695752307201 121416181a1c1e2022242628:95"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:75", "i:166599134359138271745 50586068707880889098a0:85"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:83", "i:47390263963055590408705 586068707880889098a0:77"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:160", "i:114605103402541699037609980192546360895434064385 :0"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "undefined", "i:-128 00000000000000000001:80"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:0", "i:0 8000000000000000000001:88"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:1", "i:-1 0000000000000000000002:87"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:3", "i:-4 0000000000000000000008:85"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:7", "i:-64 0000000000000000000080:81"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:9", "i:128 00000000000000000002:79"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:12", "i:128 00000000000000000010:76"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:13", "i:128 00000000000000000020:75"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:20", "i:128 000000000000000010:68"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:59", "i:128 00000008:29"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:60", "i:128 00000010:28"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:61", "i:128 00000020:27"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:64", "i:128 000001:24"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:65", "i:128 000002:23"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:75", "i:128 0008:13"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:83", "i:128 08:5"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "8000000000000000000001:88", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "undefined", "i:-1 ffffffffffffffffffffe0:83"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:0", "i:0 ffffffffffffffffffffffe0:91"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:1", "i:-1 ffffffffffffffffffffffc0:90"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:3", "i:-1 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:7", "i:-1 fffffffffffffffffffff0:84"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:9", "i:-1 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:12", "i:-1 fffffffffffffffffffe:79"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:13", "i:-1 fffffffffffffffffffc:78"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:20", "i:-1 fffffffffffffffffe:71"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:59", "i:-1 ffffffff:32"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:60", "i:-1 fffffffe:31"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:61", "i:-1 fffffffc:30"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:64", "i:-1 ffffffe0:27"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:65", "i:-1 ffffffc0:26"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:75", "i:-1 ffff:16"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:83", "i:-1 ff:8"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "ffffffffffffffffffffffe0:91", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "undefined", "i:-16 00000000000000000000:77"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:0", "i:0 f000000000000000000000:85"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:1", "i:-1 e000000000000000000000:84"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:3", "i:-1 8000000000000000000000:82"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:7", "i:-8 00000000000000000000:78"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:9", "i:240 00000000000000000000:76"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:12", "i:240 00000000000000000000:73"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:13", "i:240 000000000000000000:72"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:20", "i:240 000000000000000000:65"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:59", "i:240 00000000:26"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:60", "i:240 00000000:25"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:61", "i:240 000000:24"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:64", "i:240 000000:21"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:65", "i:240 000000:20"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:75", "i:240 0000:10"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:83", "i:240 00:2"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, "f000000000000000000000:85", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "undefined", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:0", "i:0 :0"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:7", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:9", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:12", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:13", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:20", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:59", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:60", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:61", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:64", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:65", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:75", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:83", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:160", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:-1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "a:a", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 1, ":0", "i:18446744073709551616", "nomatch"},
    {BITS_INTEGER, 0, 3, "bca0:12", "i:1", "i:5 e500:9"},
    {BITS_INTEGER, 0, 3, "bca0:12", "i:3", "i:377 40:3"},
    {BITS_INTEGER, 0, 3, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, 0, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, 0, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:2 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, 0, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:129 01820283038404850586068707880889098a00:145"},
    {BITS_INTEGER, 0, 3, "8000000000000000000001:88", "i:1", "i:4 0000000000000000000008:85"},
    {BITS_INTEGER, 0, 3, "8000000000000000000001:88", "i:3", "i:256 00000000000000000002:79"},
    {BITS_INTEGER, 0, 3, "8000000000000000000001:88", "i:5", "i:16384 00000000000000000080:73"},
    {BITS_INTEGER, 0, 3, "ffffffffffffffffffffffe0:91", "i:1", "i:7 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, 0, 3, "ffffffffffffffffffffffe0:91", "i:3", "i:511 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, 0, 3, "ffffffffffffffffffffffe0:91", "i:5", "i:32767 fffffffffffffffffff0:76"},
    {BITS_INTEGER, 0, 3, "f000000000000000000000:85", "i:1", "i:7 8000000000000000000000:82"},
    {BITS_INTEGER, 0, 3, "f000000000000000000000:85", "i:3", "i:480 00000000000000000000:76"},
    {BITS_INTEGER, 0, 3, "f000000000000000000000:85", "i:5", "i:30720 000000000000000000:70"},
    {BITS_INTEGER, 0, 3, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, 0, 3, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, 0, 3, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, 0, 16, "bca0:12", "i:1", "nomatch"},
    {BITS_INTEGER, 0, 16, "bca0:12", "i:3", "nomatch"},
    {BITS_INTEGER, 0, 16, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, 0, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:258 030405060708090a0b0c0d0e0f1011121314:144"},
    {BITS_INTEGER, 0, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:1108152157446 0708090a0b0c0d0e0f1011121314:112"},
    {BITS_INTEGER, 0, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:4759477275222530853130 0b0c0d0e0f1011121314:80"},
    {BITS_INTEGER, 0, 16, "8000000000000000000001:88", "i:1", "i:32768 000000000000000001:72"},
    {BITS_INTEGER, 0, 16, "8000000000000000000001:88", "i:3", "i:140737488355328 0000000001:40"},
    {BITS_INTEGER, 0, 16, "8000000000000000000001:88", "i:5", "i:604462909807314587353088 01:8"},
    {BITS_INTEGER, 0, 16, "ffffffffffffffffffffffe0:91", "i:1", "i:65535 ffffffffffffffffffe0:75"},
    {BITS_INTEGER, 0, 16, "ffffffffffffffffffffffe0:91", "i:3", "i:281474976710655 ffffffffffe0:43"},
    {BITS_INTEGER, 0, 16, "ffffffffffffffffffffffe0:91", "i:5", "i:1208925819614629174706175 ffe0:11"},
    {BITS_INTEGER, 0, 16, "f000000000000000000000:85", "i:1", "i:61440 000000000000000000:69"},
    {BITS_INTEGER, 0, 16, "f000000000000000000000:85", "i:3", "i:263882790666240 0000000000:37"},
    {BITS_INTEGER, 0, 16, "f000000000000000000000:85", "i:5", "i:1133367955888714851287040 00:5"},
    {BITS_INTEGER, 0, 16, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, 0, 16, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, 0, 16, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 3, "bca0:12", "i:1", "i:-3 e500:9"},
    {BITS_INTEGER, BITS_SIGNED, 3, "bca0:12", "i:3", "i:-135 40:3"},
    {BITS_INTEGER, BITS_SIGNED, 3, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, BITS_SIGNED, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:2 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, BITS_SIGNED, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:129 01820283038404850586068707880889098a00:145"},
    {BITS_INTEGER, BITS_SIGNED, 3, "8000000000000000000001:88", "i:1", "i:-4 0000000000000000000008:85"},
    {BITS_INTEGER, BITS_SIGNED, 3, "8000000000000000000001:88", "i:3", "i:-256 00000000000000000002:79"},
    {BITS_INTEGER, BITS_SIGNED, 3, "8000000000000000000001:88", "i:5", "i:-16384 00000000000000000080:73"},
    {BITS_INTEGER, BITS_SIGNED, 3, "ffffffffffffffffffffffe0:91", "i:1", "i:-1 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, BITS_SIGNED, 3, "ffffffffffffffffffffffe0:91", "i:3", "i:-1 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, BITS_SIGNED, 3, "ffffffffffffffffffffffe0:91", "i:5", "i:-1 fffffffffffffffffff0:76"},
    {BITS_INTEGER, BITS_SIGNED, 3, "f000000000000000000000:85", "i:1", "i:-1 8000000000000000000000:82"},
    {BITS_INTEGER, BITS_SIGNED, 3, "f000000000000000000000:85", "i:3", "i:-32 00000000000000000000:76"},
    {BITS_INTEGER, BITS_SIGNED, 3, "f000000000000000000000:85", "i:5", "i:-2048 000000000000000000:70"},
    {BITS_INTEGER, BITS_SIGNED, 3, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 3, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 3, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 16, "bca0:12", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 16, "bca0:12", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 16, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:258 030405060708090a0b0c0d0e0f1011121314:144"},
    {BITS_INTEGER, BITS_SIGNED, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:1108152157446 0708090a0b0c0d0e0f1011121314:112"},
    {BITS_INTEGER, BITS_SIGNED, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:4759477275222530853130 0b0c0d0e0f1011121314:80"},
    {BITS_INTEGER, BITS_SIGNED, 16, "8000000000000000000001:88", "i:1", "i:-32768 000000000000000001:72"},
    {BITS_INTEGER, BITS_SIGNED, 16, "8000000000000000000001:88", "i:3", "i:-140737488355328 0000000001:40"},
    {BITS_INTEGER, BITS_SIGNED, 16, "8000000000000000000001:88", "i:5", "i:-604462909807314587353088 01:8"},
    {BITS_INTEGER, BITS_SIGNED, 16, "ffffffffffffffffffffffe0:91", "i:1", "i:-1 ffffffffffffffffffe0:75"},
    {BITS_INTEGER, BITS_SIGNED, 16, "ffffffffffffffffffffffe0:91", "i:3", "i:-1 ffffffffffe0:43"},
    {BITS_INTEGER, BITS_SIGNED, 16, "ffffffffffffffffffffffe0:91", "i:5", "i:-1 ffe0:11"},
    {BITS_INTEGER, BITS_SIGNED, 16, "f000000000000000000000:85", "i:1", "i:-4096 000000000000000000:69"},
    {BITS_INTEGER, BITS_SIGNED, 16, "f000000000000000000000:85", "i:3", "i:-17592186044416 0000000000:37"},
    {BITS_INTEGER, BITS_SIGNED, 16, "f000000000000000000000:85", "i:5", "i:-75557863725914323419136 00:5"},
    {BITS_INTEGER, BITS_SIGNED, 16, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 16, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_SIGNED, 16, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 3, "bca0:12", "i:1", "i:5 e500:9"},
    {BITS_INTEGER, BITS_LITTLE, 3, "bca0:12", "i:3", "i:444 40:3"},
    {BITS_INTEGER, BITS_LITTLE, 3, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, BITS_LITTLE, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:1 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, BITS_LITTLE, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:257 01820283038404850586068707880889098a00:145"},
    {BITS_INTEGER, BITS_LITTLE, 3, "8000000000000000000001:88", "i:1", "i:4 0000000000000000000008:85"},
    {BITS_INTEGER, BITS_LITTLE, 3, "8000000000000000000001:88", "i:3", "i:128 00000000000000000002:79"},
    {BITS_INTEGER, BITS_LITTLE, 3, "8000000000000000000001:88", "i:5", "i:128 00000000000000000080:73"},
    {BITS_INTEGER, BITS_LITTLE, 3, "ffffffffffffffffffffffe0:91", "i:1", "i:7 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, BITS_LITTLE, 3, "ffffffffffffffffffffffe0:91", "i:3", "i:511 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, BITS_LITTLE, 3, "ffffffffffffffffffffffe0:91", "i:5", "i:32767 fffffffffffffffffff0:76"},
    {BITS_INTEGER, BITS_LITTLE, 3, "f000000000000000000000:85", "i:1", "i:7 8000000000000000000000:82"},
    {BITS_INTEGER, BITS_LITTLE, 3, "f000000000000000000000:85", "i:3", "i:240 00000000000000000000:76"},
    {BITS_INTEGER, BITS_LITTLE, 3, "f000000000000000000000:85", "i:5", "i:240 000000000000000000:70"},
    {BITS_INTEGER, BITS_LITTLE, 3, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 3, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 3, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 16, "bca0:12", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 16, "bca0:12", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 16, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:513 030405060708090a0b0c0d0e0f1011121314:144"},
    {BITS_INTEGER, BITS_LITTLE, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:6618611909121 0708090a0b0c0d0e0f1011121314:112"},
    {BITS_INTEGER, BITS_LITTLE, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:47390263963055590408705 0b0c0d0e0f1011121314:80"},
    {BITS_INTEGER, BITS_LITTLE, 16, "8000000000000000000001:88", "i:1", "i:128 000000000000000001:72"},
    {BITS_INTEGER, BITS_LITTLE, 16, "8000000000000000000001:88", "i:3", "i:128 0000000001:40"},
    {BITS_INTEGER, BITS_LITTLE, 16, "8000000000000000000001:88", "i:5", "i:128 01:8"},
    {BITS_INTEGER, BITS_LITTLE, 16, "ffffffffffffffffffffffe0:91", "i:1", "i:65535 ffffffffffffffffffe0:75"},
    {BITS_INTEGER, BITS_LITTLE, 16, "ffffffffffffffffffffffe0:91", "i:3", "i:281474976710655 ffffffffffe0:43"},
    {BITS_INTEGER, BITS_LITTLE, 16, "ffffffffffffffffffffffe0:91", "i:5", "i:1208925819614629174706175 ffe0:11"},
    {BITS_INTEGER, BITS_LITTLE, 16, "f000000000000000000000:85", "i:1", "i:240 000000000000000000:69"},
    {BITS_INTEGER, BITS_LITTLE, 16, "f000000000000000000000:85", "i:3", "i:240 0000000000:37"},
    {BITS_INTEGER, BITS_LITTLE, 16, "f000000000000000000000:85", "i:5", "i:240 00:5"},
    {BITS_INTEGER, BITS_LITTLE, 16, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 16, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE, 16, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "bca0:12", "i:1", "i:-3 e500:9"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "bca0:12", "i:3", "i:-68 40:3"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:0 08101820283038404850586068707880889098a0:157"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:1 0406080a0c0e10121416181a1c1e2022242628:151"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:257 01820283038404850586068707880889098a00:145"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "8000000000000000000001:88", "i:1", "i:-4 0000000000000000000008:85"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "8000000000000000000001:88", "i:3", "i:128 00000000000000000002:79"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "8000000000000000000001:88", "i:5", "i:128 00000000000000000080:73"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "ffffffffffffffffffffffe0:91", "i:1", "i:-1 ffffffffffffffffffffff:88"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "ffffffffffffffffffffffe0:91", "i:3", "i:-1 ffffffffffffffffffffc0:82"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "ffffffffffffffffffffffe0:91", "i:5", "i:-1 fffffffffffffffffff0:76"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "f000000000000000000000:85", "i:1", "i:-1 8000000000000000000000:82"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "f000000000000000000000:85", "i:3", "i:240 00000000000000000000:76"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, "f000000000000000000000:85", "i:5", "i:240 000000000000000000:70"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 3, ":0", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "bca0:12", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "bca0:12", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "bca0:12", "i:5", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:1", "i:513 030405060708090a0b0c0d0e0f1011121314:144"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:3", "i:6618611909121 0708090a0b0c0d0e0f1011121314:112"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "0102030405060708090a0b0c0d0e0f1011121314:160", "i:5", "i:47390263963055590408705 0b0c0d0e0f1011121314:80"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "8000000000000000000001:88", "i:1", "i:128 000000000000000001:72"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "8000000000000000000001:88", "i:3", "i:128 0000000001:40"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "8000000000000000000001:88", "i:5", "i:128 01:8"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "ffffffffffffffffffffffe0:91", "i:1", "i:-1 ffffffffffffffffffe0:75"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "ffffffffffffffffffffffe0:91", "i:3", "i:-1 ffffffffffe0:43"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "ffffffffffffffffffffffe0:91", "i:5", "i:-1 ffe0:11"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "f000000000000000000000:85", "i:1", "i:240 000000000000000000:69"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "f000000000000000000000:85", "i:3", "i:240 0000000000:37"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, "f000000000000000000000:85", "i:5", "i:240 00:5"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, ":0", "i:1", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, ":0", "i:3", "nomatch"},
    {BITS_INTEGER, BITS_LITTLE | BITS_SIGNED, 16, ":0", "i:5", "nomatch"},
    {BITS_FLOAT, 0, 1, "3e00:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "3e00:16", "i:16", "f:1.5 :0"},
    {BITS_FLOAT, 0, 1, "3e00:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "3e00:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "3e00:16", "i:0", "f:0.0 3e00:16"},
    {BITS_FLOAT, 0, 1, "3e00:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "003e:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "003e:16", "i:16", "f:3.6954879760742188e-6 :0"},
    {BITS_FLOAT, 0, 1, "003e:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "003e:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "003e:16", "i:0", "f:0.0 003e:16"},
    {BITS_FLOAT, 0, 1, "003e:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7c00:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "7c00:16", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "7c00:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7c00:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "7c00:16", "i:0", "f:0.0 7c00:16"},
    {BITS_FLOAT, 0, 1, "7c00:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7e00:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "7e00:16", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "7e00:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7e00:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "7e00:16", "i:0", "f:0.0 7e00:16"},
    {BITS_FLOAT, 0, 1, "7e00:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "fc00:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "fc00:16", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "fc00:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "fc00:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "fc00:16", "i:0", "f:0.0 fc00:16"},
    {BITS_FLOAT, 0, 1, "fc00:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "0001:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "0001:16", "i:16", "f:5.960464477539063e-8 :0"},
    {BITS_FLOAT, 0, 1, "0001:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "0001:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "0001:16", "i:0", "f:0.0 0001:16"},
    {BITS_FLOAT, 0, 1, "0001:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "8001:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "8001:16", "i:16", "f:-5.960464477539063e-8 :0"},
    {BITS_FLOAT, 0, 1, "8001:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "8001:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "8001:16", "i:0", "f:0.0 8001:16"},
    {BITS_FLOAT, 0, 1, "8001:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7bff:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "7bff:16", "i:16", "f:65504.0 :0"},
    {BITS_FLOAT, 0, 1, "7bff:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7bff:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "7bff:16", "i:0", "f:0.0 7bff:16"},
    {BITS_FLOAT, 0, 1, "7bff:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "0400:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "0400:16", "i:16", "f:6.103515625e-5 :0"},
    {BITS_FLOAT, 0, 1, "0400:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "0400:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "0400:16", "i:0", "f:0.0 0400:16"},
    {BITS_FLOAT, 0, 1, "0400:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "03ff:16", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "03ff:16", "i:16", "f:6.097555160522461e-5 :0"},
    {BITS_FLOAT, 0, 1, "03ff:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "03ff:16", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "03ff:16", "i:0", "f:0.0 03ff:16"},
    {BITS_FLOAT, 0, 1, "03ff:16", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "3fc0000001:40", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "3fc0000001:40", "i:16", "f:1.9375 000001:24"},
    {BITS_FLOAT, 0, 1, "3fc0000001:40", "i:32", "f:1.5 01:8"},
    {BITS_FLOAT, 0, 1, "3fc0000001:40", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "3fc0000001:40", "i:0", "f:0.0 3fc0000001:40"},
    {BITS_FLOAT, 0, 1, "3fc0000001:40", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "0000c03f:32", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "0000c03f:32", "i:16", "f:0.0 c03f:16"},
    {BITS_FLOAT, 0, 1, "0000c03f:32", "i:32", "f:6.896490392174587e-41 :0"},
    {BITS_FLOAT, 0, 1, "0000c03f:32", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "0000c03f:32", "i:0", "f:0.0 0000c03f:32"},
    {BITS_FLOAT, 0, 1, "0000c03f:32", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7f800000:32", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "7f800000:32", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "7f800000:32", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7f800000:32", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "7f800000:32", "i:0", "f:0.0 7f800000:32"},
    {BITS_FLOAT, 0, 1, "7f800000:32", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fc00000:32", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fc00000:32", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fc00000:32", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fc00000:32", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fc00000:32", "i:0", "f:0.0 7fc00000:32"},
    {BITS_FLOAT, 0, 1, "7fc00000:32", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "00000001:32", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "00000001:32", "i:16", "f:0.0 0001:16"},
    {BITS_FLOAT, 0, 1, "00000001:32", "i:32", "f:1.401298464324817e-45 :0"},
    {BITS_FLOAT, 0, 1, "00000001:32", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "00000001:32", "i:0", "f:0.0 00000001:32"},
    {BITS_FLOAT, 0, 1, "00000001:32", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "80000000:32", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "80000000:32", "i:16", "f:-0.0 0000:16"},
    {BITS_FLOAT, 0, 1, "80000000:32", "i:32", "f:-0.0 :0"},
    {BITS_FLOAT, 0, 1, "80000000:32", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "80000000:32", "i:0", "f:0.0 80000000:32"},
    {BITS_FLOAT, 0, 1, "80000000:32", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "3ff8000000000000:64", "undefined", "f:1.5 :0"},
    {BITS_FLOAT, 0, 1, "3ff8000000000000:64", "i:16", "f:1.9921875 000000000000:48"},
    {BITS_FLOAT, 0, 1, "3ff8000000000000:64", "i:32", "f:1.9375 00000000:32"},
    {BITS_FLOAT, 0, 1, "3ff8000000000000:64", "i:64", "f:1.5 :0"},
    {BITS_FLOAT, 0, 1, "3ff8000000000000:64", "i:0", "f:0.0 3ff8000000000000:64"},
    {BITS_FLOAT, 0, 1, "3ff8000000000000:64", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "000000000000f83f:64", "undefined", "f:3.13984e-319 :0"},
    {BITS_FLOAT, 0, 1, "000000000000f83f:64", "i:16", "f:0.0 00000000f83f:48"},
    {BITS_FLOAT, 0, 1, "000000000000f83f:64", "i:32", "f:0.0 0000f83f:32"},
    {BITS_FLOAT, 0, 1, "000000000000f83f:64", "i:64", "f:3.13984e-319 :0"},
    {BITS_FLOAT, 0, 1, "000000000000f83f:64", "i:0", "f:0.0 000000000000f83f:64"},
    {BITS_FLOAT, 0, 1, "000000000000f83f:64", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7ff0000000000000:64", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "7ff0000000000000:64", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "7ff0000000000000:64", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7ff0000000000000:64", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "7ff0000000000000:64", "i:0", "f:0.0 7ff0000000000000:64"},
    {BITS_FLOAT, 0, 1, "7ff0000000000000:64", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "fff0000000000001:64", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "fff0000000000001:64", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "fff0000000000001:64", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "fff0000000000001:64", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "fff0000000000001:64", "i:0", "f:0.0 fff0000000000001:64"},
    {BITS_FLOAT, 0, 1, "fff0000000000001:64", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "0000000000000001:64", "undefined", "f:5.0e-324 :0"},
    {BITS_FLOAT, 0, 1, "0000000000000001:64", "i:16", "f:0.0 000000000001:48"},
    {BITS_FLOAT, 0, 1, "0000000000000001:64", "i:32", "f:0.0 00000001:32"},
    {BITS_FLOAT, 0, 1, "0000000000000001:64", "i:64", "f:5.0e-324 :0"},
    {BITS_FLOAT, 0, 1, "0000000000000001:64", "i:0", "f:0.0 0000000000000001:64"},
    {BITS_FLOAT, 0, 1, "0000000000000001:64", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fefffffffffffff:64", "undefined", "f:1.7976931348623157e308 :0"},
    {BITS_FLOAT, 0, 1, "7fefffffffffffff:64", "i:16", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fefffffffffffff:64", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "7fefffffffffffff:64", "i:64", "f:1.7976931348623157e308 :0"},
    {BITS_FLOAT, 0, 1, "7fefffffffffffff:64", "i:0", "f:0.0 7fefffffffffffff:64"},
    {BITS_FLOAT, 0, 1, "7fefffffffffffff:64", "i:24", "nomatch"},
    {BITS_FLOAT, 0, 1, "010203:24", "undefined", "nomatch"},
    {BITS_FLOAT, 0, 1, "010203:24", "i:16", "f:1.537799835205078e-5 03:8"},
    {BITS_FLOAT, 0, 1, "010203:24", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "010203:24", "i:64", "nomatch"},
    {BITS_FLOAT, 0, 1, "010203:24", "i:0", "f:0.0 010203:24"},
    {BITS_FLOAT, 0, 1, "010203:24", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3e00:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3e00:16", "i:16", "f:3.6954879760742188e-6 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3e00:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3e00:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3e00:16", "i:0", "f:0.0 3e00:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3e00:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "003e:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "003e:16", "i:16", "f:1.5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "003e:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "003e:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "003e:16", "i:0", "f:0.0 003e:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "003e:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7c00:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7c00:16", "i:16", "f:7.3909759521484375e-6 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7c00:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7c00:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7c00:16", "i:0", "f:0.0 7c00:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7c00:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7e00:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7e00:16", "i:16", "f:7.510185241699219e-6 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7e00:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7e00:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7e00:16", "i:0", "f:0.0 7e00:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7e00:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fc00:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fc00:16", "i:16", "f:1.5020370483398438e-5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fc00:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fc00:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fc00:16", "i:0", "f:0.0 fc00:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fc00:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0001:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0001:16", "i:16", "f:1.52587890625e-5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0001:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0001:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0001:16", "i:0", "f:0.0 0001:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0001:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "8001:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "8001:16", "i:16", "f:2.288818359375e-5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "8001:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "8001:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "8001:16", "i:0", "f:0.0 8001:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "8001:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7bff:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7bff:16", "i:16", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7bff:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7bff:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7bff:16", "i:0", "f:0.0 7bff:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7bff:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0400:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0400:16", "i:16", "f:2.384185791015625e-7 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0400:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0400:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0400:16", "i:0", "f:0.0 0400:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0400:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "03ff:16", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "03ff:16", "i:16", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "03ff:16", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "03ff:16", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "03ff:16", "i:0", "f:0.0 03ff:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "03ff:16", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3fc0000001:40", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3fc0000001:40", "i:16", "f:-2.123046875 000001:24"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3fc0000001:40", "i:32", "f:6.896490392174587e-41 01:8"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3fc0000001:40", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3fc0000001:40", "i:0", "f:0.0 3fc0000001:40"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3fc0000001:40", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000c03f:32", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000c03f:32", "i:16", "f:0.0 c03f:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000c03f:32", "i:32", "f:1.5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000c03f:32", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000c03f:32", "i:0", "f:0.0 0000c03f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000c03f:32", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7f800000:32", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7f800000:32", "i:16", "f:-7.569789886474609e-6 0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7f800000:32", "i:32", "f:4.609571298396486e-41 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7f800000:32", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7f800000:32", "i:0", "f:0.0 7f800000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7f800000:32", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fc00000:32", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fc00000:32", "i:16", "f:-2.248046875 0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fc00000:32", "i:32", "f:6.905458702346266e-41 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fc00000:32", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fc00000:32", "i:0", "f:0.0 7fc00000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fc00000:32", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "00000001:32", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "00000001:32", "i:16", "f:0.0 0001:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "00000001:32", "i:32", "f:2.350988701644575e-38 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "00000001:32", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "00000001:32", "i:0", "f:0.0 00000001:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "00000001:32", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "80000000:32", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "80000000:32", "i:16", "f:7.62939453125e-6 0000:16"},
    {BITS_FLOAT, BITS_LITTLE, 1, "80000000:32", "i:32", "f:1.793662034335766e-43 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "80000000:32", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "80000000:32", "i:0", "f:0.0 80000000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "80000000:32", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3ff8000000000000:64", "undefined", "f:3.13984e-319 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3ff8000000000000:64", "i:16", "f:-34784.0 000000000000:48"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3ff8000000000000:64", "i:32", "f:8.905391870630645e-41 00000000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3ff8000000000000:64", "i:64", "f:3.13984e-319 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3ff8000000000000:64", "i:0", "f:0.0 3ff8000000000000:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "3ff8000000000000:64", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "000000000000f83f:64", "undefined", "f:1.5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "000000000000f83f:64", "i:16", "f:0.0 00000000f83f:48"},
    {BITS_FLOAT, BITS_LITTLE, 1, "000000000000f83f:64", "i:32", "f:0.0 0000f83f:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "000000000000f83f:64", "i:64", "f:1.5 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "000000000000f83f:64", "i:0", "f:0.0 000000000000f83f:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "000000000000f83f:64", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7ff0000000000000:64", "undefined", "f:3.0418e-319 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7ff0000000000000:64", "i:16", "f:-9208.0 000000000000:48"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7ff0000000000000:64", "i:32", "f:8.627374255308601e-41 00000000:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7ff0000000000000:64", "i:64", "f:3.0418e-319 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7ff0000000000000:64", "i:0", "f:0.0 7ff0000000000000:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7ff0000000000000:64", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fff0000000000001:64", "undefined", "f:7.291122019656279e-304 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fff0000000000001:64", "i:16", "f:-10232.0 000000000001:48"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fff0000000000001:64", "i:32", "f:8.645310875651959e-41 00000001:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fff0000000000001:64", "i:64", "f:7.291122019656279e-304 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fff0000000000001:64", "i:0", "f:0.0 fff0000000000001:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "fff0000000000001:64", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000000000000001:64", "undefined", "f:7.291122019556398e-304 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000000000000001:64", "i:16", "f:0.0 000000000001:48"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000000000000001:64", "i:32", "f:0.0 00000001:32"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000000000000001:64", "i:64", "f:7.291122019556398e-304 :0"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000000000000001:64", "i:0", "f:0.0 0000000000000001:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "0000000000000001:64", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fefffffffffffff:64", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fefffffffffffff:64", "i:16", "f:-7676.0 ffffffffffff:48"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fefffffffffffff:64", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fefffffffffffff:64", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fefffffffffffff:64", "i:0", "f:0.0 7fefffffffffffff:64"},
    {BITS_FLOAT, BITS_LITTLE, 1, "7fefffffffffffff:64", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "010203:24", "undefined", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "010203:24", "i:16", "f:3.057718276977539e-5 03:8"},
    {BITS_FLOAT, BITS_LITTLE, 1, "010203:24", "i:32", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "010203:24", "i:64", "nomatch"},
    {BITS_FLOAT, BITS_LITTLE, 1, "010203:24", "i:0", "f:0.0 010203:24"},
    {BITS_FLOAT, BITS_LITTLE, 1, "010203:24", "i:24", "nomatch"},
    {BITS_FLOAT, BITS_NATIVE, 1, "0000c03f:32", "i:16", "f:0.0 c03f:16"},
    {BITS_FLOAT, BITS_NATIVE, 1, "0000c03f:32", "i:32", "f:1.5 :0"},
    {BITS_FLOAT, BITS_NATIVE, 1, "003e:16", "i:16", "f:1.5 :0"},
    {BITS_FLOAT, BITS_NATIVE, 1, "003e:16", "i:32", "nomatch"},
    {BITS_FLOAT, 0, 1, "0102030405060708:64", "i:8", "nomatch"},
    {BITS_FLOAT, 0, 1, "0102030405060708:64", "i:-1", "nomatch"},
    {BITS_FLOAT, 0, 1, "0102030405060708:64", "a:a", "nomatch"},
    {BITS_FLOAT, 0, 8, "3ff8000000000000:64", "i:2", "f:1.9921875 000000000000:48"},
    {BITS_FLOAT, 0, 8, "3ff8000000000000:64", "i:4", "f:1.9375 00000000:32"},
    {BITS_FLOAT, 0, 8, "3ff8000000000000:64", "i:8", "f:1.5 :0"},
    {BITS_FLOAT, 0, 16, "3ff8000000000000:64", "i:2", "f:1.9375 00000000:32"},
    {BITS_FLOAT, 0, 16, "3ff8000000000000:64", "i:4", "f:1.5 :0"},
    {BITS_FLOAT, 0, 16, "3ff8000000000000:64", "i:8", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "undefined", "b::0 :0"},
    {BITS_BINARY, 0, 1, ":0", "i:0", "b::0 :0"},
    {BITS_BINARY, 0, 1, ":0", "i:1", "nomatch"},
    {BITS_BINARY, 0, 1, ":0", "i:3", "nomatch"},
    {BITS_BINARY, 0, 1, ":0", "i:4", "nomatch"},
    {BITS_BINARY, 0, 1, ":0", "i:12", "nomatch"},
    {BITS_BINARY, 0, 1, ":0", "i:17", "nomatch"},
    {BITS_BINARY, 0, 1, ":0", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 1, ":0", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "undefined", "b:010203:24 :0"},
    {BITS_BINARY, 0, 1, "010203:24", "i:0", "b::0 010203:24"},
    {BITS_BINARY, 0, 1, "010203:24", "i:1", "b:00:1 020406:23"},
    {BITS_BINARY, 0, 1, "010203:24", "i:3", "b:00:3 081018:21"},
    {BITS_BINARY, 0, 1, "010203:24", "i:4", "b:00:4 102030:20"},
    {BITS_BINARY, 0, 1, "010203:24", "i:12", "b:0100:12 2030:12"},
    {BITS_BINARY, 0, 1, "010203:24", "i:17", "b:010200:17 06:7"},
    {BITS_BINARY, 0, 1, "010203:24", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 1, "010203:24", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "undefined", "b:01020304:32 :0"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:0", "b::0 01020304:32"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:1", "b:00:1 02040608:31"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:3", "b:00:3 08101820:29"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:4", "b:00:4 10203040:28"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:12", "b:0100:12 203040:20"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:17", "b:010200:17 0608:15"},
    {BITS_BINARY, 0, 1, "01020304:32", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 1, "01020304:32", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "undefined", "nomatch"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:0", "b::0 ab50:12"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:1", "b:80:1 56a0:11"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:3", "b:a0:3 5a80:9"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:4", "b:a0:4 b5:8"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:12", "b:ab50:12 :0"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:17", "nomatch"},
    {BITS_BINARY, 0, 1, "ab50:12", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 1, "ab50:12", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "undefined", "nomatch"},
    {BITS_BINARY, 0, 1, "a0:3", "i:0", "b::0 a0:3"},
    {BITS_BINARY, 0, 1, "a0:3", "i:1", "b:80:1 40:2"},
    {BITS_BINARY, 0, 1, "a0:3", "i:3", "b:a0:3 :0"},
    {BITS_BINARY, 0, 1, "a0:3", "i:4", "nomatch"},
    {BITS_BINARY, 0, 1, "a0:3", "i:12", "nomatch"},
    {BITS_BINARY, 0, 1, "a0:3", "i:17", "nomatch"},
    {BITS_BINARY, 0, 1, "a0:3", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 1, "a0:3", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "undefined", "b:0102030405060708090a0b0c0d0e0f1011:136 :0"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:0", "b::0 0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:1", "b:00:1 020406080a0c0e10121416181a1c1e2022:135"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:3", "b:00:3 0810182028303840485058606870788088:133"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:4", "b:00:4 102030405060708090a0b0c0d0e0f10110:132"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:12", "b:0100:12 2030405060708090a0b0c0d0e0f10110:124"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:17", "b:010200:17 06080a0c0e10121416181a1c1e2022:119"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "undefined", "b::0 :0"},
    {BITS_BINARY, 0, 3, ":0", "i:0", "b::0 :0"},
    {BITS_BINARY, 0, 3, ":0", "i:1", "nomatch"},
    {BITS_BINARY, 0, 3, ":0", "i:3", "nomatch"},
    {BITS_BINARY, 0, 3, ":0", "i:4", "nomatch"},
    {BITS_BINARY, 0, 3, ":0", "i:12", "nomatch"},
    {BITS_BINARY, 0, 3, ":0", "i:17", "nomatch"},
    {BITS_BINARY, 0, 3, ":0", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 3, ":0", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "undefined", "b:010203:24 :0"},
    {BITS_BINARY, 0, 3, "010203:24", "i:0", "b::0 010203:24"},
    {BITS_BINARY, 0, 3, "010203:24", "i:1", "b:00:3 081018:21"},
    {BITS_BINARY, 0, 3, "010203:24", "i:3", "b:0100:9 0406:15"},
    {BITS_BINARY, 0, 3, "010203:24", "i:4", "b:0100:12 2030:12"},
    {BITS_BINARY, 0, 3, "010203:24", "i:12", "nomatch"},
    {BITS_BINARY, 0, 3, "010203:24", "i:17", "nomatch"},
    {BITS_BINARY, 0, 3, "010203:24", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 3, "010203:24", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "undefined", "b:01020304:32 :0"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:0", "b::0 01020304:32"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:1", "b:00:3 08101820:29"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:3", "b:0100:9 040608:23"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:4", "b:0100:12 203040:20"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:12", "nomatch"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:17", "nomatch"},
    {BITS_BINARY, 0, 3, "01020304:32", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 3, "01020304:32", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "undefined", "nomatch"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:0", "b::0 ab50:12"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:1", "b:a0:3 5a80:9"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:3", "b:ab00:9 a0:3"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:4", "b:ab50:12 :0"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:12", "nomatch"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:17", "nomatch"},
    {BITS_BINARY, 0, 3, "ab50:12", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 3, "ab50:12", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "undefined", "nomatch"},
    {BITS_BINARY, 0, 3, "a0:3", "i:0", "b::0 a0:3"},
    {BITS_BINARY, 0, 3, "a0:3", "i:1", "b:a0:3 :0"},
    {BITS_BINARY, 0, 3, "a0:3", "i:3", "nomatch"},
    {BITS_BINARY, 0, 3, "a0:3", "i:4", "nomatch"},
    {BITS_BINARY, 0, 3, "a0:3", "i:12", "nomatch"},
    {BITS_BINARY, 0, 3, "a0:3", "i:17", "nomatch"},
    {BITS_BINARY, 0, 3, "a0:3", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 3, "a0:3", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "undefined", "b:0102030405060708090a0b0c0d0e0f1011:136 :0"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:0", "b::0 0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:1", "b:00:3 0810182028303840485058606870788088:133"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:3", "b:0100:9 0406080a0c0e10121416181a1c1e2022:127"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:4", "b:0100:12 2030405060708090a0b0c0d0e0f10110:124"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:12", "b:0102030400:36 5060708090a0b0c0d0e0f10110:100"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:17", "b:01020304050600:51 3840485058606870788088:85"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 3, "0102030405060708090a0b0c0d0e0f1011:136", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "undefined", "b::0 :0"},
    {BITS_BINARY, 0, 8, ":0", "i:0", "b::0 :0"},
    {BITS_BINARY, 0, 8, ":0", "i:1", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "i:3", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "i:4", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "i:12", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "i:17", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "undefined", "b:010203:24 :0"},
    {BITS_BINARY, 0, 8, "010203:24", "i:0", "b::0 010203:24"},
    {BITS_BINARY, 0, 8, "010203:24", "i:1", "b:01:8 0203:16"},
    {BITS_BINARY, 0, 8, "010203:24", "i:3", "b:010203:24 :0"},
    {BITS_BINARY, 0, 8, "010203:24", "i:4", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "i:12", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "i:17", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "undefined", "b:01020304:32 :0"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:0", "b::0 01020304:32"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:1", "b:01:8 020304:24"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:3", "b:010203:24 04:8"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:4", "b:01020304:32 :0"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:12", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:17", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "undefined", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:0", "b::0 ab50:12"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:1", "b:ab:8 50:4"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:3", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:4", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:12", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:17", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "undefined", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "i:0", "b::0 a0:3"},
    {BITS_BINARY, 0, 8, "a0:3", "i:1", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "i:3", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "i:4", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "i:12", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "i:17", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "undefined", "b:0102030405060708090a0b0c0d0e0f1011:136 :0"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:0", "b::0 0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:1", "b:01:8 02030405060708090a0b0c0d0e0f1011:128"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:3", "b:010203:24 0405060708090a0b0c0d0e0f1011:112"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:4", "b:01020304:32 05060708090a0b0c0d0e0f1011:104"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:12", "b:0102030405060708090a0b0c:96 0d0e0f1011:40"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:17", "b:0102030405060708090a0b0c0d0e0f1011:136 :0"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, ":0", "undefined", "b::0 :0"},
    {BITS_BINARY, 0, 16, ":0", "i:0", "b::0 :0"},
    {BITS_BINARY, 0, 16, ":0", "i:1", "nomatch"},
    {BITS_BINARY, 0, 16, ":0", "i:3", "nomatch"},
    {BITS_BINARY, 0, 16, ":0", "i:4", "nomatch"},
    {BITS_BINARY, 0, 16, ":0", "i:12", "nomatch"},
    {BITS_BINARY, 0, 16, ":0", "i:17", "nomatch"},
    {BITS_BINARY, 0, 16, ":0", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 16, ":0", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "010203:24", "undefined", "b:010203:24 :0"},
    {BITS_BINARY, 0, 16, "010203:24", "i:0", "b::0 010203:24"},
    {BITS_BINARY, 0, 16, "010203:24", "i:1", "b:0102:16 03:8"},
    {BITS_BINARY, 0, 16, "010203:24", "i:3", "nomatch"},
    {BITS_BINARY, 0, 16, "010203:24", "i:4", "nomatch"},
    {BITS_BINARY, 0, 16, "010203:24", "i:12", "nomatch"},
    {BITS_BINARY, 0, 16, "010203:24", "i:17", "nomatch"},
    {BITS_BINARY, 0, 16, "010203:24", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 16, "010203:24", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "01020304:32", "undefined", "b:01020304:32 :0"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:0", "b::0 01020304:32"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:1", "b:0102:16 0304:16"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:3", "nomatch"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:4", "nomatch"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:12", "nomatch"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:17", "nomatch"},
    {BITS_BINARY, 0, 16, "01020304:32", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 16, "01020304:32", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "ab50:12", "undefined", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:0", "b::0 ab50:12"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:1", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:3", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:4", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:12", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:17", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 16, "ab50:12", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "a0:3", "undefined", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "i:0", "b::0 a0:3"},
    {BITS_BINARY, 0, 16, "a0:3", "i:1", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "i:3", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "i:4", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "i:12", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "i:17", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 16, "a0:3", "a:a", "nomatch"},
    {BITS_BINARY, 0, 8, "0102030405060708090a0b0c0d0e0f1011:136", "undefined", "b:0102030405060708090a0b0c0d0e0f1011:136 :0"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:0", "b::0 0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:1", "b:0102:16 030405060708090a0b0c0d0e0f1011:120"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:3", "b:010203040506:48 0708090a0b0c0d0e0f1011:88"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:4", "b:0102030405060708:64 090a0b0c0d0e0f1011:72"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:12", "nomatch"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:17", "nomatch"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "nomatch"},
    {BITS_BINARY, 0, 16, "0102030405060708090a0b0c0d0e0f1011:136", "a:a", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "undefined", "b::0 :0"},
    {BITS_BITSTRING, 0, 1, ":0", "i:0", "b::0 :0"},
    {BITS_BITSTRING, 0, 1, ":0", "i:1", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "i:3", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "i:4", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "i:12", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "i:17", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "i:-1", "nomatch"},
    {BITS_BITSTRING, 0, 1, ":0", "a:a", "nomatch"},
    {BITS_BITSTRING, 0, 1, "010203:24", "undefined", "b:010203:24 :0"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:0", "b::0 010203:24"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:1", "b:00:1 020406:23"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:3", "b:00:3 081018:21"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:4", "b:00:4 102030:20"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:12", "b:0100:12 2030:12"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:17", "b:010200:17 06:7"},
    {BITS_BITSTRING, 0, 1, "010203:24", "i:-1", "nomatch"},
    {BITS_BITSTRING, 0, 1, "010203:24", "a:a", "nomatch"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "undefined", "b:01020304:32 :0"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:0", "b::0 01020304:32"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:1", "b:00:1 02040608:31"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:3", "b:00:3 08101820:29"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:4", "b:00:4 10203040:28"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:12", "b:0100:12 203040:20"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:17", "b:010200:17 0608:15"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "i:-1", "nomatch"},
    {BITS_BITSTRING, 0, 1, "01020304:32", "a:a", "nomatch"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "undefined", "b:ab50:12 :0"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:0", "b::0 ab50:12"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:1", "b:80:1 56a0:11"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:3", "b:a0:3 5a80:9"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:4", "b:a0:4 b5:8"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:12", "b:ab50:12 :0"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:17", "nomatch"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "i:-1", "nomatch"},
    {BITS_BITSTRING, 0, 1, "ab50:12", "a:a", "nomatch"},
    {BITS_BITSTRING, 0, 1, "a0:3", "undefined", "b:a0:3 :0"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:0", "b::0 a0:3"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:1", "b:80:1 40:2"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:3", "b:a0:3 :0"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:4", "nomatch"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:12", "nomatch"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:17", "nomatch"},
    {BITS_BITSTRING, 0, 1, "a0:3", "i:-1", "nomatch"},
    {BITS_BITSTRING, 0, 1, "a0:3", "a:a", "nomatch"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "undefined", "b:0102030405060708090a0b0c0d0e0f1011:136 :0"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:0", "b::0 0102030405060708090a0b0c0d0e0f1011:136"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:1", "b:00:1 020406080a0c0e10121416181a1c1e2022:135"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:3", "b:00:3 0810182028303840485058606870788088:133"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:4", "b:00:4 102030405060708090a0b0c0d0e0f10110:132"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:12", "b:0100:12 2030405060708090a0b0c0d0e0f10110:124"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:17", "b:010200:17 06080a0c0e10121416181a1c1e2022:119"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "i:-1", "nomatch"},
    {BITS_BITSTRING, 0, 1, "0102030405060708090a0b0c0d0e0f1011:136", "a:a", "nomatch"},
    {BITS_UTF8, 0, 1, "00:8", "undefined", "i:0 :0"},
    {BITS_UTF8, 0, 1, "4142:16", "undefined", "i:65 42:8"},
    {BITS_UTF8, 0, 1, "7f:8", "undefined", "i:127 :0"},
    {BITS_UTF8, 0, 1, "c280:16", "undefined", "i:128 :0"},
    {BITS_UTF8, 0, 1, "dfbf:16", "undefined", "i:2047 :0"},
    {BITS_UTF8, 0, 1, "e0a080:24", "undefined", "i:2048 :0"},
    {BITS_UTF8, 0, 1, "efbfbf:24", "undefined", "i:65535 :0"},
    {BITS_UTF8, 0, 1, "f0908080:32", "undefined", "i:65536 :0"},
    {BITS_UTF8, 0, 1, "f48fbfbf80:33", "undefined", "i:1114111 80:1"},
    {BITS_UTF8, 0, 1, "c080:16", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "c1bf:16", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "e08080:24", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "eda080:24", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "ed9fbf:24", "undefined", "i:55295 :0"},
    {BITS_UTF8, 0, 1, "ee8080:24", "undefined", "i:57344 :0"},
    {BITS_UTF8, 0, 1, "f4908080:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "f0808080:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "80:8", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "ff:8", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "c2:8", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "e282:16", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "c241:16", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "f888808080:40", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "d800dc00:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "00d800dc:32", "undefined", "i:0 d800dc:24"},
    {BITS_UTF8, 0, 1, "dc00dc00:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "d800:16", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "dc000000:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "d8000041:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "dbffdfff:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "ffff:16", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "004100:24", "undefined", "i:0 4100:16"},
    {BITS_UTF8, 0, 1, "0010ffff:32", "undefined", "i:0 10ffff:24"},
    {BITS_UTF8, 0, 1, "ffff1000:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "00110000:32", "undefined", "i:0 110000:24"},
    {BITS_UTF8, 0, 1, "0000d800:32", "undefined", "i:0 00d800:24"},
    {BITS_UTF8, 0, 1, "00d80000:32", "undefined", "i:0 d80000:24"},
    {BITS_UTF8, 0, 1, "ffffffff:32", "undefined", "nomatch"},
    {BITS_UTF8, 0, 1, "000000:24", "undefined", "i:0 0000:16"},
    {BITS_UTF8, 0, 1, "02:7", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "00:8", "undefined", "i:0 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "4142:16", "undefined", "i:65 42:8"},
    {BITS_UTF8, BITS_LITTLE, 1, "7f:8", "undefined", "i:127 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "c280:16", "undefined", "i:128 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "dfbf:16", "undefined", "i:2047 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "e0a080:24", "undefined", "i:2048 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "efbfbf:24", "undefined", "i:65535 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "f0908080:32", "undefined", "i:65536 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "f48fbfbf80:33", "undefined", "i:1114111 80:1"},
    {BITS_UTF8, BITS_LITTLE, 1, "c080:16", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "c1bf:16", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "e08080:24", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "eda080:24", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "ed9fbf:24", "undefined", "i:55295 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "ee8080:24", "undefined", "i:57344 :0"},
    {BITS_UTF8, BITS_LITTLE, 1, "f4908080:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "f0808080:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "80:8", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "ff:8", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "c2:8", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "e282:16", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "c241:16", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "f888808080:40", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "d800dc00:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "00d800dc:32", "undefined", "i:0 d800dc:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "dc00dc00:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "d800:16", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "dc000000:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "d8000041:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "dbffdfff:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "ffff:16", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "004100:24", "undefined", "i:0 4100:16"},
    {BITS_UTF8, BITS_LITTLE, 1, "0010ffff:32", "undefined", "i:0 10ffff:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "ffff1000:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "00110000:32", "undefined", "i:0 110000:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "0000d800:32", "undefined", "i:0 00d800:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "00d80000:32", "undefined", "i:0 d80000:24"},
    {BITS_UTF8, BITS_LITTLE, 1, "ffffffff:32", "undefined", "nomatch"},
    {BITS_UTF8, BITS_LITTLE, 1, "000000:24", "undefined", "i:0 0000:16"},
    {BITS_UTF8, BITS_LITTLE, 1, "02:7", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "00:8", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "4142:16", "undefined", "i:16706 :0"},
    {BITS_UTF16, 0, 1, "7f:8", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "c280:16", "undefined", "i:49792 :0"},
    {BITS_UTF16, 0, 1, "dfbf:16", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "e0a080:24", "undefined", "i:57504 80:8"},
    {BITS_UTF16, 0, 1, "efbfbf:24", "undefined", "i:61375 bf:8"},
    {BITS_UTF16, 0, 1, "f0908080:32", "undefined", "i:61584 8080:16"},
    {BITS_UTF16, 0, 1, "f48fbfbf80:33", "undefined", "i:62607 bfbf80:17"},
    {BITS_UTF16, 0, 1, "c080:16", "undefined", "i:49280 :0"},
    {BITS_UTF16, 0, 1, "c1bf:16", "undefined", "i:49599 :0"},
    {BITS_UTF16, 0, 1, "e08080:24", "undefined", "i:57472 80:8"},
    {BITS_UTF16, 0, 1, "eda080:24", "undefined", "i:60832 80:8"},
    {BITS_UTF16, 0, 1, "ed9fbf:24", "undefined", "i:60831 bf:8"},
    {BITS_UTF16, 0, 1, "ee8080:24", "undefined", "i:61056 80:8"},
    {BITS_UTF16, 0, 1, "f4908080:32", "undefined", "i:62608 8080:16"},
    {BITS_UTF16, 0, 1, "f0808080:32", "undefined", "i:61568 8080:16"},
    {BITS_UTF16, 0, 1, "80:8", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "ff:8", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "c2:8", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "e282:16", "undefined", "i:57986 :0"},
    {BITS_UTF16, 0, 1, "c241:16", "undefined", "i:49729 :0"},
    {BITS_UTF16, 0, 1, "f888808080:40", "undefined", "i:63624 808080:24"},
    {BITS_UTF16, 0, 1, "d800dc00:32", "undefined", "i:65536 :0"},
    {BITS_UTF16, 0, 1, "00d800dc:32", "undefined", "i:216 00dc:16"},
    {BITS_UTF16, 0, 1, "dc00dc00:32", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "d800:16", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "dc000000:32", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "d8000041:32", "undefined", "nomatch"},
    {BITS_UTF16, 0, 1, "dbffdfff:32", "undefined", "i:1114111 :0"},
    {BITS_UTF16, 0, 1, "ffff:16", "undefined", "i:65535 :0"},
    {BITS_UTF16, 0, 1, "004100:24", "undefined", "i:65 00:8"},
    {BITS_UTF16, 0, 1, "0010ffff:32", "undefined", "i:16 ffff:16"},
    {BITS_UTF16, 0, 1, "ffff1000:32", "undefined", "i:65535 1000:16"},
    {BITS_UTF16, 0, 1, "00110000:32", "undefined", "i:17 0000:16"},
    {BITS_UTF16, 0, 1, "0000d800:32", "undefined", "i:0 d800:16"},
    {BITS_UTF16, 0, 1, "00d80000:32", "undefined", "i:216 0000:16"},
    {BITS_UTF16, 0, 1, "ffffffff:32", "undefined", "i:65535 ffff:16"},
    {BITS_UTF16, 0, 1, "000000:24", "undefined", "i:0 00:8"},
    {BITS_UTF16, 0, 1, "02:7", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "00:8", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "4142:16", "undefined", "i:16961 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "7f:8", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "c280:16", "undefined", "i:32962 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "dfbf:16", "undefined", "i:49119 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "e0a080:24", "undefined", "i:41184 80:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "efbfbf:24", "undefined", "i:49135 bf:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "f0908080:32", "undefined", "i:37104 8080:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "f48fbfbf80:33", "undefined", "i:36852 bfbf80:17"},
    {BITS_UTF16, BITS_LITTLE, 1, "c080:16", "undefined", "i:32960 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "c1bf:16", "undefined", "i:49089 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "e08080:24", "undefined", "i:32992 80:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "eda080:24", "undefined", "i:41197 80:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "ed9fbf:24", "undefined", "i:40941 bf:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "ee8080:24", "undefined", "i:33006 80:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "f4908080:32", "undefined", "i:37108 8080:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "f0808080:32", "undefined", "i:33008 8080:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "80:8", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "ff:8", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "c2:8", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "e282:16", "undefined", "i:33506 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "c241:16", "undefined", "i:16834 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "f888808080:40", "undefined", "i:35064 808080:24"},
    {BITS_UTF16, BITS_LITTLE, 1, "d800dc00:32", "undefined", "i:216 dc00:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "00d800dc:32", "undefined", "i:65536 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "dc00dc00:32", "undefined", "i:220 dc00:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "d800:16", "undefined", "i:216 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "dc000000:32", "undefined", "i:220 0000:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "d8000041:32", "undefined", "i:216 0041:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "dbffdfff:32", "undefined", "i:65499 dfff:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "ffff:16", "undefined", "i:65535 :0"},
    {BITS_UTF16, BITS_LITTLE, 1, "004100:24", "undefined", "i:16640 00:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "0010ffff:32", "undefined", "i:4096 ffff:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "ffff1000:32", "undefined", "i:65535 1000:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "00110000:32", "undefined", "i:4352 0000:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "0000d800:32", "undefined", "i:0 d800:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "00d80000:32", "undefined", "nomatch"},
    {BITS_UTF16, BITS_LITTLE, 1, "ffffffff:32", "undefined", "i:65535 ffff:16"},
    {BITS_UTF16, BITS_LITTLE, 1, "000000:24", "undefined", "i:0 00:8"},
    {BITS_UTF16, BITS_LITTLE, 1, "02:7", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "00:8", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "4142:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "7f:8", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "c280:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "dfbf:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "e0a080:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "efbfbf:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "f0908080:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "f48fbfbf80:33", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "c080:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "c1bf:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "e08080:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "eda080:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "ed9fbf:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "ee8080:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "f4908080:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "f0808080:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "80:8", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "ff:8", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "c2:8", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "e282:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "c241:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "f888808080:40", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "d800dc00:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "00d800dc:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "dc00dc00:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "d800:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "dc000000:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "d8000041:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "dbffdfff:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "ffff:16", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "004100:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "0010ffff:32", "undefined", "i:1114111 :0"},
    {BITS_UTF32, 0, 1, "ffff1000:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "00110000:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "0000d800:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "00d80000:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "ffffffff:32", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "000000:24", "undefined", "nomatch"},
    {BITS_UTF32, 0, 1, "02:7", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "00:8", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "4142:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "7f:8", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "c280:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "dfbf:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "e0a080:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "efbfbf:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "f0908080:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "f48fbfbf80:33", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "c080:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "c1bf:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "e08080:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "eda080:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "ed9fbf:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "ee8080:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "f4908080:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "f0808080:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "80:8", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "ff:8", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "c2:8", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "e282:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "c241:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "f888808080:40", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "d800dc00:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "00d800dc:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "dc00dc00:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "d800:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "dc000000:32", "undefined", "i:220 :0"},
    {BITS_UTF32, BITS_LITTLE, 1, "d8000041:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "dbffdfff:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "ffff:16", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "004100:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "0010ffff:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "ffff1000:32", "undefined", "i:1114111 :0"},
    {BITS_UTF32, BITS_LITTLE, 1, "00110000:32", "undefined", "i:4352 :0"},
    {BITS_UTF32, BITS_LITTLE, 1, "0000d800:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "00d80000:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "ffffffff:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "000000:24", "undefined", "nomatch"},
    {BITS_UTF32, BITS_LITTLE, 1, "02:7", "undefined", "nomatch"},
    {BITS_UTF16, BITS_NATIVE, 1, "00d800dc:32", "undefined", "i:65536 :0"},
    {BITS_UTF16, BITS_NATIVE, 1, "ffff1000:32", "undefined", "i:65535 1000:16"},
    {BITS_UTF32, BITS_NATIVE, 1, "00d800dc:32", "undefined", "nomatch"},
    {BITS_UTF32, BITS_NATIVE, 1, "ffff1000:32", "undefined", "i:1114111 :0"},
};

/* ---- the tables, against OTP 25 ---------------------------------------- */

/* Run one construction case with `pre` bits (0 or 3) before and `post`
 * bits (0 or 5) after the segment. */
static void run_construct(const CCase *c, size_t idx, unsigned pre,
                          unsigned post)
{
    Term value = parse_value(c->value, strlen(c->value));
    Term size = parse_size(c->size);
    uint8_t pre_bits = 0xA0; /* 101; the post segment is 11111 */
    BitsSeg segs[3];
    size_t n = 0;
    if (pre)
        segs[n++] = seg(BITS_BITSTRING, 0, 1,
                        binary_from_bits(&pre_bits, pre), make_small(pre));
    segs[n++] = seg(c->type, c->flags, c->unit, value, size);
    if (post)
        segs[n++] = seg(BITS_INTEGER, 0, 1, make_small(0x1F), make_small(post));
    Term reason = NONE;
    Term r = bits_create(segs, n, &reason);
    if (c->expect[0] == '!') {
        ck_assert_msg(r == NONE, "case %zu (%s %s): expected %s", idx,
                      c->value, c->size, c->expect);
        ck_assert_msg(reason == atom_from_cstr(c->expect + 1),
                      "case %zu: reason %s, expected %s", idx,
                      term_is_atom(reason) ? atom_name(reason) : "?",
                      c->expect);
        return;
    }
    char got[256];
    if (r == NONE)
        ck_abort_msg("case %zu (type %d flags %u unit %u value %s size %s): "
                     "error %s, expected %s",
                     idx, c->type, c->flags, c->unit, c->value, c->size,
                     term_is_atom(reason) ? atom_name(reason) : "?",
                     c->expect);
    Term want = parse_bits(c->expect, strlen(c->expect));
    uint64_t wn = binary_bit_size(want);
    ck_assert_uint_eq(binary_bit_size(r), pre + wn + post);
    if (!same_bits(r, pre, want, 0, wn)) {
        show(binary_sub(r, pre, wn), got, sizeof got);
        ck_abort_msg("case %zu (type %d flags %u unit %u value %s size %s, "
                     "offset %u): got %s, expected %s",
                     idx, c->type, c->flags, c->unit, c->value, c->size, pre,
                     got, c->expect);
    }
    if (pre)
        ck_assert_uint_eq(binary_get_byte(r, 0) & 0xE0, 0xA0);
    if (post)
        ck_assert_uint_eq(binary_get_byte(r, pre + wn) & 0xF8, 0xF8);
}

START_TEST(construct_table)
{
    size_t n = sizeof construct_cases / sizeof construct_cases[0];
    for (size_t i = 0; i < n; i++) {
        run_construct(&construct_cases[i], i, 0, 0);
        run_construct(&construct_cases[i], i, 3, 5);
    }
}
END_TEST

static void run_match(const MCase *c, size_t idx, unsigned shift)
{
    Term in = parse_bits(c->input, strlen(c->input));
    if (shift)
        in = shifted(in, shift);
    BitsSeg s = seg(c->type, c->flags, c->unit, NIL, parse_size(c->size));
    Term v = NONE, rest = NONE;
    bool ok = bits_match(in, &s, &v, &rest);
    char got[512];
    if (!strcmp(c->expect, "nomatch")) {
        if (ok)
            show(v, got, sizeof got);
        ck_assert_msg(!ok, "case %zu (type %d flags %u unit %u input %s size "
                      "%s shift %u): matched %s, expected no match",
                      idx, c->type, c->flags, c->unit, c->input, c->size,
                      shift, ok ? got : "");
        return;
    }
    const char *sp = strchr(c->expect, ' ');
    Term want = parse_value(c->expect, (size_t)(sp - c->expect));
    Term want_rest = parse_bits(sp + 1, strlen(sp + 1));
    ck_assert_msg(ok, "case %zu (type %d flags %u unit %u input %s size %s "
                  "shift %u): no match, expected %s",
                  idx, c->type, c->flags, c->unit, c->input, c->size, shift,
                  c->expect);
    if (!same_value(v, want)) {
        show(v, got, sizeof got);
        ck_abort_msg("case %zu (type %d flags %u unit %u input %s size %s "
                     "shift %u): got %s, expected %s",
                     idx, c->type, c->flags, c->unit, c->input, c->size,
                     shift, got, c->expect);
    }
    ck_assert_msg(same_bitstring(rest, want_rest), "case %zu: rest", idx);
}

START_TEST(match_table)
{
    size_t n = sizeof match_cases / sizeof match_cases[0];
    for (size_t i = 0; i < n; i++)
        for (unsigned shift = 0; shift < 8; shift++)
            run_match(&match_cases[i], i, shift);
}
END_TEST

/* ---- hand-picked cases (values from erl) ------------------------------- */

static Term build1(BitsType type, uint32_t flags, uint32_t unit, Term v,
                   Term size)
{
    BitsSeg s = seg(type, flags, unit, v, size);
    Term reason;
    return bits_create(&s, 1, &reason);
}

START_TEST(examples_from_the_brief)
{
    /* <<-1:12/little>> = <<255,15:4>> */
    Term r = build1(BITS_INTEGER, BITS_LITTLE, 1, make_small(-1),
                    make_small(12));
    ck_assert_uint_eq(binary_bit_size(r), 12);
    ck_assert_uint_eq(binary_get_byte(r, 0), 0xFF);
    ck_assert_uint_eq(binary_get_byte(r, 8), 0xF0);
    /* <<1.5:16/float>> = <<62,0>> */
    r = build1(BITS_FLOAT, 0, 1, make_float(1.5), make_small(16));
    ck_assert(term_is_binary(r) && binary_byte_size(r) == 2);
    ck_assert_uint_eq(binary_bytes(r)[0], 62);
    ck_assert_uint_eq(binary_bytes(r)[1], 0);
    /* <<X:7/signed, Rest/bits>> = <<255,15:4>>: X = -1, Rest = <<31:5>> */
    uint8_t in[] = {0xFF, 0xF0};
    Term b = binary_from_bits(in, 12);
    BitsSeg s = seg(BITS_INTEGER, BITS_SIGNED, 1, NIL, make_small(7));
    Term v, rest;
    ck_assert(bits_match(b, &s, &v, &rest));
    ck_assert(v == make_small(-1));
    ck_assert_uint_eq(binary_bit_size(rest), 5);
    ck_assert_uint_eq(binary_get_byte(rest, 0), 31 << 3);
    /* the rest is a window on the same buffer, not a copy */
    ck_assert(binary_ptr(rest)->buf == binary_ptr(b)->buf);
}
END_TEST

START_TEST(no_segments_and_bad_input)
{
    Term reason = NONE;
    Term r = bits_create(NULL, 0, &reason);
    ck_assert(term_is_binary(r) && binary_bit_size(r) == 0);
    BitsSeg s = seg(BITS_INTEGER, 0, 1, NIL, make_small(8));
    Term v = NONE, rest = NONE;
    ck_assert(!bits_match(make_small(1), &s, &v, &rest));
    ck_assert(!bits_match(NIL, &s, &v, &rest));
    ck_assert(v == NONE && rest == NONE);
    /* integer, float, utf segments with size `all` */
    Term bin = binary_from_bytes((const uint8_t *)"abcd", 4);
    BitsSeg a = seg(BITS_INTEGER, 0, 1, make_small(1), ATOM_all);
    ck_assert(bits_create(&a, 1, &reason) == NONE);
    ck_assert(reason == ATOM_badarg);
    ck_assert(!bits_match(bin, &a, &v, &rest));
    a.type = BITS_FLOAT;
    ck_assert(bits_create(&a, 1, &reason) == NONE);
    ck_assert(!bits_match(bin, &a, &v, &rest));
}
END_TEST

/* system_limit wins over badarg in any other segment, as on the BEAM:
 * <<V:S, W/float>> with V = 0, S = 1 bsl 60, W = a is system_limit, and
 * so is <<V/bits, W:S>> with V = abc, S = 1 bsl 60. */
START_TEST(system_limit_beats_badarg)
{
    Term huge = arith_bsl(make_small(1), make_small(60));
    BitsSeg s1[2] = {seg(BITS_INTEGER, 0, 1, make_small(0), huge),
                     seg(BITS_FLOAT, 0, 1, A("a"), ATOM_undefined)};
    Term reason = NONE;
    ck_assert(bits_create(s1, 2, &reason) == NONE);
    ck_assert(reason == ATOM_system_limit);
    BitsSeg s2[2] = {seg(BITS_BITSTRING, 0, 1, A("abc"), ATOM_all),
                     seg(BITS_INTEGER, 0, 1, make_small(1), huge)};
    ck_assert(bits_create(s2, 2, &reason) == NONE);
    ck_assert(reason == ATOM_system_limit);
    /* <<0:(1 bsl 58)/unit:256>>: size * unit overflows */
    Term s58 = arith_bsl(make_small(1), make_small(58));
    BitsSeg s3 = seg(BITS_INTEGER, 0, 256, make_small(0), s58);
    ck_assert(bits_create(&s3, 1, &reason) == NONE);
    ck_assert(reason == ATOM_system_limit);
    /* a bad value with a huge but not absurd size is badarg before any
     * allocation: <<V:S, W/binary>> with S = 1 bsl 58, W = abc */
    BitsSeg s4[2] = {seg(BITS_INTEGER, 0, 1, make_small(0), s58),
                     seg(BITS_BINARY, 0, 8, A("abc"), ATOM_all)};
    ck_assert(bits_create(s4, 2, &reason) == NONE);
    ck_assert(reason == ATOM_badarg);
}
END_TEST

/* utf8 of the edge code points, unaligned too (erl:
 * <<1:1, 16#10FFFF/utf8>> = <<250,71,223,223,1:1>>). */
START_TEST(utf_edges)
{
    static const struct {
        uint32_t cp;
        const char *utf8, *utf16, *utf32;
    } e[] = {
        {0x7F, "7f", "007f", "0000007f"},
        {0x80, "c280", "0080", "00000080"},
        {0x7FF, "dfbf", "07ff", "000007ff"},
        {0x800, "e0a080", "0800", "00000800"},
        {0xFFFF, "efbfbf", "ffff", "0000ffff"},
        {0x10000, "f0908080", "d800dc00", "00010000"},
        {0x10FFFF, "f48fbfbf", "dbffdfff", "0010ffff"},
    };
    for (size_t i = 0; i < sizeof e / sizeof e[0]; i++) {
        const char *enc[3] = {e[i].utf8, e[i].utf16, e[i].utf32};
        for (int t = 0; t < 3; t++) {
            char spec[40];
            snprintf(spec, sizeof spec, "%s:%zu", enc[t], strlen(enc[t]) * 4);
            Term want = parse_bits(spec, strlen(spec));
            Term r = build1((BitsType)(BITS_UTF8 + t), 0, 1,
                            make_small(e[i].cp), ATOM_undefined);
            ck_assert_msg(same_bitstring(r, want), "cp %x type %d",
                          e[i].cp, t);
            BitsSeg s = seg((BitsType)(BITS_UTF8 + t), 0, 1, NIL,
                            ATOM_undefined);
            Term v, rest;
            ck_assert(bits_match(shifted(want, 3), &s, &v, &rest));
            ck_assert(v == make_small(e[i].cp));
            ck_assert_uint_eq(binary_bit_size(rest), 0);
        }
    }
    uint8_t one = 0x80;
    BitsSeg s[2] = {seg(BITS_BITSTRING, 0, 1, binary_from_bits(&one, 1),
                        ATOM_all),
                    seg(BITS_UTF8, 0, 1, make_small(0x10FFFF),
                        ATOM_undefined)};
    Term reason;
    Term r = bits_create(s, 2, &reason);
    Term want = parse_bits("fa47dfdf80:33", 13);
    ck_assert(same_bitstring(r, want));
}
END_TEST

/* A 10 MB binary segment, aligned and at an odd offset, and matching it
 * back out (no copy). */
START_TEST(big_binary_segment)
{
    size_t n = 10u << 20;
    uint8_t *data;
    Term big = binary_alloc(n, &data);
    for (size_t i = 0; i < n; i++)
        data[i] = (uint8_t)(i * 7 + (i >> 11));
    uint8_t three = 0xA0;
    BitsSeg s[3] = {seg(BITS_BITSTRING, 0, 1, binary_from_bits(&three, 3),
                        ATOM_all),
                    seg(BITS_BINARY, 0, 8, big, ATOM_all),
                    seg(BITS_INTEGER, 0, 1, make_small(-1), make_small(5))};
    Term reason;
    clock_t t0 = clock();
    Term r = bits_create(s, 3, &reason);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ck_assert_msg(secs < 2.0, "10 MB unaligned segment took %.2f s", secs);
    ck_assert_uint_eq(binary_bit_size(r), 3 + (uint64_t)n * 8 + 5);
    ck_assert(same_bits(r, 3, big, 0, (uint64_t)n * 8));
    ck_assert_uint_eq(binary_get_byte(r, 3 + (uint64_t)n * 8), 0xF8);
    /* aligned: memcpy */
    Term r2 = bits_create(&s[1], 1, &reason);
    ck_assert(same_bitstring(r2, big));
    /* match it back from the unaligned result: a window, no copy */
    BitsSeg m1 = seg(BITS_INTEGER, 0, 1, NIL, make_small(3));
    BitsSeg m2 = seg(BITS_BINARY, 0, 8, NIL, make_small((int64_t)n));
    Term v, rest, v2, rest2;
    ck_assert(bits_match(r, &m1, &v, &rest));
    ck_assert(v == make_small(5));
    ck_assert(bits_match(rest, &m2, &v2, &rest2));
    ck_assert(binary_ptr(v2)->buf == binary_ptr(r)->buf);
    ck_assert(same_bitstring(v2, big));
    ck_assert_uint_eq(binary_bit_size(rest2), 5);
    /* a prefix of a binary: <<B:4/binary>> */
    Term p = build1(BITS_BINARY, 0, 8, big, make_small(4));
    ck_assert(same_bitstring(p, binary_sub(big, 0, 32)));
}
END_TEST

/* A 100,000,000-bit integer segment of a small value is a sign fill. */
START_TEST(huge_integer_segment)
{
    Term r = build1(BITS_INTEGER, 0, 1, make_small(-2), make_small(100000003));
    ck_assert_uint_eq(binary_bit_size(r), 100000003);
    ck_assert_uint_eq(binary_get_byte(r, 0), 0xFF);
    ck_assert_uint_eq(binary_get_byte(r, 50000000), 0xFF);
    ck_assert_uint_eq(binary_get_byte(r, 100000003 - 8), 0xFE);
    Term l = build1(BITS_INTEGER, BITS_LITTLE, 1, make_small(5),
                    make_small(80000004));
    ck_assert_uint_eq(binary_get_byte(l, 0), 5);
    ck_assert_uint_eq(binary_get_byte(l, 8), 0);
    ck_assert_uint_eq(binary_get_byte(l, 80000000), 0);
    /* matching 40,000,008 bits: more than the biggest bignum, no match
     * (erl: <<X:40000008, _/bits>> = <<1, 0:40000000>> fails) */
    uint8_t *data;
    Term b = binary_alloc(5000001, &data);
    memset(data, 0, 5000001);
    data[0] = 1;
    BitsSeg s = seg(BITS_INTEGER, 0, 1, NIL, make_small(40000008));
    Term v, rest;
    ck_assert(!bits_match(b, &s, &v, &rest));
    /* but with the top byte zero it is an integer of 40,000,000 bits:
     * still too big */
    data[0] = 0;
    data[1] = 1;
    ck_assert(!bits_match(b, &s, &v, &rest));
    /* and all zeros is 0 */
    data[1] = 0;
    ck_assert(bits_match(b, &s, &v, &rest) && v == make_small(0));
}
END_TEST

/* A 1000-bit integer: 2^999 + 12345 built big and little, at an offset,
 * matched back signed and unsigned. */
START_TEST(thousand_bit_integer)
{
    Term x = arith_add(arith_bsl(make_small(1), make_small(999)),
                       make_small(12345));
    Term neg = arith_neg(x);
    for (int little = 0; little < 2; little++) {
        uint32_t fl = little ? BITS_LITTLE : 0;
        Term r = build1(BITS_INTEGER, fl, 1, x, make_small(1000));
        ck_assert_uint_eq(binary_bit_size(r), 1000);
        if (!little) {
            ck_assert_uint_eq(binary_get_byte(r, 0), 0x80);
            ck_assert_uint_eq(binary_get_byte(r, 1000 - 16), 0x30);
            ck_assert_uint_eq(binary_get_byte(r, 1000 - 8), 0x39);
        }
        for (unsigned sh = 0; sh < 8; sh += 3) {
            Term in = shifted(r, sh);
            BitsSeg u = seg(BITS_INTEGER, fl, 1, NIL, make_small(1000));
            BitsSeg sg = seg(BITS_INTEGER, fl | BITS_SIGNED, 1, NIL,
                             make_small(1000));
            Term v, rest;
            ck_assert(bits_match(in, &u, &v, &rest));
            ck_assert(bignum_compare(v, x) == 0);
            /* as signed, bit 999 is the sign: x - 2^1000 */
            ck_assert(bits_match(in, &sg, &v, &rest));
            Term want = arith_sub(x, arith_bsl(make_small(1),
                                               make_small(1000)));
            ck_assert(bignum_compare(v, want) == 0);
        }
        /* -x in 1001 bits round trips as signed */
        Term rn = build1(BITS_INTEGER, fl, 1, neg, make_small(1001));
        BitsSeg sg = seg(BITS_INTEGER, fl | BITS_SIGNED, 1, NIL,
                         make_small(1001));
        Term v, rest;
        ck_assert(bits_match(shifted(rn, 5), &sg, &v, &rest));
        ck_assert(bignum_compare(v, neg) == 0);
    }
}
END_TEST

/* The result of a build that is not a whole number of bytes can still be
 * appended to in place. */
START_TEST(appending_to_a_result)
{
    Term r = build1(BITS_INTEGER, 0, 1, make_small(5), make_small(3));
    uint8_t b = 0xFF;
    Term r2 = binary_append_bits(r, &b, 8);
    ck_assert_uint_eq(binary_bit_size(r2), 11);
    ck_assert_uint_eq(binary_get_byte(r2, 0), 0xBF);
    ck_assert_uint_eq(binary_get_byte(r2, 8), 0xE0);
    ck_assert_uint_eq(binary_bit_size(r), 3);
}
END_TEST

/* <<Acc/binary, B:8>> in a loop, as the compiler emits it: bits_create
 * must extend Acc's buffer in place, so a 1,000,000-byte build makes only
 * a logarithmic number of copies (it made one per byte before). */
START_TEST(append_construction_reuses_the_buffer)
{
    Term acc = binary_empty();
    uint64_t copies0 = binary_extend_copies();
    size_t buffers = 0;
    BinBuf *last = NULL;
    Term reason = NONE;
    Term at_1000 = NONE;
    for (int i = 0; i < 1000000; i++) {
        BitsSeg segs[2] = {
            seg(BITS_BINARY, 0, 8, acc, ATOM_all),
            seg(BITS_INTEGER, 0, 1, make_small((i * 31 + 7) & 255),
                make_small(8)),
        };
        acc = bits_create(segs, 2, &reason);
        ck_assert(acc != NONE);
        if (binary_ptr(acc)->buf != last) {
            buffers++;
            last = binary_ptr(acc)->buf;
        }
        if (i == 999)
            at_1000 = acc;
    }
    ck_assert_uint_eq(binary_byte_size(acc), 1000000);
    ck_assert_msg(buffers < 40, "%zu buffers for 1M appends", buffers);
    ck_assert_msg(binary_extend_copies() - copies0 < 40, "%llu copies",
                  (unsigned long long)(binary_extend_copies() - copies0));
    for (int i = 0; i < 1000000; i += 997)
        ck_assert_uint_eq(binary_bytes(acc)[i], (uint8_t)((i * 31 + 7) & 255));
    /* an earlier value is unchanged, and appending to it again copies */
    ck_assert_uint_eq(binary_byte_size(at_1000), 1000);
    BitsSeg again[2] = {seg(BITS_BINARY, 0, 8, at_1000, ATOM_all),
                        seg(BITS_INTEGER, 0, 1, make_small(1), make_small(8))};
    Term fork = bits_create(again, 2, &reason);
    ck_assert_uint_eq(binary_byte_size(fork), 1001);
    ck_assert_uint_eq(binary_bytes(fork)[1000], 1);
    ck_assert_uint_eq(binary_bytes(acc)[1000], (uint8_t)((1000 * 31 + 7) & 255));
    ck_assert(binary_ptr(fork)->buf != binary_ptr(acc)->buf);
}
END_TEST

/* Unaligned appends in place: <<Acc/bitstring, 1:1>> then a fork from the
 * same prefix must not see the first one's bit. */
START_TEST(append_construction_unaligned)
{
    Term reason = NONE;
    Term acc = binary_empty();
    for (int i = 0; i < 20; i++) {
        BitsSeg segs[2] = {seg(BITS_BITSTRING, 0, 1, acc, ATOM_all),
                           seg(BITS_INTEGER, 0, 1, make_small(i & 1),
                               make_small(1))};
        acc = bits_create(segs, 2, &reason);
    }
    ck_assert_uint_eq(binary_bit_size(acc), 20);
    ck_assert_uint_eq(binary_get_byte(acc, 0), 0x55);
    ck_assert_uint_eq(binary_get_byte(acc, 8), 0x55);
    ck_assert_uint_eq(binary_get_byte(acc, 16), 0x50);
    Term pre = binary_sub(acc, 0, 20);
    BitsSeg one[2] = {seg(BITS_BITSTRING, 0, 1, acc, ATOM_all),
                      seg(BITS_INTEGER, 0, 1, make_small(7), make_small(3))};
    Term a = bits_create(one, 2, &reason);
    BitsSeg two[2] = {seg(BITS_BITSTRING, 0, 1, pre, ATOM_all),
                      seg(BITS_INTEGER, 0, 1, make_small(0), make_small(2))};
    Term b = bits_create(two, 2, &reason);
    ck_assert_uint_eq(binary_get_byte(a, 16), 0x5E);
    ck_assert_uint_eq(binary_bit_size(b), 22);
    ck_assert_uint_eq(binary_get_byte(b, 16), 0x50);
    ck_assert_uint_eq(binary_get_byte(a, 16), 0x5E);
}
END_TEST

/* ---- randomized round trip -------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static Term random_integer(void)
{
    switch (rnd() % 5) {
    case 0:
        return make_small((int64_t)(rnd() % 2001) - 1000);
    case 1:
        return make_int64((int64_t)rnd() >> (rnd() % 64));
    case 2: /* +-2^k: zero low limbs */
        return arith_mul(make_small(rnd() & 1 ? 1 : -1),
                         arith_bsl(make_small(1), make_small(rnd() % 260)));
    default: {
        uint64_t limbs[5];
        size_t n = 1 + rnd() % 5;
        for (size_t i = 0; i < n; i++)
            limbs[i] = rnd();
        return bignum_from_limbs(limbs, n, rnd() & 1);
    }
    }
}

/* v reduced to `bits` bits, read back signed or unsigned. */
static Term wrap(Term v, uint64_t bits, bool is_signed)
{
    if (bits == 0)
        return make_small(0);
    Term m = arith_bsl(make_small(1), make_small((int64_t)bits));
    Term mask = arith_sub(m, make_small(1));
    if (!is_signed)
        return arith_band(v, mask);
    Term h = arith_bsl(make_small(1), make_small((int64_t)bits - 1));
    return arith_sub(arith_band(arith_add(v, h), mask), h);
}

static Term random_bits(uint64_t nbits)
{
    uint8_t buf[64];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)rnd();
    unsigned sh = (unsigned)(rnd() % 8);
    Term t = binary_from_bits(buf, nbits + sh);
    return binary_sub(t, sh, nbits);
}

typedef struct Planned {
    BitsSeg seg;  /* as built */
    BitsSeg pat;  /* as matched */
    Term expect;
} Planned;

static void plan_one(Planned *p, bool last)
{
    uint32_t end = (uint32_t)(rnd() % 3);
    uint32_t flags = end == 1 ? BITS_LITTLE : end == 2 ? BITS_NATIVE : 0;
    switch (rnd() % 6) {
    case 0: { /* integer */
        uint64_t size = rnd() % 4 == 0 ? rnd() % 300 : rnd() % 70;
        uint32_t unit = rnd() % 4 == 0 ? 1 + (uint32_t)(rnd() % 9) : 1;
        size /= unit;
        bool sg = rnd() & 1;
        Term v = random_integer();
        p->seg = seg(BITS_INTEGER, flags, unit, v, make_small((int64_t)size));
        p->pat = seg(BITS_INTEGER, flags | (sg ? BITS_SIGNED : 0), unit, NIL,
                     make_small((int64_t)size));
        p->expect = wrap(v, size * unit, sg);
        break;
    }
    case 1: { /* float */
        static const int sizes[] = {16, 32, 64};
        int size = sizes[rnd() % 3];
        double d;
        if (size == 16) {
            uint16_t h;
            do
                h = (uint16_t)rnd();
            while ((h & 0x7C00) == 0x7C00);
            int e = (h >> 10) & 0x1F, m = h & 0x3FF;
            d = e ? ldexp(m + 1024, e - 25) : ldexp(m, -24);
            if (h & 0x8000)
                d = -d;
        } else if (size == 32) {
            d = (double)(float)((double)(int64_t)rnd() / (double)(rnd() | 1));
        } else {
            uint64_t u;
            do
                u = rnd();
            while (((u >> 52) & 0x7FF) == 0x7FF);
            memcpy(&d, &u, 8);
        }
        Term v = make_float(d);
        p->seg = seg(BITS_FLOAT, flags, 1, v, make_small(size));
        p->pat = seg(BITS_FLOAT, flags, 1, NIL, make_small(size));
        p->expect = v;
        break;
    }
    case 2:
    case 3: { /* binary or bitstring */
        bool bytes = rnd() & 1;
        uint64_t n = rnd() % 200;
        if (bytes)
            n &= ~(uint64_t)7;
        Term v = random_bits(n);
        uint32_t unit = bytes ? 8 : 1;
        bool all = last && (rnd() & 1);
        Term size = all ? ATOM_all : make_small((int64_t)(n / unit));
        p->seg = seg(bytes ? BITS_BINARY : BITS_BITSTRING, 0, unit, v,
                     rnd() & 1 ? ATOM_all : size);
        p->pat = seg(bytes ? BITS_BINARY : BITS_BITSTRING, 0, unit, NIL,
                     size);
        p->expect = v;
        break;
    }
    default: { /* utf */
        uint32_t cp;
        do
            cp = (uint32_t)(rnd() % 4 ? rnd() % 0x800 : rnd() % 0x110000);
        while (cp >= 0xD800 && cp <= 0xDFFF);
        BitsType t = (BitsType)(BITS_UTF8 + rnd() % 3);
        p->seg = seg(t, flags, 1, make_small(cp), ATOM_undefined);
        p->pat = seg(t, flags, 1, NIL, ATOM_undefined);
        p->expect = make_small(cp);
        break;
    }
    }
}

START_TEST(random_round_trip)
{
    for (int iter = 0; iter < 20000; iter++) {
        Planned p[8];
        BitsSeg segs[8];
        size_t n = 1 + rnd() % 8;
        for (size_t i = 0; i < n; i++) {
            plan_one(&p[i], i == n - 1);
            segs[i] = p[i].seg;
        }
        Term reason = NONE;
        Term r = bits_create(segs, n, &reason);
        ck_assert_msg(r != NONE, "iteration %d: build failed", iter);
        Term rest = r;
        for (size_t i = 0; i < n; i++) {
            Term v;
            ck_assert_msg(bits_match(rest, &p[i].pat, &v, &rest),
                          "iteration %d segment %zu (type %d): no match",
                          iter, i, p[i].seg.type);
            if (!same_value(v, p[i].expect)) {
                char got[512], want[512];
                show(v, got, sizeof got);
                show(p[i].expect, want, sizeof want);
                ck_abort_msg("iteration %d segment %zu (type %d flags %u "
                             "unit %u): got %s, expected %s",
                             iter, i, p[i].seg.type, p[i].pat.flags,
                             p[i].seg.unit, got, want);
            }
        }
        ck_assert_uint_eq(binary_bit_size(rest), 0);
    }
}
END_TEST

Suite *bits_suite(void)
{
    Suite *s = suite_create("bits");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, construct_table);
    tcase_add_test(tc, match_table);
    tcase_add_test(tc, examples_from_the_brief);
    tcase_add_test(tc, no_segments_and_bad_input);
    tcase_add_test(tc, system_limit_beats_badarg);
    tcase_add_test(tc, utf_edges);
    tcase_add_test(tc, big_binary_segment);
    tcase_add_test(tc, huge_integer_segment);
    tcase_add_test(tc, thousand_bit_integer);
    tcase_add_test(tc, appending_to_a_result);
    tcase_add_test(tc, append_construction_reuses_the_buffer);
    tcase_add_test(tc, append_construction_unaligned);
    tcase_add_test(tc, random_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

/* The generator (escript gen.escript in an empty directory writes
 * bits_cases.h, pasted above):
 *
 * #!/usr/bin/env escript
 * %% Generates tests/unit check_bits tables from OTP 25's compiled bit syntax.
 * -mode(compile).
 *
 * types() -> [integer, float, binary, bitstring, utf8, utf16, utf32].
 * ends() -> [big, little, native].
 * signs() -> [unsigned, signed].
 * units() -> [1, 3, 8, 16].
 *
 * tname(integer) -> "BITS_INTEGER"; tname(float) -> "BITS_FLOAT";
 * tname(binary) -> "BITS_BINARY"; tname(bitstring) -> "BITS_BITSTRING";
 * tname(utf8) -> "BITS_UTF8"; tname(utf16) -> "BITS_UTF16"; tname(utf32) -> "BITS_UTF32".
 *
 * fname(T, E, S, U, Sized) ->
 *     list_to_atom(lists:flatten(io_lib:format("~p_~p_~p_~p_~p", [T, E, S, U, Sized]))).
 *
 * %% Build the module source: one constructor and one matcher per combination.
 * src() ->
 *     Fs = [begin
 *               Spec = lists:flatten(io_lib:format("~p-~p-~p~s", [T, E, S,
 *                       case U of 0 -> ""; _ -> io_lib:format("-unit:~p", [U]) end])),
 *               Name = fname(T, E, S, U, Sized),
 *               case Sized of
 *                   true ->
 *                       io_lib:format("'c_~s'(V, Sz) -> <<V:Sz/~s>>.~n"
 *                                     "'m_~s'(B, Sz) -> case B of <<X:Sz/~s, R/bits>> -> {X, R}; _ -> nomatch end.~n",
 *                                     [Name, Spec, Name, Spec]);
 *                   false when T == binary; T == bitstring ->
 *                       io_lib:format("'c_~s'(V, _) -> <<V/~s>>.~n"
 *                                     "'m_~s'(B, _) -> case B of <<X/~s>> -> {X, <<>>}; _ -> nomatch end.~n",
 *                                     [Name, Spec, Name, Spec]);
 *                   false ->
 *                       io_lib:format("'c_~s'(V, _) -> <<V/~s>>.~n"
 *                                     "'m_~s'(B, _) -> case B of <<X/~s, R/bits>> -> {X, R}; _ -> nomatch end.~n",
 *                                     [Name, Spec, Name, Spec])
 *               end
 *           end || T <- types(), E <- ends(), S <- signs(), U <- [0 | units()], Sized <- [true, false],
 *                  ok(T, U, Sized)],
 *     "-module(bs).\n-compile([export_all, nowarn_export_all]).\n" ++ lists:flatten(Fs).
 *
 * ok(T, U, Sized) when T == utf8; T == utf16; T == utf32 -> U == 0 andalso not Sized;
 * ok(bitstring, U, _) when U > 1 -> false;
 * ok(_, U, Sized) -> Sized orelse U == 0.
 *
 * hex(B) ->
 *     N = bit_size(B),
 *     Pad = (8 - N rem 8) rem 8,
 *     Bytes = <<B/bits, 0:Pad>>,
 *     lists:flatten([io_lib:format("~2.16.0b", [X]) || <<X>> <= Bytes]) ++ ":" ++ integer_to_list(N).
 *
 * val(V) when is_integer(V) -> "i:" ++ integer_to_list(V);
 * val(V) when is_float(V) -> "f:" ++ float_to_list(V, [short]);
 * val(V) when is_bitstring(V) -> "b:" ++ hex(V);
 * val(V) when is_atom(V) -> "a:" ++ atom_to_list(V);
 * val([V]) when is_integer(V) -> "l:" ++ integer_to_list(V).
 *
 * szs(undefined) -> "undefined";
 * szs(V) -> lists:flatten(val(V)).
 *
 * cstr(S) -> [$", S, $"].
 *
 * flags(E, S) ->
 *     L = [case E of little -> "BITS_LITTLE"; native -> "BITS_NATIVE"; big -> [] end,
 *          case S of signed -> "BITS_SIGNED"; unsigned -> [] end],
 *     case [X || X <- L, X =/= []] of [] -> "0"; Xs -> string:join(Xs, " | ") end.
 *
 * construct(T, E, S, U0, V, Sz) ->
 *     Sized = Sz =/= undefined,
 *     U = case Sized of true -> U0; false -> 0 end,
 *     F = list_to_atom("c_" ++ atom_to_list(fname(T, E, S, U, Sized))),
 *     R = try {ok, bs:F(V, Sz)} catch error:Rs -> {error, Rs} end,
 *     Exp = case R of {ok, B} -> hex(B); {error, Rsn} -> "!" ++ atom_to_list(Rsn) end,
 *     io_lib:format("    {~s, ~s, ~p, ~s, ~s, ~s},~n",
 *                   [tname(T), flags(E, S), unit(T, U), cstr(val(V)), cstr(szs(Sz)), cstr(Exp)]).
 *
 * unit(binary, 0) -> 8;   % the default unit of binary when none is given
 * unit(_, 0) -> 1;
 * unit(_, U) -> U.
 *
 * match(T, E, S, U0, B, Sz) ->
 *     Sized = Sz =/= undefined,
 *     U = case Sized of true -> U0; false -> 0 end,
 *     F = list_to_atom("m_" ++ atom_to_list(fname(T, E, S, U, Sized))),
 *     R = bs:F(B, Sz),
 *     Exp = case R of nomatch -> "nomatch"; {X, Rest} -> val(X) ++ " " ++ hex(Rest) end,
 *     io_lib:format("    {~s, ~s, ~p, ~s, ~s, ~s},~n",
 *                   [tname(T), flags(E, S), unit(T, U), cstr(hex(B)), cstr(szs(Sz)), cstr(Exp)]).
 *
 * main(_) ->
 *     ok = file:write_file("bs.erl", src()),
 *     {ok, bs} = compile:file("bs.erl", [report_errors]),
 *     code:add_path("."),
 *     {module, bs} = code:load_file(bs),
 *     Big = (1 bsl 100) + 12345678901234567890,
 *     IntVals = [0, 1, -1, 5, 128, -128, 16#abc, -16#abc, -16#123456789,
 *                (1 bsl 59) - 1, -(1 bsl 59), (1 bsl 64) - 1, -(1 bsl 63), Big, -Big, -(1 bsl 200) + 1, -(1 bsl 128), 1.0, a],
 *     IntSizes = [undefined, 0, 1, 3, 8, 12, 13, 31, 60, 64, 65, 75, 101, 205, -1, a, 1 bsl 59, -(1 bsl 64)],
 *     C1 = [construct(integer, E, S, U, V, Sz) || E <- [big, little], S <- [unsigned], U <- [1],
 *             V <- IntVals, Sz <- IntSizes],
 *     C2 = [construct(integer, E, unsigned, U, V, Sz) || E <- [big, little], U <- [3, 16],
 *             V <- [-1, 5, 16#abc, -Big], Sz <- [1, 3, 5]],
 *     FVals = [0.0, -0.0, 1.5, -1.5, 0.1, 1.0e300, -1.0e300, 1.0e-300, 3.4028235677973366e38, 65504.0, 65519.0, 65520.0, 6.0e-8, 3.0e-8, 2.9802322387695312e-8, 2.98023223876953e-8, 1.0e-5, 1.00048828125, 1.0004882812509095,
 *              0, -3, 65520, 16777217, (1 bsl 54) + (1 bsl 30) + 1, (1 bsl 59) - 1, -Big, 1 bsl 1023, 1 bsl 1024, a],
 *     C3 = [construct(float, E, unsigned, 1, V, Sz) || E <- [big, little], V <- FVals, Sz <- [undefined, 16, 32, 64, 0, 24]]
 *       ++ [construct(float, native, unsigned, 1, V, Sz) || V <- [1.5, -3], Sz <- [16, 32, 64]]
 *       ++ [construct(float, big, unsigned, 1, 1.5, Sz) || Sz <- [-1, a, 1 bsl 64]],
 *     C4 = [construct(float, big, unsigned, U, V, Sz) || U <- [8, 16], V <- [1.5], Sz <- [2, 4, 8]],
 *     BVals = [<<>>, <<1,2,3>>, <<1,2,3,4>>, <<16#ab, 5:4>>, <<5:3>>, <<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17>>, abc, 1, [1]],
 *     C5 = [construct(T, big, unsigned, U, V, Sz) || T <- [binary, bitstring], U <- [1, 3, 8, 16], V <- BVals,
 *             Sz <- [undefined, 0, 1, 3, 4, 12, 17, -1, a], not (T == bitstring andalso U > 1)],
 *     UVals = [0, 16#41, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#D7FF, 16#D800, 16#DFFF, 16#E000, 16#110000, -1, 1 bsl 64, 65.0, a],
 *     C6 = [construct(T, E, unsigned, 1, V, undefined) || T <- [utf8, utf16, utf32], E <- [big, little], V <- UVals]
 *       ++ [construct(T, native, unsigned, 1, V, undefined) || T <- [utf16, utf32], V <- [16#41, 16#10000]]
 *       ++ [construct(integer, native, unsigned, 1, V, Sz) || V <- [16#abc, -Big], Sz <- [12, 75]],
 *     %% matching
 *     MInts = [<<188, 10:4>>, <<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20>>,
 *              <<128,0,0,0,0,0,0,0,0,0,1>>, <<255,255,255,255,255,255,255,255,255,255,255,7:3>>, <<16#f0, 0,0,0,0,0,0,0,0,0, 0:5>>, <<>>],
 *     M1 = [match(integer, E, S, 1, B, Sz) || E <- [big, little], S <- signs(), B <- MInts,
 *             Sz <- [undefined, 0, 1, 3, 7, 9, 12, 13, 20, 59, 60, 61, 64, 65, 75, 83, 160, -1, a, 1 bsl 64]],
 *     M2 = [match(integer, E, S, U, B, Sz) || E <- [big, little], S <- signs(), U <- [3, 16], B <- MInts, Sz <- [1, 3, 5]],
 *     MFl = [<<62,0>>, <<0,62>>, <<124,0>>, <<126,0>>, <<252,0>>, <<0,1>>, <<128,1>>, <<123,255>>, <<4,0>>, <<3,255>>,
 *            <<63,192,0,0,1>>, <<0,0,192,63>>, <<127,128,0,0>>, <<127,192,0,0>>, <<0,0,0,1>>, <<128,0,0,0>>,
 *            <<63,248,0,0,0,0,0,0>>, <<0,0,0,0,0,0,248,63>>, <<127,240,0,0,0,0,0,0>>, <<255,240,0,0,0,0,0,1>>, <<0,0,0,0,0,0,0,1>>, <<127,239,255,255,255,255,255,255>>, <<1,2,3>>],
 *     M3 = [match(float, E, unsigned, 1, B, Sz) || E <- [big, little], B <- MFl, Sz <- [undefined, 16, 32, 64, 0, 24]]
 *       ++ [match(float, native, unsigned, 1, B, Sz) || B <- [<<0,0,192,63>>, <<0,62>>], Sz <- [16, 32]]
 *       ++ [match(float, big, unsigned, 1, <<1,2,3,4,5,6,7,8>>, Sz) || Sz <- [8, -1, a]],
 *     M4 = [match(float, big, unsigned, U, B, Sz) || U <- [8, 16], B <- [<<63,248,0,0,0,0,0,0>>], Sz <- [2, 4, 8]],
 *     MB = [<<>>, <<1,2,3>>, <<1,2,3,4>>, <<16#ab, 5:4>>, <<5:3>>, <<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17>>],
 *     M5 = [match(T, big, unsigned, U, B, Sz) || T <- [binary, bitstring], U <- [1, 3, 8, 16], B <- MB,
 *             Sz <- [undefined, 0, 1, 3, 4, 12, 17, -1, a], not (T == bitstring andalso U > 1)],
 *     MU = [<<0>>, <<65, 66>>, <<127>>, <<194,128>>, <<223,191>>, <<224,160,128>>, <<239,191,191>>, <<240,144,128,128>>, <<244,143,191,191,1:1>>,
 *           <<192,128>>, <<193,191>>, <<224,128,128>>, <<237,160,128>>, <<237,159,191>>, <<238,128,128>>, <<244,144,128,128>>, <<240,128,128,128>>, <<128>>, <<255>>, <<194>>, <<226,130>>, <<194,65>>, <<248,136,128,128,128>>,
 *           <<216,0,220,0>>, <<0,216,0,220>>, <<220,0,220,0>>, <<216,0>>, <<220,0,0,0>>, <<216,0,0,65>>, <<219,255,223,255>>, <<255,255>>, <<0,65,0>>, <<0,16,255,255>>, <<255,255,16,0>>, <<0,17,0,0>>, <<0,0,216,0>>, <<0,216,0,0>>, <<255,255,255,255>>, <<0,0,0>>, <<1:7>>],
 *     M6 = [match(T, E, unsigned, 1, B, undefined) || T <- [utf8, utf16, utf32], E <- [big, little], B <- MU]
 *       ++ [match(T, native, unsigned, 1, B, undefined) || T <- [utf16, utf32], B <- [<<0,216,0,220>>, <<255,255,16,0>>]],
 *     Out = [
 *            "static const CCase construct_cases[] = {\n", C1, C2, C3, C4, C5, C6, "};\n\n",
 *            "static const MCase match_cases[] = {\n", M1, M2, M3, M4, M5, M6, "};\n"],
 *     ok = file:write_file("bits_cases.h", Out),
 *     io:format("~p construct, ~p match~n", [length(C1++C2++C3++C4++C5++C6), length(M1++M2++M3++M4++M5++M6)]).
 */

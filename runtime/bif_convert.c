/* bif_convert.c - erlang BIFs converting between atoms, numbers, lists
 * and binaries: atom_to_list, list_to_integer, float_to_list/2 ...
 *
 * Text input is checked as strictly as the BEAM checks it (no spaces, no
 * underscores, list_to_float wants digits on both sides of the point),
 * and float_to_list/2 reproduces erts' own formatting: {decimals, N}
 * rounds the fraction with round() below 2^53 and 19 decimals and falls
 * back to printf beyond, {scientific, N} is printf's %.Ne, short is the
 * shortest round-trip form (floatfmt.h), and anything longer than the
 * BEAM's 256-byte buffer is badarg.
 */
#include "bif.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "atom.h"
#include "binary.h"
#include "bignum.h"
#include "floatfmt.h"
#include "gc.h"
#include "strbuf.h"
#include "unicode.h"

#include "bifs.def"

/* ---- helpers ------------------------------------------------------ */

/* The bytes of a binary (not a bitstring): a pointer into it when it is
 * byte-aligned, else a copy.  Keep b alive while using the pointer. */
static const uint8_t *bytes_of(Term b, size_t *n)
{
    *n = binary_byte_size(b);
    if (binary_is_aligned(b))
        return binary_bytes(b);
    uint8_t *copy = gc_alloc_atomic(*n ? *n : 1);
    binary_copy_bits(b, 0, (uint64_t)*n * 8, copy);
    return copy;
}

/* A proper list of bytes (0..255) into buf; false for anything else. */
static bool list_to_bytes(Term l, StrBuf *buf)
{
    for (; term_is_cons(l); l = CDR(l)) {
        Term c = CAR(l);
        if (!term_is_small(c) || small_val(c) < 0 || small_val(c) > 255)
            return false;
        strbuf_putc(buf, (char)small_val(c));
    }
    return term_is_nil(l);
}

/* A proper list of Unicode code points as UTF-8 into buf, counting the
 * characters; false when it is not one. */
static bool list_to_utf8(Term l, StrBuf *buf, size_t *chars)
{
    *chars = 0;
    for (; term_is_cons(l); l = CDR(l)) {
        Term c = CAR(l);
        if (!term_is_small(c) || small_val(c) < 0 ||
            small_val(c) > UNICODE_MAX || !unicode_valid((uint32_t)small_val(c)))
            return false;
        strbuf_put_utf8(buf, (uint32_t)small_val(c));
        (*chars)++;
    }
    return term_is_nil(l);
}

/* A base argument: a small in 2..36, else 0. */
static int base_arg(Term b)
{
    if (!term_is_small(b) || small_val(b) < 2 || small_val(b) > 36)
        return 0;
    return (int)small_val(b);
}

/* ---- atoms -------------------------------------------------------- */

Term bif_convert_atom_to_list_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_badarg(p);
    const uint8_t *s = (const uint8_t *)atom_name(args[0]);
    size_t n = atom_length(args[0]);
    /* Decode back to front so the list is built without reversing. */
    Term cps[ATOM_MAX_CHARS];
    size_t k = 0;
    for (size_t i = 0; i < n && k < ATOM_MAX_CHARS;) {
        uint32_t cp;
        int used = utf8_decode(s + i, n - i, &cp);
        if (used < 0) { /* never in the table; keep the byte */
            cp = s[i];
            used = 1;
        }
        cps[k++] = make_small(cp);
        i += (size_t)used;
    }
    return list_from_array(cps, k);
}

/* An atom from UTF-8 text of `chars` characters: system_limit when too
 * long, badarg when `existing` and there is no such atom. */
static Term make_atom_from(Process *p, const char *s, size_t n, size_t chars,
                           bool existing)
{
    if (existing) {
        Term a = chars <= ATOM_MAX_CHARS ? atom_lookup(s, n) : NONE;
        return a != NONE ? a : bif_badarg(p);
    }
    if (chars > ATOM_MAX_CHARS)
        return bif_error(p, ATOM_system_limit);
    Term a = atom_intern(s, n);
    return a != NONE ? a : bif_error(p, ATOM_system_limit);
}

static Term list_to_atom(Process *p, Term l, bool existing)
{
    StrBuf buf;
    size_t chars;
    strbuf_init(&buf);
    if (!list_to_utf8(l, &buf, &chars))
        return bif_badarg(p);
    return make_atom_from(p, buf.data, buf.len, chars, existing);
}

Term bif_convert_list_to_atom_1(Process *p, const Term *args)
{
    return list_to_atom(p, args[0], false);
}

Term bif_convert_list_to_existing_atom_1(Process *p, const Term *args)
{
    return list_to_atom(p, args[0], true);
}

/* An encoding argument: 1 for latin1, 2 for unicode/utf8, 0 otherwise. */
static int encoding_arg(Term e)
{
    if (e == ATOM_latin1)
        return 1;
    if (e == ATOM_unicode || e == ATOM_utf8)
        return 2;
    return 0;
}

static Term atom_to_binary(Process *p, Term a, Term enc)
{
    int e = encoding_arg(enc);
    if (!term_is_atom(a) || !e)
        return bif_badarg(p);
    const uint8_t *s = (const uint8_t *)atom_name(a);
    size_t n = atom_length(a);
    if (e == 2)
        return binary_from_bytes(s, n);
    uint8_t out[ATOM_MAX_CHARS];
    size_t k = 0;
    for (size_t i = 0; i < n && k < ATOM_MAX_CHARS;) {
        uint32_t cp;
        int used = utf8_decode(s + i, n - i, &cp);
        if (used < 0 || cp > 255)
            return bif_badarg(p);
        out[k++] = (uint8_t)cp;
        i += (size_t)used;
    }
    return binary_from_bytes(out, k);
}

Term bif_convert_atom_to_binary_1(Process *p, const Term *args)
{
    return atom_to_binary(p, args[0], ATOM_utf8);
}

Term bif_convert_atom_to_binary_2(Process *p, const Term *args)
{
    return atom_to_binary(p, args[0], args[1]);
}

static Term binary_to_atom(Process *p, Term b, Term enc, bool existing)
{
    int e = encoding_arg(enc);
    if (!term_is_binary(b) || !e)
        return bif_badarg(p);
    size_t n;
    const uint8_t *s = bytes_of(b, &n);
    if (e == 2) {
        long chars = utf8_count((const char *)s, n);
        if (chars < 0)
            return bif_badarg(p);
        return make_atom_from(p, (const char *)s, n, (size_t)chars, existing);
    }
    if (n > ATOM_MAX_CHARS)
        return existing ? bif_badarg(p) : bif_error(p, ATOM_system_limit);
    StrBuf buf;
    strbuf_init(&buf);
    for (size_t i = 0; i < n; i++)
        strbuf_put_utf8(&buf, s[i]);
    return make_atom_from(p, buf.data, buf.len, n, existing);
}

Term bif_convert_binary_to_atom_1(Process *p, const Term *args)
{
    return binary_to_atom(p, args[0], ATOM_utf8, false);
}

Term bif_convert_binary_to_atom_2(Process *p, const Term *args)
{
    return binary_to_atom(p, args[0], args[1], false);
}

Term bif_convert_binary_to_existing_atom_1(Process *p, const Term *args)
{
    return binary_to_atom(p, args[0], ATOM_utf8, true);
}

Term bif_convert_binary_to_existing_atom_2(Process *p, const Term *args)
{
    return binary_to_atom(p, args[0], args[1], true);
}

/* ---- integers ----------------------------------------------------- */

/* The digits of integer i in base, or false for bad arguments. */
/* The digits go to out, which the caller has set up (a C-stack buffer:
 * they are copied into the result). */
static bool integer_text(Term i, Term base, StrBuf *out)
{
    int b = base_arg(base);
    if (!term_is_integer(i) || !b)
        return false;
    bignum_to_string(i, b, out);
    return true;
}

Term bif_convert_integer_to_list_1(Process *p, const Term *args)
{
    char room[72];
    StrBuf s;
    strbuf_init_local(&s, room, sizeof room);
    if (!integer_text(args[0], make_small(10), &s))
        return bif_badarg(p);
    return list_from_bytes((const uint8_t *)s.data, s.len);
}

Term bif_convert_integer_to_list_2(Process *p, const Term *args)
{
    char room[72];
    StrBuf s;
    strbuf_init_local(&s, room, sizeof room);
    if (!integer_text(args[0], args[1], &s))
        return bif_badarg(p);
    return list_from_bytes((const uint8_t *)s.data, s.len);
}

Term bif_convert_integer_to_binary_1(Process *p, const Term *args)
{
    char room[72];
    StrBuf s;
    strbuf_init_local(&s, room, sizeof room);
    if (!integer_text(args[0], make_small(10), &s))
        return bif_badarg(p);
    return binary_from_bytes((const uint8_t *)s.data, s.len);
}

Term bif_convert_integer_to_binary_2(Process *p, const Term *args)
{
    char room[72];
    StrBuf s;
    strbuf_init_local(&s, room, sizeof room);
    if (!integer_text(args[0], args[1], &s))
        return bif_badarg(p);
    return binary_from_bytes((const uint8_t *)s.data, s.len);
}

/* [+-]digits in base: the integer, or badarg. */
static Term parse_integer(Process *p, const char *s, size_t n, Term base)
{
    int b = base_arg(base);
    Term r = b ? bignum_from_string(s, n, b) : NONE;
    return r != NONE ? r : bif_badarg(p);
}

/* The common case of list_to_integer: [+-]digits whose value fits a
 * small integer, read straight from the list.  False for anything else
 * (long, bad or empty), which the general path handles and rejects. */
static bool small_from_list(Term l, int base, Term *out)
{
    bool neg = false;
    if (term_is_cons(l) && (CAR(l) == make_small('-') || CAR(l) == make_small('+'))) {
        neg = CAR(l) == make_small('-');
        l = CDR(l);
    }
    uint64_t acc = 0;
    int digits = 0;
    for (; term_is_cons(l); l = CDR(l)) {
        Term c = CAR(l);
        if (!term_is_small(c))
            return false;
        int64_t ch = small_val(c);
        int d = ch >= '0' && ch <= '9'   ? (int)(ch - '0')
                : ch >= 'a' && ch <= 'z' ? (int)(ch - 'a' + 10)
                : ch >= 'A' && ch <= 'Z' ? (int)(ch - 'A' + 10)
                                         : 99;
        if (d >= base)
            return false;
        acc = acc * (uint64_t)base + (uint64_t)d;
        if (acc > (uint64_t)SMALL_MAX)
            return false;
        digits++;
    }
    if (!term_is_nil(l) || digits == 0)
        return false;
    *out = make_small(neg ? -(int64_t)acc : (int64_t)acc);
    return true;
}

static Term list_to_integer(Process *p, Term l, Term base)
{
    Term r;
    int b = base_arg(base);
    if (b && small_from_list(l, b, &r))
        return r;
    char room[64]; /* digits are scratch: on the C stack when short */
    StrBuf buf;
    strbuf_init_local(&buf, room, sizeof room);
    if (!list_to_bytes(l, &buf))
        return bif_badarg(p);
    return parse_integer(p, buf.data, buf.len, base);
}

Term bif_convert_list_to_integer_1(Process *p, const Term *args)
{
    return list_to_integer(p, args[0], make_small(10));
}

Term bif_convert_list_to_integer_2(Process *p, const Term *args)
{
    return list_to_integer(p, args[0], args[1]);
}

static Term binary_to_integer(Process *p, Term b, Term base)
{
    if (!term_is_binary(b))
        return bif_badarg(p);
    size_t n;
    const uint8_t *s = bytes_of(b, &n);
    return parse_integer(p, (const char *)s, n, base);
}

Term bif_convert_binary_to_integer_1(Process *p, const Term *args)
{
    return binary_to_integer(p, args[0], make_small(10));
}

Term bif_convert_binary_to_integer_2(Process *p, const Term *args)
{
    return binary_to_integer(p, args[0], args[1]);
}

/* ---- floats to text ----------------------------------------------- */

#define FLOAT_BUF 256           /* the BEAM's buffer: longer is badarg */
#define FAST_MAX 9007199254740992.0 /* 2^53 */
#define FAST_DECIMALS 19

/* Drop trailing zeros, keeping one digit after a point (erts'
 * find_first_trailing_zero: without a point it strips integer zeros). */
static size_t strip_zeros(const char *s, size_t len)
{
    while (len > 1 && s[len - 1] == '0')
        len--;
    if (len > 0 && s[len - 1] == '.')
        len++;
    return len;
}

/* {decimals, N}: fixed notation as erts' sys_double_to_chars_fast. */
static int format_fixed(double f, int decimals, bool compact, char *out)
{
    if (decimals < 0)
        return -1;
    double af = fabs(f);
    if (af > FAST_MAX || decimals >= FAST_DECIMALS) {
        int len = snprintf(out, FLOAT_BUF, "%.*f", decimals, f);
        if (len < 0 || len >= FLOAT_BUF)
            return -1;
        return compact ? (int)strip_zeros(out, (size_t)len) : len;
    }
    uint64_t int_part, frac_part = 0;
    double scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    if (decimals) {
        double int_f = floor(af);
        double frac_f = round((af - int_f) * scale);
        int_part = (uint64_t)int_f;
        frac_part = (uint64_t)frac_f;
        if (frac_f >= scale) { /* rounding carried into the integer */
            int_part++;
            frac_part = 0;
        }
    } else {
        int_part = (uint64_t)llround(af);
    }
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%s%llu", signbit(f) ? "-" : "",
                     (unsigned long long)int_part);
    if (decimals)
        n += snprintf(tmp + n, sizeof tmp - (size_t)n, ".%0*llu", decimals,
                      (unsigned long long)frac_part);
    if (compact && decimals)
        n = (int)strip_zeros(tmp, (size_t)n);
    memcpy(out, tmp, (size_t)n);
    out[n] = 0;
    return n;
}

/* float_to_list/2's options into text; -1 for bad arguments. */
static int float_text(Term f, Term opts, char *out)
{
    enum { LEGACY, SHORT, FIXED, SCIENTIFIC } fmt = LEGACY;
    int64_t decimals = 20;
    bool compact = false;
    if (!term_is_float(f))
        return -1;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        Term o = CAR(opts);
        if (o == ATOM_compact) {
            compact = true;
        } else if (o == ATOM_short_) {
            fmt = SHORT;
        } else if (term_is_tuple(o) && tuple_arity(o) == 2 &&
                   term_is_small(tuple_elems(o)[1]) &&
                   (tuple_elems(o)[0] == ATOM_decimals ||
                    tuple_elems(o)[0] == ATOM_scientific)) {
            decimals = small_val(tuple_elems(o)[1]);
            fmt = tuple_elems(o)[0] == ATOM_decimals ? FIXED : SCIENTIFIC;
        } else {
            return -1;
        }
    }
    if (!term_is_nil(opts))
        return -1;
    double d = float_val(f);
    if (fmt == SHORT) {
        StrBuf s;
        strbuf_init(&s);
        floatfmt_erlang(d, &s);
        memcpy(out, s.data, s.len + 1);
        return (int)s.len;
    }
    /* Beyond the buffer whatever the value; also keeps int in range. */
    if (decimals > FLOAT_BUF)
        return -1;
    if (fmt == FIXED)
        return format_fixed(d, (int)decimals, compact, out);
    if (decimals < 0)
        decimals = -1; /* printf: a negative precision means 6 */
    int len = snprintf(out, FLOAT_BUF, "%.*e", (int)decimals, d);
    return len > 0 && len < FLOAT_BUF ? len : -1;
}

static Term float_to_list(Process *p, Term f, Term opts)
{
    char buf[FLOAT_BUF + 1];
    int n = float_text(f, opts, buf);
    return n > 0 ? list_from_bytes((const uint8_t *)buf, (size_t)n)
                 : bif_badarg(p);
}

static Term float_to_binary(Process *p, Term f, Term opts)
{
    char buf[FLOAT_BUF + 1];
    int n = float_text(f, opts, buf);
    return n > 0 ? binary_from_bytes((const uint8_t *)buf, (size_t)n)
                 : bif_badarg(p);
}

Term bif_convert_float_to_list_1(Process *p, const Term *args)
{
    return float_to_list(p, args[0], NIL);
}

Term bif_convert_float_to_list_2(Process *p, const Term *args)
{
    return float_to_list(p, args[0], args[1]);
}

Term bif_convert_float_to_binary_1(Process *p, const Term *args)
{
    return float_to_binary(p, args[0], NIL);
}

Term bif_convert_float_to_binary_2(Process *p, const Term *args)
{
    return float_to_binary(p, args[0], args[1]);
}

/* ---- text to floats ----------------------------------------------- */

#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

/* erts' grammar: [+-]D+[.,]D+([eE][+-]?D+)?, ending at the first NUL;
 * the value must be finite (underflow to 0.0 is fine). */
static Term parse_float(Process *p, char *s)
{
    char *c = s, *point;
    if (*c == '+' || *c == '-')
        c++;
    if (!IS_DIGIT(*c))
        return bif_badarg(p);
    while (IS_DIGIT(*c))
        c++;
    if (*c != '.' && *c != ',')
        return bif_badarg(p);
    point = c++;
    if (!IS_DIGIT(*c))
        return bif_badarg(p);
    while (IS_DIGIT(*c))
        c++;
    if (*c == 'e' || *c == 'E') {
        c++;
        if (*c == '+' || *c == '-')
            c++;
        if (!IS_DIGIT(*c))
            return bif_badarg(p);
        while (IS_DIGIT(*c))
            c++;
    }
    if (*c)
        return bif_badarg(p);
    *point = '.';
    errno = 0;
    double d = strtod(s, NULL);
    if (!isfinite(d))
        return bif_badarg(p);
    return make_float(d);
}

Term bif_convert_list_to_float_1(Process *p, const Term *args)
{
    char room[64];
    StrBuf buf;
    strbuf_init_local(&buf, room, sizeof room);
    if (!list_to_bytes(args[0], &buf))
        return bif_badarg(p);
    return parse_float(p, buf.data);
}

Term bif_convert_binary_to_float_1(Process *p, const Term *args)
{
    if (!term_is_binary(args[0]) || binary_byte_size(args[0]) == 0)
        return bif_badarg(p);
    size_t n;
    const uint8_t *s = bytes_of(args[0], &n);
    char room[64];
    StrBuf buf;
    strbuf_init_local(&buf, room, sizeof room);
    strbuf_append(&buf, (const char *)s, n);
    return parse_float(p, buf.data);
}

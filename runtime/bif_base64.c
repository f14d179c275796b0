/* bif_base64.c - the base64 module (RFC 4648), as OTP 25's stdlib has it.
 *
 * OTP 25 exports encode/1, decode/1, mime_decode/1 and their _to_string
 * forms, with no options (the options maps came in OTP 26).  OTP writes
 * the module in Erlang; it is in C here because programs use it on large
 * data.  Bad input fails with the very exception the Erlang code raises,
 * so the checks below follow that code's order of evaluation:
 *
 *   - an argument that is neither a list nor a binary, a list that ends
 *     in something other than [], or input that stops inside a group of
 *     four characters: function_clause;
 *   - a list element that is not an integer in 1..255 (the decoding
 *     table's index; mime skips the integer 0): badarg;
 *   - decode: a group whose characters are not all in the alphabet:
 *     badarg, or badarith when a '=' stands where a digit must be shifted
 *     (and in the _to_string forms for any full group, whose bytes are
 *     computed with bsl/bor); anything but white space after the padding:
 *     {case_clause, V} with V the table's entry (a digit's value, eq, bad);
 *   - encode of a list: an element that is not an integer is badarith; a
 *     digit index out of 0..63 is badarg (elements above 255 are not
 *     always caught: OTP computes indices from them all the same, and so
 *     does this file).
 *
 * mime_decode skips every character outside the alphabet and is liberal
 * about padding (RFC 4648 section 3.3), exactly as OTP's state machine.
 */
#include "bif.h"

#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "strbuf.h"

#include "bifs.def"

static const char alphabet[64] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* ---- reading the input: a binary's bytes or a list's elements -------- */

typedef struct Source {
    Term list;          /* the rest of a list input, or NONE */
    const uint8_t *bytes;
    size_t at, len;     /* binary input */
    Term bin;           /* keeps the binary alive while bytes is in use */
} Source;

enum { SRC_END = 0, SRC_ITEM = 1, SRC_IMPROPER = -1 };

static bool source_open(Source *s, Term t)
{
    s->list = NONE;
    s->bytes = NULL;
    s->at = s->len = 0;
    s->bin = NIL;
    if (term_is_nil(t) || term_is_cons(t)) {
        s->list = t;
        return true;
    }
    if (term_is_box_of(t, BOX_BINARY) && binary_bit_size(t) % 8 == 0) {
        s->bin = t;
        s->len = (size_t)binary_byte_size(t);
        if (binary_is_aligned(t)) {
            s->bytes = binary_bytes(t);
        } else {
            uint8_t *copy = gc_alloc_atomic(s->len ? s->len : 1);
            binary_copy_bits(t, 0, (uint64_t)s->len * 8, copy);
            s->bytes = copy;
        }
        return true;
    }
    return false;
}

/* The next element: SRC_ITEM with *out set, SRC_END, or SRC_IMPROPER. */
static int source_next(Source *s, Term *out)
{
    if (s->list != NONE) {
        if (term_is_cons(s->list)) {
            *out = CAR(s->list);
            s->list = CDR(s->list);
            return SRC_ITEM;
        }
        return term_is_nil(s->list) ? SRC_END : SRC_IMPROPER;
    }
    if (s->at < s->len) {
        *out = make_small(s->bytes[s->at++]);
        return SRC_ITEM;
    }
    return SRC_END;
}

/* ---- decoding ---------------------------------------------------------- */

/* What the decoding table says of a character: a digit 0..63 or one of
 * these. */
enum { D_WS = 64, D_EQ = 65, D_BAD = 66, D_INVALID = 67, D_ZERO = 68 };

/* The table entry for a list element (OTP's b64d: element(C, Table) with
 * a 255-entry tuple); D_INVALID where element/2 fails; D_ZERO for the
 * integer 0, which mime_decode skips before looking it up. */
static int classify(Term c)
{
    if (!term_is_small(c))
        return D_INVALID;
    int64_t v = small_val(c);
    if (v == 0)
        return D_ZERO;
    if (v < 1 || v > 255)
        return D_INVALID;
    if (v >= 'A' && v <= 'Z')
        return (int)(v - 'A');
    if (v >= 'a' && v <= 'z')
        return (int)(v - 'a' + 26);
    if (v >= '0' && v <= '9')
        return (int)(v - '0' + 52);
    switch (v) {
    case '+': return 62;
    case '/': return 63;
    case '=': return D_EQ;
    case ' ': case '\t': case '\n': case '\r': return D_WS;
    default: return D_BAD;
    }
}

static Term entry_term(int d)
{
    if (d < 64)
        return make_small(d);
    return atom_from_cstr(d == D_EQ ? "eq" : "bad");
}

static inline bool is_digit(int d)
{
    return d < 64;
}

static void put3(StrBuf *out, int a, int b, int c, int d)
{
    uint32_t w = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 |
                 (uint32_t)d;
    strbuf_putc(out, (char)(w >> 16));
    strbuf_putc(out, (char)(w >> 8));
    strbuf_putc(out, (char)w);
}

static Term bytes_to_list(const uint8_t *p, size_t n)
{
    Term l = NIL;
    while (n > 0)
        l = make_cons(make_small(p[--n]), l);
    return l;
}

static Term finish(const StrBuf *out, bool to_string)
{
    if (to_string)
        return bytes_to_list((const uint8_t *)out->data, out->len);
    return binary_from_bytes((const uint8_t *)out->data, out->len);
}

/* decode/1 and decode_to_string/1: strict, white space allowed anywhere. */
static Term decode_strict(Process *p, Term arg, bool to_string)
{
    Source s;
    if (!source_open(&s, arg))
        return bif_error(p, ATOM_function_clause);
    StrBuf out;
    strbuf_init(&out);
    int v[4], n = 0;
    Term c;
    for (;;) {
        int r = source_next(&s, &c);
        if (r == SRC_IMPROPER || (r == SRC_END && n > 0))
            return bif_error(p, ATOM_function_clause);
        if (r == SRC_END)
            break;
        int d = classify(c);
        if (d == D_INVALID || d == D_ZERO)
            return bif_badarg(p);
        if (d == D_WS)
            continue;
        v[n++] = d;
        if (n < 4)
            continue;
        n = 0;
        if (v[3] != D_EQ) {
            if (!is_digit(v[0]) || !is_digit(v[1]) || !is_digit(v[2]) ||
                !is_digit(v[3]))
                return to_string ? bif_error(p, ATOM_badarith) : bif_badarg(p);
            put3(&out, v[0], v[1], v[2], v[3]);
            continue;
        }
        /* Padding: one or two bytes, then only white space. */
        if (v[2] == D_EQ) {
            if (!is_digit(v[1]))
                return bif_error(p, ATOM_badarith);
            if (!is_digit(v[0]))
                return bif_badarg(p);
            strbuf_putc(&out, (char)(v[0] << 2 | v[1] >> 4));
        } else {
            if (!is_digit(v[2]))
                return bif_error(p, ATOM_badarith);
            if (!is_digit(v[0]) || !is_digit(v[1]))
                return bif_badarg(p);
            strbuf_putc(&out, (char)(v[0] << 2 | v[1] >> 4));
            strbuf_putc(&out, (char)((v[1] & 15) << 4 | v[2] >> 2));
        }
        for (;;) {
            r = source_next(&s, &c);
            if (r == SRC_IMPROPER)
                return bif_error(p, ATOM_function_clause);
            if (r == SRC_END)
                break;
            d = classify(c);
            if (d == D_INVALID || d == D_ZERO)
                return bif_badarg(p);
            if (d != D_WS)
                return bif_error(p, make_tuple2(ATOM_case_clause,
                                                entry_term(d)));
        }
        break;
    }
    (void)*(volatile Term *)&s.bin;
    return finish(&out, to_string);
}

/* mime_decode/1 and mime_decode_to_string/1: characters outside the
 * alphabet are skipped; '=' ends the data only where padding can stand. */
static Term decode_mime(Process *p, Term arg, bool to_string)
{
    Source s;
    if (!source_open(&s, arg))
        return bif_error(p, ATOM_function_clause);
    StrBuf out;
    strbuf_init(&out);
    int v[4], n = 0;
    bool after_eq = false; /* a '=' was seen in place 3 or 4 */
    Term c;
    for (;;) {
        int r = source_next(&s, &c);
        if (r == SRC_IMPROPER)
            return bif_error(p, ATOM_function_clause);
        if (r == SRC_END) {
            if (after_eq) {
                strbuf_putc(&out, (char)(v[0] << 2 | v[1] >> 4));
                if (v[2] != D_EQ)
                    strbuf_putc(&out, (char)((v[1] & 15) << 4 | v[2] >> 2));
            } else if (n > 0) {
                return bif_error(p, ATOM_function_clause);
            }
            break;
        }
        int d = classify(c);
        if (d == D_INVALID)
            return bif_badarg(p);
        if (d == D_ZERO)
            continue;
        if (after_eq) {
            if (!is_digit(d))
                continue;
            after_eq = false;
            if (v[2] == D_EQ) { /* the '=' was not padding: skip it */
                v[2] = d;
                n = 3;
            } else {
                put3(&out, v[0], v[1], v[2], d);
                n = 0;
            }
            continue;
        }
        if (is_digit(d)) {
            v[n++] = d;
            if (n == 4) {
                put3(&out, v[0], v[1], v[2], v[3]);
                n = 0;
            }
        } else if (d == D_EQ && n >= 2) {
            if (n == 2)
                v[2] = D_EQ;
            after_eq = true;
        }
        /* anything else is skipped */
    }
    (void)*(volatile Term *)&s.bin;
    return finish(&out, to_string);
}

Term bif_base64_decode_1(Process *p, const Term *args)
{
    return decode_strict(p, args[0], false);
}

Term bif_base64_decode_to_string_1(Process *p, const Term *args)
{
    return decode_strict(p, args[0], true);
}

Term bif_base64_mime_decode_1(Process *p, const Term *args)
{
    return decode_mime(p, args[0], false);
}

Term bif_base64_mime_decode_to_string_1(Process *p, const Term *args)
{
    return decode_mime(p, args[0], true);
}

/* ---- encoding ---------------------------------------------------------- */

/* A list element as OTP's arithmetic sees it: 1 and *v set for a small
 * integer, 2 for a bignum (always out of range below), 0 otherwise
 * (badarith). */
static int element_int(Term t, int64_t *v)
{
    if (term_is_small(t)) {
        *v = small_val(t);
        return 1;
    }
    if (term_is_box_of(t, BOX_POS_BIG) || term_is_box_of(t, BOX_NEG_BIG))
        return 2;
    return 0;
}

/* Encode one group of n (1..3) list elements, as OTP computes it. */
static Term encode_group(Process *p, StrBuf *out, const Term *e, int n)
{
    int64_t b[3] = {0, 0, 0};
    int kind[3];
    if (n == 3) {
        for (int i = 0; i < 3; i++)
            if ((kind[i] = element_int(e[i], &b[i])) == 0)
                return bif_error(p, ATOM_badarith);
        /* BB = B1 bsl 16 bor B2 bsl 8 bor B3 must be in 0..2^24-1. */
        for (int i = 0; i < 3; i++)
            if (kind[i] == 2 || b[i] < 0 || b[i] >= ((int64_t)1 << (8 + 8 * i)))
                return bif_badarg(p);
        uint32_t bb = (uint32_t)(b[0] << 16 | b[1] << 8 | b[2]);
        strbuf_putc(out, alphabet[bb >> 18]);
        strbuf_putc(out, alphabet[(bb >> 12) & 63]);
        strbuf_putc(out, alphabet[(bb >> 6) & 63]);
        strbuf_putc(out, alphabet[bb & 63]);
        return NIL;
    }
    /* First digit: B1 bsr 2. */
    if ((kind[0] = element_int(e[0], &b[0])) == 0)
        return bif_error(p, ATOM_badarith);
    if (kind[0] == 2 || b[0] < 0 || b[0] > 255)
        return bif_badarg(p);
    strbuf_putc(out, alphabet[b[0] >> 2]);
    if (n == 1) {
        strbuf_putc(out, alphabet[(b[0] & 3) << 4]);
        strbuf_puts(out, "==");
        return NIL;
    }
    /* Second digit: ((B1 band 3) bsl 4) bor (B2 bsr 4). */
    if ((kind[1] = element_int(e[1], &b[1])) == 0)
        return bif_error(p, ATOM_badarith);
    if (kind[1] == 2 || b[1] < 0 || b[1] > 1023)
        return bif_badarg(p);
    strbuf_putc(out, alphabet[(b[0] & 3) << 4 | b[1] >> 4]);
    strbuf_putc(out, alphabet[(b[1] & 15) << 2]);
    strbuf_putc(out, '=');
    return NIL;
}

static Term encode(Process *p, Term arg, bool to_string)
{
    StrBuf out;
    strbuf_init(&out);
    if (term_is_box_of(arg, BOX_BINARY) && binary_bit_size(arg) % 8 == 0) {
        Source s;
        source_open(&s, arg);
        const uint8_t *d = s.bytes;
        size_t len = s.len, i = 0;
        for (; i + 3 <= len; i += 3) {
            uint32_t w = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
            char q[4] = {alphabet[w >> 18], alphabet[(w >> 12) & 63],
                         alphabet[(w >> 6) & 63], alphabet[w & 63]};
            strbuf_append(&out, q, 4);
        }
        if (len - i == 1) {
            strbuf_putc(&out, alphabet[d[i] >> 2]);
            strbuf_putc(&out, alphabet[(d[i] & 3) << 4]);
            strbuf_puts(&out, "==");
        } else if (len - i == 2) {
            strbuf_putc(&out, alphabet[d[i] >> 2]);
            strbuf_putc(&out, alphabet[(d[i] & 3) << 4 | d[i + 1] >> 4]);
            strbuf_putc(&out, alphabet[(d[i + 1] & 15) << 2]);
            strbuf_putc(&out, '=');
        }
        (void)*(volatile Term *)&s.bin;
        return finish(&out, to_string);
    }
    if (!term_is_nil(arg) && !term_is_cons(arg))
        return bif_error(p, ATOM_function_clause);
    Term l = arg;
    while (!term_is_nil(l)) {
        /* A group is three cells, or exactly one or two ending in []. */
        Term e[3];
        int n = 0;
        Term t = l;
        while (n < 3 && term_is_cons(t)) {
            e[n++] = CAR(t);
            t = CDR(t);
        }
        if (n == 0 || (n < 3 && !term_is_nil(t)))
            return bif_error(p, ATOM_function_clause);
        if (encode_group(p, &out, e, n) == NONE)
            return NONE;
        l = t;
    }
    return finish(&out, to_string);
}

Term bif_base64_encode_1(Process *p, const Term *args)
{
    return encode(p, args[0], false);
}

Term bif_base64_encode_to_string_1(Process *p, const Term *args)
{
    return encode(p, args[0], true);
}

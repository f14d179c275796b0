/* bif_unicode.c - the unicode module: characters_to_list/1,2,
 * characters_to_nfc/nfd/nfkc/nfkd_list/binary/1, and unicode_util (the
 * per-cluster primitives OTP's string module is built on: cp, gc, nfc,
 * nfd, nfkc, nfkd, uppercase, lowercase, titlecase, casefold),
 * characters_to_binary/1,2,3, bom_to_encoding/1, encoding_to_bom/1.
 *
 * OTP answers bad or truncated input with {error, Good, Rest} or
 * {incomplete, Good, Rest}, and the shape of Rest depends on which of
 * its two converters ran, so we have both:
 *
 *  - the direct one (OTP's C BIFs), for latin1 or UTF-8 input converted
 *    to UTF-8 or to a list: it walks the chardata keeping the list tails
 *    still to do; on an error, Rest is the remainder of the innermost
 *    list, wrapped as [Rest | Tail] once per enclosing level.  A UTF-8
 *    character cut between two binaries is carried over ("leftover").
 *  - the general one (OTP's unicode:ml_map in Erlang), for UTF-16 and
 *    UTF-32 input or latin1/UTF-16/UTF-32 output: the same walk, but an
 *    integer error leaves [[Char] | Tail], a cut character waits for the
 *    exact number of missing bytes, and binaries over 8192 bytes are
 *    taken in 8192-byte slices.
 *
 * Both walk nested lists with their own stack, so nesting depth costs no
 * C stack.
 */
#include "bif.h"

#include <stdlib.h>

#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "strbuf.h"
#include "unicode.h"

#include "bifs.def"

typedef enum Enc { E_LATIN1, E_UTF8, E_UTF16BE, E_UTF16LE, E_UTF32BE, E_UTF32LE } Enc;

/* An encoding term, or -1. */
static int parse_enc(Term t)
{
    if (t == ATOM_latin1)
        return E_LATIN1;
    if (t == ATOM_unicode || t == ATOM_utf8)
        return E_UTF8;
    bool tuple = term_is_tuple(t) && tuple_arity(t) == 2;
    Term name = tuple ? tuple_elems(t)[0] : t;
    int little = 0;
    if (tuple) {
        Term e = tuple_elems(t)[1];
        if (e == atom_from_cstr("little"))
            little = 1;
        else if (e != atom_from_cstr("big"))
            return -1;
    }
    if (name == atom_from_cstr("utf16"))
        return little ? E_UTF16LE : E_UTF16BE;
    if (name == atom_from_cstr("utf32"))
        return little ? E_UTF32LE : E_UTF32BE;
    return -1;
}

/* ---- a stack of list tails ---------------------------------------- */

typedef struct Tails {
    Term *t;
    size_t n, cap;
} Tails;

static void push(Tails *s, Term t)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 32;
        Term *grown = realloc(s->t, s->cap * sizeof *grown);
        if (!grown)
            abort();
        s->t = grown;
    }
    s->t[s->n++] = t; /* each tail is also reachable from the argument */
}

/* Rest wrapped once per enclosing level: [Rest | Tail], innermost first. */
static Term wrap(Tails *s, Term rest)
{
    while (s->n)
        rest = make_cons(rest, s->t[--s->n]);
    return rest;
}

/* ---- output --------------------------------------------------------- */

static void put_bytes(StrBuf *b, const uint8_t *s, size_t n)
{
    strbuf_append(b, (const char *)s, n);
}

/* Append cp in enc; false when it cannot be encoded there. */
static bool put_char(StrBuf *b, uint32_t cp, Enc enc)
{
    uint8_t o[4];
    switch (enc) {
    case E_LATIN1:
        if (cp > 255)
            return false;
        o[0] = (uint8_t)cp;
        put_bytes(b, o, 1);
        return true;
    case E_UTF8: {
        int n = utf8_encode(cp, o);
        put_bytes(b, o, (size_t)n);
        return n > 0;
    }
    case E_UTF16BE:
    case E_UTF16LE: {
        if (!unicode_valid(cp))
            return false;
        uint16_t u[2];
        int n = 1;
        if (cp >= 0x10000) {
            u[0] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
            u[1] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
            n = 2;
        } else {
            u[0] = (uint16_t)cp;
        }
        for (int i = 0; i < n; i++) {
            o[2 * i] = (uint8_t)(enc == E_UTF16BE ? u[i] >> 8 : u[i]);
            o[2 * i + 1] = (uint8_t)(enc == E_UTF16BE ? u[i] : u[i] >> 8);
        }
        put_bytes(b, o, (size_t)(2 * n));
        return true;
    }
    case E_UTF32BE:
    case E_UTF32LE:
        if (!unicode_valid(cp))
            return false;
        for (int i = 0; i < 4; i++)
            o[enc == E_UTF32BE ? 3 - i : i] = (uint8_t)(cp >> (8 * i));
        put_bytes(b, o, 4);
        return true;
    }
    return false;
}

static Term buf_binary(const StrBuf *b)
{
    return binary_from_bytes((const uint8_t *)b->data, b->len);
}

/* The code points of valid UTF-8 as a list. */
static Term utf8_to_list(const uint8_t *s, size_t n)
{
    Term acc = NIL;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode(s + i, n - i, &cp);
        if (k <= 0)
            break; /* cannot happen: we wrote it */
        acc = make_cons(make_small(cp), acc);
        i += (size_t)k;
    }
    return list_reverse(acc, NIL);
}

/* ---- the direct converter (latin1 or UTF-8 in, UTF-8 out) ------------ */

/* Whether t is chardata the direct converter accepts: binaries (whole
 * bytes), integers, nested lists, binary or [] tails. */
static bool direct_ok(Term t)
{
    if (term_is_bitstring(t))
        return term_is_binary(t);
    if (!term_is_list(t))
        return false;
    Tails s = {0};
    bool ok = true;
    push(&s, t);
    while (ok && s.n) {
        Term l = s.t[--s.n];
        for (; term_is_cons(l); l = CDR(l)) {
            Term h = CAR(l);
            if (term_is_cons(h))
                push(&s, h);
            else if (!term_is_integer(h) && !term_is_nil(h) && !term_is_binary(h)) {
                ok = false;
                break;
            }
        }
        if (ok && !term_is_nil(l) && !term_is_binary(l))
            ok = false;
    }
    free(s.t);
    return ok;
}

typedef struct Direct {
    bool latin1;
    StrBuf out;        /* UTF-8 */
    uint8_t left[4];   /* a character cut at a binary's end */
    int nleft;
    bool err;
} Direct;

static int utf8_len(uint8_t lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return -1;
}

/* Convert a binary; NIL when done, else the rest (an error). */
static Term direct_binary(Direct *d, Term bin)
{
    size_t n = (size_t)binary_byte_size(bin);
    uint8_t *tmp = gc_alloc_atomic(n ? n : 1);
    binary_copy_bits(bin, 0, (uint64_t)n * 8, tmp);
    const uint8_t *s = tmp;
    if (d->latin1) {
        for (size_t i = 0; i < n; i++)
            put_char(&d->out, s[i], E_UTF8);
        return NIL;
    }
    size_t i = 0;
    if (d->nleft) {
        int need = utf8_len(d->left[0]) - d->nleft;
        if (n < (size_t)need) {
            memcpy(d->left + d->nleft, s, n);
            d->nleft += (int)n;
            return NIL;
        }
        uint8_t c[4];
        memcpy(c, d->left, (size_t)d->nleft);
        memcpy(c + d->nleft, s, (size_t)need);
        uint32_t cp;
        if (utf8_decode(c, (size_t)(d->nleft + need), &cp) != d->nleft + need) {
            d->err = true; /* the leftover stays: it goes in front of Rest */
            return bin;
        }
        put_bytes(&d->out, c, (size_t)(d->nleft + need));
        d->nleft = 0;
        i = (size_t)need;
    }
    while (i < n) {
        int len = utf8_len(s[i]);
        if (len > 1 && n - i < (size_t)len) {
            memcpy(d->left, s + i, n - i);
            d->nleft = (int)(n - i);
            return NIL;
        }
        uint32_t cp;
        if (len < 0 || utf8_decode(s + i, n - i, &cp) != len) {
            d->err = true;
            return binary_sub(bin, (uint64_t)i * 8, (uint64_t)(n - i) * 8);
        }
        put_bytes(&d->out, s + i, (size_t)len);
        i += (size_t)len;
    }
    return NIL;
}

/* Convert chardata (checked by direct_ok); NIL when done, else Rest. */
static Term direct_walk(Direct *d, Term t)
{
    if (term_is_binary(t))
        return direct_binary(d, t);
    Tails s = {0};
    Term rest = NIL;
    push(&s, t);
    while (s.n) {
        Term l = s.t[--s.n];
        while (term_is_cons(l)) {
            Term h = CAR(l);
            if (term_is_integer(h)) {
                int64_t c = term_is_small(h) ? small_val(h) : -1;
                if (d->nleft || c < 0 || (d->latin1 && c > 255) ||
                    !put_char(&d->out, (uint32_t)(c > UNICODE_MAX ? 0xD800 : c),
                              E_UTF8)) {
                    d->err = true;
                    rest = l;
                    goto done;
                }
                l = CDR(l);
            } else if (term_is_cons(h)) {
                push(&s, CDR(l));
                l = h;
            } else if (term_is_binary(h)) {
                Term r = direct_binary(d, h);
                if (d->err) {
                    rest = make_cons(r, CDR(l));
                    goto done;
                }
                l = CDR(l);
            } else {
                l = CDR(l); /* [] */
            }
        }
        if (term_is_binary(l)) {
            Term r = direct_binary(d, l);
            if (d->err) {
                rest = r;
                goto done;
            }
        }
    }
done:
    rest = d->err ? wrap(&s, rest) : NIL;
    free(s.t);
    return rest;
}

/* Whether a cut character's bytes could still become a character. */
static bool leftover_may_complete(const uint8_t *s, int n)
{
    int len = utf8_len(s[0]);
    for (int i = 1; i < n && i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return false;
    return len > 1;
}

/* The direct conversion: Good as a binary or a list, or an error or
 * incomplete tuple; NONE for badarg. */
static Term direct(Term data, bool latin1, bool as_list)
{
    if (!direct_ok(data))
        return NONE;
    Direct d = {.latin1 = latin1};
    strbuf_init(&d.out);
    Term rest = direct_walk(&d, data);
    Term good = as_list ? utf8_to_list((const uint8_t *)d.out.data, d.out.len)
                        : buf_binary(&d.out);
    if (d.err) {
        if (d.nleft)
            rest = make_cons(binary_from_bytes(d.left, (size_t)d.nleft),
                             make_cons(rest, NIL));
        return make_tuple3(ATOM_error, good, rest);
    }
    if (d.nleft) {
        Term lb = binary_from_bytes(d.left, (size_t)d.nleft);
        bool inc = leftover_may_complete(d.left, d.nleft);
        return make_tuple3(inc ? atom_from_cstr("incomplete") : ATOM_error, good, lb);
    }
    return good;
}

/* ---- the general converter (OTP's ml_map) ------------------------------ */

typedef struct General {
    Enc in, out;
    uint32_t limit;    /* the largest integer accepted */
    StrBuf acc;
    Term inc;          /* a cut character's bytes, or NONE */
    size_t missing;    /*   and how many bytes it still needs  */
    bool badarg;
} General;

/* How many more bytes would complete the cut character at the end of s
 * (OTP's cbv), or 0 when it cannot be completed. */
static size_t cut_missing(Enc enc, const uint8_t *s, size_t n)
{
    switch (enc) {
    case E_UTF8: {
        int len = utf8_len(s[0]);
        if (len < 2 || n >= (size_t)len)
            return 0;
        for (size_t i = 1; i < n; i++)
            if ((s[i] & 0xC0) != 0x80)
                return 0;
        return (size_t)len - n;
    }
    case E_UTF16BE:
        if (n == 1)
            return (s[0] <= 215 || s[0] >= 224) ? 1 : (s[0] >> 2) == 54 ? 3 : 0;
        if ((s[0] >> 2) != 54)
            return 0;
        if (n == 2)
            return 2;
        return n == 3 && (s[2] >> 2) == 55 ? 1 : 0;
    case E_UTF16LE:
        if (n == 1)
            return 1;
        if ((s[1] >> 2) != 54)
            return 0;
        return n == 2 ? 2 : n == 3 ? 1 : 0;
    case E_UTF32BE:
        if (s[0] != 0)
            return 0;
        if (n == 1)
            return 3;
        if (s[1] > 16)
            return 0;
        if (n == 2)
            return 2;
        return (s[1] > 0 || s[2] <= 215 || s[2] >= 224) ? 1 : 0;
    case E_UTF32LE:
        if (n == 1)
            return 3;
        if (n == 2)
            return 2;
        if ((s[0] == 254 || s[0] == 255) && s[1] == 255 && s[2] == 0)
            return 0;
        return (s[2] <= 16 && (s[2] > 0 || s[1] <= 215 || s[1] >= 224)) ? 1 : 0;
    case E_LATIN1:
        return 0;
    }
    return 0;
}

/* Decode one character of enc at s[0..n): its byte count, or 0. */
static size_t decode_one(Enc enc, const uint8_t *s, size_t n, uint32_t *cp)
{
    switch (enc) {
    case E_LATIN1:
        *cp = s[0];
        return 1;
    case E_UTF8: {
        int k = utf8_decode(s, n, cp);
        return k > 0 ? (size_t)k : 0;
    }
    case E_UTF16BE:
    case E_UTF16LE: {
        if (n < 2)
            return 0;
        bool be = enc == E_UTF16BE;
        uint32_t u = be ? (uint32_t)(s[0] << 8 | s[1]) : (uint32_t)(s[1] << 8 | s[0]);
        if (u < 0xD800 || u > 0xDFFF) {
            *cp = u;
            return 2;
        }
        if (u > 0xDBFF || n < 4)
            return 0;
        uint32_t v = be ? (uint32_t)(s[2] << 8 | s[3]) : (uint32_t)(s[3] << 8 | s[2]);
        if (v < 0xDC00 || v > 0xDFFF)
            return 0;
        *cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        return 4;
    }
    case E_UTF32BE:
    case E_UTF32LE: {
        if (n < 4)
            return 0;
        uint32_t u = 0;
        for (int i = 0; i < 4; i++)
            u = u << 8 | s[enc == E_UTF32BE ? i : 3 - i];
        if (!unicode_valid(u))
            return 0;
        *cp = u;
        return 4;
    }
    }
    return 0;
}

enum { G_OK, G_INCOMPLETE, G_ERROR };

/* Convert one binary part: G_OK, G_INCOMPLETE (g->inc and g->missing
 * set) or G_ERROR (*rest set). */
static int general_binary(General *g, Term bin, Term *rest)
{
    size_t n = (size_t)binary_byte_size(bin);
    uint8_t *s = gc_alloc_atomic(n ? n : 1);
    binary_copy_bits(bin, 0, (uint64_t)n * 8, s);
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = decode_one(g->in, s + i, n - i, &cp);
        if (k == 0 || (g->out == E_LATIN1 && cp > 255)) {
            size_t miss = k == 0 ? cut_missing(g->in, s + i, n - i) : 0;
            Term r = binary_sub(bin, (uint64_t)i * 8, (uint64_t)(n - i) * 8);
            if (miss) {
                g->inc = r;
                g->missing = miss;
                return G_INCOMPLETE;
            }
            *rest = r;
            return G_ERROR;
        }
        put_char(&g->acc, cp, g->out);
        i += k;
    }
    return G_OK;
}

/* A binary made of two binaries' bytes. */
static Term concat(Term a, Term b)
{
    size_t na = (size_t)binary_byte_size(a), nb = (size_t)binary_byte_size(b);
    uint8_t *d;
    Term r = binary_alloc(na + nb, &d);
    binary_copy_bits(a, 0, (uint64_t)na * 8, d);
    binary_copy_bits(b, 0, (uint64_t)nb * 8, d + na);
    return r;
}

#define SLICE 8192

/* ml_map over data: G_OK, G_INCOMPLETE or G_ERROR (*rest set); sets
 * g->badarg for data that is not chardata. */
static int general_walk(General *g, Term data, Term *rest)
{
    Tails s = {0};
    int res = G_OK;
    Term l = data;
    for (;;) {
        if (term_is_cons(l)) {
            Term h = CAR(l), t = CDR(l);
            if (term_is_integer(h)) {
                if (g->inc != NONE) {
                    *rest = make_cons(g->inc, l);
                    res = G_ERROR;
                    break;
                }
                int64_t c = term_is_small(h) ? small_val(h) : -1;
                bool big_pos = term_is_bignum(h) && !term_is_small(h) &&
                               box_type(h) == BOX_POS_BIG;
                if (g->out == E_LATIN1 && !big_pos && c < 0) {
                    g->badarg = true; /* list_to_binary([-1]) */
                    break;
                }
                if (big_pos || c < 0 || (uint64_t)c > g->limit ||
                    !put_char(&g->acc, (uint32_t)c, g->out)) {
                    *rest = make_cons(make_cons(h, NIL), t);
                    res = G_ERROR;
                    break;
                }
                l = t;
            } else if (term_is_binary(h)) {
                size_t n = (size_t)binary_byte_size(h);
                if (g->inc != NONE) {
                    if (n >= g->missing) {
                        Term fill = binary_sub(h, 0, (uint64_t)g->missing * 8);
                        Term trailing = binary_sub(h, (uint64_t)g->missing * 8,
                                                   (uint64_t)(n - g->missing) * 8);
                        Term whole = concat(g->inc, fill);
                        g->inc = NONE;
                        l = make_cons(whole, make_cons(trailing, t));
                    } else {
                        g->inc = concat(g->inc, h);
                        g->missing -= n;
                        l = t;
                    }
                    continue;
                }
                if (n > SLICE) {
                    l = make_cons(binary_sub(h, 0, SLICE * 8),
                                  make_cons(binary_sub(h, SLICE * 8,
                                                       (uint64_t)(n - SLICE) * 8),
                                            t));
                    continue;
                }
                Term r;
                int k = general_binary(g, h, &r);
                if (k == G_ERROR) {
                    *rest = make_cons(r, t);
                    res = G_ERROR;
                    break;
                }
                l = t;
            } else if (term_is_list(h)) {
                push(&s, t);
                l = h;
            } else {
                g->badarg = true;
                break;
            }
        } else if (term_is_nil(l)) {
            if (s.n == 0)
                break;
            l = s.t[--s.n];
        } else if (term_is_binary(l)) {
            size_t n = (size_t)binary_byte_size(l);
            if (g->inc != NONE) {
                if (n >= g->missing) {
                    Term inc = g->inc;
                    g->inc = NONE;
                    l = make_cons(inc, make_cons(l, NIL));
                } else {
                    g->inc = concat(g->inc, l);
                    g->missing -= n;
                    l = NIL;
                }
                continue;
            }
            if (n > SLICE) {
                l = make_cons(binary_sub(l, 0, SLICE * 8),
                              make_cons(binary_sub(l, SLICE * 8,
                                                   (uint64_t)(n - SLICE) * 8),
                                        NIL));
                continue;
            }
            Term r;
            if (general_binary(g, l, &r) == G_ERROR) {
                *rest = r;
                res = G_ERROR;
                break;
            }
            l = NIL;
        } else {
            g->badarg = true;
            break;
        }
    }
    if (res == G_ERROR)
        *rest = wrap(&s, *rest);
    else if (g->inc != NONE)
        res = G_INCOMPLETE;
    free(s.t);
    return res;
}

/* The general conversion, Good as a binary; NONE for badarg. */
static Term general(Term data, Enc in, Enc out)
{
    General g = {.in = in, .out = out, .inc = NONE};
    g.limit = (out == E_LATIN1 || in == E_LATIN1) ? 255 : UNICODE_MAX;
    strbuf_init(&g.acc);
    Term rest = NIL;
    int k = general_walk(&g, data, &rest);
    if (g.badarg)
        return NONE;
    Term good = buf_binary(&g.acc);
    if (k == G_ERROR)
        return make_tuple3(ATOM_error, good, rest);
    if (k == G_INCOMPLETE)
        return make_tuple3(atom_from_cstr("incomplete"), good, g.inc);
    return good;
}

/* ---- the BIFs -------------------------------------------------------------- */

/* Whether a binary is all ASCII (unicode:bin_is_7bit). */
static bool is_7bit(Term t)
{
    if (!term_is_binary(t))
        return false;
    size_t n = (size_t)binary_byte_size(t);
    for (size_t i = 0; i < n; i++)
        if (binary_get_byte(t, (uint64_t)i * 8) & 0x80)
            return false;
    return true;
}

/* Whether a binary is valid UTF-8 throughout. */
static bool is_utf8(Term t)
{
    size_t n = (size_t)binary_byte_size(t);
    uint8_t *s = gc_alloc_atomic(n ? n : 1);
    binary_copy_bits(t, 0, (uint64_t)n * 8, s);
    return utf8_count((const char *)s, n) >= 0;
}

/* characters_to_binary(Data, In): UTF-8 out. */
static Term to_binary2(Term data, int in)
{
    if (in == E_LATIN1 || in == E_UTF8) {
        if (term_is_cons(data) && term_is_binary(CAR(data)) && term_is_nil(CDR(data)))
            data = CAR(data);
        if (term_is_binary(data) && (in == E_LATIN1 ? is_7bit(data) : is_utf8(data)))
            return data;
        return direct(data, in == E_LATIN1, false);
    }
    return in < 0 ? NONE : general(data, (Enc)in, E_UTF8);
}

static Term to_list2(Term data, int in)
{
    if (in == E_LATIN1 || in == E_UTF8)
        return direct(data, in == E_LATIN1, true);
    Term r = to_binary2(data, in);
    if (r == NONE)
        return NONE;
    if (term_is_binary(r))
        return utf8_to_list(binary_bytes(r), (size_t)binary_byte_size(r));
    Term good = tuple_elems(r)[1];
    return make_tuple3(tuple_elems(r)[0],
                       utf8_to_list(binary_bytes(good), (size_t)binary_byte_size(good)),
                       tuple_elems(r)[2]);
}

Term bif_unicode_characters_to_list_1(Process *p, const Term *args)
{
    Term r = to_list2(args[0], E_UTF8);
    return r != NONE ? r : bif_badarg(p);
}

Term bif_unicode_characters_to_list_2(Process *p, const Term *args)
{
    Term r = to_list2(args[0], parse_enc(args[1]));
    return r != NONE ? r : bif_badarg(p);
}

Term bif_unicode_characters_to_binary_1(Process *p, const Term *args)
{
    Term r = to_binary2(args[0], E_UTF8);
    return r != NONE ? r : bif_badarg(p);
}

Term bif_unicode_characters_to_binary_2(Process *p, const Term *args)
{
    Term r = to_binary2(args[0], parse_enc(args[1]));
    return r != NONE ? r : bif_badarg(p);
}

Term bif_unicode_characters_to_binary_3(Process *p, const Term *args)
{
    Term data = args[0];
    int in = parse_enc(args[1]), out = parse_enc(args[2]);
    if (in == E_LATIN1 && out == E_LATIN1 && term_is_binary(data))
        return data;
    if (((in == E_LATIN1 && out == E_UTF8) || (in == E_UTF8 && out == E_LATIN1)) &&
        is_7bit(data))
        return data;
    if (in < 0 || out < 0)
        return bif_badarg(p);
    Term r = (in == E_LATIN1 || in == E_UTF8) && out == E_UTF8
                 ? to_binary2(data, in)
                 : general(data, (Enc)in, (Enc)out);
    return r != NONE ? r : bif_badarg(p);
}

/* ---- byte order marks --------------------------------------------------- */

Term bif_unicode_bom_to_encoding_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_binary(b))
        return bif_error(p, ATOM_function_clause);
    uint8_t s[4] = {0, 0, 0, 0};
    size_t n = (size_t)binary_byte_size(b);
    binary_copy_bits(b, 0, (uint64_t)(n < 4 ? n : 4) * 8, s);
    Term little = atom_from_cstr("little"), big = atom_from_cstr("big");
    Term u16 = atom_from_cstr("utf16"), u32 = atom_from_cstr("utf32");
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return make_tuple2(ATOM_utf8, make_small(3));
    if (n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF)
        return make_tuple2(make_tuple2(u32, big), make_small(4));
    if (n >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)
        return make_tuple2(make_tuple2(u32, little), make_small(4));
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return make_tuple2(make_tuple2(u16, big), make_small(2));
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return make_tuple2(make_tuple2(u16, little), make_small(2));
    return make_tuple2(ATOM_latin1, make_small(0));
}

Term bif_unicode_encoding_to_bom_1(Process *p, const Term *args)
{
    static const uint8_t boms[][4] = {
        [E_UTF8] = {0xEF, 0xBB, 0xBF},     [E_UTF16BE] = {0xFE, 0xFF},
        [E_UTF16LE] = {0xFF, 0xFE},        [E_UTF32BE] = {0, 0, 0xFE, 0xFF},
        [E_UTF32LE] = {0xFF, 0xFE, 0, 0},
    };
    static const size_t lens[] = {[E_LATIN1] = 0, [E_UTF8] = 3, [E_UTF16BE] = 2,
                                  [E_UTF16LE] = 2, [E_UTF32BE] = 4, [E_UTF32LE] = 4};
    int e = parse_enc(args[0]);
    if (e < 0)
        return bif_error(p, ATOM_function_clause);
    return binary_from_bytes(boms[e], lens[e]);
}

/* ---- normalisation of whole chardata -------------------------------------- */

/* The code points as a list, or as a UTF-8 binary. */
static Term cps_term(const uint32_t *a, size_t n, bool as_list)
{
    if (as_list) {
        Term acc = NIL;
        for (size_t i = n; i-- > 0;)
            acc = make_cons(make_small(a[i]), acc);
        return acc;
    }
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++)
        put_char(&b, a[i], E_UTF8);
    Term r = buf_binary(&b);
    return r;
}


/* ---- unicode_util: one code point or cluster at a time --------------------
 *
 * A cursor walks chardata (integers, UTF-8 binaries, nested lists, a
 * binary as a list's tail) and can give back the rest from where it
 * stands: the innermost remainder, wrapped as [Rest | Tail] in each
 * enclosing list that has more to come. */

typedef struct Cursor {
    Tails tails; /* tails of the enclosing lists, innermost last */
    Term cur;    /* a list, a binary or (bad data) anything else */
    size_t off;  /* byte offset when cur is a binary */
} Cursor;

/* Peek at the next code point: 1 (with *cp and, in a binary, its byte
 * length in *len), 0 at the end, -1 for invalid UTF-8, -2 for data that
 * is not chardata. */
static int cursor_peek(Cursor *c, uint32_t *cp, int *len)
{
    for (;;) {
        Term t = c->cur;
        if (term_is_binary(t)) {
            size_t n = (size_t)binary_byte_size(t);
            if (c->off < n) {
                uint8_t b[4];
                size_t k = n - c->off < 4 ? n - c->off : 4;
                binary_copy_bits(t, (uint64_t)c->off * 8, (uint64_t)k * 8, b);
                *len = utf8_decode(b, k, cp);
                return *len > 0 ? 1 : -1;
            }
        } else if (term_is_cons(t)) {
            Term h = CAR(t);
            if (term_is_small(h)) {
                int64_t v = small_val(h);
                if (v < 0 || !unicode_valid((uint32_t)v))
                    return -2;
                *cp = (uint32_t)v;
                *len = 0;
                return 1;
            }
            if (term_is_binary(h) || term_is_cons(h) || term_is_nil(h)) {
                push(&c->tails, CDR(t));
                c->cur = h;
                c->off = 0;
                continue;
            }
            return -2;
        } else if (!term_is_nil(t)) {
            return -2;
        }
        if (c->tails.n == 0)
            return 0;
        c->cur = c->tails.t[--c->tails.n];
        c->off = 0;
    }
}

static void cursor_advance(Cursor *c, int len)
{
    if (term_is_binary(c->cur))
        c->off += (size_t)len;
    else
        c->cur = CDR(c->cur);
}

static bool is_empty_cd(Term t)
{
    return term_is_nil(t) || (term_is_binary(t) && binary_byte_size(t) == 0);
}

static Term cursor_rest(Cursor *c)
{
    Term r = c->cur;
    if (term_is_binary(r) && c->off > 0) {
        uint64_t n = binary_byte_size(r);
        r = binary_sub(r, (uint64_t)c->off * 8, (n - c->off) * 8);
    }
    for (size_t i = c->tails.n; i-- > 0;) {
        Term t = c->tails.t[i];
        if (term_is_nil(t))
            continue;
        r = is_empty_cd(r) ? t : make_cons(r, t);
    }
    return r;
}

/* characters_to_nfX_list/binary: the text normalised; for invalid or
 * cut UTF-8, {error, Normalised, Rest}; badarg for what is not chardata. */
static Term to_nf(Process *p, Term data, UnicodeForm form, bool as_list)
{
    Cursor c = {.cur = data};
    size_t n = 0, cap = 64;
    uint32_t *a = malloc(cap * sizeof *a), cp;
    if (!a)
        abort();
    int k, len;
    while ((k = cursor_peek(&c, &cp, &len)) == 1) {
        if (n == cap) {
            cap *= 2;
            uint32_t *grown = realloc(a, cap * sizeof *a);
            if (!grown)
                abort();
            a = grown;
        }
        a[n++] = cp;
        cursor_advance(&c, len);
    }
    Term rest = k == -1 ? cursor_rest(&c) : NIL;
    free(c.tails.t);
    if (k == -2) {
        free(a);
        return bif_badarg(p);
    }
    size_t m;
    uint32_t *out = unicode_normalize(a, n, form, &m);
    Term r = cps_term(out, m, as_list);
    free(a);
    free(out);
    return k == -1 ? make_tuple3(ATOM_error, r, rest) : r;
}

Term bif_unicode_characters_to_nfc_list_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFC, true);
}

Term bif_unicode_characters_to_nfc_binary_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFC, false);
}

Term bif_unicode_characters_to_nfd_list_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFD, true);
}

Term bif_unicode_characters_to_nfd_binary_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFD, false);
}

Term bif_unicode_characters_to_nfkc_list_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFKC, true);
}

Term bif_unicode_characters_to_nfkc_binary_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFKC, false);
}

Term bif_unicode_characters_to_nfkd_list_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFKD, true);
}

Term bif_unicode_characters_to_nfkd_binary_1(Process *p, const Term *args)
{
    return to_nf(p, args[0], UNICODE_NFKD, false);
}

/* The next unit, or the reply for the end or bad data (in *reply). */
static bool cursor_first(Process *p, Cursor *c, Term data, uint32_t *cp, int *len, Term *reply)
{
    *c = (Cursor){.cur = data};
    int k = cursor_peek(c, cp, len);
    if (k == 1)
        return true;
    if (k == 0)
        *reply = NIL;
    else if (k == -1)
        *reply = make_tuple2(ATOM_error, cursor_rest(c));
    else
        *reply = bif_error(p, ATOM_function_clause);
    free(c->tails.t);
    return false;
}

/* The first cluster's code points (malloc'd, *n of them); the cursor is
 * left after it. */
static uint32_t *next_cluster(Cursor *c, uint32_t first, int len, size_t *n)
{
    size_t cap = 16, k = 0;
    uint32_t *a = malloc(cap * sizeof *a);
    if (!a)
        abort();
    UnicodeGc gc;
    unicode_gc_start(&gc, first);
    uint32_t cp = first;
    for (;;) {
        if (k == cap) {
            cap *= 2;
            uint32_t *grown = realloc(a, cap * sizeof *a);
            if (!grown)
                abort();
            a = grown;
        }
        a[k++] = cp;
        cursor_advance(c, len);
        if (cursor_peek(c, &cp, &len) != 1 || !unicode_gc_extends(&gc, cp))
            break;
    }
    *n = k;
    return a;
}

/* [Unit | Rest]: Unit an integer for one code point, else a list. */
static Term unit_cons(const uint32_t *a, size_t n, Term rest)
{
    Term u = n == 1 ? make_small(a[0]) : cps_term(a, n, true);
    return make_cons(u, rest);
}

Term bif_unicode_util_cp_1(Process *p, const Term *args)
{
    Cursor c;
    uint32_t cp;
    int len;
    Term reply;
    if (!cursor_first(p, &c, args[0], &cp, &len, &reply))
        return reply;
    cursor_advance(&c, len);
    Term r = make_cons(make_small(cp), cursor_rest(&c));
    free(c.tails.t);
    return r;
}

/* gc, or a normalisation form of the cluster when form >= 0. */
static Term cluster(Process *p, Term data, int form)
{
    Cursor c;
    uint32_t cp;
    int len;
    Term reply;
    if (!cursor_first(p, &c, data, &cp, &len, &reply))
        return reply;
    size_t n;
    uint32_t *a = next_cluster(&c, cp, len, &n);
    Term rest = cursor_rest(&c);
    free(c.tails.t);
    if (form >= 0) {
        size_t m;
        uint32_t *b = unicode_normalize(a, n, (UnicodeForm)form, &m);
        free(a);
        a = b;
        n = m;
    }
    Term r = unit_cons(a, n, rest);
    free(a);
    return r;
}

/* Whether t is [C, D | _] with C and D below U+0300 and C not CR: then
 * C is a cluster by itself (nothing below U+0300 extends a cluster) and
 * t is already the answer [C | Rest]. */
static bool lone_first(Term t)
{
    if (!term_is_cons(t) || !term_is_small(CAR(t)) || !term_is_cons(CDR(t)))
        return false;
    Term d = CAR(CDR(t));
    int64_t c = small_val(CAR(t));
    return c >= 0 && c < 0x300 && c != 13 && term_is_small(d) && small_val(d) >= 0 &&
           small_val(d) < 0x300;
}

Term bif_unicode_util_gc_1(Process *p, const Term *args)
{
    if (lone_first(args[0]))
        return args[0];
    return cluster(p, args[0], -1);
}

Term bif_unicode_util_nfc_1(Process *p, const Term *args)
{
    return cluster(p, args[0], UNICODE_NFC);
}

Term bif_unicode_util_nfd_1(Process *p, const Term *args)
{
    return cluster(p, args[0], UNICODE_NFD);
}

Term bif_unicode_util_nfkc_1(Process *p, const Term *args)
{
    return cluster(p, args[0], UNICODE_NFKC);
}

Term bif_unicode_util_nfkd_1(Process *p, const Term *args)
{
    return cluster(p, args[0], UNICODE_NFKD);
}

/* The case mapping of the first code point: [Mapped | Rest]. */
static Term case_first(Process *p, Term data, UnicodeCase kind)
{
    Cursor c;
    uint32_t cp;
    int len;
    Term reply;
    if (!cursor_first(p, &c, data, &cp, &len, &reply))
        return reply;
    cursor_advance(&c, len);
    Term rest = cursor_rest(&c);
    free(c.tails.t);
    uint32_t m[3];
    int n = unicode_case(cp, kind, m);
    return unit_cons(m, (size_t)n, rest);
}

Term bif_unicode_util_uppercase_1(Process *p, const Term *args)
{
    return case_first(p, args[0], UNICODE_UPPER);
}

Term bif_unicode_util_lowercase_1(Process *p, const Term *args)
{
    return case_first(p, args[0], UNICODE_LOWER);
}

Term bif_unicode_util_titlecase_1(Process *p, const Term *args)
{
    return case_first(p, args[0], UNICODE_TITLE);
}

Term bif_unicode_util_casefold_1(Process *p, const Term *args)
{
    return case_first(p, args[0], UNICODE_FOLD);
}

/* elfe_unicode:gc_count(Chardata): the number of grapheme clusters, or
 * the atom error for invalid UTF-8 or what is not chardata (the caller
 * then raises the error its own way). */
Term bif_elfe_unicode_gc_count_1(Process *p, const Term *args)
{
    (void)p;
    Cursor c = {.cur = args[0]};
    uint32_t cp;
    int len, k;
    int64_t count = 0;
    UnicodeGc gc;
    bool in_cluster = false;
    while ((k = cursor_peek(&c, &cp, &len)) == 1) {
        if (!in_cluster || !unicode_gc_extends(&gc, cp)) {
            unicode_gc_start(&gc, cp);
            count++;
            in_cluster = true;
        }
        cursor_advance(&c, len);
    }
    free(c.tails.t);
    return k == 0 ? make_small(count) : ATOM_error;
}

/* The case kind named by an atom, or -1. */
static int case_kind(Term a)
{
    static const char *const names[] = {"upper", "lower", "title", "fold"};
    for (int k = 0; k < 4; k++)
        if (a == atom_from_cstr(names[k]))
            return k;
    return -1;
}

/* elfe_unicode:case_list(CodePoints, Kind): every code point of a flat
 * list mapped (full mappings, so the list may grow); the argument itself
 * when nothing changes.  badarg for anything but a proper list of code
 * points. */
Term bif_elfe_unicode_case_list_2(Process *p, const Term *args)
{
    int kind = case_kind(args[1]);
    if (kind < 0)
        return bif_badarg(p);
    /* first pass: check, and find the first code point that changes */
    Term l = args[0], first = NONE;
    for (; term_is_cons(l); l = CDR(l)) {
        Term c = CAR(l);
        if (!term_is_small(c) || small_val(c) < 0 || !unicode_valid((uint32_t)small_val(c)))
            return bif_badarg(p);
        uint32_t m[3];
        if (first == NONE &&
            (unicode_case((uint32_t)small_val(c), (UnicodeCase)kind, m) != 1 ||
             m[0] != (uint32_t)small_val(c)))
            first = l;
    }
    if (!term_is_nil(l))
        return bif_badarg(p);
    if (first == NONE)
        return args[0];
    /* second pass: copy, appending to the last cell (fresh cells, not yet
     * seen by anyone, so setting their tails is safe) */
    Term head = NIL, last = NIL;
    for (l = args[0]; term_is_cons(l); l = CDR(l)) {
        uint32_t m[3];
        int n = 1;
        m[0] = (uint32_t)small_val(CAR(l));
        if (l == first || first == NIL)
            first = NIL; /* from here on, map */
        if (first == NIL)
            n = unicode_case(m[0], (UnicodeCase)kind, m);
        for (int k = 0; k < n; k++) {
            Term cell = make_cons(make_small(m[k]), NIL);
            if (term_is_nil(last))
                head = cell;
            else
                CDR(last) = cell;
            last = cell;
        }
    }
    return head;
}

/* elfe_unicode:case(CodePoint, upper | lower | title | fold): the full
 * mapping of one code point, an integer or a list (for lib/string.lfe). */
Term bif_elfe_unicode_case_2(Process *p, const Term *args)
{
    Term c = args[0];
    int kind = case_kind(args[1]);
    if (kind < 0 || !term_is_small(c) || small_val(c) < 0 ||
        !unicode_valid((uint32_t)small_val(c)))
        return bif_badarg(p);
    uint32_t m[3];
    int n = unicode_case((uint32_t)small_val(c), (UnicodeCase)kind, m);
    return n == 1 ? make_small(m[0]) : cps_term(m, (size_t)n, true);
}

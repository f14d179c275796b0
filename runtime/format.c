/* format.c - the formatting engines of io_lib:format and lfe_io:format.
 *
 * One engine serves both dialects.  The format is read as code points (a
 * list, a binary read as latin-1 bytes, or - Erlang only - an atom); each
 * control sequence ~F.P.PadModC is parsed as io_lib_format and
 * lfe_io_format collect it, its arguments are taken from the list, and its
 * text is produced into a scratch buffer, measured and padded or truncated
 * by the dialect's own rules (they differ: ~.3s pads in Erlang and
 * truncates in LFE, ~3f prints "***" in Erlang and "3.1" in LFE, ...).
 * The output is UTF-8.  The engine tracks the output column as the
 * reference does, so a ~p starts its layout where the text before it ends.
 * Any error leaves `out` as it was and returns -1 (badarg).
 */
#include "format.h"

#include <math.h>

#include "../reader/print.h"
#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "floatfmt.h"
#include "gc.h"
#include "unicode.h"

/* Widths, precisions and repeat counts above this are refused (the BEAM
 * would build the text, gigabytes of padding; we call it badarg). */
#define FIELD_MAX ((int64_t)1 << 24)
/* floatfmt clamps precisions here. */
#define FLOAT_PREC_MAX 1000000

typedef enum Dialect { ERL, LFE } Dialect;

/* A parsed control sequence. */
typedef struct Spec {
    uint32_t cc;            /* control character */
    bool has_w, has_p;
    bool left;              /* '-' adjustment */
    bool uni;               /* 't' modifier */
    bool no_strings;        /* 'l' modifier */
    int64_t w, p;
    Term pad;               /* pad character (an argument with .*) */
    Term a, b;              /* arguments */
} Spec;

/* The format as code points.  An element that is a list or binary (a deep
 * format list) is kept as a literal: cp < 0 indexes lits. */
#define SRC_INLINE 64
typedef struct Src {
    int64_t *cp;
    size_t n, i;
    Term *lits;
    int64_t inline_cp[SRC_INLINE]; /* cp for short formats (no allocation) */
} Src;

/* Scratch text buffers start on the C stack with this many bytes. */
#define SCRATCH 256

typedef struct Fmt {
    Dialect d;
    StrBuf *out;
    int64_t col; /* characters since the last newline (io_lib's I) */
    Term args;
} Fmt;

/* ---- code points in UTF-8 text ------------------------------------- */

static size_t decode_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
    int k = utf8_decode((const uint8_t *)s + i, n - i, cp);
    if (k <= 0) {
        *cp = (uint8_t)s[i];
        return 1;
    }
    return (size_t)k;
}

/* Graphemes, as string:length counts them, by a simplified form of the
 * Unicode rules: CR LF, combining marks and other extenders, emoji joined
 * by ZWJ, flag pairs and Hangul syllable sequences stay together (the
 * tables below cover the common scripts, not every Unicode range). */
static bool is_extend(uint32_t c)
{
    static const uint32_t ranges[][2] = {
        {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD},
        {0x05BF, 0x05BF}, {0x05C1, 0x05C2}, {0x05C4, 0x05C5},
        {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F},
        {0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4},
        {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0900, 0x0903},
        {0x093A, 0x094F}, {0x0951, 0x0957}, {0x0962, 0x0963},
        {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E},
        {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200C, 0x200D},
        {0x20D0, 0x20FF}, {0x302A, 0x302F}, {0x3099, 0x309A},
        {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF},
        {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
    };
    if (c < 0x0300)
        return false;
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (c >= ranges[i][0] && c <= ranges[i][1])
            return true;
    return false;
}

static bool is_pictographic(uint32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049 ||
           c == 0x2122 || c == 0x2139 || (c >= 0x2194 && c <= 0x21AA);
}

/* Hangul syllable parts: 1 L, 2 V, 3 T, 4 LV, 5 LVT, else 0. */
static int hangul(uint32_t c)
{
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C))
        return 1;
    if ((c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6))
        return 2;
    if ((c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB))
        return 3;
    if (c >= 0xAC00 && c <= 0xD7A3)
        return (c - 0xAC00) % 28 == 0 ? 4 : 5;
    return 0;
}

/* Whether c continues the grapheme that prev is part of; *ri counts the
 * regional indicators in a row (flags are pairs of them). */
static bool grapheme_joins(uint32_t prev, uint32_t c, int *ri)
{
    bool c_ri = c >= 0x1F1E6 && c <= 0x1F1FF;
    int odd = *ri & 1;
    *ri = c_ri ? *ri + 1 : 0;
    if (prev == '\r' && c == '\n')
        return true;
    if (is_extend(c) || c == 0x0E33 || c == 0x0EB3)
        return true;
    if (prev == 0x200D && is_pictographic(c))
        return true;
    if (c_ri && odd) {
        *ri = 0;
        return true;
    }
    int hp = hangul(prev), hc = hangul(c);
    if (hp && hc)
        return (hp == 1 && hc != 3) || ((hp == 2 || hp == 4) && (hc == 2 || hc == 3)) ||
               ((hp == 3 || hp == 5) && hc == 3);
    return false;
}

/* Byte offset where unit number k starts (n when there are fewer), units
 * being code points or graphemes; *count gets the number of units seen. */
static size_t units_prefix(const char *s, size_t n, int64_t k, bool graphemes,
                           int64_t *count)
{
    size_t i = 0;
    int64_t units = 0;
    uint32_t prev = 0;
    int ri = 0;
    while (i < n) {
        uint32_t c;
        size_t len = decode_at(s, n, i, &c);
        bool joins = graphemes && grapheme_joins(prev, c, &ri) && i > 0;
        if (!joins) {
            if (units == k)
                break;
            units++;
        }
        prev = c;
        i += len;
    }
    if (count)
        *count = units;
    return i;
}

static int64_t count_cps(const char *s, size_t n)
{
    int64_t c;
    units_prefix(s, n, INT64_MAX, false, &c);
    return c;
}

/* io_lib:chars_length: characters when all are latin-1, else graphemes. */
static int64_t erl_length(const char *s, size_t n)
{
    bool wide = false;
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)s[i] >= 0xC4) { /* lead byte of a code point > 255 */
            wide = true;
            break;
        }
    int64_t c;
    units_prefix(s, n, INT64_MAX, wide, &c);
    return c;
}

/* ---- small output helpers ------------------------------------------ */

static bool valid_cp(int64_t c)
{
    return c >= 0 && c <= UNICODE_MAX && unicode_valid((uint32_t)c);
}

static void put_cp(StrBuf *b, uint32_t c)
{
    if (c < 0x80)
        strbuf_putc(b, (char)c);
    else
        strbuf_put_utf8(b, c);
}

/* n copies of a character; false when it is not a character. */
static bool put_chars(StrBuf *b, Term c, int64_t n)
{
    if (n <= 0)
        return true;
    if (!term_is_small(c) || !valid_cp(small_val(c)))
        return false;
    uint32_t cp = (uint32_t)small_val(c);
    if (cp < 0x80) {
        char chunk[64];
        memset(chunk, (int)cp, sizeof chunk);
        while (n > 0) {
            size_t k = n < (int64_t)sizeof chunk ? (size_t)n : sizeof chunk;
            strbuf_append(b, chunk, k);
            n -= (int64_t)k;
        }
        return true;
    }
    for (int64_t i = 0; i < n; i++)
        strbuf_put_utf8(b, cp);
    return true;
}

/* adjust(Data, Pad, Adj): the text with n pad characters before (right
 * adjustment) or after (left). */
static bool put_adjusted(StrBuf *out, const char *s, size_t len, Term pad,
                         int64_t n, bool left)
{
    if (!left && !put_chars(out, pad, n))
        return false;
    strbuf_append(out, s, len);
    if (left && !put_chars(out, pad, n))
        return false;
    return true;
}

static Term chr(uint32_t c) { return make_small(c); }

/* ---- chardata ------------------------------------------------------- */

typedef enum CharMode {
    CD_LATIN1,  /* io_lib iolist_to_chars: chars 0..255, binaries as bytes */
    CD_CDATA,   /* io_lib cdata_to_chars: any char, UTF-8 binaries or bytes */
    CD_UNICODE, /* unicode:characters_to_list: chars, UTF-8 binaries only */
    CD_PREFIX   /* io_lib:deep_char_list: chars and lists, no binaries */
} CharMode;

static bool put_binary(StrBuf *b, Term bin, CharMode mode)
{
    if (!term_is_binary(bin) || mode == CD_PREFIX)
        return false;
    size_t n = binary_byte_size(bin);
    const uint8_t *s;
    uint8_t *copy = NULL;
    if (binary_is_aligned(bin)) {
        s = binary_bytes(bin);
    } else {
        copy = gc_alloc_atomic(n ? n : 1);
        binary_copy_bits(bin, 0, n * 8, copy);
        s = copy;
    }
    bool utf8 = mode != CD_LATIN1;
    if (utf8) {
        for (size_t i = 0; i < n;) {
            uint32_t c;
            int k = utf8_decode(s + i, n - i, &c);
            if (k <= 0) {
                utf8 = false;
                break;
            }
            i += (size_t)k;
        }
        if (!utf8 && mode == CD_UNICODE)
            return false;
    }
    if (utf8)
        strbuf_append(b, (const char *)s, n);
    else
        for (size_t i = 0; i < n; i++)
            put_cp(b, s[i]);
    return true;
}

/* Flatten deep character data into UTF-8.  Iterative: the pending tails
 * live on an explicit stack, so any nesting depth is fine. */
static bool put_chardata(StrBuf *b, Term t, CharMode mode)
{
    Term local[16];
    size_t cap = 16, sp = 0;
    Term *stack = local;
    for (;;) {
        if (term_is_cons(t)) {
            Term h = CAR(t);
            t = CDR(t);
            if (term_is_small(h)) {
                int64_t c = small_val(h);
                if (!valid_cp(c) || (mode == CD_LATIN1 && c > 255))
                    return false;
                put_cp(b, (uint32_t)c);
            } else if (term_is_list(h)) {
                if (sp == cap) {
                    Term *bigger = gc_alloc(2 * cap * sizeof(Term));
                    memcpy(bigger, stack, cap * sizeof(Term));
                    stack = bigger;
                    cap *= 2;
                }
                stack[sp++] = t;
                t = h;
            } else if (!put_binary(b, h, mode)) {
                return false;
            }
            continue;
        }
        if (!term_is_nil(t) && !put_binary(b, t, mode))
            return false;
        if (sp == 0)
            return true;
        t = stack[--sp];
    }
}

/* ---- the format source ---------------------------------------------- */

/* Room for n code points: the inline array when they fit. */
static int64_t *src_room(Src *s, size_t n)
{
    return n <= SRC_INLINE ? s->inline_cp
                           : gc_alloc_atomic(n * sizeof(int64_t));
}

static bool src_load(Src *s, Term fmt, Dialect d)
{
    s->i = 0;
    s->lits = NULL;
    if (term_is_binary(fmt)) {
        size_t n = binary_byte_size(fmt);
        s->cp = src_room(s, n);
        for (size_t i = 0; i < n; i++)
            s->cp[i] = binary_get_byte(fmt, (uint64_t)i * 8);
        s->n = n;
        return true;
    }
    if (term_is_atom(fmt)) {
        if (d == LFE)
            return false;
        const char *name = atom_name(fmt);
        size_t len = atom_length(fmt);
        s->cp = src_room(s, len);
        s->n = 0;
        for (size_t i = 0; i < len;) {
            uint32_t c;
            i += decode_at(name, len, i, &c);
            s->cp[s->n++] = c;
        }
        return true;
    }
    int64_t n = list_length(fmt);
    if (n < 0)
        return false;
    s->cp = src_room(s, (size_t)n);
    s->n = (size_t)n;
    size_t k = 0, nlits = 0;
    for (Term l = fmt; term_is_cons(l); l = CDR(l), k++) {
        Term h = CAR(l);
        if (term_is_small(h) && small_val(h) >= 0) {
            s->cp[k] = small_val(h);
        } else if (term_is_list(h) || term_is_binary(h)) {
            if (!s->lits)
                s->lits = gc_alloc((size_t)n * sizeof(Term));
            s->lits[nlits] = h;
            s->cp[k] = -(int64_t)++nlits;
        } else {
            return false; /* would reach the device and fail there */
        }
    }
    return true;
}

#define SRC_END INT64_MIN

static int64_t peek(const Src *s)
{
    return s->i < s->n ? s->cp[s->i] : SRC_END;
}

/* ---- parsing control sequences --------------------------------------- */

static bool next_arg(Fmt *f, Term *a)
{
    if (!term_is_cons(f->args))
        return false;
    *a = CAR(f->args);
    f->args = CDR(f->args);
    return true;
}

/* field_value: '*' with an integer argument, digits, or nothing.
 * Returns 1 with a value, 0 for none, -1 for an error. */
static int field_value(Fmt *f, Src *s, int64_t *v)
{
    int64_t c = peek(s);
    if (c == '*') {
        Term a;
        if (!next_arg(f, &a) || !term_is_integer(a))
            return -1; /* the '*' would reach collect_cc: an error */
        if (!term_is_small(a) || small_val(a) > FIELD_MAX ||
            small_val(a) < -FIELD_MAX)
            return -1;
        s->i++;
        *v = small_val(a);
        return 1;
    }
    if (c < '0' || c > '9')
        return 0;
    int64_t n = 0;
    while ((c = peek(s)) >= '0' && c <= '9') {
        n = 10 * n + (c - '0');
        if (n > FIELD_MAX)
            return -1;
        s->i++;
    }
    *v = n;
    return 1;
}

static bool parse_spec(Fmt *f, Src *s, Spec *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->pad = chr(' ');
    sp->a = sp->b = NONE;
    bool minus = peek(s) == '-';
    if (minus)
        s->i++;
    int64_t v;
    int r = field_value(f, s, &v);
    if (r < 0 || (minus && r == 0))
        return false; /* -none is badarith */
    if (r > 0) {
        if (minus)
            v = -v;
        sp->has_w = true;
        sp->left = v < 0;
        sp->w = v < 0 ? -v : v;
    }
    if (peek(s) == '.') {
        s->i++;
        r = field_value(f, s, &v);
        if (r < 0)
            return false;
        if (r > 0) {
            sp->has_p = true;
            sp->p = v;
        }
    }
    if (peek(s) == '.') {
        s->i++;
        int64_t c = peek(s);
        if (c == '*') {
            s->i++;
            if (!next_arg(f, &sp->pad))
                return false;
        } else if (c >= 0) {
            s->i++;
            sp->pad = make_small(c);
        } else {
            return false;
        }
    }
    if (f->d == ERL) {
        for (;;) {
            int64_t c = peek(s);
            if (c == 't')
                sp->uni = true;
            else if (c == 'l')
                sp->no_strings = true;
            else
                break;
            s->i++;
        }
    }
    int64_t c = peek(s);
    if (c < 0)
        return false;
    s->i++;
    sp->cc = (uint32_t)c;
    switch (c) {
    case 'w': case 'p': case 's': case 'e': case 'f': case 'g':
    case 'b': case 'B': case '+': case '#': case 'c': case 'i':
        return next_arg(f, &sp->a);
    case 'W': case 'P': case 'x': case 'X':
        return next_arg(f, &sp->a) && next_arg(f, &sp->b);
    case '~': case 'n':
        return true;
    default:
        return false;
    }
}

/* ---- field rules -------------------------------------------------- */

/* io_lib_format:term/5: stars when the text does not fit. */
static bool erl_term(StrBuf *out, const StrBuf *t, const Spec *sp,
                     bool use_p)
{
    bool has_p = use_p && sp->has_p;
    if (!sp->has_w && !has_p) {
        strbuf_append(out, t->data, t->len);
        return true;
    }
    int64_t w = sp->has_w ? sp->w : sp->p;
    int64_t p0 = has_p ? sp->p : w;
    int64_t len = erl_length(t->data, t->len);
    int64_t p = p0 < w ? p0 : w;
    if (len < p)
        p = len;
    if (p < 0)
        return false; /* chars/2 of a negative count never returns */
    if (len > p) {
        char stars_room[SCRATCH];
        StrBuf stars;
        strbuf_init_local(&stars, stars_room, sizeof stars_room);
        put_chars(&stars, chr('*'), p);
        return put_adjusted(out, stars.data, stars.len, sp->pad, w - p,
                            sp->left);
    }
    return put_adjusted(out, t->data, t->len, sp->pad, w - len, sp->left);
}

/* lfe_io_format:write/5 (stars = true) and string/5 (stars = false):
 * the precision truncates, then the width truncates or pads. */
static bool lfe_field(StrBuf *out, const StrBuf *t, bool has_w, int64_t w,
                      bool has_p, int64_t p, const Spec *sp, bool stars)
{
    if (!has_w && !has_p) {
        strbuf_append(out, t->data, t->len);
        return true;
    }
    int64_t n = count_cps(t->data, t->len);
    size_t len = t->len;
    if (has_p && p < n) {
        if (p < 0)
            return false;
        len = units_prefix(t->data, t->len, p, false, NULL);
        n = p;
    }
    if (!has_w || w == n) {
        strbuf_append(out, t->data, len);
        return true;
    }
    if (w < n) {
        if (stars)
            return put_chars(out, chr('*'), w);
        strbuf_append(out, t->data, units_prefix(t->data, len, w, false, NULL));
        return true;
    }
    return put_adjusted(out, t->data, len, sp->pad, w - n, sp->left);
}

/* Width and precision as the numeric and float directives pass them. */
static bool number_field(Fmt *f, StrBuf *out, const StrBuf *t, const Spec *sp)
{
    if (f->d == ERL) {
        Spec s2 = *sp;
        s2.has_p = false;
        return erl_term(out, t, &s2, false);
    }
    return lfe_field(out, t, sp->has_w, sp->w, false, 0, sp, true);
}

/* io_lib_format:string/6. */
static bool erl_string(StrBuf *out, const StrBuf *t, const Spec *sp)
{
    bool graphemes = sp->uni;
    if (!sp->has_w && !sp->has_p) {
        strbuf_append(out, t->data, t->len);
        return true;
    }
    int64_t n = erl_length(t->data, t->len);
    int64_t f = sp->has_w ? sp->w : sp->p;
    bool left = sp->has_w ? sp->left : true;
    if (f < 0)
        return false;
    if (sp->has_w && sp->has_p && sp->w != sp->p) {
        int64_t p = sp->p;
        if (sp->w < p || p < 0)
            return false;
        char body_room[SCRATCH];
        StrBuf body;
        strbuf_init_local(&body, body_room, sizeof body_room);
        if (n > p)
            strbuf_append(&body, t->data,
                          units_prefix(t->data, t->len, p, graphemes, NULL));
        else {
            strbuf_append(&body, t->data, t->len);
            if (!put_chars(&body, sp->pad, p - n))
                return false;
        }
        return put_adjusted(out, body.data, body.len, sp->pad, sp->w - p,
                            sp->left);
    }
    /* string_field(S, F, Adj, N, Pad) */
    if (n > f) {
        strbuf_append(out, t->data,
                      units_prefix(t->data, t->len, f, graphemes, NULL));
        return true;
    }
    return put_adjusted(out, t->data, t->len, sp->pad, f - n, left);
}

/* ---- the directives --------------------------------------------------- */

static int64_t int_depth(Term d)
{
    if (term_is_small(d)) {
        int64_t v = small_val(d);
        if (v < 0)
            return -1;
        return v > INT32_MAX ? INT32_MAX : v;
    }
    return bignum_is_negative(d) ? -1 : INT32_MAX;
}

static bool do_print(Fmt *f, const Spec *sp, Term t, int depth)
{
    if (sp->left)
        return false; /* io_lib and lfe_io only print right-adjusted */
    PrintOpts o = print_default_opts();
    o.depth = depth;
    o.line_length = sp->has_w ? (int)sp->w : 80;
    int64_t col = sp->has_p ? sp->p : f->col;
    if (f->d == ERL)
        col = sp->has_p ? col : col + 1;
    else
        col = col + 1;
    if (col < 1)
        col = 1;
    if (col > INT32_MAX)
        col = INT32_MAX;
    o.column = (int)col;
    o.unicode = sp->uni;
    o.strings = !sp->no_strings;
    if (f->d == ERL)
        print_erl_pretty(f->out, t, &o);
    else
        print_lfe_pretty(f->out, t, &o);
    return true;
}

static bool ascii_atom(Term a)
{
    const char *name = atom_name(a);
    size_t n = atom_length(a);
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)name[i] >= 0x80)
            return false;
    return true;
}

static bool do_write(Fmt *f, const Spec *sp, Term t, int depth)
{
    /* The common plain ~w of an integer or (Erlang) atom: no scratch. */
    if (!sp->has_w && !sp->has_p && depth != 0) {
        if (term_is_small(t)) {
            strbuf_put_int(f->out, small_val(t));
            return true;
        }
        if (f->d == ERL && term_is_atom(t)) {
            /* An ASCII atom prints the same in both encodings; one that
             * printed without quotes is remembered and copied next time. */
            static _Thread_local Term plain[64];
            size_t k = atom_index(t) % 64;
            if (plain[k] == t) {
                strbuf_append(f->out, atom_name(t), atom_length(t));
                return true;
            }
            bool ascii = ascii_atom(t);
            if (sp->uni || ascii) {
                size_t before = f->out->len;
                print_erl_atom(f->out, t);
                if (ascii && f->out->len - before == atom_length(t))
                    plain[k] = t;
                return true;
            }
        }
    }
    PrintOpts o = print_default_opts();
    o.depth = depth;
    o.unicode = sp->uni;
    char tmp_room[SCRATCH];
    StrBuf tmp;
    strbuf_init_local(&tmp, tmp_room, sizeof tmp_room);
    if (f->d == ERL) {
        print_erl_write(&tmp, t, &o);
        return erl_term(f->out, &tmp, sp, true);
    }
    print_lfe_write(&tmp, t, &o);
    return lfe_field(f->out, &tmp, sp->has_w, sp->w, sp->has_p, sp->p, sp,
                     true);
}

static bool do_string(Fmt *f, const Spec *sp)
{
    Term a = sp->a;
    char tmp_room[SCRATCH];
    StrBuf tmp;
    strbuf_init_local(&tmp, tmp_room, sizeof tmp_room);
    if (term_is_atom(a)) {
        const char *name = atom_name(a);
        size_t len = atom_length(a);
        if (f->d == ERL && !sp->uni) {
            for (size_t i = 0; i < len;) {
                uint32_t c;
                i += decode_at(name, len, i, &c);
                if (c > 255)
                    return false;
            }
        }
        strbuf_append(&tmp, name, len);
    } else if (f->d == LFE) {
        if (term_is_small(a) || !(term_is_list(a) || term_is_binary(a)) ||
            !put_chardata(&tmp, a, CD_UNICODE))
            return false;
    } else {
        if (!(term_is_list(a) || term_is_binary(a)) ||
            !put_chardata(&tmp, a, sp->uni ? CD_CDATA : CD_LATIN1))
            return false;
    }
    if (f->d == LFE)
        return lfe_field(f->out, &tmp, sp->has_w, sp->w, sp->has_p, sp->p,
                         sp, false);
    return erl_string(f->out, &tmp, sp);
}

static bool do_float(Fmt *f, const Spec *sp)
{
    if (!term_is_float(sp->a))
        return false;
    double d = float_val(sp->a);
    if (f->d == LFE && d == 0.0)
        d = 0.0; /* LFE tests Fl < 0.0 for the sign: -0.0 prints 0.0 */
    int64_t p = sp->has_p ? sp->p : 6;
    char tmp_room[SCRATCH];
    StrBuf tmp;
    strbuf_init_local(&tmp, tmp_room, sizeof tmp_room);
    uint32_t cc = sp->cc;
    if (cc == 'g') {
        if (p < 1)
            return false;
        double a = fabs(d);
        int e = a < 1.0e-1 ? -2
              : a < 1.0e0  ? -1
              : a < 1.0e1  ? 0
              : a < 1.0e2  ? 1
              : a < 1.0e3  ? 2
              : a < 1.0e4  ? 3
                           : INT32_MAX;
        if ((p <= 1 && e == -1) || (e != INT32_MAX && p - 1 > e && e >= -1)) {
            cc = 'f';
            p = p - 1 - e;
        } else {
            cc = 'e';
            if (p <= 1)
                p = 2;
        }
    }
    if (p > FLOAT_PREC_MAX)
        return false;
    if (cc == 'e') {
        if (p < 2)
            return false;
        floatfmt_exp(d, (int)p, &tmp);
    } else {
        if (p < 1)
            return false;
        floatfmt_fixed(d, (int)p, &tmp);
    }
    if (!sp->has_w) {
        strbuf_append(f->out, tmp.data, tmp.len);
        return true;
    }
    if (f->d == ERL) {
        Spec s2 = *sp;
        s2.has_p = true;
        s2.p = sp->w;
        return erl_term(f->out, &tmp, &s2, true);
    }
    return lfe_field(f->out, &tmp, true, sp->w, true, sp->w, sp, true);
}

static void lowercase(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            s[i] = (char)(s[i] - 'A' + 'a');
}

static bool do_integer(Fmt *f, const Spec *sp)
{
    if (!term_is_integer(sp->a))
        return false;
    int64_t base = sp->has_p ? sp->p : 10;
    if (base < 2 || base > 36)
        return false;
    uint32_t cc = sp->cc;
    bool lower = cc == 'b' || cc == 'x' || cc == '+';
    char prefix_room[SCRATCH];
    StrBuf prefix;
    strbuf_init_local(&prefix, prefix_room, sizeof prefix_room);
    if (cc == 'x' || cc == 'X') {
        Term pre = sp->b;
        if (term_is_atom(pre))
            strbuf_append(&prefix, atom_name(pre), atom_length(pre));
        else if (!term_is_list(pre) || !put_chardata(&prefix, pre, CD_PREFIX))
            return false;
    } else if (cc == '+' || cc == '#') {
        if (f->d == ERL) {
            strbuf_printf(&prefix, "%d#", (int)base);
        } else {
            const char *p = NULL;
            switch (base) {
            case 2: p = "#b"; break;
            case 8: p = "#o"; break;
            case 10: p = "#d"; break;
            case 16: p = "#x"; break;
            default: break;
            }
            if (p)
                strbuf_puts(&prefix, p);
            else
                strbuf_printf(&prefix, "#%dr", (int)base);
            if (!lower)
                for (size_t i = 0; i < prefix.len; i++)
                    if (prefix.data[i] >= 'a' && prefix.data[i] <= 'z')
                        prefix.data[i] = (char)(prefix.data[i] - 'a' + 'A');
        }
    }
    char digits_room[SCRATCH];
    StrBuf digits;
    strbuf_init_local(&digits, digits_room, sizeof digits_room);
    bignum_to_string(sp->a, (int)base, &digits);
    if (lower)
        lowercase(digits.data, digits.len);
    char t_room[SCRATCH];
    StrBuf t;
    strbuf_init_local(&t, t_room, sizeof t_room);
    const char *ds = digits.data;
    size_t dn = digits.len;
    if (dn > 0 && ds[0] == '-') {
        strbuf_putc(&t, '-');
        ds++;
        dn--;
    }
    strbuf_append(&t, prefix.data, prefix.len);
    strbuf_append(&t, ds, dn);
    return number_field(f, f->out, &t, sp);
}

/* char/5 of both dialects: ~Nc repeats; ~N.Mc pads M copies to N. */
static bool put_char_field(Fmt *f, const Spec *sp, Term c)
{
    if (!sp->has_w && !sp->has_p)
        return put_chars(f->out, c, 1);
    if (!sp->has_p)
        return put_chars(f->out, c, sp->w);
    if (sp->p < 0)
        return false;
    if (!sp->has_w)
        return put_chars(f->out, c, sp->p);
    if (sp->w < sp->p)
        return false;
    char body_room[SCRATCH];
    StrBuf body;
    strbuf_init_local(&body, body_room, sizeof body_room);
    if (!put_chars(&body, c, sp->p))
        return false;
    return put_adjusted(f->out, body.data, body.len, sp->pad, sp->w - sp->p,
                        sp->left);
}

static bool do_char(Fmt *f, const Spec *sp)
{
    if (!term_is_integer(sp->a))
        return false;
    Term c;
    if (f->d == ERL && !sp->uni) {
        /* A band 255, on two's complement for negatives. */
        uint64_t tmp[1];
        const uint64_t *limbs;
        bool neg;
        size_t n = bignum_magnitude(sp->a, tmp, &limbs, &neg);
        uint64_t low = n ? limbs[0] : 0;
        if (neg)
            low = (uint64_t)0 - low;
        c = chr((uint32_t)(low & 255));
    } else {
        if (!term_is_small(sp->a) || !valid_cp(small_val(sp->a)))
            return false;
        c = sp->a;
    }
    return put_char_field(f, sp, c);
}


static bool do_newline(Fmt *f, const Spec *sp)
{
    if (!sp->has_w) {
        strbuf_putc(f->out, '\n');
        return true;
    }
    if (f->d == ERL && sp->left)
        return false;
    return put_chars(f->out, chr('\n'), sp->w);
}

static bool directive(Fmt *f, const Spec *sp)
{
    switch (sp->cc) {
    case 'w':
        return do_write(f, sp, sp->a, -1);
    case 'W':
        return term_is_integer(sp->b) && do_write(f, sp, sp->a, (int)int_depth(sp->b));
    case 'p':
        return do_print(f, sp, sp->a, -1);
    case 'P':
        return term_is_integer(sp->b) && do_print(f, sp, sp->a, (int)int_depth(sp->b));
    case 's':
        return do_string(f, sp);
    case 'e': case 'f': case 'g':
        return do_float(f, sp);
    case 'b': case 'B': case 'x': case 'X': case '+': case '#':
        return do_integer(f, sp);
    case 'c':
        return do_char(f, sp);
    case '~':
        return put_char_field(f, sp, chr('~'));
    case 'n':
        return do_newline(f, sp);
    case 'i':
        return true;
    default:
        return false;
    }
}

/* io_lib's indentation/2 over the text appended since `from`. */
static void track_column(Fmt *f, size_t from)
{
    const char *s = f->out->data;
    size_t n = f->out->len;
    for (size_t i = from; i < n;) {
        uint32_t c = (uint8_t)s[i];
        if (c >= 0x80)
            i += decode_at(s, n, i, &c);
        else
            i++;
        if (c == '\n')
            f->col = 0;
        else if (c == '\t')
            f->col = (f->col + 8) / 8 * 8;
        else
            f->col++;
    }
}

static int run(Dialect d, Term fmt, Term args, StrBuf *out)
{
    if (!out->data)
        strbuf_init(out);
    size_t start = out->len;
    Src s;
    Fmt f = {d, out, 0, args};
    if (!src_load(&s, fmt, d) || list_length(args) < 0)
        return -1;
    while (s.i < s.n) {
        int64_t c = s.cp[s.i++];
        size_t before = out->len;
        if (c < 0) { /* a list or binary inside a deep format list */
            if (!put_chardata(out, s.lits[-c - 1], CD_UNICODE))
                goto fail;
            f.col++;
            continue;
        }
        if (c != '~') {
            if (!valid_cp(c))
                goto fail;
            put_cp(out, (uint32_t)c);
        } else {
            Spec sp;
            if (!parse_spec(&f, &s, &sp) || !directive(&f, &sp))
                goto fail;
        }
        track_column(&f, before);
    }
    if (!term_is_nil(f.args))
        goto fail;
    return 0;
fail:
    out->len = start;
    out->data[start] = 0;
    return -1;
}

int format_erl(Term fmt, Term args, StrBuf *out)
{
    return run(ERL, fmt, args, out);
}

int format_lfe(Term fmt, Term args, StrBuf *out)
{
    return run(LFE, fmt, args, out);
}

Term format_to_list(const StrBuf *text)
{
    const char *s = text->data;
    size_t n = text->len;
    size_t ascii = 0;
    while (ascii < n && (uint8_t)s[ascii] < 0x80)
        ascii++;
    if (ascii == n) { /* one byte per character: build from the end */
        Term list = NIL;
        while (n > 0)
            list = make_cons(make_small((uint8_t)s[--n]), list);
        return list;
    }
    Term *cps = gc_alloc_atomic((n ? n : 1) * sizeof(Term));
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += decode_at(s, n, i, &c);
        cps[k++] = make_small(c);
    }
    Term list = NIL;
    while (k > 0)
        list = make_cons(cps[--k], list);
    return list;
}

void format_to_latin1(const StrBuf *text, StrBuf *bytes)
{
    const char *s = text->data;
    size_t n = text->len;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += decode_at(s, n, i, &c);
        if (c < 256)
            strbuf_putc(bytes, (char)c);
        else
            strbuf_printf(bytes, "\\x{%X}", (unsigned)c);
    }
}

/* read.c - the LFE reader: tokens to forms (see read.h).
 *
 * A shift-reduce parser over the tokens of scan.c, with explicit stacks
 * instead of C recursion, so any nesting depth costs heap memory only:
 * a frame per open bracket or pending prefix (' ` , ,@ #.) and one value
 * stack holding the finished elements of every open frame.  When a value
 * is finished it is wrapped by the prefixes above it and pushed as an
 * element of the innermost open bracket; a closing bracket turns its
 * elements into a list, tuple, map, struct or binary.
 *
 * The grammar is the one of LFE 2.2's parser: (...) and [...] lists with
 * matching brackets and an optional ". tail", #(...) tuples, #M(...) maps
 * (an even number of elements, later keys win), #B(...) binary literals
 * with the segment syntax of (binary ...), and #.form read-time
 * evaluation.  One addition: #S(name k v ...) reads as the struct map
 * #{'__struct__' => name, k => v, ...}, which LFE prints as #S(...); the
 * reference's parser rejects the literal.
 *
 * Positions: each cons cell and boxed term built here is recorded in the
 * SrcMap.  A list's first cell gets the position of its opening bracket,
 * every other cell the position of the element it holds; a string records
 * only its first cell.
 */
#include "read.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../runtime/atom.h"
#include "../runtime/binary.h"
#include "../runtime/bignum.h"
#include "../runtime/gc.h"
#include "../runtime/map.h"
#include "../runtime/strbuf.h"
#include "../runtime/unicode.h"
#include "scan.h"

typedef enum FrameKind {
    F_LIST,    /* (   */
    F_BRACKET, /* [   */
    F_TUPLE,   /* #(  */
    F_MAP,     /* #M( */
    F_BINARY,  /* #B( */
    F_STRUCT,  /* #S( */
    F_QUOTE,   /* prefixes: waiting for one form */
    F_BACKQUOTE,
    F_COMMA,
    F_COMMA_AT,
    F_EVAL     /* #. */
} FrameKind;

typedef enum ListState {
    ST_ELEMS,     /* reading elements */
    ST_AFTER_DOT, /* read " . ", the tail comes next */
    ST_HAVE_TAIL  /* read the tail, only the closing bracket may follow */
} ListState;

typedef struct Frame {
    uint8_t kind;
    uint8_t state;
    SrcPos pos;  /* where the opening token starts */
    size_t base; /* first element on the value stack */
} Frame;

struct Reader {
    Scanner scan;
    char *file;
    SrcMap *map;
    ReadEvalFn eval;
    void *eval_ctx;
    bool done;       /* at end of input, or after an error */
    bool incomplete; /* the error was running out of input */
    ReadError own_err;
    /* The value stack (scanned GC memory) with the element positions. */
    Term *vals;
    SrcPos *vpos;
    size_t nvals, cap_vals;
    Frame *frames; /* pointer-free */
    size_t nframes, cap_frames;
    uint32_t form_line; /* where the form being read starts */
};

/* A binary literal bigger than this is refused (16 MB). */
#define BIN_LITERAL_MAX_BITS (UINT64_C(1) << 27)

Reader *reader_new(const char *file, const uint8_t *text, size_t len,
                   SrcMap *positions)
{
    Reader *r = gc_alloc(sizeof *r);
    size_t n = file ? strlen(file) : 0;
    r->file = gc_alloc_atomic(n + 1);
    if (n)
        memcpy(r->file, file, n);
    r->file[n] = '\0';
    r->map = positions;
    r->cap_vals = 64; /* never NULL: closing "()" takes vals + base */
    r->vals = gc_alloc(r->cap_vals * sizeof *r->vals);
    r->vpos = gc_alloc_atomic(r->cap_vals * sizeof *r->vpos);
    scan_init(&r->scan, text ? text : (const uint8_t *)"", text ? len : 0,
              &r->own_err);
    return r;
}

void reader_set_eval(Reader *r, ReadEvalFn eval, void *ctx)
{
    r->eval = eval;
    r->eval_ctx = ctx;
}

bool reader_incomplete(const Reader *r)
{
    return r->incomplete;
}

void read_error_format(const ReadError *err, StrBuf *out)
{
    strbuf_printf(out, "%s:%u:%u: %s",
                  err->file && err->file[0] ? err->file : "nofile",
                  err->line, err->col, err->message);
}

/* ---- helpers -------------------------------------------------------- */

static int fail(Reader *r, SrcPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(Reader *r, SrcPos pos, const char *fmt, ...)
{
    ReadError *e = r->scan.err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    e->line = pos.line;
    e->col = pos.col;
    r->scan.incomplete = false;
    return -1;
}

static void note(Reader *r, Term t, SrcPos pos)
{
    if (r->map)
        srcmap_put(r->map, t, pos);
}

static void push_frame(Reader *r, FrameKind kind, SrcPos pos)
{
    if (r->nframes == r->cap_frames) {
        size_t n = r->cap_frames ? r->cap_frames * 2 : 32;
        Frame *f = gc_alloc_atomic(n * sizeof *f);
        if (r->nframes)
            memcpy(f, r->frames, r->nframes * sizeof *f);
        r->frames = f;
        r->cap_frames = n;
    }
    Frame *f = &r->frames[r->nframes++];
    f->kind = (uint8_t)kind;
    f->state = ST_ELEMS;
    f->pos = pos;
    f->base = r->nvals;
}

static void push_val(Reader *r, Term v, SrcPos pos)
{
    if (r->nvals == r->cap_vals) {
        size_t n = r->cap_vals ? r->cap_vals * 2 : 64;
        Term *vals = gc_alloc(n * sizeof *vals);
        SrcPos *vpos = gc_alloc_atomic(n * sizeof *vpos);
        if (r->nvals) {
            memcpy(vals, r->vals, r->nvals * sizeof *vals);
            memcpy(vpos, r->vpos, r->nvals * sizeof *vpos);
        }
        r->vals = vals;
        r->vpos = vpos;
        r->cap_vals = n;
    }
    r->vals[r->nvals] = v;
    r->vpos[r->nvals] = pos;
    r->nvals++;
}

static bool is_prefix(FrameKind k)
{
    return k >= F_QUOTE;
}

/* How the parser names a token in "illegal ..." messages (as LFE). */
static const char *token_name(const Token *t)
{
    switch (t->kind) {
    case TOK_VALUE:
        switch (t->vkind) {
        case VAL_SYMBOL: return "symbol";
        case VAL_NUMBER: return "number";
        case VAL_STRING: return "string";
        case VAL_BINARY: return "binary";
        case VAL_FUN: return "'#\\''";
        }
        return "token";
    case TOK_LPAREN: return "'('";
    case TOK_LBRACKET: return "'['";
    case TOK_RPAREN: return "')'";
    case TOK_RBRACKET: return "']'";
    case TOK_HASH_PAREN: return "'#('";
    case TOK_HASH_MAP: return "'#M('";
    case TOK_HASH_BINARY: return "'#B('";
    case TOK_HASH_STRUCT: return "'#S('";
    case TOK_QUOTE: return "'\\''";
    case TOK_BACKQUOTE: return "'`'";
    case TOK_COMMA: return "','";
    case TOK_COMMA_AT: return "',@'";
    case TOK_DOT: return "'.'";
    case TOK_HASH_DOT: return "'#.'";
    case TOK_EOF: return "end of input";
    }
    return "token";
}

static int illegal(Reader *r, const Token *t)
{
    SrcPos pos = {t->line, t->col};
    return fail(r, pos, "illegal %s", token_name(t));
}

/* The error for input that ends inside the frame f. */
static int unterminated(Reader *r, const Frame *f)
{
    static const char *const what[] = {
        [F_LIST] = "unterminated list",
        [F_BRACKET] = "unterminated list",
        [F_TUPLE] = "unterminated tuple",
        [F_MAP] = "unterminated map",
        [F_BINARY] = "unterminated binary",
        [F_STRUCT] = "unterminated struct",
        [F_QUOTE] = "missing form after quote",
        [F_BACKQUOTE] = "missing form after backquote",
        [F_COMMA] = "missing form after comma",
        [F_COMMA_AT] = "missing form after comma-at",
        [F_EVAL] = "missing form after #.",
    };
    fail(r, f->pos, "%s", what[f->kind]);
    r->scan.incomplete = true;
    return -1;
}

/* ---- binary literals ------------------------------------------------ */

typedef struct BitBuf {
    uint8_t *data; /* pointer-free GC memory */
    size_t cap;    /* bytes */
    uint64_t nbits;
} BitBuf;

enum { BIN_BAD = 0, BIN_OK = 1, BIN_NOT_LITERAL = 2 };

typedef enum SegType {
    SEG_INTEGER,
    SEG_FLOAT,
    SEG_BINARY,
    SEG_BITSTRING,
    SEG_UTF8,
    SEG_UTF16,
    SEG_UTF32
} SegType;

typedef struct SegSpec {
    SegType type;
    int64_t size; /* -1: the type's default */
    int unit;     /* 0: the type's default */
    bool little;
} SegSpec;

static bool bits_room(BitBuf *b, uint64_t more)
{
    if (more > BIN_LITERAL_MAX_BITS || b->nbits + more > BIN_LITERAL_MAX_BITS)
        return false;
    size_t need = (size_t)((b->nbits + more + 7) / 8);
    if (need > b->cap) {
        size_t n = b->cap ? b->cap : 64;
        while (n < need)
            n *= 2;
        uint8_t *d = gc_alloc_atomic(n);
        memset(d, 0, n);
        if (b->cap)
            memcpy(d, b->data, b->cap);
        b->data = d;
        b->cap = n;
    }
    return true;
}

/* Append the low n bits (n <= 64) of v, most significant first. */
static void bits_put(BitBuf *b, uint64_t v, unsigned n)
{
    if ((b->nbits & 7) == 0 && (n & 7) == 0) {
        for (unsigned k = n; k > 0; k -= 8)
            b->data[b->nbits / 8 + (n - k) / 8] = (uint8_t)(v >> (k - 8));
        b->nbits += n;
        return;
    }
    for (unsigned k = n; k > 0; k--) {
        if ((v >> (k - 1)) & 1)
            b->data[b->nbits / 8] |= (uint8_t)(0x80 >> (b->nbits & 7));
        b->nbits++;
    }
}

/* Append n copies of one bit. */
static void bits_put_run(BitBuf *b, int bit, uint64_t n)
{
    while (n > 0 && (b->nbits & 7)) {
        bits_put(b, (uint64_t)bit, 1);
        n--;
    }
    if (n >= 8) {
        memset(b->data + b->nbits / 8, bit ? 0xFF : 0, (size_t)(n / 8));
        b->nbits += n / 8 * 8;
        n &= 7;
    }
    while (n-- > 0)
        bits_put(b, (uint64_t)bit, 1);
}

/* An integer as a two's complement limb array plus sign extension. */
typedef struct TwosInt {
    const uint64_t *limbs;
    size_t n;
    uint64_t ext; /* 0 or all ones */
    uint64_t one;
} TwosInt;

static void twos_of(Term v, TwosInt *t)
{
    if (term_is_small(v)) {
        int64_t x = small_val(v);
        t->one = (uint64_t)x;
        t->limbs = &t->one;
        t->n = 1;
        t->ext = x < 0 ? ~UINT64_C(0) : 0;
        return;
    }
    size_t n = bignum_nlimbs(v);
    const uint64_t *mag = bignum_limbs(v);
    if (!bignum_is_negative(v)) {
        t->limbs = mag;
        t->n = n;
        t->ext = 0;
        return;
    }
    /* -m = ~(m - 1) */
    uint64_t *l = gc_alloc_atomic(n * sizeof *l);
    uint64_t borrow = 1;
    for (size_t i = 0; i < n; i++) {
        uint64_t d = mag[i] - borrow;
        borrow = (borrow && mag[i] == 0) ? 1 : 0;
        l[i] = ~d;
    }
    t->limbs = l;
    t->n = n;
    t->ext = ~UINT64_C(0);
}

/* Bits [from, from + n) of the integer (n <= 64), as a number. */
static uint64_t twos_bits(const TwosInt *t, uint64_t from, unsigned n)
{
    uint64_t v = 0;
    for (unsigned k = n; k > 0; k--) {
        uint64_t i = from + k - 1;
        uint64_t word = i / 64 < t->n ? t->limbs[i / 64] : t->ext;
        v = (v << 1) | ((word >> (i % 64)) & 1);
    }
    return v;
}

static void put_integer(BitBuf *b, Term v, uint64_t nbits, bool little)
{
    TwosInt t;
    twos_of(v, &t);
    uint64_t known = (uint64_t)t.n * 64;
    if (little) {
        for (uint64_t from = 0; from < nbits; from += 8) {
            unsigned w = nbits - from < 8 ? (unsigned)(nbits - from) : 8;
            uint64_t chunk = from >= known ? (t.ext & 0xFF) >> (8 - w)
                                           : twos_bits(&t, from, w);
            bits_put(b, chunk, w);
        }
        return;
    }
    uint64_t i = nbits;
    if (i > known) {
        bits_put_run(b, (int)(t.ext & 1), i - known);
        i = known;
    }
    while (i > 0) {
        unsigned w = i % 64 ? (unsigned)(i % 64) : 64;
        bits_put(b, twos_bits(&t, i - w, w), w);
        i -= w;
    }
}

/* IEEE binary16 from a double, rounding to nearest even; too big becomes
 * infinity (as the BEAM does for 16- and 32-bit floats).  False for NaN
 * and infinities, which no literal produces. */
static bool double_to_half(double d, uint16_t *out)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint16_t sign = (uint16_t)((bits >> 63) << 15);
    int exp = (int)((bits >> 52) & 0x7FF);
    uint64_t mant = bits & ((UINT64_C(1) << 52) - 1);
    if (exp == 0x7FF)
        return false;
    if (exp == 0 && mant == 0) {
        *out = sign;
        return true;
    }
    int e = exp ? exp - 1023 : -1022;
    uint64_t m = exp ? mant | (UINT64_C(1) << 52) : mant;
    if (e > 15) {
        *out = (uint16_t)(sign | 0x7C00);
        return true;
    }
    unsigned shift = e >= -14 ? 42 : (unsigned)(28 - e);
    uint64_t h = 0;
    if (shift < 64) {
        h = m >> shift;
        uint64_t rem = m & ((UINT64_C(1) << shift) - 1);
        uint64_t half = UINT64_C(1) << (shift - 1);
        if (rem > half || (rem == half && (h & 1)))
            h++;
    }
    if (e >= -14) {
        if (h == 0x800) { /* rounding carried into the next power of two */
            h >>= 1;
            e++;
        }
        if (e > 15) {
            *out = (uint16_t)(sign | 0x7C00);
            return true;
        }
        *out = (uint16_t)(sign | (uint16_t)((e + 15) << 10) | (h & 0x3FF));
    } else {
        *out = (uint16_t)(sign | h); /* h == 0x400 is the least normal */
    }
    return true;
}

static bool put_float(BitBuf *b, Term v, uint64_t nbits, bool little)
{
    double d;
    if (term_is_float(v))
        d = float_val(v);
    else if (term_is_small(v))
        d = (double)small_val(v);
    else if (!bignum_to_double(v, &d))
        return false;
    uint64_t raw;
    if (nbits == 64) {
        memcpy(&raw, &d, sizeof raw);
    } else if (nbits == 32) {
        float f = (float)d; /* too big: infinity, as the BEAM */
        uint32_t r32;
        memcpy(&r32, &f, sizeof r32);
        raw = r32;
    } else if (nbits == 16) {
        uint16_t r16;
        if (!double_to_half(d, &r16))
            return false;
        raw = r16;
    } else {
        return false;
    }
    if (little) {
        uint64_t swapped = 0;
        for (uint64_t k = 0; k < nbits; k += 8)
            swapped = (swapped << 8) | ((raw >> k) & 0xFF);
        raw = swapped;
    }
    bits_put(b, raw, (unsigned)nbits);
    return true;
}

static bool put_bitstring(BitBuf *b, Term v, uint64_t nbits)
{
    for (uint64_t k = 0; k < nbits; k += 8) {
        unsigned w = nbits - k < 8 ? (unsigned)(nbits - k) : 8;
        bits_put(b, binary_get_byte(v, k) >> (8 - w), w);
    }
    return true;
}

static bool put_utf(BitBuf *b, uint32_t cp, SegType type, bool little)
{
    if (!unicode_valid(cp))
        return false;
    if (type == SEG_UTF8) {
        uint8_t bytes[4];
        int n = utf8_encode(cp, bytes);
        if (!bits_room(b, (uint64_t)n * 8))
            return false;
        for (int i = 0; i < n; i++)
            bits_put(b, bytes[i], 8);
        return true;
    }
    uint32_t units[2];
    int n = 1;
    if (type == SEG_UTF32) {
        if (!bits_room(b, 32))
            return false;
        put_integer(b, make_small(cp), 32, little);
        return true;
    }
    if (cp >= 0x10000) {
        units[0] = 0xD800 + ((cp - 0x10000) >> 10);
        units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
        n = 2;
    } else {
        units[0] = cp;
    }
    if (!bits_room(b, (uint64_t)n * 16))
        return false;
    for (int i = 0; i < n; i++)
        put_integer(b, make_small(units[i]), 16, little);
    return true;
}

static bool is_native_little(void)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return false;
#else
    return true;
#endif
}

/* A spec list: type names, signedness, endianness, (size N), (unit N). */
static bool parse_specs(Term specs, SegSpec *sp)
{
    sp->type = SEG_INTEGER;
    sp->size = -1;
    sp->unit = 0;
    sp->little = false;
    for (; term_is_cons(specs); specs = CDR(specs)) {
        Term s = CAR(specs);
        if (term_is_atom(s)) {
            const char *n = atom_name(s);
            static const struct { const char *name; int type; } types[] = {
                {"integer", SEG_INTEGER}, {"float", SEG_FLOAT},
                {"binary", SEG_BINARY},   {"bytes", SEG_BINARY},
                {"bitstring", SEG_BITSTRING}, {"bits", SEG_BITSTRING},
                {"utf8", SEG_UTF8},       {"utf-8", SEG_UTF8},
                {"utf16", SEG_UTF16},     {"utf-16", SEG_UTF16},
                {"utf32", SEG_UTF32},     {"utf-32", SEG_UTF32},
            };
            bool found = false;
            for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
                if (!strcmp(n, types[i].name)) {
                    sp->type = (SegType)types[i].type;
                    found = true;
                }
            if (found || !strcmp(n, "signed") || !strcmp(n, "unsigned"))
                continue;
            if (!strcmp(n, "big") || !strcmp(n, "big-endian"))
                sp->little = false;
            else if (!strcmp(n, "little") || !strcmp(n, "little-endian"))
                sp->little = true;
            else if (!strcmp(n, "native") || !strcmp(n, "native-endian"))
                sp->little = is_native_little();
            else
                return false;
            continue;
        }
        /* (size N) or (unit N) */
        if (list_length(s) != 2 || !term_is_atom(CAR(s)) ||
            !term_is_small(CAR(CDR(s))))
            return false;
        int64_t n = small_val(CAR(CDR(s)));
        if (CAR(s) == atom_from_cstr("size") && n >= 0 &&
            (uint64_t)n <= BIN_LITERAL_MAX_BITS)
            sp->size = n;
        else if (CAR(s) == atom_from_cstr("unit") && n >= 1 && n <= 256)
            sp->unit = (int)n;
        else
            return false;
    }
    return term_is_nil(specs);
}

/* One value with its spec. */
static bool put_value(BitBuf *b, Term v, const SegSpec *sp)
{
    switch (sp->type) {
    case SEG_INTEGER: {
        if (!term_is_integer(v))
            return false;
        uint64_t n = (uint64_t)(sp->size >= 0 ? sp->size : 8) *
                     (uint64_t)(sp->unit ? sp->unit : 1);
        if (!bits_room(b, n))
            return false;
        put_integer(b, v, n, sp->little);
        return true;
    }
    case SEG_FLOAT: {
        if (!term_is_number(v))
            return false;
        uint64_t n = (uint64_t)(sp->size >= 0 ? sp->size : 64) *
                     (uint64_t)(sp->unit ? sp->unit : 1);
        return bits_room(b, n) && put_float(b, v, n, sp->little);
    }
    case SEG_BINARY:
    case SEG_BITSTRING: {
        if (!term_is_bitstring(v))
            return false;
        uint64_t have = binary_bit_size(v), n = have;
        if (sp->size >= 0)
            n = (uint64_t)sp->size *
                (uint64_t)(sp->unit ? sp->unit : sp->type == SEG_BINARY ? 8 : 1);
        else if (sp->type == SEG_BINARY && (have & 7))
            return false;
        if (n > have || !bits_room(b, n))
            return false;
        return put_bitstring(b, v, n);
    }
    default:
        if (!term_is_small(v) || small_val(v) < 0 || small_val(v) > UNICODE_MAX)
            return false;
        return put_utf(b, (uint32_t)small_val(v), sp->type, sp->little);
    }
}

/* Whether t is a proper list of integers (a string value). */
static bool is_int_list(Term t)
{
    for (; term_is_cons(t); t = CDR(t))
        if (!term_is_integer(CAR(t)))
            return false;
    return term_is_nil(t);
}

/* The segments of #B(...): BIN_OK with *out, BIN_BAD, or BIN_NOT_LITERAL
 * when a segment holds something that only evaluation could give. */
static int build_binary(const Term *segs, size_t n, Term *out)
{
    BitBuf b = {NULL, 0, 0};
    SegSpec plain = {SEG_INTEGER, -1, 0, false};
    for (size_t i = 0; i < n; i++) {
        Term seg = segs[i];
        if (term_is_integer(seg)) {
            if (!put_value(&b, seg, &plain))
                return BIN_BAD;
        } else if (term_is_cons(seg) && is_int_list(seg)) {
            for (Term c = seg; term_is_cons(c); c = CDR(c))
                if (!put_value(&b, CAR(c), &plain))
                    return BIN_BAD;
        } else if (term_is_cons(seg)) {
            Term val = CAR(seg);
            SegSpec sp;
            bool literal = is_int_list(val) || term_is_number(val) ||
                           term_is_bitstring(val);
            if (!literal)
                return BIN_NOT_LITERAL; /* (expr spec ...) */
            if (!parse_specs(CDR(seg), &sp))
                return BIN_BAD;
            if (term_is_list(val)) {
                for (Term c = val; term_is_cons(c); c = CDR(c))
                    if (!put_value(&b, CAR(c), &sp))
                        return BIN_BAD;
            } else if (!put_value(&b, val, &sp)) {
                return BIN_BAD;
            }
        } else if (term_is_atom(seg)) {
            return BIN_NOT_LITERAL; /* a variable, in (binary ...) */
        } else {
            return BIN_BAD;
        }
    }
    *out = binary_from_bits(b.data ? b.data : (const uint8_t *)"", b.nbits);
    return BIN_OK;
}

/* ---- building compound values ---------------------------------------- */

/* Close the innermost bracket frame: its value in *v, at *pos. */
static int close_frame(Reader *r, Term *v, SrcPos *pos)
{
    Frame f = r->frames[--r->nframes];
    Term *elems = r->vals + f.base;
    size_t n = r->nvals - f.base;
    *pos = f.pos;
    switch ((FrameKind)f.kind) {
    case F_LIST:
    case F_BRACKET: {
        Term tail = NIL;
        if (f.state == ST_HAVE_TAIL)
            tail = elems[--n];
        for (size_t i = n; i > 0; i--) {
            tail = make_cons(elems[i - 1], tail);
            note(r, tail, i == 1 ? f.pos : r->vpos[f.base + i - 1]);
        }
        *v = tail;
        break;
    }
    case F_TUPLE:
        if (n >= TUPLE_MAX_ARITY)
            return fail(r, f.pos, "tuple too large");
        *v = make_tuplev((uint32_t)n, elems);
        break;
    case F_MAP:
    case F_STRUCT: {
        bool is_struct = f.kind == F_STRUCT;
        if (is_struct && (n == 0 || !term_is_atom(elems[0])))
            return fail(r, f.pos, "bad struct");
        size_t skip = is_struct ? 1 : 0;
        if ((n - skip) % 2)
            return fail(r, f.pos, is_struct ? "bad struct" : "bad map");
        size_t pairs = (n - skip) / 2 + skip;
        Term *keys = gc_alloc((pairs ? pairs : 1) * sizeof *keys);
        Term *vals = gc_alloc((pairs ? pairs : 1) * sizeof *vals);
        for (size_t i = 0; i < (n - skip) / 2; i++) {
            keys[i] = elems[skip + 2 * i];
            vals[i] = elems[skip + 2 * i + 1];
        }
        if (is_struct) { /* the name wins over a written __struct__ key */
            keys[pairs - 1] = ATOM___struct__;
            vals[pairs - 1] = elems[0];
        }
        *v = map_from_pairs(keys, vals, pairs);
        break;
    }
    case F_BINARY: {
        int rc = build_binary(elems, n, v);
        if (rc == BIN_NOT_LITERAL && r->eval) {
            Term form = make_cons(ATOM_binary, list_from_array(elems, n));
            ReadError e = r->own_err;
            *v = r->eval(r->eval_ctx, form, &e);
            rc = *v != NONE && term_is_bitstring(*v) ? BIN_OK : BIN_BAD;
        }
        if (rc != BIN_OK)
            return fail(r, f.pos, "bad binary");
        break;
    }
    default:
        return fail(r, f.pos, "internal error: bad frame");
    }
    r->nvals = f.base;
    note(r, *v, f.pos);
    return 0;
}

/* Wrap v, read at vpos, in the prefix frame f. */
static int apply_prefix(Reader *r, const Frame *f, Term *v, SrcPos vpos)
{
    Term sym;
    switch ((FrameKind)f->kind) {
    case F_QUOTE: sym = ATOM_quote; break;
    case F_BACKQUOTE: sym = ATOM_backquote; break;
    case F_COMMA: sym = ATOM_comma; break;
    case F_COMMA_AT: sym = ATOM_comma_at; break;
    default: {
        if (!r->eval)
            return fail(r, f->pos, "read-time evaluation is not available");
        ReadError e = {r->file, f->pos.line, f->pos.col, "bad #. expression"};
        Term result = r->eval(r->eval_ctx, *v, &e);
        if (result == NONE)
            return fail(r, f->pos, "%s", e.message[0] ? e.message
                                                      : "bad #. expression");
        if (r->map && !srcmap_get(r->map, result, NULL))
            note(r, result, f->pos);
        *v = result;
        return 0;
    }
    }
    Term cell = make_cons(*v, NIL);
    note(r, cell, vpos);
    *v = make_cons(sym, cell);
    note(r, *v, f->pos);
    return 0;
}

/* A value is finished: wrap it in the pending prefixes, then make it an
 * element of the innermost bracket.  1 when it completes the form. */
static int finish_value(Reader *r, Term v, SrcPos pos, Term *out)
{
    for (;;) {
        if (r->nframes == 0) {
            *out = v;
            return 1;
        }
        Frame *top = &r->frames[r->nframes - 1];
        if (!is_prefix((FrameKind)top->kind)) {
            push_val(r, v, pos);
            if (top->state == ST_AFTER_DOT)
                top->state = ST_HAVE_TAIL;
            return 0;
        }
        Frame f = *top;
        r->nframes--;
        if (apply_prefix(r, &f, &v, pos) < 0)
            return -1;
        pos = f.pos;
    }
}

static bool closes(const Frame *f, TokKind k)
{
    if (f->kind == F_BRACKET)
        return k == TOK_RBRACKET;
    return k == TOK_RPAREN && !is_prefix((FrameKind)f->kind);
}

static FrameKind opener_frame(TokKind k)
{
    switch (k) {
    case TOK_LPAREN: return F_LIST;
    case TOK_LBRACKET: return F_BRACKET;
    case TOK_HASH_PAREN: return F_TUPLE;
    case TOK_HASH_MAP: return F_MAP;
    case TOK_HASH_BINARY: return F_BINARY;
    case TOK_HASH_STRUCT: return F_STRUCT;
    case TOK_QUOTE: return F_QUOTE;
    case TOK_BACKQUOTE: return F_BACKQUOTE;
    case TOK_COMMA: return F_COMMA;
    case TOK_COMMA_AT: return F_COMMA_AT;
    default: return F_EVAL;
    }
}

/* ---- the reader ------------------------------------------------------ */

static int parse_form(Reader *r, Term *out)
{
    r->nframes = 0;
    r->nvals = 0;
    r->form_line = 0;
    Token tok;
    for (;;) {
        if (scan_next(&r->scan, &tok) < 0)
            return -1;
        if (!r->form_line)
            r->form_line = tok.line;
        Frame *top = r->nframes ? &r->frames[r->nframes - 1] : NULL;
        SrcPos pos = {tok.line, tok.col};
        bool is_close = tok.kind == TOK_RPAREN || tok.kind == TOK_RBRACKET;
        if (top && top->state == ST_HAVE_TAIL && !is_close &&
            tok.kind != TOK_EOF)
            return illegal(r, &tok);
        Term v = NIL;
        switch (tok.kind) {
        case TOK_EOF:
            if (!top)
                return 0;
            return unterminated(r, top);
        case TOK_VALUE:
            v = tok.value;
            note(r, v, pos);
            break;
        case TOK_DOT:
            if (top && (top->kind == F_LIST || top->kind == F_BRACKET) &&
                top->state == ST_ELEMS && r->nvals > top->base) {
                top->state = ST_AFTER_DOT;
                continue;
            }
            return illegal(r, &tok);
        case TOK_RPAREN:
        case TOK_RBRACKET:
            if (!top || !closes(top, tok.kind) || top->state == ST_AFTER_DOT)
                return illegal(r, &tok);
            if (close_frame(r, &v, &pos) < 0)
                return -1;
            break;
        default:
            push_frame(r, opener_frame(tok.kind), pos);
            continue;
        }
        int rc = finish_value(r, v, pos, out);
        if (rc != 0)
            return rc;
    }
}

uint32_t reader_form_line(const Reader *r) { return r->form_line; }

int reader_next(Reader *r, Term *out, ReadError *err)
{
    ReadError *e = err ? err : &r->own_err;
    e->file = r->file;
    e->line = 0;
    e->col = 0;
    e->message[0] = '\0';
    if (r->done)
        return 0;
    r->scan.err = e;
    r->scan.incomplete = false;
    Term form = NIL;
    int rc = parse_form(r, &form);
    /* Drop references to the finished form's parts. */
    if (r->vals && r->nvals)
        memset(r->vals, 0, r->nvals * sizeof *r->vals);
    r->nvals = 0;
    r->nframes = 0;
    if (rc == 1) {
        *out = form;
        return 1;
    }
    r->done = true;
    if (rc < 0) {
        r->incomplete = r->scan.incomplete;
        e->file = r->file;
        return -1;
    }
    return 0;
}

/* scan.c - the LFE scanner: UTF-8 text to tokens (see scan.h).
 *
 * Follows the token rules of LFE 2.2's scanner: white space is every
 * character up to the space; a symbol is a run of symbol characters that
 * does not read as an Erlang integer or float (list_to_integer and
 * list_to_float decide: "1e10", "1.", "123foo" are symbols); a '.' that
 * starts a token is always the dot; '#' introduces based numbers, tuples,
 * maps, binaries, characters, binary strings, function references, block
 * comments and read-time evaluation.  Where the LFE guide documents more
 * than the reference scanner implements, the guide wins: "\x41;" in a
 * string and #\x41; are hexadecimal character codes (the reference reads
 * the latter as #\x, 41, comment).  Differences from the reference are
 * noted where they happen.
 */
#include "scan.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/atom.h"
#include "../runtime/binary.h"
#include "../runtime/bignum.h"
#include "../runtime/gc.h"
#include "../runtime/strbuf.h"
#include "../runtime/unicode.h"

#define CP_EOF (-1) /* end of input */
#define CP_BAD (-2) /* invalid UTF-8 at the current position */

/* Result of a scanning step that may produce nothing (a block comment). */
#define SKIPPED 0

/* ---- errors -------------------------------------------------------- */

int scan_fail(Scanner *s, uint32_t line, uint32_t col, bool incomplete,
              const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->err->message, sizeof s->err->message, fmt, ap);
    va_end(ap);
    s->err->line = line;
    s->err->col = col;
    s->incomplete = incomplete;
    return -1;
}

static int fail_utf8(Scanner *s)
{
    return scan_fail(s, s->line, s->col, false, "invalid UTF-8");
}

/* A character for an error message: itself when printable, else \x{H}. */
static void put_char_repr(StrBuf *b, int32_t c)
{
    if (c > ' ' && c != 127 && (c < 128 || c > 160))
        strbuf_put_utf8(b, (uint32_t)c);
    else
        strbuf_printf(b, "\\x{%X}", (unsigned)c);
}

/* ---- characters ---------------------------------------------------- */

void scan_init(Scanner *s, const uint8_t *text, size_t len, ReadError *err)
{
    memset(s, 0, sizeof *s);
    s->text = text;
    s->len = len;
    s->line = 1;
    s->col = 1;
    s->err = err;
    /* The scratch buffers are never NULL (buf + 0 must be valid). */
    s->buf_cap = s->out_cap = 64;
    s->buf = gc_alloc_atomic(s->buf_cap * sizeof *s->buf);
    s->out = gc_alloc_atomic(s->out_cap * sizeof *s->out);
    s->lines_cap = 16;
    s->lines = gc_alloc_atomic(s->lines_cap * sizeof *s->lines);
    /* A byte order mark at the very start is not part of the text. */
    if (len >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF)
        s->pos = 3;
}

/* The character at the current position, with its length in bytes. */
static int32_t peek_n(const Scanner *s, int *n)
{
    if (s->pos >= s->len) {
        *n = 0;
        return CP_EOF;
    }
    uint8_t b = s->text[s->pos];
    if (b < 0x80) {
        *n = 1;
        return b;
    }
    uint32_t cp;
    int k = utf8_decode(s->text + s->pos, s->len - s->pos, &cp);
    if (k < 0) {
        *n = 0;
        return CP_BAD;
    }
    *n = k;
    return (int32_t)cp;
}

static int32_t peek(const Scanner *s)
{
    int n;
    return peek_n(s, &n);
}

/* The byte k bytes ahead of the current position, or -1 past the end
 * (for lookahead on ASCII characters). */
static int byte_at(const Scanner *s, size_t k)
{
    return s->pos + k < s->len ? s->text[s->pos + k] : -1;
}

/* Move past the current character (which must not be CP_EOF/CP_BAD). */
static void advance(Scanner *s)
{
    int n;
    int32_t c = peek_n(s, &n);
    s->pos += (size_t)n;
    if (c == '\n') {
        s->line++;
        s->col = 1;
    } else {
        s->col++;
    }
}

/* Move past k ASCII characters on one line. */
static void advance_ascii(Scanner *s, size_t k)
{
    s->pos += k;
    s->col += (uint32_t)k;
}

static bool is_white(int32_t c)
{
    return c >= 0 && c <= ' ';
}

static bool is_symbol_char(int32_t c)
{
    if (c > ' ' && c <= '~')
        return strchr("()[]{}\";", c) == NULL;
    return c > 0xA0;
}

static bool is_start_symbol_char(int32_t c)
{
    return is_symbol_char(c) && strchr("#`',|", c) == NULL;
}

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* ---- scratch buffers ----------------------------------------------- */

static void grow_cps(uint32_t **p, size_t *cap, size_t need)
{
    if (need <= *cap)
        return;
    size_t n = *cap;
    while (n < need)
        n *= 2;
    *p = gc_realloc(*p, n * sizeof **p);
    *cap = n;
}

static void buf_push(Scanner *s, int32_t c)
{
    grow_cps(&s->buf, &s->buf_cap, s->buf_len + 1);
    s->buf[s->buf_len++] = (uint32_t)c;
}

static void out_push(Scanner *s, uint32_t c)
{
    grow_cps(&s->out, &s->out_cap, s->out_len + 1);
    s->out[s->out_len++] = c;
}

static void lines_push(Scanner *s, size_t start)
{
    if (s->lines_len == s->lines_cap) {
        size_t n = s->lines_cap * 2;
        s->lines = gc_realloc(s->lines, n * sizeof *s->lines);
        s->lines_cap = n;
    }
    s->lines[s->lines_len++] = start;
}

/* The code points cps[0..n) as UTF-8 in a StrBuf. */
static void cps_to_utf8(const uint32_t *cps, size_t n, StrBuf *b)
{
    for (size_t i = 0; i < n; i++)
        strbuf_put_utf8(b, cps[i]);
}

/* A list string or a UTF-8 binary from code points. */
static Term make_string(const uint32_t *cps, size_t n, bool binary)
{
    if (binary) {
        size_t bytes = 0;
        for (size_t i = 0; i < n; i++)
            bytes += cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 : cps[i] < 0x10000 ? 3 : 4;
        uint8_t *data;
        Term bin = binary_alloc(bytes, &data);
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            k += (size_t)utf8_encode(cps[i], data + k);
        return bin;
    }
    Term list = NIL;
    for (size_t i = n; i > 0; i--)
        list = make_cons(make_small(cps[i - 1]), list);
    return list;
}

/* ---- numbers and symbols ------------------------------------------- */

Term scan_make_integer(const char *digits, size_t n, int base, bool negative)
{
    /* Accumulate in 64 bits while the value surely fits a small integer;
     * anything longer goes to the bignum parser. */
    uint64_t limit = (uint64_t)SMALL_MAX + (negative ? 1 : 0);
    uint64_t v = 0;
    size_t i = 0;
    for (; i < n; i++) {
        uint64_t d = (uint64_t)digit_value((unsigned char)digits[i]);
        if (v > (limit - d) / (uint64_t)base)
            break;
        v = v * (uint64_t)base + d;
    }
    if (i == n)
        return make_small(negative ? (int64_t)(0 - v) : (int64_t)v);
    StrBuf b;
    strbuf_init(&b);
    if (negative)
        strbuf_putc(&b, '-');
    strbuf_append(&b, digits, n);
    return bignum_from_string(b.data, b.len, base);
}

static size_t count_digits(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    return i;
}

/* Whether s is [+-]digits (what list_to_integer accepts). */
static bool is_integer_text(const char *s, size_t n)
{
    size_t i = (n > 0 && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    size_t d = count_digits(s + i, n - i);
    return d > 0 && i + d == n;
}

/* Whether s is [+-]digits.digits([eE][+-]digits) (list_to_float). */
static bool is_float_text(const char *s, size_t n)
{
    size_t i = (n > 0 && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    size_t d = count_digits(s + i, n - i);
    if (d == 0)
        return false;
    i += d;
    if (i >= n || s[i] != '.')
        return false;
    i++;
    d = count_digits(s + i, n - i);
    if (d == 0)
        return false;
    i += d;
    if (i == n)
        return true;
    if (s[i] != 'e' && s[i] != 'E')
        return false;
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    d = count_digits(s + i, n - i);
    return d > 0 && i + d == n;
}

/* An atom from code points, or an error at line:col. */
static int make_atom_token(Scanner *s, const uint32_t *cps, size_t n,
                           uint32_t line, uint32_t col, Term *out)
{
    if (n > ATOM_MAX_CHARS)
        return scan_fail(s, line, col, false,
                         "illegal symbol: more than %d characters",
                         ATOM_MAX_CHARS);
    StrBuf b;
    strbuf_init(&b);
    cps_to_utf8(cps, n, &b);
    Term a = atom_intern(b.data, b.len);
    if (a == NONE)
        return scan_fail(s, line, col, false,
                         "system_limit: too many atoms");
    *out = a;
    return 1;
}

/* The token for a run of symbol characters: a number or a symbol. */
static int symbol_token(Scanner *s, Token *tok)
{
    const uint32_t *cps = s->buf;
    size_t n = s->buf_len;
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = cps[i] < 0x80;
    if (ascii && n > 0 && n < 100000) {
        StrBuf b;
        strbuf_init(&b);
        cps_to_utf8(cps, n, &b);
        if (is_integer_text(b.data, b.len)) {
            bool neg = b.data[0] == '-';
            size_t skip = (b.data[0] == '+' || b.data[0] == '-') ? 1 : 0;
            tok->value = scan_make_integer(b.data + skip, b.len - skip, 10, neg);
            tok->vkind = VAL_NUMBER;
            return 1;
        }
        if (is_float_text(b.data, b.len)) {
            double d = strtod(b.data, NULL);
            if (isfinite(d)) { /* an overflowing float is a symbol */
                tok->value = make_float(d);
                tok->vkind = VAL_NUMBER;
                return 1;
            }
        }
    }
    tok->vkind = VAL_SYMBOL;
    return make_atom_token(s, cps, n, tok->line, tok->col, &tok->value);
}

/* Collect symbol characters into buf (appending). */
static int collect_symbol_chars(Scanner *s)
{
    for (;;) {
        int32_t c = peek(s);
        if (c == CP_BAD)
            return fail_utf8(s);
        if (!is_symbol_char(c))
            return 1;
        buf_push(s, c);
        advance(s);
    }
}

static int scan_symbol(Scanner *s, Token *tok)
{
    s->buf_len = 0;
    if (collect_symbol_chars(s) < 0)
        return -1;
    tok->kind = TOK_VALUE;
    return symbol_token(s, tok);
}

/* |quoted symbol|: a backslash takes the next character as it is. */
static int scan_quoted_symbol(Scanner *s, Token *tok)
{
    advance(s); /* | */
    s->buf_len = 0;
    for (;;) {
        int32_t c = peek(s);
        if (c == CP_EOF)
            return scan_fail(s, tok->line, tok->col, true,
                             "unterminated quoted symbol");
        if (c == CP_BAD)
            return fail_utf8(s);
        advance(s);
        if (c == '|')
            break;
        if (c == '\\') {
            c = peek(s);
            if (c == CP_EOF)
                return scan_fail(s, tok->line, tok->col, true,
                                 "unterminated quoted symbol");
            if (c == CP_BAD)
                return fail_utf8(s);
            advance(s);
        }
        buf_push(s, c);
    }
    tok->kind = TOK_VALUE;
    tok->vkind = VAL_SYMBOL;
    return make_atom_token(s, s->buf, s->buf_len, tok->line, tok->col,
                           &tok->value);
}

/* ---- strings -------------------------------------------------------- */

/* The guide's hexadecimal character code after a backslash or #\: x, hex
 * digits, ';'.  Returns the number of bytes it spans from the 'x' (0 when
 * the text there is not of that form) and the code in *cp (saturated). */
static size_t hex_char_code(const Scanner *s, size_t from, uint32_t *cp)
{
    size_t k = from;
    if (byte_at(s, k) != 'x')
        return 0;
    k++;
    uint32_t v = 0;
    size_t digits = 0;
    for (;;) {
        int b = byte_at(s, k);
        if (b < 0 || digit_value(b) >= 16)
            break;
        v = v > 0x10FFFF ? v : v * 16 + (uint32_t)digit_value(b);
        digits++;
        k++;
    }
    if (digits == 0 || byte_at(s, k) != ';')
        return 0;
    *cp = v;
    return k + 1 - from;
}

static int32_t escape_char(int32_t c)
{
    switch (c) {
    case 'b': return '\b';
    case 't': return '\t';
    case 'n': return '\n';
    case 'v': return '\v';
    case 'f': return '\f';
    case 'r': return '\r';
    case 'e': return 27;
    case 's': return ' ';
    case 'd': return 127;
    default: return c;
    }
}

/* An error message head: the first characters of an unfinished string. */
static void string_head(const Scanner *s, StrBuf *b)
{
    size_t n = s->buf_len < 16 ? s->buf_len : 16;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s->buf[i];
        if (c == '\n')
            strbuf_puts(b, "\\n");
        else if (c == '"' || c == '\\')
            strbuf_printf(b, "\\%c", (char)c);
        else
            put_char_repr(b, (int32_t)c);
    }
    if (s->buf_len > n)
        strbuf_puts(b, "...");
}

/* A "..." string after its opening quote. */
static int scan_plain_string(Scanner *s, Token *tok, bool binary)
{
    s->buf_len = 0;
    for (;;) {
        int32_t c = peek(s);
        if (c == CP_EOF) {
            StrBuf h;
            strbuf_init(&h);
            string_head(s, &h);
            return scan_fail(s, tok->line, tok->col, true,
                             "unterminated %sstring starting with \"%s\"",
                             binary ? "binary " : "", h.data);
        }
        if (c == CP_BAD)
            return fail_utf8(s);
        if (c == '"') {
            advance(s);
            break;
        }
        if (c == '\\') {
            uint32_t line = s->line, col = s->col;
            advance(s);
            uint32_t code;
            size_t k = hex_char_code(s, 0, &code);
            if (k > 0) {
                if (!unicode_valid(code))
                    return scan_fail(s, line, col, false,
                                     "illegal character code in string");
                advance_ascii(s, k);
                buf_push(s, (int32_t)code);
                continue;
            }
            c = peek(s);
            if (c == CP_EOF)
                continue; /* reported as unterminated above */
            if (c == CP_BAD)
                return fail_utf8(s);
            advance(s);
            buf_push(s, escape_char(c));
            continue;
        }
        advance(s);
        buf_push(s, c);
    }
    tok->kind = TOK_VALUE;
    tok->vkind = binary ? VAL_BINARY : VAL_STRING;
    tok->value = make_string(s->buf, s->buf_len, binary);
    return 1;
}

static bool all_spaces(const uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cps[i] != ' ')
            return false;
    return true;
}

/* A triple-quoted string after its opening """: verbatim lines, the
 * closing line's leading spaces stripped from every content line.  As the
 * reference, only spaces count as indentation; unlike it (which crashes),
 * a content line of fewer spaces than the indentation is an empty line. */
static int scan_triple_string(Scanner *s, Token *tok, bool binary)
{
    const char *bad = "bad format of triple-quoted string";
    /* The rest of the opening line may hold only spaces. */
    for (;;) {
        int32_t c = peek(s);
        if (c == ' ') {
            advance(s);
        } else if (c == '\n') {
            advance(s);
            break;
        } else if (c == CP_EOF) {
            return scan_fail(s, tok->line, tok->col, true,
                             "unterminated triple-quoted string");
        } else if (c == CP_BAD) {
            return fail_utf8(s);
        } else {
            return scan_fail(s, s->line, s->col, false, "%s", bad);
        }
    }
    uint32_t first_line = s->line;
    s->buf_len = 0;
    s->lines_len = 0;
    size_t line_start = 0;
    for (;;) {
        int32_t c = peek(s);
        if (c == CP_EOF)
            return scan_fail(s, tok->line, tok->col, true,
                             "unterminated triple-quoted string");
        if (c == CP_BAD)
            return fail_utf8(s);
        if (c == '\n') {
            lines_push(s, line_start);
            advance(s);
            line_start = s->buf_len;
            continue;
        }
        if (c == '"' && byte_at(s, 1) == '"' && byte_at(s, 2) == '"') {
            advance_ascii(s, 3);
            if (all_spaces(s->buf + line_start, s->buf_len - line_start))
                break;
            buf_push(s, '"');
            buf_push(s, '"');
            buf_push(s, '"');
            continue;
        }
        advance(s);
        buf_push(s, c);
    }
    /* buf[line_start..buf_len) is the indentation; lines[] the content. */
    size_t nlines = s->lines_len;
    size_t indent = s->buf_len - line_start;
    s->out_len = 0;
    for (size_t i = 0; i < nlines; i++) {
        size_t from = s->lines[i];
        size_t to = i + 1 < nlines ? s->lines[i + 1] : line_start;
        size_t n = to - from;
        if (i > 0)
            out_push(s, '\n');
        if (n < indent && all_spaces(s->buf + from, n))
            continue; /* a blank line shorter than the indentation */
        if (n < indent || !all_spaces(s->buf + from, indent))
            return scan_fail(s, first_line + (uint32_t)i, 1, false, "%s", bad);
        for (size_t k = from + indent; k < to; k++)
            out_push(s, s->buf[k]);
    }
    tok->kind = TOK_VALUE;
    tok->vkind = binary ? VAL_BINARY : VAL_STRING;
    tok->value = make_string(s->out, s->out_len, binary);
    return 1;
}

/* A string at its opening quote (already past the '#' of a binary). */
static int scan_string(Scanner *s, Token *tok, bool binary)
{
    advance(s); /* " */
    if (byte_at(s, 0) == '"' && byte_at(s, 1) == '"') {
        advance_ascii(s, 2);
        return scan_triple_string(s, tok, binary);
    }
    return scan_plain_string(s, tok, binary);
}

/* ---- # forms -------------------------------------------------------- */

/* #| ... |# after the "#|"; another "#|" inside is an error. */
static int skip_block_comment(Scanner *s, uint32_t line, uint32_t col)
{
    for (;;) {
        int32_t c = peek(s);
        if (c == CP_EOF)
            return scan_fail(s, line, col, true, "unterminated block comment");
        if (c == CP_BAD)
            return fail_utf8(s);
        if (c == '|' && byte_at(s, 1) == '#') {
            advance_ascii(s, 2);
            return SKIPPED;
        }
        if (c == '#' && byte_at(s, 1) == '|')
            return scan_fail(s, s->line, s->col, false,
                             "illegal nested block comment");
        advance(s);
    }
}

/* A based number after its prefix: [+-] then symbol characters, each of
 * which must be a digit of the base. */
static int scan_based_number(Scanner *s, Token *tok, int base)
{
    bool neg = false;
    int b = byte_at(s, 0);
    if (b == '+' || b == '-') {
        neg = b == '-';
        advance_ascii(s, 1);
    }
    s->buf_len = 0;
    if (collect_symbol_chars(s) < 0)
        return -1;
    if (s->buf_len == 0)
        return scan_fail(s, tok->line, tok->col, s->pos >= s->len,
                         "bad format of based number");
    StrBuf digits;
    strbuf_init(&digits);
    for (size_t i = 0; i < s->buf_len; i++) {
        uint32_t c = s->buf[i];
        if (c >= 0x80 || digit_value((int)c) >= base)
            return scan_fail(s, tok->line, tok->col, false,
                             "illegal characters in based number");
        strbuf_putc(&digits, (char)c);
    }
    tok->kind = TOK_VALUE;
    tok->vkind = VAL_NUMBER;
    tok->value = scan_make_integer(digits.data, digits.len, base, neg);
    return 1;
}

/* #\c: the code of one character, or the guide's #\xHHHH; form. */
static int scan_char(Scanner *s, Token *tok)
{
    uint32_t code;
    size_t k = hex_char_code(s, 0, &code);
    if (k > 0) {
        if (!unicode_valid(code))
            return scan_fail(s, tok->line, tok->col, false,
                             "illegal character code");
        advance_ascii(s, k);
    } else {
        int32_t c = peek(s);
        if (c == CP_EOF)
            return scan_fail(s, tok->line, tok->col, true,
                             "illegal token #\\");
        if (c == CP_BAD)
            return fail_utf8(s);
        advance(s);
        code = (uint32_t)c;
    }
    tok->kind = TOK_VALUE;
    tok->vkind = VAL_NUMBER;
    tok->value = make_small(code);
    return 1;
}

/* #'name/arity or #'module:name/arity -> (function [module] name arity).
 * Everything after the first '/' must be digits; the module ends at the
 * first ':' (except in #'=:=/2). */
static int scan_fun_ref(Scanner *s, Token *tok)
{
    s->buf_len = 0;
    if (collect_symbol_chars(s) < 0)
        return -1;
    const uint32_t *cps = s->buf;
    size_t n = s->buf_len;
    size_t slash = 0;
    while (slash < n && cps[slash] != '/')
        slash++;
    bool ok = slash + 1 < n;
    for (size_t i = slash + 1; ok && i < n; i++)
        ok = cps[i] >= '0' && cps[i] <= '9';
    if (!ok) {
        StrBuf b;
        strbuf_init(&b);
        cps_to_utf8(cps, n < 40 ? n : 40, &b);
        return scan_fail(s, tok->line, tok->col, s->pos >= s->len,
                         "bad format of #'%s%s", b.data, n > 40 ? "..." : "");
    }
    StrBuf arity_digits;
    strbuf_init(&arity_digits);
    cps_to_utf8(cps + slash + 1, n - slash - 1, &arity_digits);
    Term arity = scan_make_integer(arity_digits.data, arity_digits.len, 10,
                                   false);
    size_t colon = 0;
    bool is_eq = slash == 3 && cps[0] == '=' && cps[1] == ':' && cps[2] == '=';
    while (!is_eq && colon < slash && cps[colon] != ':')
        colon++;
    Term name, module = NONE;
    if (is_eq || colon == slash) {
        if (make_atom_token(s, cps, slash, tok->line, tok->col, &name) < 0)
            return -1;
    } else {
        if (make_atom_token(s, cps, colon, tok->line, tok->col, &module) < 0 ||
            make_atom_token(s, cps + colon + 1, slash - colon - 1, tok->line,
                            tok->col, &name) < 0)
            return -1;
    }
    Term form = make_cons(name, make_cons(arity, NIL));
    if (module != NONE)
        form = make_cons(module, form);
    tok->kind = TOK_VALUE;
    tok->vkind = VAL_FUN;
    tok->value = make_cons(ATOM_function, form);
    return 1;
}

/* Everything that starts with '#'.  Returns 1 with a token, SKIPPED after
 * a block comment, -1 on error. */
static int scan_hash(Scanner *s, Token *tok)
{
    advance_ascii(s, 1); /* # */
    /* Digits before the letter: only #NNr uses them. */
    size_t ndigits = 0;
    int base = 0;
    while (byte_at(s, 0) >= '0' && byte_at(s, 0) <= '9') {
        if (base < 1000)
            base = base * 10 + (byte_at(s, 0) - '0');
        ndigits++;
        advance_ascii(s, 1);
    }
    int32_t c = peek(s);
    if (c == CP_BAD)
        return fail_utf8(s);
    if (ndigits > 0) {
        if (c == 'r' || c == 'R') {
            if (base < 2 || base > 36)
                return scan_fail(s, tok->line, tok->col, false,
                                 "bad format of #r");
            advance_ascii(s, 1);
            return scan_based_number(s, tok, base);
        }
        if (c == CP_EOF)
            return scan_fail(s, tok->line, tok->col, true,
                             "illegal token #%.*s", (int)ndigits,
                             (const char *)s->text + s->pos - ndigits);
        StrBuf b;
        strbuf_init(&b);
        strbuf_append(&b, (const char *)s->text + s->pos - ndigits, ndigits);
        put_char_repr(&b, c);
        return scan_fail(s, tok->line, tok->col, false, "illegal token #%s",
                         b.data);
    }
    int next = byte_at(s, 1);
    switch (c) {
    case CP_EOF:
        return scan_fail(s, tok->line, tok->col, true, "illegal token #");
    case '(':
        advance_ascii(s, 1);
        tok->kind = TOK_HASH_PAREN;
        return 1;
    case '.':
        advance_ascii(s, 1);
        tok->kind = TOK_HASH_DOT;
        return 1;
    case '`':
        return scan_fail(s, tok->line, tok->col, false, "illegal '#`'");
    case ';':
        return scan_fail(s, tok->line, tok->col, false, "illegal '#;'");
    case ',':
        return scan_fail(s, tok->line, tok->col, false, "illegal '%s'",
                         next == '@' ? "#,@" : "#,");
    case '|':
        advance_ascii(s, 1);
        return skip_block_comment(s, tok->line, tok->col);
    case '"':
        return scan_string(s, tok, true);
    case '\'':
        advance_ascii(s, 1);
        return scan_fun_ref(s, tok);
    case '\\':
        advance_ascii(s, 1);
        return scan_char(s, tok);
    case '*':
        advance_ascii(s, 1);
        return scan_based_number(s, tok, 2);
    case 'o': case 'O':
        advance_ascii(s, 1);
        return scan_based_number(s, tok, 8);
    case 'd': case 'D':
        advance_ascii(s, 1);
        return scan_based_number(s, tok, 10);
    case 'x': case 'X':
        advance_ascii(s, 1);
        return scan_based_number(s, tok, 16);
    case 'e': case 'E': /* #Efoo is the Elixir module name Elixir.foo */
        advance_ascii(s, 1);
        s->buf_len = 0;
        for (const char *p = "Elixir."; *p; p++)
            buf_push(s, *p);
        if (collect_symbol_chars(s) < 0)
            return -1;
        tok->kind = TOK_VALUE;
        tok->vkind = VAL_SYMBOL;
        return make_atom_token(s, s->buf, s->buf_len, tok->line, tok->col,
                               &tok->value);
    case 'm': case 'M': case 's': case 'S': case 'b': case 'B':
        if (next == '(') {
            advance_ascii(s, 2);
            tok->kind = (c == 'm' || c == 'M')   ? TOK_HASH_MAP
                        : (c == 's' || c == 'S') ? TOK_HASH_STRUCT
                                                 : TOK_HASH_BINARY;
            return 1;
        }
        if (next < 0)
            return scan_fail(s, tok->line, tok->col, true,
                             "illegal token #%c", (char)c);
        if (c == 'b' || c == 'B') {
            advance_ascii(s, 1);
            return scan_based_number(s, tok, 2);
        }
        return scan_fail(s, tok->line, tok->col, false, "illegal token #%c",
                         (char)c);
    default: {
        StrBuf b;
        strbuf_init(&b);
        put_char_repr(&b, c);
        return scan_fail(s, tok->line, tok->col, false, "illegal token #%s",
                         b.data);
    }
    }
}

/* ---- tokens --------------------------------------------------------- */

static void simple(Scanner *s, Token *tok, TokKind kind, size_t bytes)
{
    advance_ascii(s, bytes);
    tok->kind = kind;
}

int scan_next(Scanner *s, Token *tok)
{
    for (;;) {
        int32_t c = peek(s);
        tok->line = s->line;
        tok->col = s->col;
        tok->value = NIL;
        tok->vkind = VAL_SYMBOL;
        if (c == CP_EOF) {
            tok->kind = TOK_EOF;
            return 1;
        }
        if (c == CP_BAD)
            return fail_utf8(s);
        if (is_white(c)) {
            advance(s);
            continue;
        }
        switch (c) {
        case ';':
            for (;;) {
                c = peek(s);
                if (c == CP_EOF)
                    break;
                if (c == CP_BAD)
                    return fail_utf8(s);
                advance(s);
                if (c == '\n')
                    break;
            }
            continue;
        case '#': {
            int r = scan_hash(s, tok);
            if (r == SKIPPED)
                continue;
            return r;
        }
        case '"':
            return scan_string(s, tok, false);
        case '|':
            return scan_quoted_symbol(s, tok);
        case '\'':
            simple(s, tok, TOK_QUOTE, 1);
            return 1;
        case '`':
            simple(s, tok, TOK_BACKQUOTE, 1);
            return 1;
        case '.':
            simple(s, tok, TOK_DOT, 1);
            return 1;
        case ',':
            if (byte_at(s, 1) == '@')
                simple(s, tok, TOK_COMMA_AT, 2);
            else
                simple(s, tok, TOK_COMMA, 1);
            return 1;
        case '(':
            simple(s, tok, TOK_LPAREN, 1);
            return 1;
        case ')':
            simple(s, tok, TOK_RPAREN, 1);
            return 1;
        case '[':
            simple(s, tok, TOK_LBRACKET, 1);
            return 1;
        case ']':
            simple(s, tok, TOK_RBRACKET, 1);
            return 1;
        default:
            break;
        }
        if (is_start_symbol_char(c))
            return scan_symbol(s, tok);
        StrBuf b;
        strbuf_init(&b);
        put_char_repr(&b, c);
        return scan_fail(s, tok->line, tok->col, false, "illegal '%s'", b.data);
    }
}

/* print_erl.c - terms in Erlang syntax, one line: io_lib:write (~w, ~W).
 *
 * Byte for byte what OTP 25's io_lib:write/2 gives, including its quirks
 * (a map at depth 1 prints "#{}", a map cut by depth ends in ",..." even
 * when no pair is left).  Atoms are quoted as io_lib:write_atom does;
 * strings are escaped as io_lib:write_string.  The result is a sequence of
 * code points, appended to the StrBuf as UTF-8: turning it into bytes for
 * a latin-1 device is the io layer's job, not the printer's.
 *
 * The multi-line ~p printer lives in pretty_erl.c and shares the helpers
 * declared in print_erl_impl.h.
 */
#include <inttypes.h>
#include <string.h>

#include "../runtime/atom.h"
#include "../runtime/bignum.h"
#include "../runtime/binary.h"
#include "../runtime/floatfmt.h"
#include "../runtime/gc.h"
#include "../runtime/map.h"
#include "../runtime/unicode.h"
#include "print_erl_impl.h"

/* ---- characters and strings ----------------------------------------- */

size_t print_erl_chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            k++;
    return k;
}

static void put_char(StrBuf *out, uint32_t c)
{
    if (c < 0x80)
        strbuf_putc(out, (char)c);
    else
        strbuf_put_utf8(out, c);
}

void print_erl_string_char(StrBuf *out, uint32_t c, char q, ErlStrEnc enc)
{
    if (c == (uint32_t)(unsigned char)q || c == '\\') {
        strbuf_putc(out, '\\');
        strbuf_putc(out, (char)c);
        return;
    }
    if (c >= ' ' && c <= '~') {
        strbuf_putc(out, (char)c);
        return;
    }
    if (c >= 160 && (c <= 255 || enc == ERLSTR_UNICODE)) {
        put_char(out, c);
        return;
    }
    if (c > 255) { /* ERLSTR_UNICODE_LATIN1 (and, defensively, LATIN1) */
        strbuf_printf(out, "\\x{%" PRIX32 "}", c);
        return;
    }
    const char *esc = NULL;
    switch (c) {
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    case '\v': esc = "\\v"; break;
    case '\b': esc = "\\b"; break;
    case '\f': esc = "\\f"; break;
    case 27: esc = "\\e"; break;
    case 127: esc = "\\d"; break;
    default: break;
    }
    if (esc) {
        strbuf_puts(out, esc);
        return;
    }
    /* other control characters below 160: three octal digits */
    strbuf_putc(out, '\\');
    strbuf_putc(out, (char)('0' + (c >> 6)));
    strbuf_putc(out, (char)('0' + ((c >> 3) & 7)));
    strbuf_putc(out, (char)('0' + (c & 7)));
}

bool print_erl_printable_char(uint64_t c)
{
    return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\n' ||
           c == '\r' || c == '\t' || c == '\v' || c == '\b' || c == '\f' ||
           c == 27;
}

bool print_erl_printable_latin1(Term list)
{
    if (!term_is_cons(list))
        return false;
    for (; term_is_cons(list); list = CDR(list)) {
        Term c = CAR(list);
        if (!term_is_small(c) || small_val(c) < 0 ||
            !print_erl_printable_char((uint64_t)small_val(c)))
            return false;
    }
    return term_is_nil(list);
}

/* ---- atoms ------------------------------------------------------------ */

static const char *const reserved_words[] = {
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl",
    "bsr", "bxor", "case", "catch", "cond", "div", "end", "fun", "if",
    "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when",
    "xor",
};

static bool is_reserved(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof reserved_words / sizeof *reserved_words; i++)
        if (strlen(reserved_words[i]) == n && !memcmp(reserved_words[i], name, n))
            return true;
    return false;
}

static bool lower_start(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247);
}

static bool name_char(uint32_t c)
{
    return lower_start(c) || (c >= 'A' && c <= 'Z') ||
           (c >= 192 && c <= 222 && c != 215) || (c >= '0' && c <= '9') ||
           c == '_' || c == '@';
}

/* Next code point of an atom name; a byte that is not UTF-8 counts as
 * the latin-1 character of that value. */
static size_t next_cp(const char *s, size_t n, size_t i, uint32_t *c)
{
    int k = utf8_decode((const uint8_t *)s + i, n - i, c);
    if (k <= 0) {
        *c = (unsigned char)s[i];
        return 1;
    }
    return (size_t)k;
}

void print_erl_atom_enc(StrBuf *out, Term atom, bool unicode)
{
    const char *name = atom_name(atom);
    size_t n = atom_length(atom);
    bool quote = n == 0 || is_reserved(name, n);
    if (!quote) {
        uint32_t c;
        size_t i = next_cp(name, n, 0, &c);
        quote = !lower_start(c);
        while (!quote && i < n) {
            i += next_cp(name, n, i, &c);
            quote = !name_char(c);
        }
    }
    if (!quote) {
        strbuf_append(out, name, n);
        return;
    }
    ErlStrEnc enc = unicode ? ERLSTR_UNICODE : ERLSTR_UNICODE_LATIN1;
    strbuf_putc(out, '\'');
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += next_cp(name, n, i, &c);
        print_erl_string_char(out, c, '\'', enc);
    }
    strbuf_putc(out, '\'');
}

void print_erl_atom(StrBuf *out, Term atom)
{
    print_erl_atom_enc(out, atom, true);
}

/* ---- atomic terms ----------------------------------------------------- */

/* The number Erlang shows for a node in pids, refs and ports: 0 for the
 * local node.  elfe has no distribution channel numbers, so another
 * node shows as its atom index (stable within one run). */
static uint64_t node_number(Term node)
{
    if (node == node_name())
        return 0;
    return term_is_atom(node) ? atom_index(node) : 1;
}

void print_erl_simple(StrBuf *out, Term t)
{
    if (term_is_small(t)) {
        strbuf_printf(out, "%" PRId64, small_val(t));
    } else if (term_is_atom(t)) {
        print_erl_atom_enc(out, t, false);
    } else if (term_is_nil(t)) {
        strbuf_puts(out, "[]");
    } else if (term_is_local_pid(t)) {
        uint64_t n = local_pid_number(t);
        strbuf_printf(out, "<0.%" PRIu64 ".%" PRIu64 ">", n & 0x7fff,
                      (n >> 15) & 0x1fff);
    } else if (!term_is_boxed(t)) {
        strbuf_puts(out, "'$bad_term'");
    } else {
        switch (box_type(t)) {
        case BOX_FLOAT:
            floatfmt_erlang(float_val(t), out);
            break;
        case BOX_POS_BIG:
        case BOX_NEG_BIG:
            bignum_to_string(t, 10, out);
            break;
        case BOX_FUN: {
            Fun *f = (Fun *)box_ptr(t);
            strbuf_puts(out, "#Fun<"); /* the module name as is, unquoted */
            if (term_is_atom(f->module))
                strbuf_append(out, atom_name(f->module), atom_length(f->module));
            strbuf_printf(out, ".%" PRIu32 ".%" PRIu32 ">", f->index, f->uniq);
            break;
        }
        case BOX_EXPORT: {
            ExportFun *f = (ExportFun *)box_ptr(t);
            strbuf_puts(out, "fun ");
            print_erl_atom_enc(out, f->module, false);
            strbuf_putc(out, ':');
            print_erl_atom_enc(out, f->function, false);
            strbuf_printf(out, "/%" PRId64, small_val(f->arity));
            break;
        }
        case BOX_REF: {
            Ref *r = (Ref *)box_ptr(t);
            strbuf_printf(out, "#Ref<%" PRIu64 ".%" PRIu32 ".%" PRIu32 ".%" PRIu32 ">",
                          node_number(r->node), r->ids[2], r->ids[1], r->ids[0]);
            break;
        }
        case BOX_EXTPID: {
            ExtPid *p = (ExtPid *)box_ptr(t);
            strbuf_printf(out, "<%" PRIu64 ".%" PRIu32 ".%" PRIu32 ">",
                          node_number(p->node), p->id, p->serial);
            break;
        }
        case BOX_PORT: {
            Port *p = (Port *)box_ptr(t);
            strbuf_printf(out, "#Port<%" PRIu64 ".%" PRIu64 ">",
                          node_number(p->node), p->id);
            break;
        }
        default:
            strbuf_puts(out, "'$bad_term'");
            break;
        }
    }
}

/* ---- io_lib:write ----------------------------------------------------- */

/* One level down: an unlimited depth (negative) stays unlimited. */
static int down(int d)
{
    return d < 0 ? d : d - 1;
}

void print_erl_binary(StrBuf *out, Term bin, int depth)
{
    uint64_t bits = binary_bit_size(bin);
    uint64_t pos = 0;
    int d = depth;
    strbuf_puts(out, "<<");
    while (pos < bits) {
        if (d == 1) {
            strbuf_puts(out, "...");
            break;
        }
        uint64_t left = bits - pos;
        if (left >= 8) {
            strbuf_printf(out, "%u", binary_get_byte(bin, pos));
            pos += 8;
            if (pos < bits)
                strbuf_putc(out, ',');
            d = down(d);
        } else {
            unsigned v = binary_get_byte(bin, pos) >> (8 - left);
            strbuf_printf(out, "%u:%u", v, (unsigned)left);
            break;
        }
    }
    strbuf_puts(out, ">>");
}

/* io_lib:write without recursion on the C stack, so that no nesting depth
 * can overflow it: a stack of tasks in GC memory (it holds terms and map
 * iterators).  Each task writes a term, a piece of text, or the rest of a
 * list, tuple or map. */
typedef enum WKind { W_TERM, W_TEXT, W_LIST, W_TUPLE, W_MAP } WKind;

typedef struct WTask {
    WKind kind;
    int d;       /* depth left (negative: unlimited)          */
    int d0;      /* maps: the depth of every key and value     */
    uint32_t i;  /* tuples: next element                       */
    Term t;      /* the term, the list's rest, the tuple       */
    const char *text;
    MapIter *it;
} WTask;

typedef struct WStack {
    WTask *v;
    size_t n, cap;
} WStack;

static void wpush(WStack *s, WKind kind, Term t, int d)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        WTask *v = gc_alloc(cap * sizeof *v);
        if (s->n)
            memcpy(v, s->v, s->n * sizeof *v);
        s->v = v;
        s->cap = cap;
    }
    WTask *w = &s->v[s->n++];
    memset(w, 0, sizeof *w);
    w->kind = kind;
    w->t = t;
    w->d = d;
}

static void wtext(WStack *s, const char *text)
{
    wpush(s, W_TEXT, NIL, 0);
    s->v[s->n - 1].text = text;
}

static void wmap_rest(WStack *s, MapIter *it, int dd, int d0)
{
    wpush(s, W_MAP, NIL, dd);
    s->v[s->n - 1].it = it;
    s->v[s->n - 1].d0 = d0;
}

static void wtuple_rest(WStack *s, Term t, uint32_t i, int d)
{
    wpush(s, W_TUPLE, t, d);
    s->v[s->n - 1].i = i;
}

/* Push a key => value pair (written key first). */
static void wpair(WStack *s, Term k, Term v, int d0)
{
    wpush(s, W_TERM, v, d0);
    wtext(s, " => ");
    wpush(s, W_TERM, k, d0);
}

static void write_one(StrBuf *out, WStack *s, Term t, int d, bool uni)
{
    if (d == 0) {
        strbuf_puts(out, "...");
    } else if (term_is_atom(t)) {
        print_erl_atom_enc(out, t, uni);
    } else if (term_is_cons(t)) {
        if (d == 1) {
            strbuf_puts(out, "[...]");
            return;
        }
        strbuf_putc(out, '[');
        wtext(s, "]");
        wpush(s, W_LIST, CDR(t), down(d));
        wpush(s, W_TERM, CAR(t), down(d));
    } else if (term_is_tuple(t)) {
        if (tuple_arity(t) == 0) {
            strbuf_puts(out, "{}");
        } else if (d == 1) {
            strbuf_puts(out, "{...}");
        } else {
            strbuf_putc(out, '{');
            wtext(s, "}");
            wtuple_rest(s, t, 1, down(d));
            wpush(s, W_TERM, tuple_elems(t)[0], down(d));
        }
    } else if (term_is_map(t)) {
        MapIter *it = gc_alloc(sizeof *it);
        Term k, v;
        map_iter_init_fold(it, t); /* maps:iterator order, as io_lib */
        if (d == 1 || !map_iter_next(it, &k, &v)) {
            strbuf_puts(out, "#{}");
            return;
        }
        strbuf_puts(out, "#{");
        wtext(s, "}");
        /* As io_lib: the depth check comes before looking for a next pair,
         * so a map cut by depth ends in ",..." even when nothing is left. */
        wmap_rest(s, it, down(d), down(d));
        wpair(s, k, v, down(d));
    } else if (term_is_bitstring(t)) {
        print_erl_binary(out, t, d);
    } else {
        print_erl_simple(out, t);
    }
}

static void write_term(StrBuf *out, Term t, int d, bool uni)
{
    WTask first[32]; /* on the C stack, which the collector scans */
    WStack s = {first, 0, 32};
    wpush(&s, W_TERM, t, d);
    while (s.n > 0) {
        WTask w = s.v[--s.n];
        switch (w.kind) {
        case W_TERM:
            write_one(out, &s, w.t, w.d, uni);
            break;
        case W_TEXT:
            strbuf_puts(out, w.text);
            break;
        case W_LIST:
            if (term_is_nil(w.t))
                break;
            if (w.d == 1) {
                strbuf_puts(out, "|...");
            } else if (!term_is_cons(w.t)) {
                strbuf_putc(out, '|');
                wpush(&s, W_TERM, w.t, down(w.d));
            } else {
                strbuf_putc(out, ',');
                wpush(&s, W_LIST, CDR(w.t), down(w.d));
                wpush(&s, W_TERM, CAR(w.t), down(w.d));
            }
            break;
        case W_TUPLE:
            if (w.i >= tuple_arity(w.t))
                break;
            if (w.d == 1) {
                strbuf_puts(out, ",...");
            } else {
                strbuf_putc(out, ',');
                wtuple_rest(&s, w.t, w.i + 1, down(w.d));
                wpush(&s, W_TERM, tuple_elems(w.t)[w.i], down(w.d));
            }
            break;
        case W_MAP: {
            Term k, v;
            if (w.d == 1) {
                strbuf_puts(out, ",...");
            } else if (map_iter_next(w.it, &k, &v)) {
                strbuf_putc(out, ',');
                wmap_rest(&s, w.it, down(w.d), w.d0);
                wpair(&s, k, v, w.d0);
            }
            break;
        }
        }
    }
}

void print_erl_write(StrBuf *out, Term t, const PrintOpts *opts)
{
    int depth = opts ? opts->depth : -1;
    bool uni = opts && opts->unicode;
    write_term(out, t, depth < 0 ? -1 : depth, uni);
}

/* print_lfe.c - terms printed in LFE syntax, as LFE 2.2.1 prints them.
 *
 * Two printers share this file.  The writer gives lfe_io:print/1 and
 * lfe_io:format's ~w / ~W: everything on one line, strings as integer
 * lists, binaries as #B(...).  The pretty printer gives ~p / ~P and
 * lfe_io:prettyprint: strings as "...", printable UTF-8 binaries as
 * #"...", quote forms as 'x `x ,x ,@x, structs as #S(...), and the line
 * breaking of lfe_io_pretty: a list goes on one line when it fits,
 * otherwise one element per line, with runs of atomic elements joined and
 * special indentation for forms such as defun, let, lambda and cond.
 *
 * Output is text: every character is appended as UTF-8.  Widths are
 * counted in characters, not bytes.  Turning characters above 255 into
 * \x{...} is the job of a latin-1 output device, not of the printer (the
 * reference behaves the same: lfe_io:format1 returns the raw characters).
 *
 * The printers work on an Out: a StrBuf plus a character count and an
 * optional limit.  When a trial layout only needs to know whether the text
 * fits in the remaining width, the limit stops the printing as soon as it
 * cannot, so trying to fit a big term on a line costs the line width, not
 * the size of the term.  A trial also stops when its text could no longer
 * fit in the trial around it.
 *
 * The writer keeps its own stack, so it prints any nesting exactly.  The
 * pretty printer recurses on the C stack; below MAX_NEST levels it hands
 * the rest of the term to the writer (one line), where LFE would go on
 * breaking lines.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"

#include "../runtime/atom.h"
#include "../runtime/bignum.h"
#include "../runtime/binary.h"
#include "../runtime/floatfmt.h"
#include "../runtime/gc.h"
#include "../runtime/map.h"
#include "../runtime/unicode.h"

/* The pretty printer recurses on the C stack up to this nesting. */
#define MAX_NEST 2000
/* The line length lfe_io_pretty uses for "never break this line". */
#define NO_BREAK 99999
/* Extra indentation of a map value on its own line. */
#define MAP_VALUE_INDENT 2

PrintOpts print_default_opts(void)
{
    PrintOpts o = {-1, 1, 80, false, -1, true};
    return o;
}

/* ---- output with a character count --------------------------------- */

typedef struct Out {
    StrBuf *sb;
    int64_t chars; /* characters appended through this Out */
    int64_t limit; /* over once chars > limit */
    bool over;
    bool capped; /* the limit is the room left in the parent Out */
    int *nest; /* current nesting, shared by every Out of one print */
} Out;

static Out out_make(StrBuf *sb, int *nest)
{
    Out o = {sb, 0, INT64_MAX, false, false, nest};
    return o;
}

/* A fresh Out on a new buffer, for text whose length must be known
 * before it goes into parent.  Its limit is also capped by the room left
 * in parent: text that cannot fit there need not be finished, since the
 * parent is a trial layout that fails anyway (see put_out). */
static Out out_sub(const Out *parent, StrBuf *sb, int64_t limit)
{
    strbuf_init(sb);
    bool capped = false;
    if (parent->limit != INT64_MAX && parent->limit - parent->chars < limit) {
        limit = parent->limit - parent->chars;
        capped = true;
    }
    Out o = {sb, 0, limit, limit < 0, capped, parent->nest};
    return o;
}

/* A trial in sub failed: when it ran out of the parent's room, the
 * parent cannot fit either, so it is over too (and stops at once). */
static void sub_failed(Out *parent, const Out *sub)
{
    if (sub->over && sub->capped)
        parent->over = true;
}

static void count(Out *o, int64_t n)
{
    o->chars += n;
    if (o->chars > o->limit)
        o->over = true;
}

/* Append ASCII text. */
static void put_ascii(Out *o, const char *s, size_t n)
{
    if (o->over)
        return;
    strbuf_append(o->sb, s, n);
    count(o, (int64_t)n);
}

static void put(Out *o, const char *s)
{
    put_ascii(o, s, strlen(s));
}

/* A decimal number, with a '-' when negative. */
static void put_int(Out *o, int64_t v)
{
    char buf[24];
    size_t n = sizeof buf;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        buf[--n] = '-';
    put_ascii(o, buf + n, sizeof buf - n);
}

static void putch(Out *o, char c)
{
    if (o->over)
        return;
    strbuf_putc(o->sb, c);
    count(o, 1);
}

static void put_cp(Out *o, uint32_t cp)
{
    if (o->over)
        return;
    strbuf_put_utf8(o->sb, cp);
    count(o, 1);
}

/* Append text printed by another Out (chars characters).  Text cut
 * short by its limit only ever goes into an Out that is over too. */
static void put_out(Out *o, const Out *text)
{
    if (text->over)
        o->over = true;
    if (o->over)
        return;
    strbuf_append(o->sb, text->sb->data, text->sb->len);
    count(o, text->chars);
}

/* Append UTF-8 text of unknown character count. */
static void put_utf8(Out *o, const char *s, size_t n)
{
    if (o->over)
        return;
    strbuf_append(o->sb, s, n);
    int64_t chars = 0;
    for (size_t i = 0; i < n; i++)
        if (((uint8_t)s[i] & 0xC0) != 0x80)
            chars++;
    count(o, chars);
}

static void put_blanks(Out *o, int64_t n)
{
    for (; n > 0 && !o->over; n--)
        putch(o, ' ');
}

static void put_newline(Out *o, int64_t indent)
{
    putch(o, '\n');
    put_blanks(o, indent);
}

/* A depth one or k levels down: negative depths mean "unlimited". */
static int64_t down(int64_t d, int64_t k)
{
    return d < 0 ? d : d - k;
}

/* Past MAX_NEST levels the pretty printer writes the rest on one line
 * with the stack-free writer. */
static void write_term(Out *o, Term t, int64_t d);

static bool enter(Out *o, Term t, int64_t d)
{
    if (*o->nest >= MAX_NEST) {
        write_term(o, t, d);
        return false;
    }
    ++*o->nest;
    return true;
}

static void leave(Out *o)
{
    --*o->nest;
}

/* ---- element sequences: lists (maybe improper) and tuples ----------- */

typedef enum SeqKind { SEQ_END, SEQ_ELEM, SEQ_TAIL } SeqKind;

/* A run of elements: a list from a cons (ending in () or a dotted tail)
 * or a tuple's element array; cap limits how many elements it yields. */
typedef struct Seq {
    const Term *arr; /* tuple elements, or NULL for a list */
    size_t i, n;
    Term list;
    int64_t cap; /* elements left to yield; -1: no cap */
} Seq;

static Seq seq_list(Term list)
{
    Seq s = {NULL, 0, 0, list, -1};
    return s;
}

static Seq seq_tuple(Term tuple)
{
    Seq s = {tuple_elems(tuple), 0, tuple_arity(tuple), NIL, -1};
    return s;
}

static SeqKind seq_next(Seq *s, Term *e)
{
    if (s->cap == 0)
        return SEQ_END;
    if (s->arr) {
        if (s->i >= s->n)
            return SEQ_END;
        *e = s->arr[s->i++];
    } else if (term_is_cons(s->list)) {
        *e = CAR(s->list);
        s->list = CDR(s->list);
    } else if (term_is_nil(s->list)) {
        return SEQ_END;
    } else {
        *e = s->list;
        s->list = NIL;
        return SEQ_TAIL;
    }
    if (s->cap > 0)
        s->cap--;
    return SEQ_ELEM;
}

/* ---- symbols and strings -------------------------------------------- */

static bool symbol_char(uint32_t c)
{
    if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
        c == '}' || c == '"' || c == ';')
        return false;
    return (c > ' ' && c <= '~') || c > 0xA0;
}

static bool start_symbol_char(uint32_t c)
{
    if (c == '#' || c == '`' || c == '\'' || c == ',' || c == '|')
        return false;
    return symbol_char(c);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Whether s has the syntax Erlang's list_to_integer accepts. */
static bool reads_as_integer(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i == n)
        return false;
    for (; i < n; i++)
        if (!is_digit(s[i]))
            return false;
    return true;
}

/* Whether list_to_float accepts s: [+-]D+.D+([eE][+-]?D+)? and finite. */
static bool reads_as_float(const char *s, size_t n)
{
    size_t i = 0, k;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    for (k = i; i < n && is_digit(s[i]); i++)
        ;
    if (i == k || i == n || s[i] != '.')
        return false;
    for (k = ++i; i < n && is_digit(s[i]); i++)
        ;
    if (i == k)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        for (k = i; i < n && is_digit(s[i]); i++)
            ;
        if (i == k)
            return false;
    }
    if (i != n)
        return false;
    char *buf = malloc(n + 1);
    if (!buf)
        return true; /* out of memory: bars are always safe */
    memcpy(buf, s, n);
    buf[n] = '\0';
    bool finite = isfinite(strtod(buf, NULL));
    free(buf);
    return finite;
}

/* Whether an atom must be written |...| to read back as the same symbol. */
static bool symbol_needs_bars(const char *name, size_t n)
{
    if (n == 0 || (n == 1 && name[0] == '.'))
        return true;
    if (reads_as_float(name, n) || reads_as_integer(name, n))
        return true;
    size_t i = 0;
    bool first = true;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode((const uint8_t *)name + i, n - i, &cp);
        if (k < 0)
            return true;
        if (!(first ? start_symbol_char(cp) : symbol_char(cp)))
            return true;
        first = false;
        i += (size_t)k;
    }
    return false;
}

/* One character of a quoted string or symbol, escaped as LFE does. */
static void put_string_char(Out *o, uint32_t c, char quote)
{
    const char *esc = NULL;
    switch (c) {
    case '\\': esc = "\\\\"; break;
    case '\b': esc = "\\b"; break;
    case '\t': esc = "\\t"; break;
    case '\n': esc = "\\n"; break;
    case '\v': esc = "\\v"; break;
    case '\f': esc = "\\f"; break;
    case '\r': esc = "\\r"; break;
    case 27: esc = "\\e"; break;
    case 127: esc = "\\d"; break;
    default: break;
    }
    if (c == (uint32_t)quote) {
        putch(o, '\\');
        putch(o, quote);
    } else if (esc) {
        put(o, esc);
    } else {
        put_cp(o, c);
    }
}

/* UTF-8 text (known valid) between quotes. */
static void put_quoted_utf8(Out *o, const char *s, size_t n, char quote)
{
    putch(o, quote);
    size_t i = 0;
    while (i < n && !o->over) {
        uint32_t cp;
        int k = utf8_decode((const uint8_t *)s + i, n - i, &cp);
        if (k < 0) { /* not expected for atoms: show the byte */
            cp = (uint8_t)s[i];
            k = 1;
        }
        put_string_char(o, cp, quote);
        i += (size_t)k;
    }
    putch(o, quote);
}

static void put_symbol(Out *o, Term atom)
{
    const char *name = atom_name(atom);
    size_t n = atom_length(atom);
    if (symbol_needs_bars(name, n))
        put_quoted_utf8(o, name, n, '|');
    else
        put_utf8(o, name, n);
}

void print_lfe_atom(StrBuf *out, Term atom)
{
    int nest = 0;
    Out o = out_make(out, &nest);
    if (term_is_atom(atom))
        put_symbol(&o, atom);
}

/* A list of code points (small integers) between double quotes. */
static void put_char_list(Out *o, Term list)
{
    putch(o, '"');
    for (; term_is_cons(list) && !o->over; list = CDR(list))
        put_string_char(o, (uint32_t)small_val(CAR(list)), '"');
    putch(o, '"');
}

static bool printable_char(Term t)
{
    if (!term_is_small(t))
        return false;
    int64_t c = small_val(t);
    if (c >= 32 && c <= 126)
        return true;
    if ((c >= 0xA0 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) ||
        (c > 0xFFFF && c <= 0x10FFFF))
        return true;
    return c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\b' ||
           c == '\f' || c == 27;
}

/* io_lib:printable_unicode_list/1 */
static bool printable_unicode_list(Term t)
{
    for (; term_is_cons(t); t = CDR(t))
        if (!printable_char(CAR(t)))
            return false;
    return term_is_nil(t);
}

/* ---- the writer: lfe_io_write ----------------------------------------- */

static void put_integer(Out *o, Term t)
{
    if (term_is_small(t)) {
        put_int(o, small_val(t));
    } else {
        StrBuf tmp;
        strbuf_init(&tmp);
        bignum_to_string(t, 10, &tmp);
        put_utf8(o, tmp.data, tmp.len);
    }
}

static void put_float(Out *o, double v)
{
    StrBuf tmp;
    strbuf_init(&tmp);
    floatfmt_erlang(v, &tmp);
    put_utf8(o, tmp.data, tmp.len);
}

/* The bytes of a bitstring, the last partial byte as (B (size N)). */
static void write_bytes(Out *o, Term bits, int64_t d)
{
    uint64_t nbits = binary_bit_size(bits), pos = 0;
    for (;;) {
        if (d == 0) {
            put(o, "...");
            return;
        }
        uint64_t left = nbits - pos;
        if (left == 0 || o->over)
            return;
        uint8_t byte = binary_get_byte(bits, pos);
        if (left < 8) {
            putch(o, '(');
            put_int(o, byte >> (8 - left));
            put(o, " (size ");
            put_int(o, (int64_t)left);
            put(o, "))");
            return;
        }
        put_int(o, byte);
        if (left == 8)
            return;
        putch(o, ' ');
        pos += 8;
        d = down(d, 1);
    }
}

static void write_bitstring(Out *o, Term bits, int64_t d)
{
    put(o, "#B(");
    write_bytes(o, bits, d);
    putch(o, ')');
}

/* Pids, references and ports: Erlang's own syntax. */
static void write_erlang(Out *o, Term t)
{
    if (term_is_local_pid(t)) {
        uint64_t n = local_pid_number(t);
        char buf[64];
        snprintf(buf, sizeof buf, "<0.%u.%u>", (unsigned)(n & 0x7fff),
                 (unsigned)((n >> 15) & 0x1fff));
        put(o, buf);
        return;
    }
    StrBuf tmp;
    strbuf_init(&tmp);
    PrintOpts opts = print_default_opts();
    print_erl_write(&tmp, t, &opts);
    put_utf8(o, tmp.data, tmp.len);
}

static void write_fun(Out *o, Term f)
{
    char buf[64];
    if (box_type(f) == BOX_EXPORT) {
        ExportFun *e = (ExportFun *)box_ptr(f);
        put(o, "(function ");
        write_term(o, e->module, -1);
        putch(o, ' ');
        write_term(o, e->function, -1);
        putch(o, ' ');
        write_term(o, e->arity, -1);
        putch(o, ')');
        return;
    }
    /* erlang:fun_to_list without its closing '>', then /Arity> */
    Fun *fn = (Fun *)box_ptr(f);
    put(o, "#Fun<");
    if (term_is_atom(fn->module)) /* erts shows the module name unquoted */
        put_utf8(o, atom_name(fn->module), atom_length(fn->module));
    snprintf(buf, sizeof buf, ".%u.%u/%u>", (unsigned)fn->index,
             (unsigned)fn->uniq, (unsigned)fn->arity);
    put(o, buf);
}

/* The writer keeps its own stack of open lists, tuples and maps, so a
 * term nested any depth prints without using the C stack. */
typedef struct Frame {
    bool is_map;
    int state; /* list: 0 first, 1 rest, 2 tail done; map: 0 key, 1 value */
    int64_t d; /* the depth left for the next element */
    Seq seq;
    MapIter it;
    Term value; /* a map value to print after its key */
    bool started; /* a map: some pair printed already */
} Frame;

typedef struct Stack {
    Frame *frames; /* GC memory: frames hold terms */
    size_t n, cap;
} Stack;

static Frame *push(Stack *st)
{
    if (st->n == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        Frame *fs = gc_alloc(cap * sizeof(Frame));
        if (st->n)
            memcpy(fs, st->frames, st->n * sizeof(Frame));
        st->frames = fs;
        st->cap = cap;
    }
    Frame *f = &st->frames[st->n++];
    memset(f, 0, sizeof *f);
    return f;
}

/* Print an atomic term, or the opening of a compound one (pushed). */
static void write_open(Out *o, Stack *st, Term t, int64_t d)
{
    if (d == 0) {
        put(o, "...");
    } else if (term_is_atom(t)) {
        put_symbol(o, t);
    } else if (term_is_integer(t)) {
        put_integer(o, t);
    } else if (term_is_float(t)) {
        put_float(o, float_val(t));
    } else if (term_is_list(t) || term_is_tuple(t)) {
        put(o, term_is_list(t) ? "(" : "#(");
        Frame *f = push(st);
        f->seq = term_is_list(t) ? seq_list(t) : seq_tuple(t);
        f->d = down(d, 1);
    } else if (term_is_bitstring(t)) {
        write_bitstring(o, t, -1);
    } else if (term_is_fun(t)) {
        write_fun(o, t);
    } else if (term_is_map(t)) {
        put(o, "#M(");
        Frame *f = push(st);
        f->is_map = true;
        f->d = d;
        map_iter_init(&f->it, t);
    } else if (term_is_pid(t)) {
        put(o, "#Pid");
        write_erlang(o, t);
    } else {
        write_erlang(o, t);
    }
}

/* Advance the innermost open list or tuple by one element. */
static void write_seq_step(Out *o, Stack *st, Frame *f)
{
    Term e;
    SeqKind k = f->state == 2 ? SEQ_END : seq_next(&f->seq, &e);
    if (k == SEQ_END) {
        putch(o, ')');
        st->n--;
        return;
    }
    if (f->d == 0) {
        put(o, f->state == 0 ? "...)" : " ...)");
        st->n--;
        return;
    }
    int64_t d = f->d;
    if (f->state == 1)
        put(o, k == SEQ_TAIL ? " . " : " ");
    if (k == SEQ_TAIL) {
        f->state = 2;
    } else {
        f->state = 1;
        f->d = down(d, 1);
    }
    write_open(o, st, e, d); /* may move the frames: f is dead now */
}

/* Advance the innermost open map by a key or a value. */
static void write_map_step(Out *o, Stack *st, Frame *f)
{
    Term k, v;
    int64_t d = f->d;
    if (f->state == 1) {
        putch(o, ' ');
        f->state = 0;
        f->d = down(d, 1);
        write_open(o, st, f->value, down(d, 1));
        return;
    }
    if (!map_iter_next(&f->it, &k, &v)) {
        putch(o, ')');
        st->n--;
        return;
    }
    if (f->started)
        putch(o, ' ');
    f->started = true;
    if (d == 0 || d == 1) {
        put(o, "...)");
        st->n--;
        return;
    }
    f->value = v;
    f->state = 1;
    write_open(o, st, k, down(d, 1));
}

static void write_term(Out *o, Term t, int64_t d)
{
    Stack st = {NULL, 0, 0};
    write_open(o, &st, t, d);
    while (st.n > 0 && !o->over) {
        Frame *f = &st.frames[st.n - 1];
        if (f->is_map)
            write_map_step(o, &st, f);
        else
            write_seq_step(o, &st, f);
    }
}

void print_lfe_write(StrBuf *out, Term t, const PrintOpts *opts)
{
    int nest = 0;
    Out o = out_make(out, &nest);
    write_term(&o, t, opts ? opts->depth : -1);
}

void print_lfe_file(FILE *f, Term t)
{
    StrBuf b;
    strbuf_init(&b);
    PrintOpts o = print_default_opts();
    print_lfe_write(&b, t, &o);
    fwrite(b.data, 1, b.len, f);
}

/* ---- the pretty printer: lfe_io_pretty -------------------------------- */

static void pp_term(Out *o, Term t, int64_t d, int64_t i, int64_t l);

/* Number of characters in an atom's name. */
static int64_t name_chars(Term atom)
{
    long n = utf8_count(atom_name(atom), atom_length(atom));
    return n < 0 ? (int64_t)atom_length(atom) : n;
}

/* How lfe_io_pretty lays out a list headed by this atom: -1 plain, 0 a
 * defun, else 1 + the number of elements kept on the first line. */
static int64_t indent_type(Term car)
{
    static const struct {
        const char *name;
        int n;
    } forms[] = {
        {"define", 1}, {"define-syntax", 1}, {"define-record", 1},
        {"begin", 0}, {"let-syntax", 1}, {"syntax-rules", 0},
        {"macro", 0}, {"defmodule", 1}, {"defun", -1}, {"defmacro", -1},
        {"defsyntax", 1}, {"defrecord", 1}, {"deftest", 1},
        {"lambda", 1}, {"match-lambda", 0}, {"let", 1},
        {"let-function", 1}, {"letrec-function", 1}, {"let-macro", 1},
        {"progn", 0}, {"prog1", 0}, {"prog2", 0}, {"if", 1}, {"case", 1},
        {"cond", 999}, {"maybe", 0}, {"receive", 0}, {"catch", 0},
        {"try", 1}, {"funcall", 1}, {"call", 2},
        {"eval-when-compile", 0}, {"define-function", 1},
        {"define-macro", 1}, {"define-module", 1}, {"extend-module", 0},
        {"define-type", 1}, {"define-opaque-type", 1},
        {"define-function-spec", 1}, {":", 2}, {"let*", 1}, {"flet", 1},
        {"flet*", 1}, {"fletrec", 1}, {"macrolet", 1}, {"syntaxlet", 1},
        {"do", 2}, {"lc", 1}, {"list-comp", 1}, {"bc", 1},
        {"binary-comp", 1}, {"match-spec", 0},
    };
    if (!term_is_atom(car))
        return -1;
    const char *name = atom_name(car);
    size_t len = atom_length(car);
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (strlen(forms[k].name) == len && !memcmp(forms[k].name, name, len))
            return forms[k].n < 0 ? 0 : forms[k].n + 1;
    return -1;
}

/* Terms list_element prints with the writer and may join on a line. */
static bool is_atomic(Term e)
{
    return term_is_number(e) || term_is_atom(e) || term_is_pid(e) ||
           term_is_ref(e) || term_is_port(e) || term_is_fun(e) ||
           term_is_nil(e);
}

/* list_max: the elements printed on one line into t (a fresh Out) when
 * they fit before column l, starting at column i. */
static bool list_max(Out *o, Out *t, StrBuf *buf, Seq s, int64_t d,
                     int64_t i, int64_t l)
{
    *t = out_sub(o, buf, l - i - 1); /* over once i + chars >= l */
    Term e;
    SeqKind k = seq_next(&s, &e);
    if (k == SEQ_END)
        return true;
    if (d == 0) {
        t->limit = INT64_MAX;
        t->over = false;
        put(t, "...");
        return true;
    }
    pp_term(t, e, d, 0, NO_BREAK);
    for (d = down(d, 1);;) {
        if (t->over || i + t->chars >= l) {
            sub_failed(o, t);
            return false;
        }
        k = seq_next(&s, &e);
        if (k == SEQ_END)
            return true;
        if (d == 0) {
            t->limit = INT64_MAX;
            put(t, " ...");
            return true;
        }
        put(t, k == SEQ_TAIL ? " . " : " ");
        pp_term(t, e, d, 0, NO_BREAK);
        d = down(d, 1);
    }
}

/* list_element: print e joined to the line (after sep, at current column
 * curl) when it is atomic and fits, else on a new line at column i (for
 * the first element, sep NULL, where it is). Returns the new column. */
static int64_t list_element(Out *o, Term e, const char *sep, int64_t curl,
                            int64_t d, int64_t i, int64_t l)
{
    bool dotted = sep && sep[1] == '.';
    int64_t seplen = sep ? (int64_t)strlen(sep) : 0;
    if (is_atomic(e)) {
        /* print it joined, and take that back if it does not fit */
        size_t mark = o->sb->len;
        int64_t mark_chars = o->chars;
        if (sep)
            put(o, sep);
        write_term(o, e, d);
        if (o->over)
            return l;
        int64_t el = o->chars - mark_chars - seplen;
        if (curl + seplen + el <= l - 10)
            return curl + seplen + el;
        if (!sep)
            return l;
        o->sb->len = mark;
        o->sb->data[mark] = '\0';
        o->chars = mark_chars;
        put(o, dotted ? " ." : "");
        put_newline(o, i);
        write_term(o, e, d);
        return i + el;
    }
    if (sep) {
        put(o, dotted ? " ." : "");
        put_newline(o, i);
    }
    pp_term(o, e, d, i, l);
    return l; /* force a break after a non-atomic element */
}

/* list_tail/5: the rest of a sequence, from current column curl. */
static void pp_list_tail(Out *o, Seq s, int64_t curl, int64_t d, int64_t i,
                         int64_t l)
{
    Term e;
    while (!o->over) {
        SeqKind k = seq_next(&s, &e);
        if (k == SEQ_END)
            return;
        if (d == 0) {
            put(o, " ...");
            return;
        }
        if (k == SEQ_TAIL) {
            list_element(o, e, " . ", curl, d, i, l);
            return;
        }
        curl = list_element(o, e, " ", curl, d, i, l);
        d = down(d, 1);
    }
}

/* list/4: elements one per line at column i, atomic runs joined. */
static void pp_list(Out *o, Seq s, int64_t d, int64_t i, int64_t l)
{
    Term e;
    if (seq_next(&s, &e) == SEQ_END)
        return;
    if (d == 0) {
        put(o, "...");
        return;
    }
    int64_t curl = list_element(o, e, NULL, i, d, i, l);
    pp_list_tail(o, s, curl, d, i, l);
}

static bool is_symb_list(Term t)
{
    for (; term_is_cons(t); t = CDR(t))
        if (!term_is_atom(CAR(t)))
            return false;
    return term_is_nil(t);
}

/* A form printed with its head and first n elements on the first line. */
static void pp_type(Out *o, Term list, int64_t d, int64_t i, int64_t l,
                    int64_t n)
{
    if (!(d > 2 || d < 0)) {
        putch(o, '(');
        pp_list(o, seq_list(list), down(d, 1), i + 1, l);
        putch(o, ')');
        return;
    }
    Term car = CAR(list);
    putch(o, '(');
    put_utf8(o, atom_name(car), atom_length(car));
    putch(o, ' ');
    Seq spec = seq_list(CDR(list));
    spec.cap = n;
    Seq rest = seq_list(CDR(list));
    int64_t k;
    for (k = 0; k < n && term_is_cons(rest.list); k++)
        rest.list = CDR(rest.list);
    if (k < n) /* a dotted tail inside the first n: spec prints it */
        rest.list = NIL;
    pp_list(o, spec, down(d, 1), i + name_chars(car) + 2, l);
    pp_list_tail(o, rest, l, down(d, 2), i + 2, l);
    putch(o, ')');
}

/* (defun name (args) body...) or (defun name clauses...). */
static void pp_defun(Out *o, Term list, int64_t d, int64_t i, int64_t l)
{
    Term def = CAR(list), rest = CDR(list);
    if (!term_is_cons(rest) || !term_is_cons(CDR(rest)) ||
        !term_is_atom(CAR(rest)) || !(d > 3 || d < 0)) {
        putch(o, '(');
        pp_list(o, seq_list(list), down(d, 1), i + 1, l);
        putch(o, ')');
        return;
    }
    Term name = CAR(rest), args = CAR(CDR(rest));
    putch(o, '(');
    put_utf8(o, atom_name(def), atom_length(def));
    putch(o, ' ');
    put_utf8(o, atom_name(name), atom_length(name));
    if (is_symb_list(args)) {
        putch(o, ' ');
        pp_term(o, args, down(d, 2),
                i + name_chars(def) + name_chars(name) + 3, l);
        pp_list_tail(o, seq_list(CDR(CDR(rest))), l, down(d, 3), i + 2, l);
    } else {
        pp_list_tail(o, seq_list(CDR(rest)), l, down(d, 2), i + 2, l);
    }
    putch(o, ')');
}

/* How a key and value were laid out by map_assoc. */
typedef enum AssocKind { CURR_LINE, ONE_LINE, SEP_LINES } AssocKind;

typedef struct Assoc {
    AssocKind kind;
    StrBuf kbuf, vbuf;
    Out k, v; /* the key and value texts on one line */
    int64_t len; /* of "K V" when on one line */
    bool k_again, v_again; /* SEP_LINES: print these again, broken */
    Term key, val;
    int64_t d, i, l;
} Assoc;

static void map_assoc(Out *o, Assoc *a, Term key, Term val, int64_t curl,
                      int64_t d, int64_t i, int64_t l)
{
    /* Past l - 10 characters no layout can use the flat text. */
    a->k = out_sub(o, &a->kbuf, l - 11);
    pp_term(&a->k, key, d, 0, NO_BREAK);
    a->v = out_sub(o, &a->vbuf, l - 11);
    pp_term(&a->v, val, d, 0, NO_BREAK);
    sub_failed(o, &a->k);
    sub_failed(o, &a->v);
    bool fits = !a->k.over && !a->v.over;
    int64_t kl = a->k.chars, vl = a->v.chars;
    a->len = kl + 1 + vl;
    if (fits && curl + kl + vl < l - 10) {
        a->kind = CURR_LINE;
    } else if (fits && i + kl + vl < l - 10) {
        a->kind = ONE_LINE;
    } else {
        a->kind = SEP_LINES;
        a->k_again = a->k.over || i + kl >= l - 10;
        a->v_again = a->v.over || i + vl >= l - 10;
        a->key = key;
        a->val = val;
        a->d = d;
        a->i = i;
        a->l = l;
    }
}

/* A key and value on lines of their own (after a newline when asked),
 * broken again where the one-line texts are too wide. */
static void put_assoc_sep(Out *o, const Assoc *a, bool newline_first)
{
    if (newline_first)
        put_newline(o, a->i);
    if (a->k_again)
        pp_term(o, a->key, a->d, a->i, a->l);
    else
        put_out(o, &a->k);
    put_newline(o, a->i + MAP_VALUE_INDENT);
    if (a->v_again)
        pp_term(o, a->val, a->d, a->i + MAP_VALUE_INDENT, a->l);
    else
        put_out(o, &a->v);
}

static void put_assoc_line(Out *o, const Assoc *a)
{
    put_out(o, &a->k);
    putch(o, ' ');
    put_out(o, &a->v);
}

/* map_rest: the remaining pairs, from current column curl. */
static void pp_map_rest(Out *o, MapIter *it, int64_t curl, int64_t d,
                        int64_t i, int64_t l)
{
    Term key, val;
    while (!o->over) {
        if (d == 0) {
            put(o, " ...");
            return;
        }
        if (!map_iter_next(it, &key, &val))
            return;
        Assoc a;
        map_assoc(o, &a, key, val, curl + 1, d, i, l);
        if (a.kind == CURR_LINE) {
            putch(o, ' ');
            put_assoc_line(o, &a);
            curl += a.len + 1;
        } else if (a.kind == ONE_LINE) {
            put_newline(o, i);
            put_assoc_line(o, &a);
            curl = i + a.len;
        } else {
            put_assoc_sep(o, &a, true);
            curl = l;
        }
        d = down(d, 1);
    }
}

/* #S(name k v ...): a map with a __struct__ key. */
static void pp_struct(Out *o, Term m, int64_t d, int64_t i, int64_t l)
{
    Term name = map_get(m, ATOM___struct__);
    Term rest = map_remove(m, ATOM___struct__);
    StrBuf nbuf;
    Out n = out_sub(o, &nbuf, INT64_MAX);
    write_term(&n, name, -1);
    put(o, "#S(");
    put_out(o, &n);
    MapIter it;
    map_iter_init(&it, rest);
    pp_map_rest(o, &it, i + 3 + n.chars, down(d, 1), i + 3, l);
    putch(o, ')');
}

static void pp_map(Out *o, Term m, int64_t d, int64_t i, int64_t l)
{
    if (map_get(m, ATOM___struct__) != NONE) {
        pp_struct(o, m, d, i, l);
        return;
    }
    put(o, "#M(");
    MapIter it;
    Term key, val;
    map_iter_init(&it, m);
    i += 3;
    l -= 1;
    if (map_iter_next(&it, &key, &val)) {
        Assoc a;
        map_assoc(o, &a, key, val, i, d, i, l);
        int64_t curl;
        if (a.kind == SEP_LINES) {
            put_assoc_sep(o, &a, false);
            curl = l;
        } else {
            put_assoc_line(o, &a);
            curl = i + a.len; /* curr_line and one_line both start at i */
        }
        pp_map_rest(o, &it, curl, down(d, 1), i, l);
    }
    putch(o, ')');
}

/* A binary as #"..." when it is printable UTF-8 text, else #B(...). */
static void pp_bitstring(Out *o, Term bits, int64_t d)
{
    if (term_is_binary(bits) && binary_is_aligned(bits)) {
        const uint8_t *p = binary_bytes(bits);
        size_t n = binary_byte_size(bits), k;
        uint32_t cp;
        bool printable = true;
        for (k = 0; k < n && printable;) {
            int used = utf8_decode(p + k, n - k, &cp);
            printable = used > 0 && printable_char(make_small(cp));
            k += used > 0 ? (size_t)used : 0;
        }
        if (printable) {
            putch(o, '#');
            putch(o, '"');
            for (k = 0; k < n && !o->over;) {
                k += (size_t)utf8_decode(p + k, n - k, &cp);
                put_string_char(o, cp, '"');
            }
            putch(o, '"');
            return;
        }
    } else if (term_is_binary(bits)) {
        /* an unaligned window: copy it so it can be decoded */
        size_t n = binary_byte_size(bits);
        uint8_t *copy = malloc(n ? n : 1);
        if (copy) {
            binary_copy_bits(bits, 0, n * 8, copy);
            Term aligned = binary_from_bytes(copy, n);
            free(copy);
            pp_bitstring(o, aligned, d);
            return;
        }
    }
    write_bitstring(o, bits, d);
}

static void pp_tuple(Out *o, Term t, int64_t d, int64_t i, int64_t l)
{
    StrBuf buf;
    Out line;
    if (list_max(o, &line, &buf, seq_tuple(t), down(d, 1), i + 2, l - 1)) {
        put(o, "#(");
        put_out(o, &line);
    } else {
        put(o, "#(");
        pp_list(o, seq_tuple(t), down(d, 1), i + 2, l);
    }
    putch(o, ')');
}

/* A cons: quote forms, strings, then one line or a broken layout. */
static void pp_cons(Out *o, Term t, int64_t d, int64_t i, int64_t l)
{
    Term car = CAR(t), cdr = CDR(t);
    if (term_is_cons(cdr) && term_is_nil(CDR(cdr))) {
        const char *prefix = NULL;
        if (car == ATOM_quote)
            prefix = "'";
        else if (car == ATOM_backquote)
            prefix = "`";
        else if (car == ATOM_comma)
            prefix = ",";
        else if (car == ATOM_comma_at)
            prefix = ",@";
        if (prefix) {
            put(o, prefix);
            pp_term(o, CAR(cdr), d, i + (int64_t)strlen(prefix), l);
            return;
        }
    }
    if (printable_unicode_list(t)) {
        put_char_list(o, t);
        return;
    }
    StrBuf buf;
    Out line;
    if (list_max(o, &line, &buf, seq_list(t), down(d, 1), i + 1, l - 1)) {
        putch(o, '(');
        put_out(o, &line);
        putch(o, ')');
        return;
    }
    int64_t type = indent_type(car);
    if (type < 0) {
        putch(o, '(');
        pp_list(o, seq_list(t), down(d, 1), i + 1, l - 1);
        putch(o, ')');
    } else if (type == 0) {
        pp_defun(o, t, d, i, l);
    } else {
        pp_type(o, t, d, i, l, type - 1);
    }
}

static void pp_term(Out *o, Term t, int64_t d, int64_t i, int64_t l)
{
    if (o->over)
        return;
    if (d == 0) {
        put(o, "...");
        return;
    }
    if (term_is_atom(t)) {
        put_symbol(o, t);
    } else if (term_is_integer(t)) {
        put_integer(o, t);
    } else if (term_is_float(t)) {
        put_float(o, float_val(t));
    } else if (term_is_cons(t)) {
        if (!enter(o, t, d))
            return;
        pp_cons(o, t, d, i, l);
        leave(o);
    } else if (term_is_nil(t)) {
        put(o, "()");
    } else if (term_is_tuple(t)) {
        if (tuple_arity(t) == 0) {
            put(o, "#()");
            return;
        }
        if (!enter(o, t, d))
            return;
        pp_tuple(o, t, d, i, l);
        leave(o);
    } else if (term_is_bitstring(t)) {
        pp_bitstring(o, t, d);
    } else if (term_is_map(t)) {
        if (!enter(o, t, d))
            return;
        pp_map(o, t, d, i, l);
        leave(o);
    } else {
        write_term(o, t, -1);
    }
}

void print_lfe_pretty(StrBuf *out, Term t, const PrintOpts *opts)
{
    PrintOpts def = print_default_opts();
    if (!opts)
        opts = &def;
    int nest = 0;
    Out o = out_make(out, &nest);
    pp_term(&o, t, opts->depth, opts->column - 1, opts->line_length);
}

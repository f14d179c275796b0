/* bif_io.c - the output BIFs of io, io_lib and lfe_io.
 *
 * Until processes bring group leaders and the io protocol, io:format and
 * friends write straight to the OS standard output (or standard error for
 * the standard_error device) through stdio, buffered.  The reference's
 * standard output is a latin-1 device, so text goes out through
 * format_to_latin1: characters up to 255 as single bytes, larger ones as
 * \x{3BB}.  lfe_io:prettyprint is the exception: LFE writes its text as a
 * UTF-8 binary with file:write, so its bytes go out unchanged.  stdout is
 * flushed before anything is written to stderr, so the two streams keep
 * their order; exit() flushes the rest.  Other code that writes to stderr
 * must fflush(stdout) first for the same reason.
 *
 * The text comes from the engines of format.h and the printers of
 * print.h.  The io_lib and lfe_io functions that return characters give
 * a flat list of code points where the reference returns a deep list
 * (io_lib:format("~w", [[1]]) is [[91,["1"],93]] there, "[1]" here): the
 * characters are the same, which is what every caller that flattens,
 * prints or sends them sees.
 *
 * Errors are OTP 25's: a bad format or bad arguments raise badarg, an
 * unknown device name badarg, a device that is neither an atom nor a pid
 * function_clause (io:request has no clause for it), a depth, column or
 * line length that is not an integer badarith (or function_clause) when
 * the printer would use it.  io_lib:write/2's chars_limit goes to the
 * pretty printer's limited form (reader/pretty_erl.c); columns and
 * indentations beyond INDENT_MAX are clamped.
 */
#include "bif.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "../reader/print.h"
#include "arith.h"
#include "atom.h"
#include "binary.h"
#include "bignum.h"
#include "compare.h"
#include "format.h"
#include "gc.h"
#include "map.h"
#include "sched.h"
#include "strbuf.h"

#include "bifs.def"

/* Columns and indentations above this are clamped: the reference would
 * build gigabytes of spaces for them. */
#define INDENT_MAX (1 << 16)

/* ---- devices -------------------------------------------------------- */

/* The stream behind an io device, or NULL after recording the exception
 * io:request would raise for it. */
static FILE *device(Process *p, Term dev)
{
    if (term_is_atom(dev)) {
        if (dev == atom_from_cstr("standard_io") || dev == atom_from_cstr("user"))
            return stdout;
        if (dev == atom_from_cstr("standard_error"))
            return stderr;
        bif_badarg(p); /* not a registered name: {error,arguments} */
        return NULL;
    }
    if (term_is_pid(dev)) {
        if (dev == p->group_leader || (p->rt && dev == sched_user_pid(p->rt)))
            return stdout;
        if (dev == p->pid)
            bif_error(p, atom_from_cstr("calling_self"));
        else
            bif_badarg(p);
        return NULL;
    }
    bif_error(p, ATOM_function_clause);
    return NULL;
}

/* Write bytes as they are. */
static void emit_bytes(FILE *f, const char *s, size_t n)
{
    if (f == stderr)
        fflush(stdout);
    if (n > 0)
        fwrite(s, 1, n, f);
}

/* Write UTF-8 text to a latin-1 device. */
static void emit(FILE *f, const StrBuf *text)
{
    StrBuf bytes;
    strbuf_init(&bytes);
    format_to_latin1(text, &bytes);
    emit_bytes(f, bytes.data, bytes.len);
}

/* ---- shared helpers --------------------------------------------------- */

static Term text_list(const StrBuf *text)
{
    return format_to_list(text);
}

/* Unicode chardata (characters, UTF-8 binaries, nested lists) as UTF-8,
 * as unicode:characters_to_binary/1 accepts it; false when it is not. */
static bool chardata(Term chars, StrBuf *out)
{
    strbuf_init(out);
    if (!term_is_list(chars) && !term_is_binary(chars))
        return false;
    /* lfe_io's ~s takes exactly unicode chardata */
    return format_lfe(list_from_cstr("~s"), make_cons(chars, NIL), out) == 0;
}

/* The error a printer raises when given a depth that is not a number
 * for t (NONE when it never looks at the depth): io_lib:write counts down
 * on lists and tuples (badarith) and has integer guards for maps and
 * bitstrings (function_clause); lfe_io_write counts down on lists, () and
 * tuples, and on maps of more than one pair. */
static Term depth_error(Term t, bool lfe)
{
    if (term_is_cons(t))
        return ATOM_badarith;
    if (term_is_nil(t))
        return lfe ? ATOM_badarith : NONE;
    if (term_is_tuple(t))
        return tuple_arity(t) > 0 ? ATOM_badarith : NONE;
    if (term_is_map(t)) {
        if (!lfe)
            return ATOM_function_clause;
        if (map_size(t) != 1)
            return map_size(t) > 1 ? ATOM_badarith : NONE;
        MapIter it;
        Term k, v;
        map_iter_init(&it, t);
        map_iter_next(&it, &k, &v);
        Term e = depth_error(k, lfe);
        return e != NONE ? e : depth_error(v, lfe);
    }
    if (term_is_bitstring(t))
        return lfe ? NONE : ATOM_function_clause;
    return NONE;
}

/* An integer argument as an int (bignums clamp); false if not one. */
static bool int_arg(Term t, int *v)
{
    if (term_is_small(t)) {
        int64_t n = small_val(t);
        *v = n > INT32_MAX ? INT32_MAX : n < -INT32_MAX ? -INT32_MAX : (int)n;
        return true;
    }
    if (term_is_bignum(t)) {
        *v = bignum_is_negative(t) ? -INT32_MAX : INT32_MAX;
        return true;
    }
    return false;
}

/* A depth argument: negative means unlimited.  A non-integer is accepted
 * (and ignored) only when the printer never looks at it for t. */
static bool depth_arg(Process *p, Term d, Term t, bool lfe, int *depth)
{
    if (int_arg(d, depth)) {
        if (*depth < 0)
            *depth = -1;
        return true;
    }
    *depth = -1;
    Term e = depth_error(t, lfe);
    if (e != NONE) {
        bif_error(p, e);
        return false;
    }
    return true;
}

/* ---- io -------------------------------------------------------------- */

static Term io_format(Process *p, Term dev, Term fmt, Term args)
{
    FILE *f = device(p, dev);
    if (!f)
        return NONE;
    StrBuf text;
    strbuf_init(&text);
    if (format_erl(fmt, args, &text) < 0)
        return bif_badarg(p);
    emit(f, &text);
    return ATOM_ok;
}

static Term standard_io(void)
{
    return atom_from_cstr("standard_io");
}

/* elfe_io:direct(Device): standard_io or standard_error when output to
 * the device may be written here directly (it ends at the user process,
 * which would write it to the same stream), else false: lib/io.lfe then
 * sends an io request to the device. */
Term bif_io_direct_1(Process *p, const Term *args)
{
    Term dev = args[0];
    Term user = p->rt ? sched_user_pid(p->rt) : NIL;
    if (dev == atom_from_cstr("standard_error"))
        return dev;
    if (dev == standard_io())
        dev = term_is_pid(p->group_leader) ? p->group_leader : user;
    if (dev == atom_from_cstr("user") || dev == user ||
        (user == NIL && dev == NIL))
        return standard_io();
    return ATOM_false_;
}

Term bif_io_format_1(Process *p, const Term *args)
{
    return io_format(p, standard_io(), args[0], NIL);
}

Term bif_io_format_2(Process *p, const Term *args)
{
    return io_format(p, standard_io(), args[0], args[1]);
}

Term bif_io_format_3(Process *p, const Term *args)
{
    return io_format(p, args[0], args[1], args[2]);
}

static Term io_put_chars(Process *p, Term dev, Term chars)
{
    FILE *f = device(p, dev);
    if (!f)
        return NONE;
    StrBuf text;
    if (!chardata(chars, &text))
        return bif_badarg(p);
    emit(f, &text);
    return ATOM_ok;
}

Term bif_io_put_chars_1(Process *p, const Term *args)
{
    return io_put_chars(p, standard_io(), args[0]);
}

Term bif_io_put_chars_2(Process *p, const Term *args)
{
    return io_put_chars(p, args[0], args[1]);
}

static Term io_nl(Process *p, Term dev)
{
    FILE *f = device(p, dev);
    if (!f)
        return NONE;
    emit_bytes(f, "\n", 1);
    return ATOM_ok;
}

Term bif_io_nl_0(Process *p, const Term *args)
{
    (void)args;
    return io_nl(p, standard_io());
}

Term bif_io_nl_1(Process *p, const Term *args)
{
    return io_nl(p, args[0]);
}

/* io:write: io_lib:write/1 (latin-1 atoms) on the device. */
static Term io_write(Process *p, Term dev, Term t)
{
    FILE *f = device(p, dev);
    if (!f)
        return NONE;
    StrBuf text;
    strbuf_init(&text);
    PrintOpts o = print_default_opts();
    print_erl_write(&text, t, &o);
    emit(f, &text);
    return ATOM_ok;
}

Term bif_io_write_1(Process *p, const Term *args)
{
    return io_write(p, standard_io(), args[0]);
}

Term bif_io_write_2(Process *p, const Term *args)
{
    return io_write(p, args[0], args[1]);
}

/* ---- io_lib ---------------------------------------------------------- */

Term bif_io_lib_format_2(Process *p, const Term *args)
{
    StrBuf text;
    strbuf_init(&text);
    if (format_erl(args[0], args[1], &text) < 0)
        return bif_badarg(p);
    return text_list(&text);
}

static Term erl_write(Term t, int depth, bool unicode)
{
    StrBuf text;
    strbuf_init(&text);
    PrintOpts o = print_default_opts();
    o.depth = depth;
    o.unicode = unicode;
    print_erl_write(&text, t, &o);
    return text_list(&text);
}

Term bif_io_lib_write_1(Process *p, const Term *args)
{
    (void)p;
    return erl_write(args[0], -1, false);
}

/* The value of {Key, Value} in an option list (lists:keyfind, so an
 * improper list is badarg), or NONE. */
static bool option(Term opts, const char *key, Term *value)
{
    Term k = atom_from_cstr(key);
    *value = NONE;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        Term e = CAR(opts);
        if (term_is_tuple(e) && tuple_arity(e) > 0 && tuple_elems(e)[0] == k) {
            if (tuple_arity(e) == 2)
                *value = tuple_elems(e)[1];
            return true;
        }
    }
    return term_is_nil(opts);
}

/* io_lib:write(Term, Depth) and io_lib:write(Term, Options). */
Term bif_io_lib_write_2(Process *p, const Term *args)
{
    Term t = args[0], d = args[1];
    bool unicode = false;
    Term limit = NONE;
    if (term_is_list(d)) {
        Term enc;
        Term opts = d;
        if (!option(opts, "depth", &d) || !option(opts, "encoding", &enc) ||
            !option(opts, "chars_limit", &limit))
            return bif_badarg(p);
        if (d == NONE)
            d = make_small(-1);
        unicode = enc != ATOM_latin1; /* the default is utf8 */
    }
    if (d == make_small(0) || limit == make_small(0))
        return list_from_cstr("...");
    int depth;
    if (!depth_arg(p, d, t, false, &depth))
        return NONE;
    if (term_is_small(limit) && small_val(limit) > 0) {
        /* chars_limit: io_lib_pretty's intermediate form, on one line,
         * lists never as strings (as OTP's io_lib:write/2) */
        StrBuf text;
        strbuf_init(&text);
        PrintOpts o = print_default_opts();
        o.depth = depth;
        o.unicode = unicode;
        o.line_length = 0;
        o.strings = false;
        o.chars_limit = small_val(limit) > INT_MAX ? INT_MAX : (int)small_val(limit);
        print_erl_pretty(&text, t, &o);
        return text_list(&text);
    }
    return erl_write(t, depth, unicode);
}

static Term erl_print(Term t, int col, int ll, int depth)
{
    StrBuf text;
    strbuf_init(&text);
    PrintOpts o = print_default_opts();
    o.column = col;
    o.line_length = ll;
    o.depth = depth;
    print_erl_pretty(&text, t, &o);
    return text_list(&text);
}

Term bif_io_lib_print_1(Process *p, const Term *args)
{
    (void)p;
    return erl_print(args[0], 1, 80, -1);
}

/* io_lib:print(Term, Column, LineLength, Depth). */
Term bif_io_lib_print_4(Process *p, const Term *args)
{
    Term t = args[0];
    int col = 1, ll = 80, depth;
    if (!int_arg(args[1], &col) || !int_arg(args[2], &ll)) {
        if (term_is_cons(t) || term_is_tuple(t) || term_is_map(t) ||
            term_is_bitstring(t))
            return bif_error(p, ATOM_badarith);
        col = 1;
        ll = 80;
    }
    if (!depth_arg(p, args[3], t, false, &depth))
        return NONE;
    if (ll < 0)
        ll = 0;
    col = col < 1 ? 1 : col > INDENT_MAX ? INDENT_MAX : col;
    return erl_print(t, col, ll, depth);
}

Term bif_io_lib_write_atom_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_badarg(p);
    StrBuf text;
    strbuf_init(&text);
    print_erl_atom(&text, args[0]);
    return text_list(&text);
}

/* io_lib:write_string(S, Q): string_char of every element, clause by
 * clause, including io_lib's behaviour on elements that are not
 * characters (a term above 160 in term order is copied; a float below
 * 160 and outside 32..126 is badarith).  Returns NONE with the exception
 * recorded. */
static Term write_string(Process *p, Term s, Term q)
{
    size_t cap = 64, n = 0;
    Term *v = gc_alloc(cap * sizeof *v);
    v[n++] = q;
    static const struct {
        int c;
        char e;
    } esc[] = {{'\n', 'n'}, {'\r', 'r'}, {'\t', 't'}, {11, 'v'},
               {8, 'b'},   {12, 'f'},   {27, 'e'},   {127, 'd'}};
    for (; term_is_cons(s); s = CDR(s)) {
        Term c = CAR(s);
        Term out[5];
        size_t k = 0;
        if (term_exact_equal(c, q)) {
            out[k++] = make_small('\\');
            out[k++] = q;
        } else if (c == make_small('\\')) {
            out[k++] = make_small('\\');
            out[k++] = make_small('\\');
        } else if ((term_compare(c, make_small(' ')) >= 0 &&
                    term_compare(c, make_small('~')) <= 0) ||
                   term_compare(c, make_small(160)) >= 0) {
            out[k++] = c;
        } else {
            for (size_t i = 0; i < sizeof esc / sizeof esc[0] && !k; i++)
                if (c == make_small(esc[i].c)) {
                    out[k++] = make_small('\\');
                    out[k++] = make_small(esc[i].e);
                }
            if (!k) {
                /* other control characters: \OOO */
                if (!term_is_integer(c))
                    return bif_error(p, ATOM_badarith);
                Term zero = make_small('0'), seven = make_small(7);
                out[k++] = make_small('\\');
                out[k++] = arith_add(arith_bsr(c, make_small(6)), zero);
                out[k++] = arith_add(
                    arith_band(arith_bsr(c, make_small(3)), seven), zero);
                out[k++] = arith_add(arith_band(c, seven), zero);
            }
        }
        if (n + k + 1 > cap) {
            Term *bigger = gc_alloc(2 * cap * sizeof *bigger);
            memcpy(bigger, v, n * sizeof *v);
            v = bigger;
            cap *= 2;
        }
        for (size_t i = 0; i < k; i++)
            v[n++] = out[i];
    }
    if (!term_is_nil(s))
        return bif_error(p, ATOM_function_clause);
    v[n++] = q;
    return list_from_array(v, n);
}

Term bif_io_lib_write_string_1(Process *p, const Term *args)
{
    return write_string(p, args[0], make_small('"'));
}

Term bif_io_lib_write_string_2(Process *p, const Term *args)
{
    return write_string(p, args[0], args[1]);
}

Term bif_io_lib_nl_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return list_from_cstr("\n");
}

/* Character classes of io_lib's list predicates. */
static bool is_unicode_char(Term c)
{
    if (!term_is_small(c))
        return false;
    int64_t v = small_val(c);
    return (v >= 0 && v < 0xD800) || (v > 0xDFFF && v < 0xFFFE) ||
           (v > 0xFFFF && v <= 0x10FFFF);
}

static bool is_latin1_char(Term c)
{
    return term_is_small(c) && small_val(c) >= 0 && small_val(c) <= 255;
}

static bool is_printable_escape(int64_t v)
{
    return v == '\n' || v == '\r' || v == '\t' || v == 11 || v == 8 ||
           v == 12 || v == 27;
}

static bool is_printable_latin1(Term c)
{
    if (!term_is_small(c))
        return false;
    int64_t v = small_val(c);
    return (v >= 32 && v <= 126) || (v >= 160 && v <= 255) ||
           is_printable_escape(v);
}

static bool is_printable_unicode(Term c)
{
    if (!term_is_small(c))
        return false;
    int64_t v = small_val(c);
    return (v >= 32 && v <= 126) || (v >= 160 && is_unicode_char(c)) ||
           is_printable_escape(v);
}

/* A proper list whose every element passes ok. */
static Term flat_list_of(Term l, bool (*ok)(Term))
{
    for (; term_is_cons(l); l = CDR(l))
        if (!ok(CAR(l)))
            return ATOM_false_;
    return make_bool(term_is_nil(l));
}

/* A deep list (nested proper lists) whose every leaf passes ok.  The
 * pending tails live on an explicit stack: any nesting depth is fine. */
static Term deep_list_of(Term l, bool (*ok)(Term))
{
    size_t cap = 16, sp = 0;
    Term *stack = NULL;
    for (;;) {
        if (term_is_cons(l)) {
            Term h = CAR(l);
            if (term_is_list(h)) {
                if (!stack) {
                    stack = gc_alloc(cap * sizeof *stack);
                } else if (sp == cap) {
                    Term *bigger = gc_alloc(2 * cap * sizeof *bigger);
                    memcpy(bigger, stack, sp * sizeof *stack);
                    stack = bigger;
                    cap *= 2;
                }
                stack[sp++] = CDR(l);
                l = h;
                continue;
            }
            if (!ok(h))
                return ATOM_false_;
            l = CDR(l);
            continue;
        }
        if (!term_is_nil(l))
            return ATOM_false_;
        if (sp == 0)
            return ATOM_true_;
        l = stack[--sp];
    }
}

Term bif_io_lib_char_list_1(Process *p, const Term *args)
{
    (void)p;
    return flat_list_of(args[0], is_unicode_char);
}

Term bif_io_lib_latin1_char_list_1(Process *p, const Term *args)
{
    (void)p;
    return flat_list_of(args[0], is_latin1_char);
}

Term bif_io_lib_deep_char_list_1(Process *p, const Term *args)
{
    (void)p;
    return deep_list_of(args[0], is_unicode_char);
}

Term bif_io_lib_deep_latin1_char_list_1(Process *p, const Term *args)
{
    (void)p;
    return deep_list_of(args[0], is_latin1_char);
}

/* The printable range is latin1, the BEAM's default (+pc latin1). */
Term bif_io_lib_printable_list_1(Process *p, const Term *args)
{
    (void)p;
    return flat_list_of(args[0], is_printable_latin1);
}

Term bif_io_lib_printable_latin1_list_1(Process *p, const Term *args)
{
    (void)p;
    return flat_list_of(args[0], is_printable_latin1);
}

Term bif_io_lib_printable_unicode_list_1(Process *p, const Term *args)
{
    (void)p;
    return flat_list_of(args[0], is_printable_unicode);
}

/* ---- lfe_io ---------------------------------------------------------- */

/* lfe_io:format1/fwrite1: the characters, or badarg. */
static bool lfe_format(Process *p, Term fmt, Term args, StrBuf *text)
{
    strbuf_init(text);
    if (format_lfe(fmt, args, text) < 0) {
        bif_badarg(p);
        return false;
    }
    return true;
}

/* lfe_io:format(Io, F, As) is io:put_chars(Io, format1(F, As)): the
 * format is checked before the device. */
static Term lfe_format_out(Process *p, Term dev, Term fmt, Term args)
{
    StrBuf text;
    if (!lfe_format(p, fmt, args, &text))
        return NONE;
    FILE *f = device(p, dev);
    if (!f)
        return NONE;
    emit(f, &text);
    return ATOM_ok;
}

Term bif_lfe_io_format_2(Process *p, const Term *args)
{
    return lfe_format_out(p, standard_io(), args[0], args[1]);
}

Term bif_lfe_io_format_3(Process *p, const Term *args)
{
    return lfe_format_out(p, args[0], args[1], args[2]);
}

Term bif_lfe_io_format1_2(Process *p, const Term *args)
{
    StrBuf text;
    if (!lfe_format(p, args[0], args[1], &text))
        return NONE;
    return text_list(&text);
}

static void lfe_write(StrBuf *text, Term t, int depth)
{
    strbuf_init(text);
    PrintOpts o = print_default_opts();
    o.depth = depth;
    print_lfe_write(text, t, &o);
}

static Term lfe_print_out(Process *p, Term dev, Term t)
{
    StrBuf text;
    lfe_write(&text, t, -1);
    FILE *f = device(p, dev);
    if (!f)
        return NONE;
    emit(f, &text);
    return ATOM_ok;
}

Term bif_lfe_io_print_1(Process *p, const Term *args)
{
    return lfe_print_out(p, standard_io(), args[0]);
}

Term bif_lfe_io_print_2(Process *p, const Term *args)
{
    return lfe_print_out(p, args[0], args[1]);
}

Term bif_lfe_io_print1_1(Process *p, const Term *args)
{
    (void)p;
    StrBuf text;
    lfe_write(&text, args[0], -1);
    return text_list(&text);
}

Term bif_lfe_io_print1_2(Process *p, const Term *args)
{
    int depth;
    if (!depth_arg(p, args[1], args[0], true, &depth))
        return NONE;
    StrBuf text;
    lfe_write(&text, args[0], depth);
    return text_list(&text);
}

/* lfe_io_pretty:term(S, D, I, L): I is the 0-based indentation. */
static void lfe_pretty(StrBuf *text, Term t, int depth, int indent, int ll)
{
    strbuf_init(text);
    PrintOpts o = print_default_opts();
    o.depth = depth;
    o.column = indent < 0 ? 1 : indent > INDENT_MAX ? INDENT_MAX + 1 : indent + 1;
    o.line_length = ll;
    print_lfe_pretty(text, t, &o);
}

/* lfe_io:prettyprint(Io, S) is file:write(Io, UTF-8 binary): the bytes go
 * out unconverted, and a bad device is an {error, Reason} result. */
static Term lfe_prettyprint_out(Process *p, Term dev, Term t)
{
    StrBuf text;
    lfe_pretty(&text, t, -1, 0, 80);
    FILE *f = NULL;
    const char *reason = NULL;
    if (dev == atom_from_cstr("standard_io") || dev == atom_from_cstr("user") ||
        (term_is_pid(dev) && dev == p->group_leader))
        f = stdout;
    else if (dev == atom_from_cstr("standard_error"))
        f = stderr;
    else if (term_is_atom(dev))
        reason = "arguments";
    else if (term_is_pid(dev))
        reason = dev == p->pid ? "calling_self" : "terminated";
    else
        reason = "badarg";
    if (reason)
        return make_tuple2(ATOM_error, atom_from_cstr(reason));
    emit_bytes(f, text.data, text.len);
    return ATOM_ok;
}

Term bif_lfe_io_prettyprint_1(Process *p, const Term *args)
{
    return lfe_prettyprint_out(p, standard_io(), args[0]);
}

Term bif_lfe_io_prettyprint_2(Process *p, const Term *args)
{
    return lfe_prettyprint_out(p, args[0], args[1]);
}

/* prettyprint1(S [, D [, I [, L]]]). */
static Term lfe_prettyprint1(Process *p, const Term *args, int n)
{
    Term t = args[0];
    int depth = -1, indent = 0, ll = 80;
    if (n > 1 && !depth_arg(p, args[1], t, true, &depth))
        return NONE;
    if ((n > 2 && !int_arg(args[2], &indent)) ||
        (n > 3 && !int_arg(args[3], &ll))) {
        if (term_is_list(t) || term_is_tuple(t) || term_is_map(t))
            return bif_error(p, ATOM_badarith);
        indent = 0;
        ll = 80;
    }
    StrBuf text;
    lfe_pretty(&text, t, depth, indent, ll);
    return text_list(&text);
}

Term bif_lfe_io_prettyprint1_1(Process *p, const Term *args)
{
    return lfe_prettyprint1(p, args, 1);
}

Term bif_lfe_io_prettyprint1_2(Process *p, const Term *args)
{
    return lfe_prettyprint1(p, args, 2);
}

Term bif_lfe_io_prettyprint1_3(Process *p, const Term *args)
{
    return lfe_prettyprint1(p, args, 3);
}

Term bif_lfe_io_prettyprint1_4(Process *p, const Term *args)
{
    return lfe_prettyprint1(p, args, 4);
}

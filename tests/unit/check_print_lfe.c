/* check_print_lfe.c - the LFE-syntax printers (lfe_io ~w ~W ~p ~P).
 *
 * Every expected string was printed by the real LFE 2.2.1 (lfe_io:format
 * with the output device in unicode mode, so characters come out as
 * UTF-8).  Terms are built by a small reader below, independent of elfe's
 * own reader, or directly in C for what LFE source cannot spell in ASCII.
 */
#include "unit.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../../reader/print.h"
#include "../../runtime/binary.h"
#include "../../runtime/bignum.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* A small reader for the test: enough LFE syntax to build printer inputs
 * (lists, dotted pairs, symbols, |symbols|, integers, floats, strings,
 * #(...), #M(...), #B(...), #"...", #\c, quote forms, ; comments). */
static Term mr_form(const char **s);

static void mr_skip(const char **s)
{
    for (;;) {
        while (**s == ' ' || **s == '\n' || **s == '\t' || **s == '\r')
            ++*s;
        if (**s != ';')
            return;
        while (**s && **s != '\n')
            ++*s;
    }
}

static bool mr_delim(char c)
{
    return c == 0 || c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
           c == '(' || c == ')' || c == '"' || c == ';';
}

static uint32_t mr_escape(char c)
{
    switch (c) {
    case 'b': return 8;
    case 't': return 9;
    case 'n': return 10;
    case 'v': return 11;
    case 'f': return 12;
    case 'r': return 13;
    case 'e': return 27;
    case 's': return 32;
    case 'd': return 127;
    default: return (uint8_t)c;
    }
}

/* Characters up to the closing quote q, as code points (bytes). */
static size_t mr_chars(const char **s, char q, uint32_t *out)
{
    size_t n = 0;
    while (**s && **s != q) {
        char c = *(*s)++;
        if (c == '\\' && q == '|')
            out[n++] = (uint8_t)*(*s)++;
        else
            out[n++] = c == '\\' ? mr_escape(*(*s)++) : (uint8_t)c;
    }
    if (**s)
        ++*s;
    return n;
}

static Term mr_list(const char **s, char close)
{
    Term items[512];
    size_t n = 0;
    Term tail = NIL;
    for (;;) {
        mr_skip(s);
        if (**s == close || !**s) {
            if (**s)
                ++*s;
            break;
        }
        if (**s == '.' && mr_delim((*s)[1])) {
            ++*s;
            tail = mr_form(s);
            mr_skip(s);
            if (**s == close)
                ++*s;
            break;
        }
        items[n++] = mr_form(s);
    }
    Term l = tail;
    while (n > 0)
        l = make_cons(items[--n], l);
    return l;
}

static Term mr_bits(const char **s)
{
    Term bin = binary_empty();
    mr_skip(s);
    while (**s && **s != ')') {
        if (**s == '(') { /* (N (size K)) */
            ++*s;
            long v = strtol(*s, (char **)s, 10);
            mr_skip(s);
            *s += strlen("(size");
            long k = strtol(*s, (char **)s, 10);
            *s += 2;
            uint8_t b[8] = {0};
            uint64_t x = (uint64_t)v << (64 - k);
            for (int i = 0; i < 8; i++)
                b[i] = (uint8_t)(x >> (56 - 8 * i));
            bin = binary_append_bits(bin, b, (uint64_t)k);
        } else {
            uint8_t b = (uint8_t)strtol(*s, (char **)s, 10);
            bin = binary_append(bin, &b, 1);
        }
        mr_skip(s);
    }
    if (**s)
        ++*s;
    return bin;
}

static Term mr_form(const char **s)
{
    mr_skip(s);
    char c = **s;
    uint32_t cps[4096];
    if (c == '(') {
        ++*s;
        return mr_list(s, ')');
    }
    if (c == '\'' || c == '`' || c == ',') {
        ++*s;
        Term head = c == '\'' ? ATOM_quote : c == '`' ? ATOM_backquote : ATOM_comma;
        if (c == ',' && **s == '@') {
            ++*s;
            head = ATOM_comma_at;
        }
        return make_cons(head, make_cons(mr_form(s), NIL));
    }
    if (c == '"') {
        ++*s;
        size_t n = mr_chars(s, '"', cps);
        Term l = NIL;
        while (n > 0)
            l = make_cons(make_small(cps[--n]), l);
        return l;
    }
    if (c == '|') {
        ++*s;
        size_t n = mr_chars(s, '|', cps);
        StrBuf b;
        strbuf_init(&b);
        for (size_t i = 0; i < n; i++)
            strbuf_put_utf8(&b, cps[i]);
        return atom_intern(b.data, b.len);
    }
    if (c == '#') {
        ++*s;
        char k = *(*s)++;
        if (k == '(') {
            Term l = mr_list(s, ')');
            Term elems[512];
            uint32_t n = 0;
            for (; term_is_cons(l); l = CDR(l))
                elems[n++] = CAR(l);
            return make_tuplev(n, elems);
        }
        if (k == 'M') {
            ++*s;
            Term l = mr_list(s, ')');
            Term keys[512], vals[512];
            size_t n = 0;
            for (; term_is_cons(l) && term_is_cons(CDR(l)); l = CDR(CDR(l))) {
                keys[n] = CAR(l);
                vals[n++] = CAR(CDR(l));
            }
            return map_from_pairs(keys, vals, n);
        }
        if (k == 'B') {
            ++*s;
            return mr_bits(s);
        }
        if (k == '"') {
            size_t n = mr_chars(s, '"', cps);
            uint8_t bytes[4096];
            for (size_t i = 0; i < n; i++)
                bytes[i] = (uint8_t)cps[i];
            return binary_from_bytes(bytes, n);
        }
        if (k == '\\')
            return make_small((uint8_t)*(*s)++);
        return NIL;
    }
    const char *start = *s;
    while (!mr_delim(**s))
        ++*s;
    size_t n = (size_t)(*s - start);
    char tok[256];
    memcpy(tok, start, n);
    tok[n] = 0;
    char *end;
    long long v = strtoll(tok, &end, 10);
    if (n && *end == 0 && (isdigit((unsigned char)tok[0]) ||
                           (n > 1 && (tok[0] == '-' || tok[0] == '+'))))
        return make_int64(v);
    if (strchr(tok, '.') && (isdigit((unsigned char)tok[0]) || tok[0] == '-')) {
        double d = strtod(tok, &end);
        if (*end == 0)
            return make_float(d);
    }
    return atom_intern(tok, n);
}

static Term R(const char *text)
{
    return mr_form(&text);
}

/* Print t with the writer (pretty false) or the pretty printer. */
static const char *show(Term t, bool pretty, int depth, int column,
                        int line_length)
{
    PrintOpts o = print_default_opts();
    o.depth = depth;
    o.column = column;
    o.line_length = line_length;
    StrBuf b;
    strbuf_init(&b);
    if (pretty)
        print_lfe_pretty(&b, t, &o);
    else
        print_lfe_write(&b, t, &o);
    return b.data;
}

#define W(t) show(t, false, -1, 1, 80)
#define P(t) show(t, true, -1, 1, 80)

START_TEST(defaults)
{
    PrintOpts o = print_default_opts();
    ck_assert_int_eq(o.depth, -1);
    ck_assert_int_eq(o.column, 1);
    ck_assert_int_eq(o.line_length, 80);
    ck_assert(!o.unicode);
    ck_assert_int_eq(o.chars_limit, -1);
}
END_TEST

START_TEST(catalogue)
{
    ck_assert_str_eq(W(R("|A b|")), "|A b|");
    ck_assert_str_eq(W(R("||")), "||");
    ck_assert_str_eq(W(R("Caps")), "Caps");
    ck_assert_str_eq(W(R("|quote'd|")), "quote'd");
    ck_assert_str_eq(W(R("(())")), "(())");
    ck_assert_str_eq(W(R("\"hi\"")), "(104 105)");
    ck_assert_str_eq(P(R("\"hi\"")), "\"hi\"");
    ck_assert_str_eq(P(R("(104 10 105)")), "\"h\\ni\"");
    ck_assert_str_eq(P(R("(7)")), "(7)");
    ck_assert_str_eq(P(R("(255 254)")), "\"\xC3\xBF\xC3\xBE\"");
    ck_assert_str_eq(P(R("(256)")), "\"\xC4\x80\"");
    ck_assert_str_eq(P(R("(97 . 98)")), "(97 . 98)");
    ck_assert_str_eq(W(R("(a \"b\" #\"c\")")), "(a (98) #B(99))");
    ck_assert_str_eq(P(R("(a \"b\" #\"c\")")), "(a \"b\" #\"c\")");
    ck_assert_str_eq(P(R("#(1 #(2 #(3)))")), "#(1 #(2 #(3)))");
    ck_assert_str_eq(W(R("#M(b 2 a 1)")), "#M(a 1 b 2)");
    ck_assert_str_eq(P(R("#M(\"k\" #(v))")), "#M(\"k\" #(v))");
    ck_assert_str_eq(W(R("#\"\"")), "#B()");
    ck_assert_str_eq(P(R("#\"\"")), "#\"\"");
    ck_assert_str_eq(P(R("#\"tab\\there\"")), "#\"tab\\there\"");
    ck_assert_str_eq(P(R("#\"quote\\\"in\"")), "#\"quote\\\"in\"");
    ck_assert_str_eq(P(R("#B((5 (size 4)))")), "#B((5 (size 4)))");
    ck_assert_str_eq(W(R("#B((300 (size 12)))")), "#B(18 (12 (size 4)))");
    ck_assert_str_eq(W(R("|[]|")), "|[]|");
    ck_assert_str_eq(P(R("'a")), "'a");
    ck_assert_str_eq(W(R("'a")), "(quote a)");
    ck_assert_str_eq(P(R("(quote a b)")), "(quote a b)");
    ck_assert_str_eq(P(R("`(a ,b ,@c)")), "`(a ,b ,@c)");
    ck_assert_str_eq(P(R("(quote)")), "(quote)");
    ck_assert_str_eq(P(R("(lambda (x) x)")), "(lambda (x) x)");
}
END_TEST

START_TEST(symbols)
{
    ck_assert_str_eq(W(R("|1|")), "|1|");
    ck_assert_str_eq(W(R("|+1|")), "|+1|");
    ck_assert_str_eq(W(R("|-1.5e3|")), "|-1.5e3|");
    ck_assert_str_eq(W(R("|1e5|")), "1e5");
    ck_assert_str_eq(W(R("|1.|")), "1.");
    ck_assert_str_eq(W(R("|1_000|")), "1_000");
    ck_assert_str_eq(W(R("|.|")), "|.|");
    ck_assert_str_eq(W(R("|..|")), "..");
    ck_assert_str_eq(W(R("|a\\|b|")), "a|b");
    ck_assert_str_eq(W(R("|back\\\\slash|")), "back\\slash");
    ck_assert_str_eq(W(R("|'start|")), "|'start|");
    ck_assert_str_eq(W(R("|a#b|")), "a#b");
    ck_assert_str_eq(W(R("|a;b|")), "|a;b|");
    ck_assert_str_eq(W(R("|1.8e308|")), "1.8e308");
    ck_assert_str_eq(W(R("|1.5e308|")), "|1.5e308|");
    ck_assert_str_eq(W(R("|1.0e-400|")), "|1.0e-400|");
    ck_assert_str_eq(W(R("|007|")), "|007|");
    /* names LFE source cannot spell in ASCII */
    ck_assert_str_eq(W(A("a\nb")), "|a\\nb|");
    ck_assert_str_eq(W(A("\xCE\xBB")), "\xCE\xBB");
    ck_assert_str_eq(W(A("a\x01" "b")), "|a\x01" "b|");
    ck_assert_str_eq(W(A("\xC2\xA0" "a")), "|\xC2\xA0" "a|");
    ck_assert_str_eq(W(A("\xC2\xA1" "a")), "\xC2\xA1" "a");
    ck_assert_str_eq(W(A("a\x7F")), "|a\\d|");
    ck_assert_str_eq(W(A("a\xC2\x9F")), "|a\xC2\x9F|");
    ck_assert_str_eq(W(A(" ")), "| |");
    ck_assert_str_eq(W(A("\xE2\x82\xAC" "1")), "\xE2\x82\xAC" "1");
    ck_assert_str_eq(W(A("1\xE2\x82\xAC")), "1\xE2\x82\xAC");
    StrBuf b;
    strbuf_init(&b);
    print_lfe_atom(&b, A("hello world"));
    print_lfe_atom(&b, A("ok"));
    ck_assert_str_eq(b.data, "|hello world|ok");
}
END_TEST

START_TEST(strings)
{
    ck_assert_str_eq(P(R("\"\\b\\v\\f\\r\\e\"")), "\"\\b\\v\\f\\r\\e\"");
    ck_assert_str_eq(P(R("(97 127)")), "(97 127)");
    ck_assert_str_eq(P(R("(97 159)")), "(97 159)");
    ck_assert_str_eq(P(R("(55296)")), "(55296)");
    ck_assert_str_eq(P(R("(65534)")), "(65534)");
    ck_assert_str_eq(P(R("(8064)")), "\"\xE1\xBE\x80\"");
    ck_assert_str_eq(W(R("(8064)")), "(8064)");
    ck_assert_str_eq(P(R("(97 98 . 99)")), "(97 98 . 99)");
    ck_assert_str_eq(P(R("#B(206 187 206 177)")), "#\"\xCE\xBB\xCE\xB1\"");
    ck_assert_str_eq(P(R("#B(99 97 102 233)")), "#B(99 97 102 233)");
    ck_assert_str_eq(P(R("#B(237 160 128)")), "#B(237 160 128)");
    ck_assert_str_eq(P(R("#B(192 128)")), "#B(192 128)");
    ck_assert_str_eq(P(R("#B(0 104 105)")), "#B(0 104 105)");
    ck_assert_str_eq(P(R("#\"\\e\\d\"")), "#B(27 127)");
}
END_TEST

START_TEST(unaligned_binaries)
{
    /* bits 4..20 of 06 86 90 are 68 69: "hi" */
    Term b = binary_from_bytes((const uint8_t *)"\x06\x86\x90", 3);
    Term s = binary_sub(b, 4, 16);
    ck_assert_str_eq(P(s), "#\"hi\"");
    ck_assert_str_eq(W(s), "#B(104 105)");
    ck_assert_str_eq(W(binary_sub(b, 4, 13)), "#B(104 (13 (size 5)))");
}
END_TEST

START_TEST(numbers)
{
    ck_assert_str_eq(W(R("-42")), "-42");
    ck_assert_str_eq(P(R("(1.5 2.25 1.0e-3)")), "(1.5 2.25 0.001)");
    ck_assert_str_eq(W(R("1.0e20")), "1.0e20");
    ck_assert_str_eq(W(R("-0.0")), "-0.0");
    ck_assert_str_eq(W(R("12345.0")), "12345.0");
    ck_assert_str_eq(W(make_int64(SMALL_MAX)), "576460752303423487");
    const uint64_t limbs[2] = {0, 64}; /* 1 bsl 70 */
    ck_assert_str_eq(P(bignum_from_limbs(limbs, 2, true)),
                     "-1180591620717411303424");
}
END_TEST

START_TEST(pids_and_funs)
{
    ck_assert_str_eq(W(make_local_pid(5)), "#Pid<0.5.0>");
    ck_assert_str_eq(P(make_local_pid(32767 | (8191 << 15))),
                     "#Pid<0.32767.8191>");
    ck_assert_str_eq(W(make_export_fun(A("lists"), A("map"), 2)),
                     "(function lists map 2)");
    ck_assert_str_eq(P(make_export_fun(A("Mod x"), A("f y"), 0)),
                     "(function |Mod x| |f y| 0)");
    /* a closure: erlang:fun_to_list (module unquoted) plus /Arity */
    Fun *f = gc_alloc(sizeof(Fun));
    f->header = make_header(BOX_FUN, 0);
    f->module = A("Abc");
    f->name = A("-f/0-fun-0-");
    f->arity = 1;
    f->index = 0;
    f->uniq = 126035189;
    ck_assert_str_eq(W(make_box(f)), "#Fun<Abc.0.126035189/1>");
    ck_assert_str_eq(P(make_cons(make_box(f), NIL)), "(#Fun<Abc.0.126035189/1>)");
    /* references, ports and remote pids: Erlang's text ("#Pid" first) */
    const uint32_t ids[3] = {64146, 524025858, 359395448};
    Term other[3] = {make_ref(ATOM_nonode_at_nohost, 0, ids),
                     make_port(ATOM_nonode_at_nohost, 0, 0),
                     make_ext_pid(A("n@h"), 5, 0, 1)};
    for (int i = 0; i < 3; i++) {
        StrBuf erl;
        strbuf_init(&erl);
        if (i == 2)
            strbuf_puts(&erl, "#Pid");
        print_erl_write(&erl, other[i], NULL);
        ck_assert_str_eq(W(other[i]), erl.data);
        ck_assert_str_eq(P(other[i]), erl.data);
    }
    ck_assert_str_eq(W(other[0]), "#Ref<0.359395448.524025858.64146>");
}
END_TEST

START_TEST(depths)
{
    Term l = R("(1 2 3 4 5 6 7)");
    ck_assert_str_eq(show(l, false, 3, 1, 80), "(1 2 ...)");
    ck_assert_str_eq(show(l, true, 4, 1, 80), "(1 2 3 ...)");
    ck_assert_str_eq(show(R("#(a b c d e)"), false, 2, 1, 80), "#(a ...)");
    ck_assert_str_eq(show(l, false, 0, 1, 80), "...");
    ck_assert_str_eq(show(l, true, 0, 1, 80), "...");
    Term m = R("#M(a 1 b 2 c 3 d 4)");
    ck_assert_str_eq(show(m, false, 1, 1, 80), "#M(...)");
    ck_assert_str_eq(show(m, true, 1, 1, 80), "#M(a 1 ...)");
    ck_assert_str_eq(show(m, false, 3, 1, 80), "#M(a 1 b 2 ...)");
    ck_assert_str_eq(show(R("#B(1 2 3 4 5 6)"), false, 2, 1, 80),
                     "#B(1 2 3 4 5 6)");
    ck_assert_str_eq(show(R("#B(1 2 3 4 5 6)"), true, 2, 1, 80),
                     "#B(1 2 ...)");
    ck_assert_str_eq(show(R("#M(__struct__ s a 1 b 2 c 3)"), true, 2, 1, 80),
                     "#S(s a 1 ...)");
    ck_assert_str_eq(show(R("'(a b c d e)"), true, 3, 1, 80), "'(a b ...)");
}
END_TEST

START_TEST(layout)
{
    ck_assert_str_eq(
        P(R("(defun fact (n) (if (== n 0) 1 (* n (fact (- n 1)))) extra long "
            "tail here to force breaking)")),
        "(defun fact (n)\n"
        "  (if (== n 0) 1 (* n (fact (- n 1))))\n"
        "  extra long tail here to force breaking)");
    ck_assert_str_eq(show(R("(1 2 3 4 5 6 7 8 9 10 11 12)"), true, -1, 15, 30),
                     "(1 2\n"
                     "               3 4\n"
                     "               5 6\n"
                     "               7 8\n"
                     "               9 10\n"
                     "               11\n"
                     "               12)");
    ck_assert_str_eq(
        P(R("#(config (#(name \"a fairly long server name string\") "
            "#(options (verbose debug #(level 3)))) "
            "#M(alpha 1 beta (1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
            "gamma \"text value here\"))")),
        "#(config\n"
        "  (#(name \"a fairly long server name string\")\n"
        "   #(options (verbose debug #(level 3))))\n"
        "  #M(alpha 1 beta (1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)\n"
        "     gamma \"text value here\"))");
    ck_assert_str_eq(P(R("(progn (first-expression-in-progn a b) "
                         "(second-expression-in-progn c d) (third-expression e f))")),
                     "(progn \n"
                     "  (first-expression-in-progn a b)\n"
                     "  (second-expression-in-progn c d)\n"
                     "  (third-expression e f))");
}
END_TEST

/* Large maps print their pairs in maps:to_list order, which for a HAMT is
 * the map's own iteration order.  (On the BEAM, keys 1..40 print as
 * #M(33 33 12 12 23 23 29 29 ...): elfe's HAMT order is its own, see
 * map.h.)  The ~p layout then packs pairs as for any map. */
START_TEST(big_maps)
{
    Term keys[40];
    for (int i = 0; i < 40; i++)
        keys[i] = make_small(i + 1);
    Term m = map_from_pairs(keys, keys, 40);
    StrBuf expect;
    strbuf_init(&expect);
    strbuf_puts(&expect, "#M(");
    MapIter it;
    Term k, v;
    map_iter_init(&it, m);
    for (int n = 0; map_iter_next(&it, &k, &v); n++)
        strbuf_printf(&expect, "%s%lld %lld", n ? " " : "",
                      (long long)small_val(k), (long long)small_val(v));
    strbuf_putc(&expect, ')');
    ck_assert_str_eq(W(m), expect.data);
    const char *p = P(m);
    ck_assert(strncmp(p, expect.data, 60) == 0);
    ck_assert(strstr(p, "\n   ") != NULL);
}
END_TEST

/* Deep nesting never overflows the C stack: the writer keeps its own
 * stack, the pretty printer writes what lies deeper than its limit on one
 * line (here the layout would be one line anyway). */
START_TEST(deep_nesting)
{
    enum { N = 200000 };
    Term t = NIL;
    for (int i = 0; i < N; i++)
        t = make_cons(t, NIL);
    const char *w = W(t), *p = P(t);
    ck_assert_uint_eq(strlen(w), 2 * N + 2);
    ck_assert_str_eq(w, p);
    ck_assert(w[N] == '(' && w[N + 1] == ')' && w[N + 2] == ')');
    ck_assert_str_eq(show(t, false, 3, 1, 80), "(((...)))");
    ck_assert_str_eq(show(t, true, 3, 1, 80), "(((...)))");
    Term u = NIL;
    for (int i = 0; i < N; i++)
        u = make_tuple2(u, A("x"));
    ck_assert(strncmp(W(u), "#(#(#(", 6) == 0);
    ck_assert(strncmp(P(u), "#(#(#(", 6) == 0);
    Term m = NIL;
    Term one = make_small(1);
    for (int i = 0; i < N; i++)
        m = map_from_pairs(&one, &m, 1);
    ck_assert(strncmp(W(m), "#M(1 #M(1 #M(", 13) == 0);
    ck_assert(strncmp(P(m), "#M(1\n     #M(1\n          #M(1\n", 29) == 0);
}
END_TEST

/* A long flat list is printed in linear time (the one-line trial stops at
 * the line length). */
START_TEST(long_lists)
{
    Term l = NIL;
    for (int i = 0; i < 100000; i++)
        l = make_cons(make_small(i % 10), l);
    Term t = make_tuple2(l, make_tuple2(l, l));
    const char *p = P(t);
    ck_assert(strncmp(p, "#((9 8 7 6 5", 12) == 0);
    ck_assert_uint_gt(strlen(p), 600000);
}
END_TEST

START_TEST(null_opts)
{
    StrBuf b;
    strbuf_init(&b);
    print_lfe_write(&b, R("(a #(b) \"c\")"), NULL);
    strbuf_putc(&b, '|');
    print_lfe_pretty(&b, R("(a #(b) \"c\")"), NULL);
    ck_assert_str_eq(b.data, "(a #(b) (99))|(a #(b) \"c\")");
}
END_TEST

Suite *print_lfe_suite(void)
{
    Suite *s = suite_create("print_lfe");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, defaults);
    tcase_add_test(tc, catalogue);
    tcase_add_test(tc, symbols);
    tcase_add_test(tc, strings);
    tcase_add_test(tc, unaligned_binaries);
    tcase_add_test(tc, numbers);
    tcase_add_test(tc, pids_and_funs);
    tcase_add_test(tc, depths);
    tcase_add_test(tc, layout);
    tcase_add_test(tc, big_maps);
    tcase_add_test(tc, deep_nesting);
    tcase_add_test(tc, long_lists);
    tcase_add_test(tc, null_opts);
    suite_add_tcase(s, tc);
    return s;
}

/* check_read.c - the LFE reader: every literal syntax, errors with their
 * positions, source positions, deep nesting and the source map.
 *
 * Expected values come from LFE 2.2.1 (lfe_io:read_string, printed with
 * lfe_io ~w); where elfe follows the LFE guide instead of the reference
 * (#\x41;, "\x41;", #S(...), blank lines in triple-quoted strings) the
 * test says so.  Error messages and columns are elfe's own (the reference
 * reports lines only); their wording follows lfe_scan / lfe_parse.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../../reader/read.h"
#include "../../runtime/binary.h"
#include "../../runtime/bignum.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* ---- helpers ---------------------------------------------------------- */

/* A small printer in the style of lfe_io ~w for what these tests build:
 * integers, atoms (printed bare), lists, tuples and binaries. */
static void show_to(StrBuf *b, Term t)
{
    if (term_is_small(t)) {
        strbuf_printf(b, "%lld", (long long)small_val(t));
    } else if (term_is_atom(t)) {
        strbuf_puts(b, atom_name(t));
    } else if (term_is_nil(t)) {
        strbuf_puts(b, "()");
    } else if (term_is_cons(t)) {
        strbuf_putc(b, '(');
        for (;;) {
            show_to(b, CAR(t));
            t = CDR(t);
            if (term_is_nil(t))
                break;
            strbuf_putc(b, ' ');
            if (!term_is_cons(t)) {
                strbuf_puts(b, ". ");
                show_to(b, t);
                break;
            }
        }
        strbuf_putc(b, ')');
    } else if (term_is_tuple(t)) {
        strbuf_puts(b, "#(");
        for (uint32_t i = 0; i < tuple_arity(t); i++) {
            if (i)
                strbuf_putc(b, ' ');
            show_to(b, tuple_elems(t)[i]);
        }
        strbuf_putc(b, ')');
    } else if (term_is_bitstring(t)) {
        uint64_t bits = binary_bit_size(t);
        strbuf_puts(b, "#B(");
        for (uint64_t k = 0; k < bits; k += 8) {
            if (k)
                strbuf_putc(b, ' ');
            uint8_t byte = binary_get_byte(t, k);
            if (bits - k >= 8)
                strbuf_printf(b, "%u", byte);
            else
                strbuf_printf(b, "(%u (size %u))",
                              (unsigned)(byte >> (8 - (bits - k))),
                              (unsigned)(bits - k));
        }
        strbuf_putc(b, ')');
    } else if (term_is_float(t)) {
        strbuf_printf(b, "%.17g", float_val(t));
    } else if (term_is_bignum(t)) {
        bignum_to_string(t, 10, b);
    } else {
        strbuf_puts(b, "?");
    }
}

static const char *show(Term t)
{
    StrBuf b;
    strbuf_init(&b);
    show_to(&b, t);
    return b.data;
}

/* Read every form of src; the count, or -1 with *err set. */
static int read_all(const char *src, Term *forms, int max, ReadError *err,
                    SrcMap *map)
{
    Reader *r = reader_new("test.lfe", (const uint8_t *)src, strlen(src), map);
    int n = 0;
    Term t;
    int rc;
    while ((rc = reader_next(r, &t, err)) == 1) {
        if (n < max)
            forms[n] = t;
        n++;
    }
    return rc < 0 ? -1 : n;
}

/* The one form of src, failing the test on an error. */
static Term read1(const char *src)
{
    Term f[2];
    ReadError err;
    int n = read_all(src, f, 2, &err, NULL);
    ck_assert_msg(n == 1, "reading <%s>: %d forms, error %u:%u: %s", src, n,
                  err.line, err.col, n < 0 ? err.message : "");
    return f[0];
}

/* "LINE:COL: message" for the error of reading src ("" when none). */
static const char *read_err(const char *src, bool *incomplete)
{
    Reader *r = reader_new("t.lfe", (const uint8_t *)src, strlen(src), NULL);
    Term t;
    ReadError err;
    int rc;
    while ((rc = reader_next(r, &t, &err)) == 1)
        ;
    if (incomplete)
        *incomplete = reader_incomplete(r);
    if (rc == 0)
        return "";
    StrBuf b;
    strbuf_init(&b);
    read_error_format(&err, &b);
    ck_assert_msg(!strncmp(b.data, "t.lfe:", 6), "file name in <%s>", b.data);
    return b.data + 6;
}

typedef struct Case {
    const char *in;
    const char *out;
} Case;

static void check_cases(const Case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = show(read1(cases[i].in));
        ck_assert_msg(!strcmp(got, cases[i].out), "<%s>: got %s, want %s",
                      cases[i].in, got, cases[i].out);
    }
}

#define CHECK_CASES(c) check_cases(c, sizeof c / sizeof c[0])

/* ---- literals --------------------------------------------------------- */

START_TEST(integers)
{
    static const Case cases[] = {
        {"(1 -7 +42 007 -0 123foo 1_000 0x10 1e10 1. +-1 1.5e)",
         "(1 -7 42 7 0 123foo 1_000 0x10 1e10 1. +-1 1.5e)"},
        {"(#b101 #B11111111 #b-1010 #*1001 #*-111 #o17 #O755 #o-20 #d99 "
         "#D-31 #xFF #xdeadbeef #XCAFE #x-1f #x+10)",
         "(5 255 -10 9 -7 15 493 -16 99 -31 255 3735928559 51966 -31 16)"},
        {"(#2r110011 #3r2101 #8r777 #12rB9 #16RfF #20rJJ #36rZZ #36rlfe "
         "#36rConForm #36r-z)",
         "(51 64 511 141 255 399 1295 27770 27611939362 -35)"},
        {"(#x-0 #b-0 576460752303423487 -576460752303423488)",
         "(0 0 576460752303423487 -576460752303423488)"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(big_integers)
{
    static const Case cases[] = {
        {"(123456789012345678901234567890 -98765432109876543210)",
         "(123456789012345678901234567890 -98765432109876543210)"},
        {"#xffffffffffffffffffffffff", "79228162514264337593543950335"},
        {"#b1000000000000000000000000000000000000000000000000000000000000000",
         "9223372036854775808"},
        {"576460752303423488", "576460752303423488"},
    };
    CHECK_CASES(cases);
    ck_assert(term_is_bignum(read1("576460752303423488")));
    ck_assert(term_is_small(read1("576460752303423487")));
}
END_TEST

START_TEST(floats)
{
    static const struct {
        const char *in;
        double value;
    } cases[] = {
        {"1.5", 1.5},        {"-2.0e-3", -2.0e-3}, {"+3.25", 3.25},
        {"1.0e10", 1.0e10},  {"1.0E-5", 1.0e-5},   {"6.02e23", 6.02e23},
        {"01.50", 1.5},      {"1.5e+3", 1500.0},   {"2.5e-310", 2.5e-310},
        {"1.0e-400", 0.0},   {"4.9e-324", 4.9e-324},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Term t = read1(cases[i].in);
        ck_assert_msg(term_is_float(t), "%s is a float", cases[i].in);
        ck_assert_msg(float_val(t) == cases[i].value, "%s", cases[i].in);
    }
    Term z = read1("-0.0");
    ck_assert(term_is_float(z) && float_val(z) == 0.0 && signbit(float_val(z)));
    /* Not floats for list_to_float: symbols. */
    static const char *const symbols[] = {"1.", "1.5e", "1e10",
                                          "1.0e400", "-1.0e400", "1.5x",
                                          "+.5", "1.0e+"};
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
        Term t = read1(symbols[i]);
        ck_assert_msg(term_is_atom(t) && !strcmp(atom_name(t), symbols[i]),
                      "%s is a symbol", symbols[i]);
    }
}
END_TEST

START_TEST(characters)
{
    static const Case cases[] = {
        {"(#\\a #\\A #\\( #\\) #\\; #\\\" #\\\\ #\\| #\\# #\\' #\\~ #\\x #\\ )",
         "(97 65 40 41 59 34 92 124 35 39 126 120 32)"},
        {"(#\\a#\\b)", "(97 98)"},
        /* The guide's hexadecimal form (the reference reads x, 41, ;). */
        {"(#\\x41; #\\x1f42d;\n #\\X41;\n)", "(65 128045 88 41)"},
        /* #\x not followed by hex digits and ';' is the character x. */
        {"(#\\x)", "(120)"},
        {"(#\\x #\\x41)", "(120 120 41)"},
        {"(#\\xZ;\n)", "(120 Z)"},
        {"#\\\xce\xbb", "955"},
        {"#\\\n", "10"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(strings)
{
    static const Case cases[] = {
        {"(\"abc\" \"\" \"a\\nb\" \"say \\\"hi\\\"\")",
         "((97 98 99) () (97 10 98) (115 97 121 32 34 104 105 34))"},
        {"\"\\b\\t\\n\\v\\f\\r\\e\\s\\d\"", "(8 9 10 11 12 13 27 32 127)"},
        {"\"\\q\\z\\|\\\\\"", "(113 122 124 92)"},
        {"\"one\ntwo\"", "(111 110 101 10 116 119 111)"},
        {"\"a;b#|c|#\"", "(97 59 98 35 124 99 124 35)"},
        /* The guide's \xHH; escape; other \x is x. */
        {"\"\\x61;\\x62;\\x63;\"", "(97 98 99)"},
        {"\"\\x1f639;\"", "(128569)"},
        {"\"\\x;\\xg\"", "(120 59 120 103)"},
        {"\"\xce\xbb\xf0\x9f\x90\xad\"", "(955 128045)"},
        {"(#\"abc\" #\"\" #\"x\\ny\")", "(#B(97 98 99) #B() #B(120 10 121))"},
        {"#\"\xce\xbb\"", "#B(206 187)"},
        {"#\"\\x3bb;\"", "#B(206 187)"},
        {"\"\"", "()"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(triple_quoted_strings)
{
    static const Case cases[] = {
        {"\"\"\"\n  abc\n  \"\"\"", "(97 98 99)"},
        {"\"\"\"\n    first\n      two\n    \"\"\"",
         "(102 105 114 115 116 10 32 32 116 119 111)"},
        {"\"\"\"\n  no \\n escape\n  \"\"\"",
         "(110 111 32 92 110 32 101 115 99 97 112 101)"},
        {"\"\"\"  \n a\n\"\"\"", "(32 97)"},
        {"\"\"\"\na\"\"\"b\n\"\"\"", "(97 34 34 34 98)"},
        {"\"\"\"\n\"\"\"", "()"},
        {"\"\"\"\n\n\"\"\"", "()"},
        {"#\"\"\"\n  x\n  y\n  \"\"\"", "#B(120 10 121)"},
        {"(\"\"\"\n  \"q\"\n  \"\"\" z)", "((34 113 34) z)"},
        /* elfe: a blank line shorter than the indentation is empty (the
         * reference crashes on it). */
        {"\"\"\"\n  a\n\n  b\n  \"\"\"", "(97 10 10 98)"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(symbols)
{
    static const Case cases[] = {
        {"(foo Foo FOO-BAR foo? set! *global* + - -> <= =:= / %percent &rest "
         ":keyword a.b.c x/y with#hash end|bar it's comma,inside)",
         "(foo Foo FOO-BAR foo? set! *global* + - -> <= =:= / %percent &rest "
         ":keyword a.b.c x/y with#hash end|bar it's comma,inside)"},
        {"(#Efoo #efoo.bar)", "(Elixir.foo Elixir.foo.bar)"},
        {"(a .b)", "(a . b)"},
        {"(a .5)", "(a . 5)"},
    };
    CHECK_CASES(cases);
    static const struct {
        const char *in, *name;
    } quoted[] = {
        {"|hello world|", "hello world"}, {"|with \\| bar|", "with | bar"},
        {"|back\\\\slash|", "back\\slash"}, {"||", ""},
        {"|.|", "."}, {"|123|", "123"}, {"|a\\nb|", "anb"},
        {"|a\nb|", "a\nb"}, {"|\xce\xbb|", "\xce\xbb"}, {"\xce\xbbx", "\xce\xbbx"},
        {"|semi;colon|", "semi;colon"}, {"|tab\tin|", "tab\tin"},
    };
    for (size_t i = 0; i < sizeof quoted / sizeof quoted[0]; i++) {
        Term t = read1(quoted[i].in);
        ck_assert_msg(term_is_atom(t) && !strcmp(atom_name(t), quoted[i].name),
                      "<%s>", quoted[i].in);
    }
    ck_assert(read1("|plain|") == A("plain"));
}
END_TEST

START_TEST(lists_and_tuples)
{
    static const Case cases[] = {
        {"(a . b)", "(a . b)"},
        {"(1 2 . (3 4))", "(1 2 3 4)"},
        {"(1 2 . 3)", "(1 2 . 3)"},
        {"[a (b [c]) d]", "(a (b (c)) d)"},
        {"[x . y]", "(x . y)"},
        {"(a . ())", "(a)"},
        {"()", "()"},
        {"[]", "()"},
        {"#(1 two \"three\")", "#(1 two (116 104 114 101 101))"},
        {"#()", "#()"},
        {"#(a #(b #(c)))", "#(a #(b #(c)))"},
        {"(((((deep)))))", "(((((deep)))))"},
        {"(a 'b . c)", "(a (quote b) . c)"},
        {"(a . 'b)", "(a quote b)"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(quote_forms)
{
    static const Case cases[] = {
        {"'x", "(quote x)"},
        {"'(a b c)", "(quote (a b c))"},
        {"''a", "(quote (quote a))"},
        {"`(a ,b ,@c)", "(backquote (a (comma b) (comma-at c)))"},
        {"`(,x . ,y)", "(backquote ((comma x) comma y))"},
        {"``(a ,,x)", "(backquote (backquote (a (comma (comma x)))))"},
        {"(#'f/2 #'m:f/3 #'lists:reverse/1)",
         "((function f 2) (function m f 3) (function lists reverse 1))"},
        {"(#'=:=/2 #'erlang:=:=/2 #'/2 #'a:b:c/2)",
         "((function =:= 2) (function erlang =:= 2) (function  2) "
         "(function a b:c 2))"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(comments)
{
    static const Case cases[] = {
        {"(a #| b |# c)", "(a c)"},
        {"(1 ; comment\n 2)", "(1 2)"},
        {"#| top\n level (|# x", "x"},
        {"(1 #| two\n lines |# 3)", "(1 3)"},
        {"(a#||#b)", "(a#||#b)"}, /* # inside a symbol is a symbol char */
        {"(a #||# b)", "(a b)"},
        {"; only\nx ; trailing", "x"},
    };
    CHECK_CASES(cases);
}
END_TEST

START_TEST(binaries)
{
    static const Case cases[] = {
        {"#B(1 2 3)", "#B(1 2 3)"},
        {"#b(255 0)", "#B(255 0)"},
        {"#B(\"ab\" 99)", "#B(97 98 99)"},
        {"#B((258 (size 16)))", "#B(1 2)"},
        {"#B()", "#B()"},
        {"#B(-1 256 300)", "#B(255 0 44)"},
        {"#B((1.5 float))", "#B(63 248 0 0 0 0 0 0)"},
        {"#B((1.5 (size 32) float))", "#B(63 192 0 0)"},
        {"#B((1 float))", "#B(63 240 0 0 0 0 0 0)"},
        {"#B((1.5 (size 16) float) (65520 (size 16) float))",
         "#B(62 0 124 0)"},
        {"#B((1.0e39 (size 32) float))", "#B(127 128 0 0)"},
        {"#B((1.5 float (size 64) little))", "#B(0 0 0 0 0 0 248 63)"},
        {"#B((#\"a\" binary) (#\"b\" binary))", "#B(97 98)"},
        {"#B((955 utf8) (955 utf-8))", "#B(206 187 206 187)"},
        {"#B((\"ab\" utf16))", "#B(0 97 0 98)"},
        {"#B((955 utf16 little) (955 utf32))", "#B(187 3 0 0 3 187)"},
        {"#B((128045 utf16))", "#B(216 61 220 45)"},
        {"#B((1 (size 1)))", "#B((1 (size 1)))"},
        {"#B((97 98))", "#B(97 98)"},
        {"#B((97 (size 16)) (1 2))", "#B(0 97 1 2)"},
        {"#B((\"ab\" (size 16)))", "#B(0 97 0 98)"},
        {"#B((\"\" utf8))", "#B()"},
        {"#B((#\"ab\" bitstring) (#\"ab\" (size 3) bits))",
         "#B(97 98 (3 (size 3)))"},
        {"#B((1 (size 4)) (#B((1 (size 4))) bitstring))", "#B(17)"},
        {"#B((1 big-endian (size 16)) (1 (size 16) native))", "#B(0 1 1 0)"},
        {"#B((1 (size 0)) (1 (size 8) (size 16)) (1 utf8 (size 8)))",
         "#B(0 1 1)"},
        {"#B((-1 unsigned (size 4)))", "#B((15 (size 4)))"},
        {"#B(((1 2)))", "#B(1 2)"},
        {"#B((#\"abc\" binary (size 1) (unit 16)))", "#B(97 98)"},
        {"#B((#x123 (size 12) little) (#x12345 (size 20) little))",
         "#B(35 20 82 49)"},
        {"#B((1 (size 2) (unit 8)) (1 integer signed big))", "#B(0 1 1)"},
    };
    CHECK_CASES(cases);
    Term b = read1("#B((1 (unit 256) (size 1)))");
    ck_assert_uint_eq(binary_byte_size(b), 32);
    ck_assert_uint_eq(binary_get_byte(b, 31 * 8), 1);
}
END_TEST

START_TEST(big_binary_segments)
{
    /* From LFE: #B((-1 (size 70)) (#xfffffffffffffffffff (size 80) little)
     * (-12345678901234567890123 (size 96))) */
    const char *want =
        "#B(255 255 255 255 255 255 255 255 255 255 255 255 255 255 255 255 "
        "255 252 63 255 255 245 138 245 38 198 38 58 246 236 (53 (size 6)))";
    const char *got = show(read1(
        "#B((-1 (size 70)) (#xfffffffffffffffffff (size 80) little) "
        "(-12345678901234567890123 (size 96)))"));
    ck_assert_str_eq(got, want);
}
END_TEST

START_TEST(maps_and_structs)
{
    Term m = read1("#M(a 1 b 2)");
    ck_assert(term_is_map(m) && map_size(m) == 2);
    ck_assert(map_get(m, A("a")) == make_small(1));
    ck_assert(map_get(m, A("b")) == make_small(2));
    ck_assert_uint_eq(map_size(read1("#M()")), 0);
    m = read1("#m(a 1 a 2)"); /* later keys win */
    ck_assert(map_size(m) == 1 && map_get(m, A("a")) == make_small(2));
    m = read1("#M(#(1 2) pair \"key\" val)");
    ck_assert(map_get(m, list_from_cstr("key")) == A("val"));
    m = read1("#M(inner #M(x 10))");
    ck_assert(map_get(map_get(m, A("inner")), A("x")) == make_small(10));
    /* #S(name k v ...): the struct map LFE prints as #S(...). */
    m = read1("#S(person name \"Ann\" age 7)");
    ck_assert(map_size(m) == 3);
    ck_assert(map_get(m, A("__struct__")) == A("person"));
    ck_assert(map_get(m, A("age")) == make_small(7));
    m = read1("#s(empty)");
    ck_assert(map_size(m) == 1 && map_get(m, A("__struct__")) == A("empty"));
}
END_TEST

START_TEST(several_forms_and_end)
{
    Term f[8];
    ReadError err;
    ck_assert_int_eq(read_all("a (b) \"c\" 1 ; end", f, 8, &err, NULL), 4);
    ck_assert_int_eq(read_all("", f, 8, &err, NULL), 0);
    ck_assert_int_eq(read_all("  ; nothing\n #| x |# \n", f, 8, &err, NULL), 0);
    ck_assert_int_eq(read_all("\xef\xbb\xbf" "bom", f, 8, &err, NULL), 1);
    ck_assert(f[0] == A("bom"));
    /* After an error the reader stays at the end. */
    const char *src = "ok ) more";
    Reader *r = reader_new("x", (const uint8_t *)src, strlen(src), NULL);
    Term t;
    ck_assert_int_eq(reader_next(r, &t, &err), 1);
    ck_assert_int_eq(reader_next(r, &t, &err), -1);
    ck_assert_int_eq(reader_next(r, &t, &err), 0);
    ck_assert_int_eq(reader_next(r, &t, &err), 0);
}
END_TEST

/* ---- errors ------------------------------------------------------------- */

typedef struct ErrCase {
    const char *in;
    const char *err; /* "LINE:COL: message" */
    bool incomplete;
} ErrCase;

START_TEST(errors)
{
    static const ErrCase cases[] = {
        /* parser: the same "illegal X" as lfe_parse */
        {"(a . b . c)", "1:8: illegal '.'", false},
        {"(a . b c)", "1:8: illegal symbol", false},
        {"(a . b 1)", "1:8: illegal number", false},
        {"(a . b \"s\")", "1:8: illegal string", false},
        {"(a . b #\"s\")", "1:8: illegal binary", false},
        {"(a . b 'c)", "1:8: illegal '\\''", false},
        {"(a . b #'f/1)", "1:8: illegal '#\\''", false},
        {"(a . b #(1))", "1:8: illegal '#('", false},
        {"( . a)", "1:3: illegal '.'", false},
        {"(a .)", "1:5: illegal ')'", false},
        {"(a . )", "1:6: illegal ')'", false},
        {"(a b]", "1:5: illegal ']'", false},
        {"[a b)", "1:5: illegal ')'", false},
        {"#(a b]", "1:6: illegal ']'", false},
        {"#(a . b)", "1:5: illegal '.'", false},
        {"#M(a 1 . b)", "1:8: illegal '.'", false},
        {"x\n  )", "2:3: illegal ')'", false},
        {"]", "1:1: illegal ']'", false},
        {".", "1:1: illegal '.'", false},
        {"(.5)", "1:2: illegal '.'", false},
        {"(')", "1:3: illegal ')'", false},
        {"{a}", "1:1: illegal '{'", false},
        {"(a \x7f)", "1:4: illegal '\\x{7F}'", false},
        {"(a \xc2\x80)", "1:4: illegal '\\x{80}'", false},
        /* running out of input */
        {"(a", "1:1: unterminated list", true},
        {"(a\n  [b (c) d", "2:3: unterminated list", true},
        {"#(a", "1:1: unterminated tuple", true},
        {"#M(a", "1:1: unterminated map", true},
        {"#B(1", "1:1: unterminated binary", true},
        {"'", "1:1: missing form after quote", true},
        {"(a `", "1:4: missing form after backquote", true},
        {",@", "1:1: missing form after comma-at", true},
        {"\"abc", "1:1: unterminated string starting with \"abc\"", true},
        {"x \"ab\\", "1:3: unterminated string starting with \"ab\"", true},
        {"#\"abc", "1:1: unterminated binary string starting with \"abc\"", true},
        {"|abc", "1:1: unterminated quoted symbol", true},
        {"|ab\\", "1:1: unterminated quoted symbol", true},
        {"#|abc", "1:1: unterminated block comment", true},
        {"\"\"\"\n  abc\n", "1:1: unterminated triple-quoted string", true},
        {"#", "1:1: illegal token #", true},
        {"#\\", "1:1: illegal token #\\", true},
        {"#b", "1:1: illegal token #b", true},
        {"#M", "1:1: illegal token #M", true},
        {"#12", "1:1: illegal token #12", true},
        /* scanner errors */
        {"#| #| |# |#", "1:4: illegal nested block comment", false},
        {"#b102", "1:1: illegal characters in based number", false},
        {"#xfg", "1:1: illegal characters in based number", false},
        {"#x--1", "1:1: illegal characters in based number", false},
        {"#36r!", "1:1: illegal characters in based number", false},
        {"#x-", "1:1: bad format of based number", true},
        {"#x )", "1:1: bad format of based number", false},
        {"#37r1", "1:1: bad format of #r", false},
        {"#1r1", "1:1: bad format of #r", false},
        {"#99999999999999999999r1", "1:1: bad format of #r", false},
        {"#12x", "1:1: illegal token #12x", false},
        {"#q", "1:1: illegal token #q", false},
        {"#m x", "1:1: illegal token #m", false},
        {"#;a b", "1:1: illegal '#;'", false},
        {"#,a", "1:1: illegal '#,'", false},
        {"#,@a", "1:1: illegal '#,@'", false},
        {"#`a", "1:1: illegal '#`'", false},
        {"#'f ", "1:1: bad format of #'f", false},
        {"#'f/a ", "1:1: bad format of #'f/a", false},
        {"#'f/2/3 ", "1:1: bad format of #'f/2/3", false},
        {"#'f/ ", "1:1: bad format of #'f/", false},
        {"\"\"\"abc\n\"\"\"", "1:4: bad format of triple-quoted string", false},
        {"\"\"\"\n  a\n b\n  \"\"\"", "3:1: bad format of triple-quoted string",
         false},
        {"\"\"\"\n\ta\n\t\"\"\"", "1:1: unterminated triple-quoted string",
         true},
        {"\"\\x110000;\"", "1:2: illegal character code in string", false},
        {"#\\xd800;", "1:1: illegal character code", false},
        /* literal contents */
        {"#M(a)", "1:1: bad map", false},
        {"(x #M(a 1 b))", "1:4: bad map", false},
        {"#S(a 1)", "1:1: bad struct", false},
        {"#S()", "1:1: bad struct", false},
        {"#S(1 a 1)", "1:1: bad struct", false},
        {"#B(x)", "1:1: bad binary", false},
        {"#B(1.5)", "1:1: bad binary", false},
        {"#B(#\"abc\")", "1:1: bad binary", false},
        {"#B(())", "1:1: bad binary", false},
        {"#B(\"\")", "1:1: bad binary", false},
        {"#B((#\"ab\"))", "1:1: bad binary", false},
        {"#B((1.5 (size 8) float))", "1:1: bad binary", false},
        {"#B((1 binary))", "1:1: bad binary", false},
        {"#B((#B((1 (size 4))) binary))", "1:1: bad binary", false},
        {"#B((1114112 utf8))", "1:1: bad binary", false},
        {"#B((1 (size -1)))", "1:1: bad binary", false},
        {"#B((1 (unit 0) (size 3)))", "1:1: bad binary", false},
        {"#B((1 (unit 257) (size 1)))", "1:1: bad binary", false},
        {"#B((1 foo))", "1:1: bad binary", false},
        {"#B((#\"abcd\" binary (size 5)))", "1:1: bad binary", false},
        {"#B((1 (size 100000000000000000000)))", "1:1: bad binary", false},
        {"#B((1 (size 1000000000)))", "1:1: bad binary", false},
        {"(a #.(+ 1 2))", "1:4: read-time evaluation is not available", false},
        /* encoding */
        {"(a \xff)", "1:4: invalid UTF-8", false},
        {"\"ab\xc3\"", "1:4: invalid UTF-8", false},
        {"; \xed\xa0\x80 surrogate\n", "1:3: invalid UTF-8", false},
        {"\xce\xbb \xce\xbb )", "1:5: illegal ')'", false},
        /* columns count characters */
        {"\"\xce\xbb\xce\xbb\" )", "1:6: illegal ')'", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool incomplete = !cases[i].incomplete;
        const char *got = read_err(cases[i].in, &incomplete);
        ck_assert_msg(!strcmp(got, cases[i].err), "<%s>: got <%s>, want <%s>",
                      cases[i].in, got, cases[i].err);
        ck_assert_msg(incomplete == cases[i].incomplete, "<%s>: incomplete %d",
                      cases[i].in, incomplete);
    }
}
END_TEST

START_TEST(long_symbols)
{
    char buf[400];
    memset(buf, 'a', 255);
    buf[255] = 0;
    ck_assert(term_is_atom(read1(buf)));
    memset(buf, 'a', 256);
    buf[256] = 0;
    ck_assert_str_eq(read_err(buf, NULL),
                     "1:1: illegal symbol: more than 255 characters");
}
END_TEST

/* ---- read-time evaluation -------------------------------------------- */

/* A stand-in evaluator: (+ a b) adds, (fail) fails, else the form. */
static Term fake_eval(void *ctx, Term form, ReadError *err)
{
    (*(int *)ctx)++;
    if (term_is_cons(form) && CAR(form) == A("+"))
        return make_small(small_val(CAR(CDR(form))) +
                          small_val(CAR(CDR(CDR(form)))));
    if (term_is_cons(form) && CAR(form) == A("fail")) {
        snprintf(err->message, sizeof err->message, "eval failed");
        return NONE;
    }
    if (term_is_cons(form) && CAR(form) == A("binary"))
        return binary_from_bytes((const uint8_t *)"ev", 2);
    return form;
}

START_TEST(read_eval)
{
    int calls = 0;
    const char *src = "(a #.(+ 40 2) '#.(+ 1 #.(+ 2 3)) #.x #B((+ 1 2)))";
    Reader *r = reader_new("e", (const uint8_t *)src, strlen(src), NULL);
    reader_set_eval(r, fake_eval, &calls);
    Term t;
    ReadError err;
    ck_assert_int_eq(reader_next(r, &t, &err), 1);
    ck_assert_str_eq(show(t), "(a 42 (quote 6) x #B(101 118))");
    ck_assert_int_eq(calls, 5);
    src = "(ok\n #.(fail))";
    r = reader_new("e", (const uint8_t *)src, strlen(src), NULL);
    reader_set_eval(r, fake_eval, &calls);
    ck_assert_int_eq(reader_next(r, &t, &err), -1);
    ck_assert_uint_eq(err.line, 2);
    ck_assert_uint_eq(err.col, 2);
    ck_assert_str_eq(err.message, "eval failed");
}
END_TEST

/* ---- positions ----------------------------------------------------------- */

static SrcPos pos_of(SrcMap *m, Term t)
{
    SrcPos p = {0, 0};
    ck_assert_msg(srcmap_get(m, t, &p), "no position for %s", show(t));
    return p;
}

#define ASSERT_POS(m, t, l, c)                                   \
    do {                                                         \
        SrcPos p_ = pos_of(m, t);                                \
        ck_assert_msg(p_.line == (l) && p_.col == (c),           \
                      "%s at %u:%u, want %u:%u", show(t), p_.line, \
                      p_.col, (unsigned)(l), (unsigned)(c));     \
    } while (0)

START_TEST(positions)
{
    SrcMap *m = srcmap_new("p.lfe");
    ck_assert_str_eq(srcmap_file(m), "p.lfe");
    Term f[4];
    ReadError err;
    const char *src = "(defun f (x)\n"
                      "  \xce\xbb (g 'x \"s\" #(1 2.5) #B(1)))\n"
                      "\t[a . b]";
    ck_assert_int_eq(read_all(src, f, 4, &err, m), 2);
    Term d = f[0];
    ASSERT_POS(m, d, 1, 1);          /* the list: its '(' */
    ASSERT_POS(m, CDR(d), 1, 8);     /* the cell holding f */
    Term args = CAR(CDR(CDR(d)));
    ASSERT_POS(m, args, 1, 10);
    ASSERT_POS(m, CDR(CDR(d)), 1, 10);
    Term rest = CDR(CDR(CDR(d)));
    ASSERT_POS(m, rest, 2, 3);       /* the cell holding the lambda symbol */
    Term call = CAR(CDR(rest));
    ASSERT_POS(m, call, 2, 5);       /* columns count characters */
    Term q = CAR(CDR(call));
    ASSERT_POS(m, q, 2, 8);          /* (quote x) at the ' */
    ASSERT_POS(m, CDR(q), 2, 9);
    Term s = CAR(CDR(CDR(call)));
    ASSERT_POS(m, s, 2, 11);         /* a string's first cell */
    Term tup = CAR(CDR(CDR(CDR(call))));
    ASSERT_POS(m, tup, 2, 15);
    ASSERT_POS(m, tuple_elems(tup)[1], 2, 19); /* the float box */
    ASSERT_POS(m, CAR(CDR(CDR(CDR(CDR(call))))), 2, 24);
    ASSERT_POS(m, f[1], 3, 2);       /* a tab is one character */
    SrcPos p;
    ck_assert(!srcmap_get(m, make_cons(NIL, NIL), &p));
    ck_assert(!srcmap_get(m, A("x"), &p));
}
END_TEST

START_TEST(srcmap_million_entries)
{
    SrcMap *m = srcmap_new("big");
    enum { N = 1200000 };
    Term *cells = gc_alloc(N * sizeof *cells);
    for (uint32_t i = 0; i < N; i++) {
        cells[i] = make_cons(make_small(i), NIL);
        srcmap_put(m, cells[i], (SrcPos){i + 1, i % 80 + 1});
    }
    srcmap_put(m, cells[7], (SrcPos){99, 98}); /* overwrite */
    gc_collect();
    for (uint32_t i = 0; i < N; i++) {
        SrcPos p;
        ck_assert(srcmap_get(m, cells[i], &p));
        if (i == 7)
            ck_assert(p.line == 99 && p.col == 98);
        else
            ck_assert(p.line == i + 1 && p.col == i % 80 + 1);
    }
}
END_TEST

/* The map keeps its keys alive: objects recorded and then dropped by the
 * program are not collected while the map lives, so their addresses are
 * never reused for other objects. */
START_TEST(srcmap_keys_are_roots)
{
    SrcMap *m = srcmap_new("k");
    const char *src = "(a b c) (d e f)";
    Reader *r = reader_new("k", (const uint8_t *)src, strlen(src), m);
    Term t;
    ReadError err;
    ck_assert_int_eq(reader_next(r, &t, &err), 1);
    uintptr_t addr = (uintptr_t)t ^ 0x5555; /* hidden from the collector */
    t = NIL;
    for (int i = 0; i < 3; i++) {
        gc_collect();
        for (int k = 0; k < 10000; k++)
            (void)make_cons(NIL, NIL);
    }
    Term again = (Term)(addr ^ 0x5555);
    ck_assert(srcmap_get(m, again, NULL));
    ck_assert(CAR(again) == A("a"));
    ck_assert_str_eq(show(again), "(a b c)");
}
END_TEST

/* ---- depth --------------------------------------------------------------- */

START_TEST(deep_nesting)
{
    enum { D = 1000000 };
    char *src = gc_alloc_atomic(2 * D + 2);
    memset(src, '(', D);
    memset(src + D, ')', D);
    src[2 * D] = 0;
    Term t = read1(src);
    int depth = 0;
    while (term_is_nil(t) == false) {
        ck_assert(term_is_cons(t) && term_is_nil(CDR(t)));
        t = CAR(t);
        depth++;
    }
    ck_assert_int_eq(depth, D - 1);
    /* unclosed: a clean error at the innermost '(' */
    src[D] = 0;
    bool incomplete;
    ck_assert_str_eq(read_err(src, &incomplete), "1:1000000: unterminated list");
    ck_assert(incomplete);
    /* a million quotes */
    memset(src, '\'', D);
    src[D] = 'x';
    src[D + 1] = 0;
    t = read1(src);
    for (int i = 0; i < D; i++) {
        ck_assert(CAR(t) == ATOM_quote);
        t = CAR(CDR(t));
    }
    ck_assert(t == A("x"));
}
END_TEST

START_TEST(error_format)
{
    ReadError e = {"src/foo.lfe", 12, 7, "illegal ')'"};
    StrBuf b;
    strbuf_init(&b);
    read_error_format(&e, &b);
    ck_assert_str_eq(b.data, "src/foo.lfe:12:7: illegal ')'");
}
END_TEST

Suite *read_suite(void)
{
    Suite *s = suite_create("read");
    TCase *tc = tcase_create("literals");
    tcase_add_test(tc, integers);
    tcase_add_test(tc, big_integers);
    tcase_add_test(tc, floats);
    tcase_add_test(tc, characters);
    tcase_add_test(tc, strings);
    tcase_add_test(tc, triple_quoted_strings);
    tcase_add_test(tc, symbols);
    tcase_add_test(tc, lists_and_tuples);
    tcase_add_test(tc, quote_forms);
    tcase_add_test(tc, comments);
    tcase_add_test(tc, binaries);
    tcase_add_test(tc, big_binary_segments);
    tcase_add_test(tc, maps_and_structs);
    tcase_add_test(tc, several_forms_and_end);
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_test(tc, errors);
    tcase_add_test(tc, long_symbols);
    tcase_add_test(tc, error_format);
    suite_add_tcase(s, tc);
    tc = tcase_create("eval");
    tcase_add_test(tc, read_eval);
    suite_add_tcase(s, tc);
    tc = tcase_create("positions");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, positions);
    tcase_add_test(tc, srcmap_million_entries);
    tcase_add_test(tc, srcmap_keys_are_roots);
    tcase_add_test(tc, deep_nesting);
    suite_add_tcase(s, tc);
    return s;
}

/* check_bif_io.c - the output BIFs of io, io_lib and lfe_io (bif_io.c).
 *
 * The output tests redirect fd 1 (and 2) to a temporary file inside the
 * forked test and compare the bytes; the value rows call each BIF on
 * arguments read with the LFE reader.  Every expected byte and value
 * comes from the reference: erl -noshell (OTP 25) for io, LFE 2.2.1
 * (lfe -e) for lfe_io and for the rows, whose expected values are the
 * flattened results printed by lfe_io (strings as "...", other terms as
 * lfe_io:print writes them, exceptions as #(EXC Class Reason)).
 */
#include "bif_rows.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/bif.h"
#include "../../runtime/compare.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* mod:name applied to the elements of the list args (LFE text); an
 * exception comes back as #(EXC Class Reason). */
static Term call(const char *mod, const char *name, const char *args)
{
    Term argv[8];
    uint32_t n = 0;
    for (Term l = rows_read(args); term_is_cons(l); l = CDR(l))
        argv[n++] = CAR(l);
    const BifInfo *b = rows_find_bif(mod, name, n);
    ck_assert_msg(b != NULL, "no BIF %s:%s/%u", mod, name, n);
    Process *p = rows_new_process();
    Term r = b->fn(p, argv);
    if (r == NONE)
        return make_tuple3(A("EXC"), p->exc_class, p->exc_reason);
    return r;
}

static const char *show(Term t)
{
    StrBuf s;
    strbuf_init(&s);
    PrintOpts o = print_default_opts();
    print_lfe_write(&s, t, &o);
    return s.data;
}

/* ---- capturing standard output and error ----------------------------- */

typedef struct Capture {
    char path[32];
    int fd, saved1, saved2;
} Capture;

/* Send fd 1 (and fd 2 too when both) to a fresh temporary file. */
static void capture_start(Capture *c, bool both)
{
    strcpy(c->path, "/tmp/check_bif_io_XXXXXX");
    c->fd = mkstemp(c->path);
    ck_assert_int_ge(c->fd, 0);
    fflush(stdout);
    fflush(stderr);
    c->saved1 = dup(1);
    c->saved2 = both ? dup(2) : -1;
    dup2(c->fd, 1);
    if (both)
        dup2(c->fd, 2);
}

/* Restore the descriptors; the bytes written, NUL-terminated, in *len. */
static char *capture_end(Capture *c, size_t *len)
{
    fflush(stdout);
    fflush(stderr);
    dup2(c->saved1, 1);
    close(c->saved1);
    if (c->saved2 >= 0) {
        dup2(c->saved2, 2);
        close(c->saved2);
    }
    off_t n = lseek(c->fd, 0, SEEK_END);
    ck_assert_int_ge(n, 0);
    char *buf = malloc((size_t)n + 1);
    ck_assert(pread(c->fd, buf, (size_t)n, 0) == n);
    buf[n] = 0;
    close(c->fd);
    unlink(c->path);
    *len = (size_t)n;
    return buf;
}

/* Bytes as C escapes, for messages. */
static const char *escaped(const char *s, size_t n)
{
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 32 && c < 127)
            strbuf_putc(&b, (char)c);
        else
            strbuf_printf(&b, "\\%03o", c);
    }
    return b.data ? b.data : "";
}

static void assert_bytes(const char *got, size_t n, const char *want)
{
    size_t wn = strlen(want);
    ck_assert_msg(n == wn && memcmp(got, want, n) == 0,
                  "output differs:\n got: %s\nwant: %s", escaped(got, n),
                  escaped(want, wn));
}

static void ok(const char *mod, const char *name, const char *args)
{
    Term r = call(mod, name, args);
    ck_assert_msg(r == A("ok"), "%s:%s%s gave %s", mod, name, args, show(r));
}

/* ---- output ------------------------------------------------------------ */

START_TEST(io_output_is_latin1)
{
    /* erl -noshell -eval with the same calls (the atom is list_to_atom([955])) */
    Capture c;
    capture_start(&c, false);
    ok("elfe_io", "format", "(\"hello~n\")");
    ok("elfe_io", "format", "(\"~p ~w~n\" ((233 97) |\xce\xbb|))");
    ok("elfe_io", "format", "(\"~ts|~s|~p~n\" ((955 233) (233) (955)))");
    ok("elfe_io", "format", "(#\"~w~n\" (a))");
    ok("elfe_io", "format", "(a)");
    ok("elfe_io", "fwrite", "(user \"~s~n\" (\"u\"))");
    ok("elfe_io", "put_chars", "((955 233 10))");
    ok("elfe_io", "put_chars", "(#B(206 187 195 169 10))");
    ok("elfe_io", "put_chars", "(standard_io (#\"ab\" \"c\" . #\"d\n\"))");
    ok("elfe_io", "nl", "()");
    ok("elfe_io", "write", "(#(a \"b\" |\xce\xbb|))");
    ok("elfe_io", "nl", "(standard_io)");
    ok("elfe_io", "format", "(\"~tp ~lp~n\" ((955) \"ab\"))");
    ok("elfe_io", "put_chars", "((128 160 255 10))");
    ok("elfe_io", "fwrite", "(\"~s\" (()))");
    size_t n;
    char *out = capture_end(&c, &n);
    assert_bytes(out, n,
        "hello\n"
        "\042\351a\042 '\134x{3BB}'\n"
        "\134x{3BB}\351|\351|[955]\n"
        "a\n"
        "au\n"
        "\134x{3BB}\351\n"
        "\134x{3BB}\351\n"
        "abcd\n"
        "\n"
        "{a,[98],'\134x{3BB}'}\n"
        "[955] [97,98]\n"
        "\200\240\377\n");
    free(out);
}
END_TEST

START_TEST(lfe_io_output)
{
    /* lfe -e with the same calls: print and format write latin-1,
     * prettyprint writes its UTF-8 bytes as they are (the direct
     * writers, elfe_lfe_io, that lfe_io's functions use when the device
     * ends at user) */
    Capture c;
    capture_start(&c, false);
    ok("elfe_lfe_io", "print", "((1 \"ab\" #B(1 2) #(a 2.5)))");
    ok("elfe_io", "nl", "()");
    ok("elfe_lfe_io", "prettyprint", "((quote x))");
    ok("elfe_io", "nl", "()");
    ok("elfe_lfe_io", "prettyprint", "((955 233))");
    ok("elfe_io", "nl", "()");
    ok("elfe_lfe_io", "print", "((955 233))");
    ok("elfe_lfe_io", "prettyprint", "((233 97))");
    ok("elfe_lfe_io", "print", "(|a b|)");
    ok("elfe_lfe_io", "format", "(\"~p ~w~n\" ((955) (955)))");
    ok("elfe_lfe_io", "format", "(standard_io \"~p~n\" (#B(195 169)))");
    ok("elfe_lfe_io", "fwrite", "(\"~s|~p~n\" ((233 955) (233)))");
    ok("elfe_lfe_io", "prettyprint", "(user #(a (233)))");
    ok("elfe_lfe_io", "print", "(user (128 160 255))");
    ok("elfe_lfe_io", "fwrite", "(user \"~s~n\" ((128 160 255)))");
    size_t n;
    char *out = capture_end(&c, &n);
    assert_bytes(out, n,
        "(1 (97 98) #B(1 2) #(a 2.5))\n"
        "'x\n"
        "\042\316\273\303\251\042\n"
        "(955 233)\042\303\251a\042|a b|\042\134x{3BB}\042 (955)\n"
        "#\042\351\042\n"
        "\351\134x{3BB}|\042\351\042\n"
        "#(a \042\303\251\042)(128 160 255)\200\240\377\n");
    free(out);
}
END_TEST

START_TEST(stderr_keeps_order)
{
    /* erl and lfe with 2>&1: stdout is flushed before stderr is written */
    Capture c;
    capture_start(&c, true);
    ok("elfe_io", "format", "(\"a\")");
    ok("elfe_io", "format", "(standard_error \"b~n\" ())");
    ok("elfe_io", "put_chars", "(\"c\")");
    ok("elfe_io", "format", "(standard_error \"~ts~n\" ((955 233)))");
    ok("elfe_io", "nl", "(user)");
    ok("elfe_io", "format", "(\"a\")");
    ok("elfe_lfe_io", "format", "(standard_error \"~s~n\" ((955 233)))");
    ok("elfe_lfe_io", "prettyprint", "(standard_error (955))");
    ok("elfe_lfe_io", "print", "(standard_error (955))");
    size_t n;
    char *out = capture_end(&c, &n);
    assert_bytes(out, n,
                 "ab\nc\\x{3BB}\351\n\n"
                 "a\\x{3BB}\351\n\"\316\273\"(955)");
    free(out);
}
END_TEST

typedef struct ErrRow {
    const char *mod, *name, *args, *expect;
} ErrRow;

/* Calls that fail: the exception (from erl / lfe), and nothing written. */
static const ErrRow err_rows[] = {
    {"elfe_io", "format", "(\"~d\" (a))", "#(EXC error badarg)"},
    {"elfe_io", "format", "(\"~w\" ())", "#(EXC error badarg)"},
    {"elfe_io", "format", "(\"x\" a)", "#(EXC error badarg)"},
    {"elfe_io", "format", "((1 . 2) ())", "#(EXC error badarg)"},
    {"elfe_io", "format", "(foo \"~w\" (a))", "#(EXC error badarg)"},
    {"elfe_io", "format", "(1 \"x\" ())", "#(EXC error function_clause)"},
    {"elfe_io", "format", "(1 \"~d\" ())", "#(EXC error function_clause)"},
    {"elfe_io", "fwrite", "(standard_error \"~d\" (a))", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "(a)", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "(#B(255))", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "((-1))", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "((1 . 2))", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "((a))", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "(#B((1 (size 1))))", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "(foo \"x\")", "#(EXC error badarg)"},
    {"elfe_io", "put_chars", "(#(a) \"x\")", "#(EXC error function_clause)"},
    {"elfe_io", "nl", "(foo)", "#(EXC error badarg)"},
    {"elfe_io", "write", "(foo x)", "#(EXC error badarg)"},
    {"elfe_lfe_io", "format", "(\"~d\" (1))", "#(EXC error badarg)"},
    {"elfe_lfe_io", "format", "(\"~w\" a)", "#(EXC error badarg)"},
    {"elfe_lfe_io", "format", "(foo \"~w\" (1))", "#(EXC error badarg)"},
    /* lfe_io formats before it looks at the device */
    {"elfe_lfe_io", "format", "(1 \"~d\" (1))", "#(EXC error badarg)"},
    {"elfe_lfe_io", "print", "(foo x)", "#(EXC error badarg)"},
    /* prettyprint is file:write: a bad device is a result */
    {"elfe_lfe_io", "prettyprint", "(foo x)", "#(error arguments)"},
    {"elfe_lfe_io", "prettyprint", "(1 x)", "#(error badarg)"},
};

START_TEST(errors_write_nothing)
{
    const ErrRow *r = &err_rows[_i];
    Capture c;
    capture_start(&c, true);
    Term got = call(r->mod, r->name, r->args);
    size_t n;
    char *out = capture_end(&c, &n);
    ck_assert_msg(term_exact_equal(got, rows_read(r->expect)), "%s:%s%s gave %s, want %s",
                  r->mod, r->name, r->args, show(got), r->expect);
    ck_assert_msg(n == 0, "%s:%s%s wrote %zu bytes", r->mod, r->name, r->args, n);
    free(out);
}
END_TEST

/* ---- values ------------------------------------------------------------ */

typedef struct ValRow {
    const char *mod, *name, *args, *expect;
} ValRow;

static const ValRow val_rows[] = {
    {"io_lib", "format", "(\"~p ~w ~s~n\" (#(a \"bc\") (1 2) \"x\"))",
     "\"{a,\\\"bc\\\"} [1,2] x\\n\""},
    {"io_lib", "fwrite", "(\"~5.2f|~-6s|~c\" (3.14159 \"ab\" 65))",
     "\" 3.14|ab    |A\""},
    {"io_lib", "format", "(#\"bin ~a\" (atom))",
     "#(EXC error badarg)"},
    {"io_lib", "format", "(atom_format ())",
     "\"atom_format\""},
    {"io_lib", "format", "(\"~ts\" ((955 233)))",
     "(955 233)"},
    {"io_lib", "format", "(\"~lp\" ((104 105)))",
     "\"[104,105]\""},
    {"io_lib", "format", "(\"~d\" (a))",
     "#(EXC error badarg)"},
    {"io_lib", "format", "(\"~s\" ((955)))",
     "#(EXC error badarg)"},
    {"io_lib", "format", "(\"~w\" ())",
     "#(EXC error badarg)"},
    {"io_lib", "format", "(\"x\" a)",
     "#(EXC error badarg)"},
    {"io_lib", "write", "(#(a \"b\" #B(1 2) 2.5 (1 . 2)))",
     "\"{a,[98],<<1,2>>,2.5,[1|2]}\""},
    {"io_lib", "write", "(|hello world|)",
     "\"'hello world'\""},
    {"io_lib", "write", "((955))",
     "\"[955]\""},
    {"io_lib", "write", "(#(a (1 2 3 4 5)) 3)",
     "\"{a,[...]}\""},
    {"io_lib", "write", "(#(a (1 2 3 4 5)) (#(depth 3)))",
     "\"{a,[...]}\""},
    {"io_lib", "write", "(#(a (1 2 3 4 5)) 0)",
     "\"...\""},
    {"io_lib", "write", "(x 0)",
     "\"...\""},
    {"io_lib", "write", "((1 2) (#(chars_limit 0)))",
     "\"...\""},
    {"io_lib", "write", "(a x)",
     "\"a\""},
    {"io_lib", "write", "(a (x))",
     "\"a\""},
    {"io_lib", "write", "((1 2) x)",
     "#(EXC error badarith)"},
    {"io_lib", "write", "(() x)",
     "\"[]\""},
    {"io_lib", "write", "(#B(1 2) x)",
     "#(EXC error function_clause)"},
    {"io_lib", "write", "(#(a b) (#(encoding latin1) #(depth 2)))",
     "\"{a,...}\""},
    {"io_lib", "write", "(#(a b c) (#(depth 2) . x))",
     "#(EXC error badarg)"},
    {"io_lib", "print", "(#(a \"bc\" #B(104 105)))",
     "\"{a,\\\"bc\\\",<<\\\"hi\\\">>}\""},
    {"io_lib", "print", "((aaaaaaaaaa bbbbbbbbbbbb cccccccccccc dddddddddddd eeeeeeeeeee fffffffffff ggggggggg hhhhhhhhh))",
     "\"[aaaaaaaaaa,bbbbbbbbbbbb,cccccccccccc,dddddddddddd,eeeeeeeeeee,fffffffffff,\\n ggggggggg,hhhhhhhhh]\""},
    {"io_lib", "print", "(#(aaaa bbbb (cccc dddd)) 30 20 3)",
     "\"{aaaa,\\n                              bbbb,...}\""},
    {"io_lib", "print", "(#(aaaa bbbb (cccc dddd)) 1 10 -1)",
     "\"{aaaa,\\n    bbbb,\\n    [cccc,\\n     dddd]}\""},
    {"io_lib", "print", "(#(aaaa bbbb (cccc dddd)) 30 0 -1)",
     "\"{aaaa,bbbb,[cccc,dddd]}\""},
    {"io_lib", "print", "(\"abc\" 1 80 1)",
     "\"[...]\""},
    {"io_lib", "print", "(#\"abc\" 1 80 2)",
     "\"<<\\\"abc\\\">>\""},
    {"io_lib", "print", "(x a 80 -1)",
     "\"x\""},
    {"io_lib", "print", "((a b) a 80 -1)",
     "#(EXC error badarith)"},
    {"io_lib", "print", "((a b) 1 80 a)",
     "#(EXC error badarith)"},
    {"io_lib", "write_atom", "(|hello world|)",
     "\"'hello world'\""},
    {"io_lib", "write_atom", "(abc)",
     "\"abc\""},
    {"io_lib", "write_atom", "(\"x\")",
     "#(EXC error badarg)"},
    {"io_lib", "write_string", "((104 34 10 233 92 7 0 127 27 159 160))",
     "(34 104 92 34 92 110 233 92 92 92 48 48 55 92 48 48 48 92 100 92 101 92 50 51 55 160 34)"},
    {"io_lib", "write_string", "((a 65.0 200.0 -1 1152921504606846976))",
     "(34 a 65.0 200.0 92 47 55 55 1152921504606846976 34)"},
    {"io_lib", "write_string", "((10.0))",
     "#(EXC error badarith)"},
    {"io_lib", "write_string", "(a)",
     "#(EXC error function_clause)"},
    {"io_lib", "write_string", "((97 . 98))",
     "#(EXC error function_clause)"},
    {"io_lib", "write_string", "(#\"ab\")",
     "#(EXC error function_clause)"},
    {"io_lib", "write_string", "(\"it's\" 39)",
     "\"'it\\\\'s'\""},
    {"io_lib", "write_string", "(\"ab\" x)",
     "(x 97 98 x)"},
    {"io_lib", "nl", "()",
     "\"\\n\""},
    {"io_lib", "char_list", "(())",
     "true"},
    {"io_lib", "char_list", "(\"ab\")",
     "true"},
    {"io_lib", "char_list", "((955 1114111))",
     "true"},
    {"io_lib", "char_list", "((\"ab\"))",
     "false"},
    {"io_lib", "char_list", "((-1))",
     "false"},
    {"io_lib", "char_list", "((1 . 2))",
     "false"},
    {"io_lib", "char_list", "(a)",
     "false"},
    {"io_lib", "char_list", "((1114112))",
     "false"},
    {"io_lib", "char_list", "((55296))",
     "false"},
    {"io_lib", "char_list", "((65534))",
     "false"},
    {"io_lib", "char_list", "(#\"a\")",
     "false"},
    {"io_lib", "deep_char_list", "(((\"ab\") \"c\" () ((((100))))))",
     "true"},
    {"io_lib", "deep_char_list", "((#\"a\"))",
     "false"},
    {"io_lib", "deep_char_list", "(((1 . 2)))",
     "false"},
    {"io_lib", "deep_char_list", "((955))",
     "true"},
    {"io_lib", "deep_char_list", "(((-1)))",
     "false"},
    {"io_lib", "printable_list", "(())",
     "true"},
    {"io_lib", "printable_list", "((7 8 9 10 11 12 13 27))",
     "false"},
    {"io_lib", "printable_list", "((233 255 160))",
     "true"},
    {"io_lib", "printable_list", "((955))",
     "false"},
    {"io_lib", "printable_list", "((0))",
     "false"},
    {"io_lib", "printable_list", "((127))",
     "false"},
    {"io_lib", "printable_list", "((159))",
     "false"},
    {"io_lib", "printable_list", "((97 . 98))",
     "false"},
    {"io_lib", "printable_list", "(a)",
     "false"},
    {"io_lib", "printable_latin1_list", "((233 97))",
     "true"},
    {"io_lib", "printable_latin1_list", "((256))",
     "false"},
    {"io_lib", "printable_unicode_list", "((955 233 97))",
     "true"},
    {"io_lib", "printable_unicode_list", "((55296))",
     "false"},
    {"io_lib", "printable_unicode_list", "((65533 1114111 8232))",
     "true"},
    {"io_lib", "printable_unicode_list", "((65534))",
     "false"},
    {"io_lib", "printable_unicode_list", "((1114112))",
     "false"},
    {"io_lib", "printable_unicode_list", "((7))",
     "false"},
    {"io_lib", "printable_unicode_list", "((6))",
     "false"},
    {"lfe_io", "print1", "((a \"bc\" #(1 2.5) #B(1 2) #\"hi\" |A b|))",
     "\"(a (98 99) #(1 2.5) #B(1 2) #B(104 105) |A b|)\""},
    {"lfe_io", "print1", "((a b c d) 2)",
     "\"(a ...)\""},
    {"lfe_io", "print1", "((a b c d) x)",
     "#(EXC error badarith)"},
    {"lfe_io", "print1", "(() x)",
     "#(EXC error badarith)"},
    {"lfe_io", "print1", "(#() x)",
     "\"#()\""},
    {"lfe_io", "print1", "(abc x)",
     "\"abc\""},
    {"lfe_io", "print1", "((quote x))",
     "\"(quote x)\""},
    {"lfe_io", "prettyprint1", "((quote x))",
     "\"'x\""},
    {"lfe_io", "prettyprint1", "((defun f (x) (let ((y (+ x 1))) (list y y y y y y y y y y y y y y y y y y y y y y))))",
     "\"(defun f (x)\\n  (let ((y (+ x 1))) (list y y y y y y y y y y y y y y y y y y y y y y)))\""},
    {"lfe_io", "prettyprint1", "((a b c d e f g) 3 2 5)",
     "\"(a\\n   b\\n   c ...)\""},
    {"lfe_io", "prettyprint1", "(\"abc\" 2)",
     "\"\\\"abc\\\"\""},
    {"lfe_io", "prettyprint1", "((aaaaaaaaaa bbbbbbbbbbbb cccccccccccc dddddddddddd eeeeeeeeeee fffffffffff ggggggggg) -1 20)",
     "\"(aaaaaaaaaa bbbbbbbbbbbb cccccccccccc\\n                     dddddddddddd eeeeeeeeeee fffffffffff ggggggggg)\""},
    {"lfe_io", "prettyprint1", "((aaaaaaaaaa bbbbbbbbbbbb cccccccccccc dddddddddddd eeeeeeeeeee fffffffffff ggggggggg) -1 0 40)",
     "\"(aaaaaaaaaa bbbbbbbbbbbb\\n cccccccccccc dddddddddddd\\n eeeeeeeeeee fffffffffff\\n ggggggggg)\""},
    {"lfe_io", "prettyprint1", "((a b c d e f g) x 2 5)",
     "#(EXC error badarith)"},
    {"lfe_io", "prettyprint1", "(x 1 2 3)",
     "\"x\""},
    {"lfe_io", "prettyprint1", "((955 233))",
     "(34 955 233 34)"},
    {"lfe_io", "format1", "(\"x~w ~p ~s~n\" (1 (a \"b\") \"cd\"))",
     "\"x1 (a \\\"b\\\") cd\\n\""},
    {"lfe_io", "fwrite1", "(\"~p\" ((955)))",
     "(34 955 34)"},
    {"lfe_io", "format1", "(\"~d\" (1))",
     "#(EXC error badarg)"},
    {"lfe_io", "format1", "(\"~w\" a)",
     "#(EXC error badarg)"},
    {"lfe_io", "format1", "(atom_fmt ())",
     "#(EXC error badarg)"},
};

START_TEST(values)
{
    const ValRow *r = &val_rows[_i];
    Term got = call(r->mod, r->name, r->args);
    ck_assert_msg(term_exact_equal(got, rows_read(r->expect)),
                  "%s:%s%s gave %s, want %s", r->mod, r->name, r->args,
                  show(got), r->expect);
}
END_TEST

START_TEST(unicode_atom_and_string_values)
{
    /* erl: io_lib:write(A), io_lib:write(A, [{encoding,unicode}]),
     * io_lib:write_atom(A), io_lib:format("~tp", [A]) for A = 'λ' */
    Term a = rows_read("|\xce\xbb|");
    Term args[2] = {a, NIL};
    Process *p = rows_new_process();
    ck_assert(term_exact_equal(rows_find_bif("io_lib", "write", 1)->fn(p, args),
                               rows_read("\"'\\\\x{3BB}'\"")));
    args[1] = rows_read("(#(encoding unicode))");
    ck_assert(term_exact_equal(rows_find_bif("io_lib", "write", 2)->fn(p, args),
                               rows_read("(39 955 39)")));
    ck_assert(term_exact_equal(rows_find_bif("io_lib", "write_atom", 1)->fn(p, args),
                               rows_read("(39 955 39)")));
    /* io_lib:write_string keeps characters from 160 up */
    args[0] = rows_read("(955 8232 65533)");
    ck_assert(term_exact_equal(rows_find_bif("io_lib", "write_string", 1)->fn(p, args),
                               rows_read("(34 955 8232 65533 34)")));
}
END_TEST

/* The arity-4 BIFs (left out of check_bif's exhaustive test): any
 * arguments give a value or an exception, never a crash or a hang. */
START_TEST(no_crash_arity_4)
{
    static const char *pool_text[] = {
        "a", "()", "0", "-1", "3", "1152921504606846976", "2.5",
        "\"12\"", "#B((1 (size 3)))", "#(a b)", "#M(a 1 b 2)", "(1 . 2)",
        "(aaaaaaaa (bbbbbbbbbb cccccccc) #(ddddddddd eeeeeeee) ffffffff)",
    };
    enum { NPOOL = sizeof pool_text / sizeof pool_text[0] };
    Term pool[NPOOL];
    for (int i = 0; i < NPOOL; i++)
        pool[i] = rows_read(pool_text[i]);
    const BifInfo *bifs[2] = {rows_find_bif("io_lib", "print", 4),
                              rows_find_bif("lfe_io", "prettyprint1", 4)};
    for (int k = 0; k < 2; k++) {
        ck_assert(bifs[k] != NULL);
        for (size_t c = 0; c < NPOOL * NPOOL * NPOOL * NPOOL; c++) {
            Term args[4];
            size_t x = c;
            for (int i = 0; i < 4; i++, x /= NPOOL)
                args[i] = pool[x % NPOOL];
            Process *p = rows_new_process();
            Term r = bifs[k]->fn(p, args);
            if (r == NONE)
                ck_assert(p->exc_class == A("error"));
            else
                ck_assert(list_length(r) >= 0);
        }
    }
}
END_TEST

Suite *bif_io_suite(void)
{
    Suite *s = suite_create("bif_io");
    TCase *tc = tcase_create("output");
    tcase_add_test(tc, io_output_is_latin1);
    tcase_add_test(tc, lfe_io_output);
    tcase_add_test(tc, stderr_keeps_order);
    tcase_add_loop_test(tc, errors_write_nothing, 0,
                        sizeof err_rows / sizeof err_rows[0]);
    suite_add_tcase(s, tc);
    tc = tcase_create("values");
    tcase_add_loop_test(tc, values, 0, sizeof val_rows / sizeof val_rows[0]);
    tcase_add_test(tc, unicode_atom_and_string_values);
    tcase_add_test(tc, no_crash_arity_4);
    suite_add_tcase(s, tc);
    return s;
}

/* check_print_erl.c - the Erlang-syntax printer against OTP 25's io_lib.
 *
 * Hand-written cases come from erl (io_lib:format, io_lib:write,
 * io_lib_pretty:print).  data/print_erl_random.txt holds random terms
 * drawn by an Erlang generator, each as its external term format (hex)
 * with the mode (~w, ~p, ~tw, ~tp), depth, column and line length, and the
 * exact text erl printed (UTF-8); a small ETF decoder below rebuilds the
 * terms, so the test does not depend on the LFE reader.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../reader/print.h"
#include "../../runtime/binary.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* ---- a minimal external term format decoder (test only) --------------- */

typedef struct Etf {
    const uint8_t *p, *end;
    bool bad;
} Etf;

static uint64_t etf_uint(Etf *e, int n)
{
    uint64_t v = 0;
    if (e->end - e->p < n) {
        e->bad = true;
        return 0;
    }
    for (int i = 0; i < n; i++)
        v = (v << 8) | *e->p++;
    return v;
}

static Term etf_term(Etf *e)
{
    if (e->bad || e->p >= e->end) {
        e->bad = true;
        return NIL;
    }
    uint8_t tag = *e->p++;
    switch (tag) {
    case 97: /* SMALL_INTEGER_EXT */
        return make_small((int64_t)etf_uint(e, 1));
    case 98: /* INTEGER_EXT */
        return make_small((int32_t)etf_uint(e, 4));
    case 110: { /* SMALL_BIG_EXT, only values that fit 64 bits */
        int n = (int)etf_uint(e, 1);
        int sign = (int)etf_uint(e, 1);
        uint64_t v = 0;
        for (int i = 0; i < n; i++)
            v |= etf_uint(e, 1) << (8 * i);
        return make_int64(sign ? -(int64_t)v : (int64_t)v);
    }
    case 70: { /* NEW_FLOAT_EXT */
        uint64_t bits = etf_uint(e, 8);
        double d;
        memcpy(&d, &bits, sizeof d);
        return make_float(d);
    }
    case 118:   /* ATOM_UTF8_EXT */
    case 119: { /* SMALL_ATOM_UTF8_EXT */
        size_t n = (size_t)etf_uint(e, tag == 118 ? 2 : 1);
        if ((size_t)(e->end - e->p) < n) {
            e->bad = true;
            return NIL;
        }
        Term a = atom_intern((const char *)e->p, n);
        e->p += n;
        return a;
    }
    case 104:   /* SMALL_TUPLE_EXT */
    case 105: { /* LARGE_TUPLE_EXT */
        uint32_t n = (uint32_t)etf_uint(e, tag == 104 ? 1 : 4);
        Term t = make_tuple(n);
        for (uint32_t i = 0; i < n; i++)
            tuple_elems(t)[i] = etf_term(e);
        return t;
    }
    case 106:
        return NIL;
    case 107: { /* STRING_EXT */
        size_t n = (size_t)etf_uint(e, 2);
        if ((size_t)(e->end - e->p) < n) {
            e->bad = true;
            return NIL;
        }
        Term l = list_from_bytes(e->p, n);
        e->p += n;
        return l;
    }
    case 108: { /* LIST_EXT */
        uint32_t n = (uint32_t)etf_uint(e, 4);
        Term *xs = gc_alloc((n + 1) * sizeof(Term));
        for (uint32_t i = 0; i < n; i++)
            xs[i] = etf_term(e);
        Term tail = etf_term(e);
        for (uint32_t i = n; i > 0; i--)
            tail = make_cons(xs[i - 1], tail);
        return tail;
    }
    case 109: { /* BINARY_EXT */
        size_t n = (size_t)etf_uint(e, 4);
        if ((size_t)(e->end - e->p) < n) {
            e->bad = true;
            return NIL;
        }
        Term b = binary_from_bytes(e->p, n);
        e->p += n;
        return b;
    }
    case 77: { /* BIT_BINARY_EXT */
        size_t n = (size_t)etf_uint(e, 4);
        unsigned bits = (unsigned)etf_uint(e, 1);
        if ((size_t)(e->end - e->p) < n || n == 0) {
            e->bad = true;
            return NIL;
        }
        Term b = binary_from_bits(e->p, (uint64_t)(n - 1) * 8 + bits);
        e->p += n;
        return b;
    }
    case 116: { /* MAP_EXT */
        uint32_t n = (uint32_t)etf_uint(e, 4);
        Term *ks = gc_alloc((n + 1) * sizeof(Term));
        Term *vs = gc_alloc((n + 1) * sizeof(Term));
        for (uint32_t i = 0; i < n; i++) {
            ks[i] = etf_term(e);
            vs[i] = etf_term(e);
        }
        return map_from_pairs(ks, vs, n);
    }
    default:
        e->bad = true;
        return NIL;
    }
}

static Term from_hex(const char *hex)
{
    size_t n = strlen(hex) / 2;
    uint8_t *buf = gc_alloc_atomic(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        buf[i] = (uint8_t)v;
    }
    Etf e = {buf + 1, buf + n, n == 0 || buf[0] != 131};
    Term t = etf_term(&e);
    ck_assert_msg(!e.bad, "bad ETF %s", hex);
    return t;
}

/* ---- helpers --------------------------------------------------------- */

static const char *show(const char *mode, Term t, int depth, int col, int ll)
{
    static StrBuf b;
    strbuf_init(&b);
    PrintOpts o = print_default_opts();
    o.depth = depth;
    o.column = col;
    o.line_length = ll;
    o.unicode = mode[0] == 't';
    if (mode[strlen(mode) - 1] == 'w')
        print_erl_write(&b, t, &o);
    else
        print_erl_pretty(&b, t, &o);
    return b.data;
}

static Term list_of_ints(int from, int to)
{
    Term l = NIL;
    for (int i = to; i >= from; i--)
        l = make_cons(make_small(i), l);
    return l;
}

/* ---- hand-written cases ------------------------------------------------ */

START_TEST(atoms_quoted_as_erlang)
{
    static const struct {
        const char *name, *w, *tw;
    } cases[] = {
        {"a", "a", "a"},
        {"Foo", "'Foo'", "'Foo'"},
        {"hello world", "'hello world'", "'hello world'"},
        {"it's", "'it\\'s'", "'it\\'s'"},
        {"", "''", "''"},
        {"end", "'end'", "'end'"},
        {"case", "'case'", "'case'"},
        {"maybe", "maybe", "maybe"},
        {"a@b_C1", "a@b_C1", "a@b_C1"},
        {"[]", "'[]'", "'[]'"},
        {"\xce\xbbx", "'\\x{3BB}x'", "'\xce\xbbx'"},
        {"\xc3\xa9x", "\xc3\xa9x", "\xc3\xa9x"},
        {"x\xc3\xb7", "'x\xc3\xb7'", "'x\xc3\xb7'"},
        {"with\nnl", "'with\\nnl'", "'with\\nnl'"},
        {"back\\", "'back\\\\'", "'back\\\\'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Term a = A(cases[i].name);
        ck_assert_str_eq(show("w", a, -1, 1, 80), cases[i].w);
        ck_assert_str_eq(show("tw", a, -1, 1, 80), cases[i].tw);
        ck_assert_str_eq(show("p", a, -1, 1, 80), cases[i].w);
    }
    StrBuf b;
    strbuf_init(&b);
    print_erl_atom(&b, A("it's"));
    ck_assert_str_eq(b.data, "'it\\'s'");
}
END_TEST

START_TEST(write_catalogue)
{
    Term hi = list_from_cstr("hi");
    ck_assert_str_eq(show("w", hi, -1, 1, 80), "[104,105]");
    ck_assert_str_eq(show("p", hi, -1, 1, 80), "\"hi\"");
    ck_assert_str_eq(show("p", list_from_cstr("h\ni"), -1, 1, 80), "\"h\\ni\"");
    Term l = make_cons(make_small(1), make_cons(make_small(2), make_small(3)));
    ck_assert_str_eq(show("w", l, -1, 1, 80), "[1,2|3]");
    ck_assert_str_eq(show("p", l, -1, 1, 80), "[1,2|3]");
    ck_assert_str_eq(show("w", make_tuple(0), -1, 1, 80), "{}");
    Term ks[2] = {A("b"), A("a")}, vs[2] = {make_small(2), make_small(1)};
    Term m = map_from_pairs(ks, vs, 2);
    ck_assert_str_eq(show("w", m, -1, 1, 80), "#{a => 1,b => 2}");
    ck_assert_str_eq(show("w", map_new(), -1, 1, 80), "#{}");
    Term abc = binary_from_bytes((const uint8_t *)"abc", 3);
    ck_assert_str_eq(show("w", abc, -1, 1, 80), "<<97,98,99>>");
    ck_assert_str_eq(show("p", abc, -1, 1, 80), "<<\"abc\">>");
    ck_assert_str_eq(show("p", binary_from_bytes((const uint8_t *)"\1\2\377", 3), -1,
                          1, 80),
                     "<<1,2,255>>");
    uint8_t five = 0x50;
    ck_assert_str_eq(show("p", binary_from_bits(&five, 4), -1, 1, 80), "<<5:4>>");
    uint8_t b300[2] = {0x12, 0xC0};
    ck_assert_str_eq(show("w", binary_from_bits(b300, 12), -1, 1, 80), "<<18,12:4>>");
    ck_assert_str_eq(show("p", binary_empty(), -1, 1, 80), "<<>>");
    ck_assert_str_eq(show("w", make_float(1000.0), -1, 1, 80), "1.0e3");
    ck_assert_str_eq(show("w", make_small(-1), -1, 1, 80), "-1");
    Term ab = make_cons(list_from_cstr("ab"), make_cons(list_from_cstr("cd"), NIL));
    ck_assert_str_eq(show("w", ab, -1, 1, 80), "[[97,98],[99,100]]");
    ck_assert_str_eq(show("p", ab, -1, 1, 80), "[\"ab\",\"cd\"]");
    Term l256 = make_cons(make_small(256), NIL);
    ck_assert_str_eq(show("tp", l256, -1, 1, 80), "[256]");
    Term lat = make_cons(make_small(255), make_cons(make_small(254), NIL));
    ck_assert_str_eq(show("p", lat, -1, 1, 80), "\"\xc3\xbf\xc3\xbe\"");
}
END_TEST

START_TEST(atomic_terms)
{
    ck_assert_str_eq(show("w", make_local_pid(9), -1, 1, 80), "<0.9.0>");
    ck_assert_str_eq(show("w", make_local_pid(3 | (2 << 15)), -1, 1, 80), "<0.3.2>");
    uint32_t ids[3] = {46856, 428212241, 597547680};
    ck_assert_str_eq(show("w", make_ref(node_name(), 0, ids), -1, 1, 80),
                     "#Ref<0.597547680.428212241.46856>");
    ck_assert_str_eq(show("w", make_export_fun(A("lists"), A("map"), 2), -1, 1, 80),
                     "fun lists:map/2");
    ck_assert_str_eq(show("w", make_export_fun(A("A b"), A("c d"), 0), -1, 1, 80),
                     "fun 'A b':'c d'/0");
    ck_assert_str_eq(show("p", make_port(node_name(), 0, 0), -1, 1, 80), "#Port<0.0>");
    /* erl: a fun of module 'A b' prints #Fun<A b.0.78572011> */
    Fun *f = gc_alloc(sizeof(Fun));
    memset(f, 0, sizeof *f);
    f->header = make_header(BOX_FUN, 0);
    f->module = A("A b");
    f->name = A("-f/0-fun-0-");
    f->uniq = 78572011;
    ck_assert_str_eq(show("w", make_box(f), -1, 1, 80), "#Fun<A b.0.78572011>");
}
END_TEST

START_TEST(depth_limits)
{
    Term l6 = list_of_ints(1, 6);
    ck_assert_str_eq(show("w", l6, 3, 1, 80), "[1,2|...]");
    ck_assert_str_eq(show("p", l6, 4, 1, 80), "[1,2,3|...]");
    ck_assert_str_eq(show("w", l6, 0, 1, 80), "...");
    Term ks[2] = {A("a"), A("b")}, vs[2] = {make_small(1), make_small(2)};
    Term m = map_from_pairs(ks, vs, 2);
    ck_assert_str_eq(show("w", m, 1, 1, 80), "#{}");
    ck_assert_str_eq(show("w", m, 2, 1, 80), "#{a => 1,...}");
    ck_assert_str_eq(show("w", m, 3, 1, 80), "#{a => 1,b => 2,...}");
    ck_assert_str_eq(show("p", m, 2, 1, 80), "#{a => 1,...}");
    ck_assert_str_eq(show("p", m, 1, 1, 80), "#{...}");
    uint8_t nine[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    ck_assert_str_eq(show("p", binary_from_bytes(nine, 9), 3, 1, 80), "<<1,2,...>>");
    const char *az = "abcdefghijklmnopqrstuvwxyz";
    Term bz = binary_from_bytes((const uint8_t *)az, 26);
    ck_assert_str_eq(show("p", bz, 3, 1, 80), "<<\"abcdefgh\"...>>");
    ck_assert_str_eq(show("w", bz, 3, 1, 80), "<<97,98,...>>");
}
END_TEST

START_TEST(pretty_layout)
{
    /* print_pretty_layout.out */
    ck_assert_str_eq(show("p", list_of_ints(1, 40), -1, 1, 80),
                     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
                     "23,24,25,26,27,28,\n"
                     " 29,30,31,32,33,34,35,36,37,38,39,40]");
    ck_assert_str_eq(show("p", list_of_ints(1, 12), -1, 15, 30),
                     "[1,2,3,4,5,6,\n               7,8,9,10,11,\n               12]");
    Term sq = NIL;
    for (int i = 8; i >= 1; i--)
        sq = make_cons(make_tuple3(make_small(i), make_small(i * i), A("squared")), sq);
    ck_assert_str_eq(show("p", sq, -1, 1, 80),
                     "[{1,1,squared},\n {2,4,squared},\n {3,9,squared},\n"
                     " {4,16,squared},\n {5,25,squared},\n {6,36,squared},\n"
                     " {7,49,squared},\n {8,64,squared}]");
    Term ks[12], vs[12];
    for (int k = 1; k <= 12; k++) {
        ks[k - 1] = make_small(k);
        vs[k - 1] = make_cons(make_small(k),
                              make_cons(make_small(k), make_cons(make_small(k), NIL)));
    }
    ck_assert_str_eq(show("p", map_from_pairs(ks, vs, 12), -1, 1, 80),
                     "#{1 => [1,1,1],\n  2 => [2,2,2],\n  3 => [3,3,3],\n"
                     "  4 => [4,4,4],\n  5 => [5,5,5],\n  6 => [6,6,6],\n"
                     "  7 => [7,7,7],\n"
                     "  8 => \"\\b\\b\\b\",9 => \"\\t\\t\\t\",10 => \"\\n\\n\\n\","
                     "11 => \"\\v\\v\\v\",12 => \"\\f\\f\\f\"}");
    uint8_t x90[90];
    memset(x90, 'x', 90);
    const char *got = show("p", binary_from_bytes(x90, 90), -1, 1, 80);
    ck_assert_uint_eq(strlen(got), 96);
    ck_assert(strncmp(got, "<<\"xxxx", 7) == 0);
}
END_TEST

START_TEST(deep_nesting_never_overflows)
{
    /* [[[...]]] nested 200,000 deep: ~w is iterative; ~p falls back to
     * the one-line form beyond 1000 levels. */
    Term t = NIL;
    for (int i = 0; i < 200000; i++)
        t = make_cons(t, NIL);
    StrBuf b;
    strbuf_init(&b);
    print_erl_write(&b, t, NULL);
    ck_assert_uint_eq(b.len, 400002);
    ck_assert(strncmp(b.data, "[[[[", 4) == 0);
    strbuf_clear(&b);
    PrintOpts o = print_default_opts();
    print_erl_pretty(&b, t, &o);
    ck_assert_uint_eq(b.len, 400002);
    Term u = make_small(1);
    for (int i = 0; i < 200000; i++)
        u = make_tuple2(A("a"), u);
    strbuf_clear(&b);
    print_erl_pretty(&b, u, &o);
    ck_assert(strncmp(b.data, "{a,{a,{a,", 9) == 0);
    o.depth = 3;
    ck_assert_str_eq(show("p", u, 3, 1, 80), "{a,{...}}");
}
END_TEST

/* ---- random terms printed by erl -------------------------------------- */

START_TEST(random_terms_match_erl)
{
    FILE *f = fopen("tests/unit/data/print_erl_random.txt", "r");
    ck_assert_msg(f != NULL, "run from the repository root");
    char *head = NULL;
    size_t cap = 0;
    int cases = 0, bad = 0;
    while (getline(&head, &cap, f) > 0) {
        char mode[4];
        int depth, col, ll, off = 0;
        size_t nbytes;
        ck_assert(sscanf(head, "%3s %d %d %d %n", mode, &depth, &col, &ll, &off) == 4);
        char *hex = head + off;
        hex[strcspn(hex, "\n")] = '\0';
        ck_assert(fscanf(f, "%zu", &nbytes) == 1);
        ck_assert(fgetc(f) == '\n');
        char *want = malloc(nbytes + 1);
        ck_assert(fread(want, 1, nbytes, f) == nbytes);
        want[nbytes] = '\0';
        ck_assert(fgetc(f) == '\n');
        Term t = from_hex(hex);
        const char *got = show(mode, t, depth, col, ll);
        cases++;
        if (strcmp(got, want) != 0 && bad++ < 5)
            fprintf(stderr, "case %d (%s depth %d col %d ll %d):\n--- want\n%s\n--- got\n%s\n",
                    cases, mode, depth, col, ll, want, got);
        free(want);
    }
    free(head);
    fclose(f);
    ck_assert_msg(bad == 0, "%d of %d random terms print differently from erl", bad,
                  cases);
    ck_assert_int_gt(cases, 100);
}
END_TEST

Suite *print_erl_suite(void)
{
    Suite *s = suite_create("print_erl");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, atoms_quoted_as_erlang);
    tcase_add_test(tc, write_catalogue);
    tcase_add_test(tc, atomic_terms);
    tcase_add_test(tc, depth_limits);
    tcase_add_test(tc, pretty_layout);
    tcase_add_test(tc, deep_nesting_never_overflows);
    tcase_add_test(tc, random_terms_match_erl);
    suite_add_tcase(s, tc);
    return s;
}

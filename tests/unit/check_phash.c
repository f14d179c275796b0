/* check_phash.c - erlang:phash/2 (the BEAM's old make_hash) against values
 * printed by the real Erlang/OTP 25.
 *
 * Each row is a term in LFE syntax and erlang:phash(T, R) for R = 2^32, 7
 * and 1000, as erl printed them for the same term.  Further tests build
 * what the reader cannot write (funs, pids, refs, ports, unaligned
 * sub-binaries, very long and deep terms) and check the BIF's range
 * argument and errors.
 */
#include "bif_rows.h"

#include "../../runtime/binary.h"
#include "../../runtime/hash.h"

typedef struct PhashRow {
    const char *lfe;
    uint32_t full;  /* erlang:phash(T, 1 bsl 32) */
    uint32_t r7;    /* erlang:phash(T, 7) */
    uint32_t r1000; /* erlang:phash(T, 1000) */
} PhashRow;

static const PhashRow rows[] = {
    {"0", 1u, 1, 1},
    {"1", 2788898428u, 1, 428},
    {"-1", 1680185270u, 1, 270},
    {"255", 2499495046u, 6, 46},
    {"256", 1920229268u, 6, 268},
    {"-256", 3765867550u, 4, 550},
    {"134217728", 2147483673u, 6, 673},
    {"-134217728", 2147489129u, 2, 129},
    {"4294967296", 2788898428u, 1, 428},
    {"4294967295", 3339827845u, 4, 845},
    {"576460752303423488", 2147483673u, 6, 673},
    {"-576460752303423488", 2147489129u, 2, 129},
    {"1152921504606846976", 49u, 7, 49},
    {"18446744073709551616", 2788898428u, 1, 428},
    {"-18446744073709551616", 1680185270u, 1, 270},
    {"1267650600228229401496703205376", 1672701873u, 3, 873},
    {"123456789012345678901234567890", 2723083119u, 1, 119},
    {"0.0", 1u, 1, 1},
    {"-0.0", 1u, 1, 1},
    {"1.5", 1073217537u, 7, 537},
    {"-3.25", 3221880833u, 3, 833},
    {"1.0e300", 4130836897u, 5, 897},
    {"a", 98u, 7, 98},
    {"b", 99u, 1, 99},
    {"c", 100u, 2, 100},
    {"foo", 28000u, 7, 1000},
    {"|hello world|", 18131989u, 1, 989},
    {"||", 1u, 1, 1},
    {"|å|", 230u, 6, 230},
    {"|ü日本|", 184696685u, 5, 685},
    {"()", 2u, 2, 2},
    {"(1 2 3)", 3336869158u, 7, 158},
    {"\"abc\"", 3654580166u, 6, 166},
    {"(a b)", 667932113u, 2, 113},
    {"(1 a 2)", 1818686374u, 1, 374},
    {"(300 1)", 1560565384u, 7, 384},
    {"(1 . 2)", 2402949552u, 3, 552},
    {"(a . b)", 4159696708u, 6, 708},
    {"(())", 2952798237u, 4, 237},
    {"((1) (2 3))", 584053284u, 3, 284},
    {"\"hello, world this is a longer string\"", 10930759u, 7, 759},
    {"#()", 1u, 1, 1},
    {"#(a)", 268840045u, 5, 45},
    {"#(1 2)", 3114748240u, 2, 240},
    {"#(x (y) #(z))", 2786337101u, 2, 101},
    {"#b()", 1u, 1, 1},
    {"#b(1 2 3)", 687692590u, 4, 590},
    {"#b(\"hello\")", 476327964u, 7, 964},
    {"#b((1 (size 3)))", 1345689961u, 7, 961},
    {"#b(255 (7 (size 5)))", 3633414023u, 1, 23},
    {"#b(1 2 3 4 5 6 7 8 9 10 11 12 13)", 2025222233u, 6, 233},
    {"#m()", 1113425985u, 7, 985},
    {"#m(a 1)", 1670235874u, 6, 874},
    {"#m(a 1 b (2))", 1847913995u, 4, 995},
    {"#m(1 2 #(x) \"y\")", 1146424016u, 3, 16},
    {"#((a . b) #b((0 (size 1))) (#m(k v)))", 324350873u, 7, 873},
};

#define P32(t) hash_phash_range((t), UINT64_C(1) << 32)

START_TEST(test_rows)
{
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        Term t = rows_read(rows[i].lfe);
        ck_assert_msg(P32(t) == rows[i].full, "%s: %llu, want %u",
                      rows[i].lfe, (unsigned long long)P32(t), rows[i].full);
        ck_assert_msg(hash_phash_range(t, 7) == rows[i].r7, "%s (7)",
                      rows[i].lfe);
        ck_assert_msg(hash_phash_range(t, 1000) == rows[i].r1000,
                      "%s (1000)", rows[i].lfe);
        ck_assert_uint_eq(hash_phash(t) + UINT64_C(1), rows[i].full);
    }
}
END_TEST

/* Things the reader cannot write, hashed by erl as
 * erlang:phash(T, 1 bsl 32). */
START_TEST(test_funs_pids_refs_ports)
{
    ck_assert_uint_eq(P32(make_export_fun(A("erlang"), A("abs"), 1)),
                      2515667794u);
    ck_assert_uint_eq(P32(make_export_fun(A("lists"), A("map"), 2)),
                      904024396u);
    /* <0.5.0> and <0.5.1>: only the 15-bit ID counts. */
    ck_assert_uint_eq(P32(make_local_pid(5)), 3820617878u);
    ck_assert_uint_eq(P32(make_local_pid(5 | (1 << 15))), 3820617878u);
    ck_assert_uint_eq(P32(make_local_pid(80 | (3 << 15))), 1000343889u);
    ck_assert_uint_eq(P32(make_local_pid(32767)), 290111367u);
    /* #Ref<0.1.2.3> and #Ref<0.0.0.77>: the last printed word. */
    uint32_t ids1[3] = {3, 2, 1}, ids2[3] = {77, 0, 0};
    ck_assert_uint_eq(P32(make_ref(A("nonode@nohost"), 0, ids1)), 3125387976u);
    ck_assert_uint_eq(P32(make_ref(A("nonode@nohost"), 0, ids2)), 1477224266u);
    /* #Port<0.5>, #Port<0.12345678>, and a remote port whose number
     * needs 64 bits (0x123000000, from binary_to_term). */
    ck_assert_uint_eq(P32(make_port(A("nonode@nohost"), 5, 0)), 3777324194u);
    ck_assert_uint_eq(P32(make_port(A("nonode@nohost"), 12345678, 0)),
                      461994218u);
    ck_assert_uint_eq(P32(make_port(A("a@b"), UINT64_C(0x123000000), 1)),
                      102262829u);
}
END_TEST

START_TEST(test_unaligned_and_mixed)
{
    /* <<_:3, X:20/bitstring, _/bitstring>> = <<1,2,3,4,5>> */
    const uint8_t five[5] = {1, 2, 3, 4, 5};
    Term x = binary_sub(binary_from_bytes(five, 5), 3, 20);
    ck_assert_uint_eq(P32(x), 465598864u);
    /* <<_:5, Y:200/binary, _/bitstring>> = list_to_binary(lists:seq(0,255)) */
    uint8_t all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (uint8_t)i;
    Term y = binary_sub(binary_from_bytes(all, 256), 5, 200 * 8);
    ck_assert_uint_eq(P32(y), 280242798u);
    ck_assert_uint_eq(P32(rows_read("(1.5 . a)")), 2321222312u);
    ck_assert_uint_eq(P32(rows_read("(a 1 . c)")), 597367768u);
    ck_assert_uint_eq(P32(rows_read("(#b(1) . #b(2))")), 239066764u);
    ck_assert_uint_eq(P32(rows_read("(1.5 a \"x\")")), 3965415460u);
    ck_assert_uint_eq(P32(rows_read("#(a (b . c) #b((7 (size 3))))")),
                      2844297436u);
}
END_TEST

START_TEST(test_long_and_deep)
{
    Term seq = NIL, deep = NIL, deept = A("x");
    for (int64_t i = 100000; i >= 1; i--)
        seq = make_cons(make_small(i), seq);
    for (int i = 0; i < 100000; i++) {
        deep = make_cons(deep, NIL);
        deept = make_tuplev(1, &deept);
    }
    ck_assert_uint_eq(P32(seq), 3203720409u);   /* lists:seq(1, 100000) */
    ck_assert_uint_eq(P32(deep), 2744812066u);  /* [[[...[]...]]] */
    ck_assert_uint_eq(P32(deept), 2472578873u); /* {{{...x...}}} */
}
END_TEST

/* The BIF: 1 =< Range =< 2^32, else badarg; the result is in 1..Range. */
static const Row bif_rows_phash[] = {
    {"erlang", "phash", "(a 1)", "1"},
    {"erlang", "phash", "(a 4294967295)", "98"},
    {"erlang", "phash", "(0 4294967296)", "1"},
    {"erlang", "phash", "((1 2 3) 1000)", "158"},
    {"erlang", "phash", "(a 0)", "#(EXC error badarg)"},
    {"erlang", "phash", "(a -5)", "#(EXC error badarg)"},
    {"erlang", "phash", "(a 4294967297)", "#(EXC error badarg)"},
    {"erlang", "phash", "(a 1.0)", "#(EXC error badarg)"},
    {"erlang", "phash", "(a b)", "#(EXC error badarg)"},
};

START_TEST(test_bif)
{
    for (size_t i = 0; i < sizeof bif_rows_phash / sizeof bif_rows_phash[0]; i++)
        rows_check(&bif_rows_phash[i]);
}
END_TEST

Suite *phash_suite(void)
{
    Suite *s = suite_create("phash");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_rows);
    tcase_add_test(tc, test_funs_pids_refs_ports);
    tcase_add_test(tc, test_unaligned_and_mixed);
    tcase_add_test(tc, test_long_and_deep);
    tcase_add_test(tc, test_bif);
    suite_add_tcase(s, tc);
    return s;
}

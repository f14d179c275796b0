/* check_compare.c - Erlang's term order, == and =:=.
 *
 * Every expected order here was printed by erl (OTP 25): the terms were
 * labelled, sorted there with lists:keysort/2 (stable), and the label
 * sequence copied below.  The same terms are built here in the same input
 * order and sorted stably with term_compare.
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "../../runtime/binary.h"
#include "../../runtime/compare.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

typedef struct Labelled {
    const char *label;
    Term term;
} Labelled;

/* Stable insertion sort by term_compare. */
static void sort_labelled(Labelled *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        Labelled x = v[i];
        size_t j = i;
        while (j > 0 && term_compare(v[j - 1].term, x.term) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

static void check_sorted_as(Labelled *v, size_t n, const char *expected)
{
    sort_labelled(v, n);
    StrBuf sb;
    strbuf_init(&sb);
    for (size_t i = 0; i < n; i++)
        strbuf_printf(&sb, "%s%s", i ? "," : "", v[i].label);
    ck_assert_str_eq(sb.data, expected);
    /* The order is consistent both ways round. */
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            int a = term_compare(v[i].term, v[j].term);
            int b = term_compare(v[j].term, v[i].term);
            ck_assert_int_eq(a < 0, b > 0);
            ck_assert_int_eq(a == 0, b == 0);
            if (i < j)
                ck_assert_int_le(a, 0);
        }
}

static Term big(const uint64_t *limbs, size_t n, bool neg)
{
    Bignum *b = gc_alloc_atomic(sizeof(Term) * (1 + n));
    b->header = make_header(neg ? BOX_NEG_BIG : BOX_POS_BIG, n);
    memcpy(b->limbs, limbs, n * sizeof(uint64_t));
    return make_box(b);
}

static Term bits(const char *bytes, uint64_t nbits)
{
    return binary_from_bits((const uint8_t *)bytes, nbits);
}

static Term bin(const char *bytes, size_t n)
{
    return binary_from_bytes((const uint8_t *)bytes, n);
}

static Term l2(Term a, Term b)
{
    return make_cons(a, make_cons(b, NIL));
}

static Term ref3(Term node, uint32_t creation, uint32_t a, uint32_t b,
                 uint32_t c)
{
    /* #Ref<0.A.B.C> prints the most significant word first: ids[2] = A. */
    uint32_t ids[3] = {c, b, a};
    return make_ref(node, creation, ids);
}

static Term map1(Term k, Term v)
{
    return map_from_pairs(&k, &v, 1);
}

static Term local_fun(const char *module, uint32_t index, uint32_t nfree,
                      const Term *env)
{
    Fun *f = gc_alloc(sizeof(Fun) + nfree * sizeof(Term));
    f->header = make_header(BOX_FUN, nfree);
    f->module = A(module);
    f->name = A("-f/0-fun-0-");
    f->arity = 0;
    f->index = index;
    f->uniq = 1234;
    for (uint32_t i = 0; i < nfree; i++)
        f->env[i] = env[i];
    return make_box(f);
}

START_TEST(order_across_all_types)
{
    Term sub = bin("\x12\x34\x56", 3);
    Term ah = A("a@h"), zh = A("z@h"), me = node_name();
    Term k0[2] = {A("a"), A("b")}, v0[2] = {make_small(0), make_small(0)};
    Labelled v[] = {
        {"tup3", make_tuple3(make_small(1), make_small(2), make_small(3))},
        {"nil", NIL},
        {"atom_z", A("z")},
        {"ab", A("ab")},
        {"a", A("a")},
        {"empty_atom", A("")},
        {"auml", A("\xc3\xa4")},
        {"b", A("b")},
        {"bin_empty", binary_empty()},
        {"bits01", bits("\x80", 1)},
        {"bin0", bin("\0", 1)},
        {"bits00", bits("\0", 1)},
        {"bin1", bin("\1", 1)},
        {"bin00", bin("\0\0", 2)},
        {"bin128", bin("\x80", 1)},
        {"bits12", bits("\x40", 2)},
        {"bits07", bits("\0", 7)},
        {"bin255_1", bits("\xff\x80", 9)},
        {"sub13", binary_sub(sub, 3, 13)},
        {"sub16", binary_sub(sub, 4, 16)},
        {"tup0", make_tuple(0)},
        {"tupz", make_tuplev(1, (Term[]){A("z")})},
        {"tupaa", make_tuple2(A("a"), A("a"))},
        {"tupab", make_tuple2(A("a"), A("b"))},
        {"map0", map_new()},
        {"map1a", map1(make_small(1), A("a"))},
        {"map1fa", map1(make_float(1.0), A("a"))},
        {"mapa1", map1(A("a"), make_small(1))},
        {"mapb0", map1(A("b"), make_small(0))},
        {"maptup", map1(make_tuplev(1, (Term[]){A("a")}), make_small(1))},
        {"mapnil", map1(NIL, make_small(1))},
        {"mapab", map_from_pairs(k0, v0, 2)},
        {"mapa2", map1(A("a"), make_small(2))},
        {"l_ab", make_cons(A("a"), A("b"))},
        {"l_a", make_cons(A("a"), NIL)},
        {"l_a_b", l2(A("a"), A("b"))},
        {"l_a_b_c", make_cons(A("a"), make_cons(A("b"), A("c")))},
        {"l_b", make_cons(A("b"), NIL)},
        {"l_a_1", make_cons(A("a"), make_small(1))},
        {"l_aa", make_cons(make_cons(A("a"), NIL), NIL)},
        {"l_a_nil", make_cons(A("a"), NIL)},
        {"l_a_tup", make_cons(A("a"), make_tuple(0))},
        {"exp_ab1", make_export_fun(A("a"), A("b"), 1)},
        {"exp_ab2", make_export_fun(A("a"), A("b"), 2)},
        {"exp_ac0", make_export_fun(A("a"), A("c"), 0)},
        {"exp_ba0", make_export_fun(A("b"), A("a"), 0)},
        {"pid5", make_local_pid(5)},
        {"pid6", make_local_pid(6)},
        {"pid5_1", make_local_pid(5 | (1u << 28))},
        {"epid_a5", make_ext_pid(ah, 5, 0, 1)},
        {"epid_z5", make_ext_pid(zh, 5, 0, 1)},
        {"epid_a6", make_ext_pid(ah, 6, 0, 1)},
        {"epid_a5c2", make_ext_pid(ah, 5, 0, 2)},
        {"epid_a4s1", make_ext_pid(ah, 4, 1, 1)},
        {"ref_123", ref3(me, 0, 1, 2, 3)},
        {"ref_211", ref3(me, 0, 2, 1, 1)},
        {"ref_114", ref3(me, 0, 1, 1, 4)},
        {"eref_a", ref3(ah, 1, 9, 9, 9)},
        {"eref_z", ref3(zh, 1, 0, 0, 0)},
        {"eref_ac2", ref3(ah, 2, 0, 0, 0)},
        {"port5", make_port(me, 5, 0)},
        {"port3", make_port(me, 3, 0)},
        {"eport_a", make_port(ah, 9, 1)},
        {"eport_z", make_port(zh, 1, 1)},
        {"small_m5", make_small(-5)},
        {"small_0", make_small(0)},
        {"small_7", make_small(7)},
    };
    check_sorted_as(
        v, sizeof v / sizeof v[0],
        "small_m5,small_0,small_7,empty_atom,a,ab,b,atom_z,auml,eref_a,"
        "eref_ac2,ref_114,ref_123,ref_211,eref_z,exp_ab1,exp_ab2,exp_ac0,"
        "exp_ba0,eport_a,port3,port5,eport_z,epid_a5,epid_a5c2,pid5,epid_z5,"
        "epid_a6,pid6,epid_a4s1,pid5_1,tup0,tupz,tupaa,tupab,tup3,map0,"
        "map1a,map1fa,mapa1,mapa2,mapb0,maptup,mapnil,mapab,nil,l_a_1,l_ab,"
        "l_a_tup,l_a,l_a_nil,l_a_b_c,l_a_b,l_b,l_aa,bin_empty,bits00,bits07,"
        "bin0,bin00,bin1,sub16,bits12,bits01,bin128,sub13,bin255_1");
}
END_TEST

START_TEST(funs_refs_ports_pids)
{
    /* erl: lists:sort([fun lists:map/2, fun() -> ok end, make_ref(), self()])
     * gives [Ref, #Fun, fun lists:map/2, Pid]. */
    Term f = local_fun("t1", 0, 0, NULL);
    Term e = make_export_fun(A("lists"), A("map"), 2);
    uint32_t ids[3] = {1, 2, 3};
    Term r = make_ref(node_name(), 0, ids);
    Term p = make_local_pid(9);
    Term port = make_port(node_name(), 1, 0);
    ck_assert_int_lt(term_compare(r, f), 0);
    ck_assert_int_lt(term_compare(f, e), 0);
    ck_assert_int_gt(term_compare(e, f), 0);
    ck_assert_int_lt(term_compare(e, port), 0);
    ck_assert_int_lt(term_compare(port, p), 0);
    ck_assert_int_lt(term_compare(p, make_tuple(0)), 0);
    /* local funs: by module first */
    Term g = local_fun("t3", 0, 0, NULL);
    ck_assert_int_lt(term_compare(f, g), 0);
    /* same fun, same environment: equal; different environment: not */
    Term env1[2] = {A("x"), make_small(1)}, env2[2] = {A("x"), make_small(2)};
    Term c1 = local_fun("m", 3, 2, env1), c1b = local_fun("m", 3, 2, env1);
    Term c2 = local_fun("m", 3, 2, env2);
    ck_assert(term_exact_equal(c1, c1b));
    ck_assert(term_equal(c1, c1b));
    ck_assert(!term_exact_equal(c1, c2));
    ck_assert_int_lt(term_compare(c1, c2), 0);
    ck_assert(term_exact_equal(e, make_export_fun(A("lists"), A("map"), 2)));
    ck_assert(!term_exact_equal(e, make_export_fun(A("lists"), A("map"), 3)));
    ck_assert(term_exact_equal(make_ext_pid(A("a@h"), 1, 2, 3),
                               make_ext_pid(A("a@h"), 1, 2, 3)));
    ck_assert(!term_exact_equal(make_ext_pid(A("a@h"), 1, 2, 3),
                                make_ext_pid(A("a@h"), 1, 2, 4)));
    ck_assert(term_exact_equal(ref3(A("a@h"), 1, 1, 2, 3),
                               ref3(A("a@h"), 1, 1, 2, 3)));
    ck_assert(!term_exact_equal(ref3(A("a@h"), 1, 1, 2, 3),
                                ref3(A("b@h"), 1, 1, 2, 3)));
    ck_assert(term_exact_equal(make_port(A("a@h"), 7, 1),
                               make_port(A("a@h"), 7, 1)));
    ck_assert(!term_exact_equal(make_port(A("a@h"), 7, 1), make_port(A("a@h"), 8, 1)));
}
END_TEST

START_TEST(atoms_by_utf8_name)
{
    /* erl: {'ä' < 'z', 'ä' < 'b', 'ab' < 'b', 'a' < 'ab', '' < a}
     * = {false,false,true,true,true} */
    ck_assert_int_gt(term_compare(A("\xc3\xa4"), A("z")), 0);
    ck_assert_int_gt(term_compare(A("\xc3\xa4"), A("b")), 0);
    ck_assert_int_lt(term_compare(A("ab"), A("b")), 0);
    ck_assert_int_lt(term_compare(A("a"), A("ab")), 0);
    ck_assert_int_lt(term_compare(A(""), A("a")), 0);
    ck_assert_int_eq(term_compare(A("abc"), A("abc")), 0);
    /* U+0100 (c4 80) after U+00FF (c3 bf): code point order */
    ck_assert_int_lt(term_compare(A("\xc3\xbf"), A("\xc4\x80")), 0);
}
END_TEST

START_TEST(tuples_and_lists)
{
    /* erl: {{a,b} < {a,b,c}, {z} < {a,a}, {} < {a}} = {true,true,true} */
    Term ab = make_tuple2(A("a"), A("b"));
    ck_assert_int_lt(term_compare(ab, make_tuple3(A("a"), A("b"), A("c"))), 0);
    ck_assert_int_lt(term_compare(make_tuplev(1, (Term[]){A("z")}),
                                  make_tuple2(A("a"), A("a"))),
                     0);
    ck_assert_int_lt(term_compare(make_tuple(0), make_tuplev(1, (Term[]){A("a")})), 0);
    /* erl: {[a|b] < [a], [a|b] < [a,b], [a|1] < [a|b], [1|2] < [1,2], [a] < [a|b]}
     * = {true,true,true,true,false} */
    Term a_b = make_cons(A("a"), A("b"));
    ck_assert_int_lt(term_compare(a_b, make_cons(A("a"), NIL)), 0);
    ck_assert_int_lt(term_compare(a_b, l2(A("a"), A("b"))), 0);
    ck_assert_int_lt(term_compare(make_cons(A("a"), make_small(1)), a_b), 0);
    ck_assert_int_lt(term_compare(make_cons(make_small(1), make_small(2)),
                                  l2(make_small(1), make_small(2))),
                     0);
    ck_assert_int_gt(term_compare(make_cons(A("a"), NIL), a_b), 0);
    ck_assert(term_exact_equal(a_b, make_cons(A("a"), A("b"))));
    ck_assert(!term_exact_equal(a_b, make_cons(A("a"), A("c"))));
    /* strings compare as lists of integers */
    ck_assert_int_lt(term_compare(list_from_cstr("abc"), list_from_cstr("abd")), 0);
    ck_assert_int_lt(term_compare(list_from_cstr("ab"), list_from_cstr("abc")), 0);
    ck_assert_int_lt(term_compare(NIL, list_from_cstr("a")), 0);
}
END_TEST

START_TEST(long_lists_use_no_stack)
{
    /* 2,000,000-element lists and a deep tuple chain along the last
     * element: a recursive walk would overflow the C stack. */
    Term a = NIL, b = NIL, c = NIL;
    for (int i = 0; i < 2000000; i++) {
        a = make_cons(make_small(i), a);
        b = make_cons(make_small(i), b);
        c = make_cons(make_small(i == 0 ? -1 : i), c);
    }
    ck_assert(term_exact_equal(a, b));
    ck_assert(term_equal(a, b));
    ck_assert_int_eq(term_compare(a, b), 0);
    ck_assert(!term_exact_equal(a, c));
    ck_assert_int_gt(term_compare(a, c), 0); /* last element 0 > -1 */
    Term ta = A("x"), tb = A("x");
    for (int i = 0; i < 1000000; i++) {
        ta = make_tuple2(make_small(i), ta);
        tb = make_tuple2(make_small(i), tb);
    }
    ck_assert(term_exact_equal(ta, tb));
    ck_assert_int_eq(term_compare(ta, tb), 0);
}
END_TEST

START_TEST(bitstrings_bit_by_bit)
{
    /* erl: {<<1:1>> < <<0>>, <<128>> < <<1:1>>, <<128:8>> < <<2:2>>}
     * = {false,false,false}; {<<>> < <<0:1>>} = true */
    ck_assert_int_gt(term_compare(bits("\x80", 1), bin("\0", 1)), 0);
    ck_assert_int_gt(term_compare(bin("\x80", 1), bits("\x80", 1)), 0);
    ck_assert_int_gt(term_compare(bin("\x80", 1), bits("\x80", 2)), 0);
    ck_assert_int_lt(term_compare(binary_empty(), bits("\0", 1)), 0);
    /* equal contents at different alignments */
    Term s = binary_sub(bin("\x12\x34\x56", 3), 4, 16);
    ck_assert(term_exact_equal(s, bin("\x23\x45", 2)));
    ck_assert_int_eq(term_compare(s, bin("\x23\x45", 2)), 0);
    ck_assert(!term_exact_equal(s, bin("\x23\x46", 2)));
    ck_assert(!term_exact_equal(bits("\x80", 1), bin("\x80", 1)));
    /* trailing buffer bits past a window's end are ignored */
    Term w = binary_sub(bin("\xff", 1), 0, 3);
    ck_assert(term_exact_equal(w, bits("\xe0", 3)));
}
END_TEST

START_TEST(floats_and_integers_alone)
{
    /* Comparisons that stay within one kind of number. */
    Term z = make_float(0.0), nz = make_float(-0.0);
    ck_assert(term_exact_equal(z, nz)); /* OTP 25: 0.0 =:= -0.0 */
    ck_assert(term_equal(z, nz));
    ck_assert_int_eq(term_compare(z, nz), 0);
    ck_assert_int_lt(term_compare(make_float(-2.5), make_float(1.5)), 0);
    ck_assert(!term_exact_equal(make_float(1.5), make_float(2.5)));
    uint64_t l1[2] = {0, 1}, l2b[2] = {1, 1}, l3[3] = {0, 0, 1};
    Term b1 = big(l1, 2, false), b1b = big(l1, 2, false);
    Term b2 = big(l2b, 2, false), b3 = big(l3, 3, false);
    Term nb1 = big(l1, 2, true), nb3 = big(l3, 3, true);
    ck_assert(term_exact_equal(b1, b1b));
    ck_assert(!term_exact_equal(b1, nb1));
    ck_assert_int_lt(term_compare(b1, b2), 0);
    ck_assert_int_lt(term_compare(b2, b3), 0);
    ck_assert_int_lt(term_compare(nb3, nb1), 0);
    ck_assert_int_lt(term_compare(nb1, make_small(SMALL_MIN)), 0);
    ck_assert_int_lt(term_compare(make_small(SMALL_MAX), b1), 0);
    ck_assert_int_lt(term_compare(b3, A("a")), 0); /* number < atom */
    ck_assert_int_lt(term_compare(make_float(1e300), A("a")), 0);
    /* map key order: every integer before every float */
    ck_assert_int_lt(term_compare_exact(make_small(2), make_float(1.5)), 0);
    ck_assert_int_lt(term_compare_exact(b3, make_float(-1e300)), 0);
    ck_assert_int_gt(term_compare_exact(make_float(-1.0), make_small(5)), 0);
    ck_assert_int_eq(term_compare_exact(z, nz), 0);
    /* inside tuples too: {1} < {1.0}, {2} < {1.0} in key order */
    ck_assert_int_lt(term_compare_exact(make_tuplev(1, (Term[]){make_small(2)}),
                                        make_tuplev(1, (Term[]){make_float(1.0)})),
                     0);
    ck_assert(!term_exact_equal(make_small(1), make_float(1.0)));
}
END_TEST

START_TEST(maps_in_the_order)
{
    /* erl: {#{1 => a} < #{1.0 => a}, #{1 => a} == #{1.0 => a},
     * #{2 => a} < #{1.0 => a}} = {true,false,true} */
    Term m1 = map1(make_small(1), A("a")), m1f = map1(make_float(1.0), A("a"));
    ck_assert_int_lt(term_compare(m1, m1f), 0);
    ck_assert(!term_equal(m1, m1f));
    ck_assert_int_lt(term_compare(map1(make_small(2), A("a")), m1f), 0);
    /* {#{1 => b} < #{1 => a}, #{a => 1, b => 2} < #{a => 2, b => 1},
     *  #{a => 2, b => 1} < #{a => 1, b => 3}} = {false,true,false} */
    ck_assert_int_gt(term_compare(map1(make_small(1), A("b")), m1), 0);
    Term k[2] = {A("a"), A("b")};
    Term x[2] = {make_small(1), make_small(2)}, y[2] = {make_small(2), make_small(1)};
    Term w[2] = {make_small(1), make_small(3)};
    Term mx = map_from_pairs(k, x, 2), my = map_from_pairs(k, y, 2);
    Term mw = map_from_pairs(k, w, 2);
    ck_assert_int_lt(term_compare(mx, my), 0);
    ck_assert_int_gt(term_compare(my, mw), 0);
    /* {#{k => #{1 => x}} < #{k => #{1.0 => x}}} = {true} */
    ck_assert_int_lt(term_compare(map1(A("k"), map1(make_small(1), A("x"))),
                                  map1(A("k"), map1(make_float(1.0), A("x")))),
                     0);
}
END_TEST

START_TEST(large_maps_in_the_order)
{
    /* M1 = maps:from_list([{I,0} || I <- lists:seq(1,40)]),
     * M2 = M1#{5 := 1, 30 := -1}: M1 < M2 (values in key order).
     * M3 = keys 2..41: M1 < M3.  M4 = M1 with key 1 replaced by 1.0:
     * M1 < M4, M1 /= M4. */
    Term keys[41], zeros[41];
    for (int i = 0; i < 41; i++) {
        keys[i] = make_small(i + 1);
        zeros[i] = make_small(0);
    }
    Term m1 = map_from_pairs(keys, zeros, 40);
    Term m2 = map_put(map_put(m1, make_small(5), make_small(1)), make_small(30),
                      make_small(-1));
    Term m3 = map_from_pairs(keys + 1, zeros, 40);
    Term m4 = map_put(map_remove(m1, make_small(1)), make_float(1.0), make_small(0));
    ck_assert_int_lt(term_compare(m1, m2), 0);
    ck_assert_int_gt(term_compare(m2, m1), 0);
    ck_assert_int_lt(term_compare(m1, m3), 0);
    ck_assert_int_lt(term_compare(m1, m4), 0);
    ck_assert(!term_equal(m1, m4));
    /* a bigger map is greater, whatever the keys: size first */
    ck_assert_int_gt(term_compare(m1, map_from_pairs(keys, zeros, 32)), 0);
    /* built in another order: equal and exactly equal */
    Term rk[40], rv[40];
    for (int i = 0; i < 40; i++) {
        rk[i] = keys[39 - i];
        rv[i] = zeros[i];
    }
    Term m1r = map_from_pairs(rk, rv, 40);
    ck_assert(term_exact_equal(m1, m1r));
    ck_assert_int_eq(term_compare(m1, m1r), 0);
    ck_assert(!term_exact_equal(m1, m2));
}
END_TEST

/* ---- comparisons that need arith_compare (mixed int/float, bignums
 * against floats) ---- */

static Term pow2(int n)
{
    uint64_t limbs[2] = {0, 0};
    limbs[n / 64] = UINT64_C(1) << (n % 64);
    return n < SMALL_BITS - 1 ? make_small(INT64_C(1) << n) : big(limbs, 2 - (n < 64), false);
}

START_TEST(mixed_numbers)
{
    uint64_t l70[2] = {0, 64};
    Term b70 = big(l70, 2, false), nb70 = big(l70, 2, true);
    uint64_t l64p1[2] = {1, 1};
    Labelled v[] = {
        {"i3", make_small(3)},
        {"f2", make_float(2.0)},
        {"i1", make_small(1)},
        {"f1", make_float(1.0)},
        {"fneg0", make_float(-0.0)},
        {"i0", make_small(0)},
        {"f0", make_float(0.0)},
        {"big70", b70},
        {"nbig70", nb70},
        {"f1e30", make_float(1e30)},
        {"fm1e30", make_float(-1e30)},
        {"i2p53p1", make_small((INT64_C(1) << 53) + 1)},
        {"f2p53", make_float(9007199254740992.0)},
        {"i2p53", make_small(INT64_C(1) << 53)},
        {"big64", pow2(64)},
        {"f2p64", make_float(18446744073709551616.0)},
        {"big64p1", big(l64p1, 2, false)},
        {"imax", make_small((INT64_C(1) << 59) - 1)},
        {"fmax", make_float(576460752303423488.0)},
    };
    check_sorted_as(v, sizeof v / sizeof v[0],
                    "fm1e30,nbig70,fneg0,i0,f0,i1,f1,f2,i3,f2p53,i2p53,i2p53p1,"
                    "imax,fmax,big64,f2p64,big64p1,big70,f1e30");
}
END_TEST

START_TEST(mixed_equality)
{
    /* erl: {1 == 1.0, 1 =:= 1.0, {1, a} == {1.0, a}, [1] == [1.0],
     * #{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0},
     * #{a => 1} < #{a => 1.5}, (1 bsl 64) == float(1 bsl 64)}
     * = {true,false,true,true,true,false,true,true} */
    Term one = make_small(1), onef = make_float(1.0);
    ck_assert(term_equal(one, onef));
    ck_assert(!term_exact_equal(one, onef));
    ck_assert(term_equal(make_tuple2(one, A("a")), make_tuple2(onef, A("a"))));
    ck_assert(term_equal(make_cons(one, NIL), make_cons(onef, NIL)));
    ck_assert(term_equal(map1(A("a"), one), map1(A("a"), onef)));
    ck_assert(!term_exact_equal(map1(A("a"), one), map1(A("a"), onef)));
    ck_assert_int_lt(term_compare(map1(A("a"), one), map1(A("a"), make_float(1.5))), 0);
    ck_assert(term_equal(pow2(64), make_float(18446744073709551616.0)));
    /* large maps: == on values, =:= on keys (40 keys, values 0 vs 0.0) */
    Term keys[40], iv[40], fv[40], hv[40];
    for (int i = 0; i < 40; i++) {
        keys[i] = make_small(i + 1);
        iv[i] = make_small(0);
        fv[i] = make_float(0.0);
        hv[i] = make_float(0.5);
    }
    Term mi = map_from_pairs(keys, iv, 40), mf = map_from_pairs(keys, fv, 40);
    ck_assert(term_equal(mi, mf));
    ck_assert(!term_exact_equal(mi, mf));
    ck_assert_int_lt(term_compare(mi, map_from_pairs(keys, hv, 40)), 0);
}
END_TEST

/* A million levels of nesting in list heads and in first tuple elements:
 * comparing them must not recurse on the C stack. */
START_TEST(deep_heads_do_not_recurse)
{
    Term a = NIL, b = NIL, t = make_small(0), u = make_small(0);
    for (int i = 0; i < 1000000; i++) {
        a = make_cons(a, NIL);
        b = make_cons(b, NIL);
        t = make_tuple2(t, NIL);
        u = make_tuple2(u, NIL);
    }
    ck_assert(term_exact_equal(a, b));
    ck_assert(term_equal(a, b));
    ck_assert_int_eq(term_compare(a, b), 0);
    ck_assert(term_exact_equal(t, u));
    ck_assert_int_eq(term_compare(t, u), 0);
    /* differ at the very bottom */
    Term c = make_small(1), d = make_small(2);
    for (int i = 0; i < 1000000; i++) {
        c = make_cons(c, NIL);
        d = make_cons(d, NIL);
    }
    ck_assert(!term_exact_equal(c, d));
    ck_assert_int_lt(term_compare(c, d), 0);
    ck_assert_int_gt(term_compare(d, c), 0);
}
END_TEST

Suite *compare_suite(void)
{
    Suite *s = suite_create("compare");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, order_across_all_types);
    tcase_add_test(tc, deep_heads_do_not_recurse);
    tcase_add_test(tc, funs_refs_ports_pids);
    tcase_add_test(tc, atoms_by_utf8_name);
    tcase_add_test(tc, tuples_and_lists);
    tcase_add_test(tc, long_lists_use_no_stack);
    tcase_add_test(tc, bitstrings_bit_by_bit);
    tcase_add_test(tc, floats_and_integers_alone);
    tcase_add_test(tc, maps_in_the_order);
    tcase_add_test(tc, large_maps_in_the_order);
    suite_add_tcase(s, tc);
    TCase *mixed = tcase_create("mixed_numbers");
    tcase_add_test(mixed, mixed_numbers);
    tcase_add_test(mixed, mixed_equality);
    suite_add_tcase(s, mixed);
    return s;
}

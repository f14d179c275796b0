/* check_map.c - maps: flatmaps, HAMTs, the 32/33 boundary, key order.
 *
 * Expected key orders come from erl (OTP 25): maps:to_list/1 on a small
 * map lists its keys in map key order.  The large random tests check the
 * maps against a plain array model.  At the end of this file a second copy
 * of map.c is compiled with a narrowed trie hash, so that deep paths and
 * collision nodes really happen.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/binary.h"
#include "../../runtime/bignum.h"
#include "../../runtime/compare.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* The copy of map.c with a narrow hash (defined at the end). */
Term weak_map_new(void);
Term weak_map_from_pairs(const Term *keys, const Term *vals, size_t n);
size_t weak_map_size(Term map);
Term weak_map_get(Term map, Term key);
Term weak_map_put(Term map, Term key, Term val);
Term weak_map_update(Term map, Term key, Term val);
Term weak_map_remove(Term map, Term key);
void weak_map_iter_init(MapIter *it, Term map);
void weak_map_iter_init_fold(MapIter *it, Term map);
bool weak_map_iter_next(MapIter *it, Term *key, Term *val);
void weak_map_sorted_pairs(Term map, Term *keys, Term *vals);
int weak_map_key_compare(Term a, Term b);
static uint32_t weak_mask = 0xFF;
/* The BEAM's hash, from the copy of map.c at the end of this file. */
static uint32_t beam_hash(Term t, uint32_t salt);

static Term bin(const char *s, size_t n)
{
    return binary_from_bytes((const uint8_t *)s, n);
}

static Term big(const uint64_t *limbs, size_t n, bool neg)
{
    Bignum *b = gc_alloc_atomic(sizeof(Term) * (1 + n));
    b->header = make_header(neg ? BOX_NEG_BIG : BOX_POS_BIG, n);
    memcpy(b->limbs, limbs, n * sizeof(uint64_t));
    return make_box(b);
}

/* A deterministic generator for the random tests. */
static uint64_t rng_state;
static uint64_t rng(void)
{
    rng_state = rng_state * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
    return rng_state >> 33;
}

/* A distinct key for each id, of several types. */
static Term key_for(uint32_t id)
{
    char s[32];
    switch (id % 5) {
    case 0:
        return make_small(id);
    case 1:
        return make_float(id + 0.5);
    case 2:
        return make_tuple2(make_small(id), A("k"));
    case 3: {
        int n = snprintf(s, sizeof s, "key%u", id);
        return bin(s, (size_t)n);
    }
    default:
        return make_cons(make_small(id), NIL);
    }
}

/* Keys of a map in iteration order, as a comma-separated string of
 * small integers / atoms / floats (enough for the order tests). */
static void keys_string(Term m, char *out, size_t cap)
{
    MapIter it;
    Term k, v;
    size_t len = 0;
    out[0] = 0;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) {
        if (term_is_small(k))
            len += (size_t)snprintf(out + len, cap - len, "%s%lld", len ? "," : "",
                                    (long long)small_val(k));
        else if (term_is_float(k))
            len += (size_t)snprintf(out + len, cap - len, "%s%.1f", len ? "," : "",
                                    float_val(k));
        else if (term_is_atom(k))
            len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? "," : "",
                                    atom_name(k));
        else
            len += (size_t)snprintf(out + len, cap - len, "%s?", len ? "," : "");
    }
}

START_TEST(empty_and_small_maps)
{
    Term m = map_new();
    ck_assert(term_is_map(m));
    ck_assert_uint_eq(map_size(m), 0);
    ck_assert(map_get(m, A("a")) == NONE);
    ck_assert(map_update(m, A("a"), make_small(1)) == NONE);
    ck_assert(map_remove(m, A("a")) == m);
    Term m1 = map_put(m, A("a"), make_small(1));
    ck_assert_uint_eq(map_size(m1), 1);
    ck_assert_uint_eq(map_size(m), 0); /* the old map is unchanged */
    ck_assert(map_get(m1, A("a")) == make_small(1));
    Term m2 = map_update(m1, A("a"), make_small(2));
    ck_assert(map_get(m2, A("a")) == make_small(2));
    ck_assert(map_get(m1, A("a")) == make_small(1));
    ck_assert(map_put(m2, A("a"), make_small(2)) == m2); /* no change, no copy */
    Term m3 = map_remove(m2, A("a"));
    ck_assert_uint_eq(map_size(m3), 0);
    ck_assert(term_exact_equal(m3, map_new()));
    /* bad input */
    ck_assert(map_get(A("notamap"), A("a")) == NONE);
    ck_assert(map_put(make_small(1), A("a"), A("b")) == NONE);
    ck_assert(map_update(NIL, A("a"), A("b")) == NONE);
    ck_assert(map_remove(make_tuple(0), A("a")) == NONE);
    ck_assert_uint_eq(map_size(A("x")), 0);
    MapIter it;
    Term k, v;
    map_iter_init(&it, A("x"));
    ck_assert(!map_iter_next(&it, &k, &v));
}
END_TEST

START_TEST(duplicates_in_construction)
{
    Term k[3] = {A("a"), A("b"), A("a")};
    Term v[3] = {make_small(1), make_small(2), make_small(3)};
    Term m = map_from_pairs(k, v, 3);
    ck_assert_uint_eq(map_size(m), 2);
    ck_assert(map_get(m, A("a")) == make_small(3));
    ck_assert(map_get(m, A("b")) == make_small(2));
    /* erl: maps:size(#{0.0 => a, -0.0 => b}) = 1 (OTP 25: 0.0 =:= -0.0);
     * maps:from_list([{0.0,a},{-0.0,b}]) = #{-0.0 => b}: the later pair
     * wins, key and all; (#{0.0 => a})#{-0.0 => c} = #{0.0 => c}. */
    Term zk[2] = {make_float(0.0), make_float(-0.0)};
    Term zv[2] = {A("a"), A("b")};
    Term z = map_from_pairs(zk, zv, 2);
    ck_assert_uint_eq(map_size(z), 1);
    Term sk, sv;
    map_sorted_pairs(z, &sk, &sv);
    ck_assert(signbit(float_val(sk)));
    ck_assert(sv == A("b"));
    Term z2 = map_put(map_from_pairs(zk, zv, 1), make_float(-0.0), A("c"));
    map_sorted_pairs(z2, &sk, &sv);
    ck_assert(!signbit(float_val(sk)));
    ck_assert(sv == A("c"));
    ck_assert(map_get(z2, make_float(-0.0)) == A("c"));
    /* 1 and 1.0 are two keys */
    Term ok[3] = {make_small(1), make_float(1.0), make_small(1)};
    Term om = map_from_pairs(ok, v, 3);
    ck_assert_uint_eq(map_size(om), 2);
    ck_assert(map_get(om, make_small(1)) == make_small(3));
    ck_assert(map_get(om, make_float(1.0)) == make_small(2));
    /* many duplicates above the flatmap limit collapse to a flatmap */
    Term dk[100], dv[100];
    for (int i = 0; i < 100; i++) {
        dk[i] = make_small(i % 10);
        dv[i] = make_small(i);
    }
    Term dm = map_from_pairs(dk, dv, 100);
    ck_assert_uint_eq(map_size(dm), 10);
    ck_assert_int_eq(box_type(dm), BOX_FLATMAP);
    for (int i = 0; i < 10; i++)
        ck_assert(map_get(dm, make_small(i)) == make_small(90 + i));
    /* and 40 distinct keys given twice make a 40-pair HAMT */
    for (int i = 0; i < 100; i++)
        dk[i] = make_small(i % 40);
    dm = map_from_pairs(dk, dv, 80);
    ck_assert_uint_eq(map_size(dm), 40);
    ck_assert_int_eq(box_type(dm), BOX_HAMTMAP);
    for (int i = 0; i < 40; i++)
        ck_assert(map_get(dm, make_small(i)) == make_small(40 + i));
}
END_TEST

START_TEST(flatmap_key_order)
{
    /* erl: maps:to_list(#{2 => a, 1.5 => b, 1 => c, 1.0 => d, -1.0 => e,
     * 3 => f, x => g}) = [{1,c},{2,a},{3,f},{-1.0,e},{1.0,d},{1.5,b},{x,g}] */
    Term k[7] = {make_small(2), make_float(1.5), make_small(1), make_float(1.0),
                 make_float(-1.0), make_small(3), A("x")};
    Term v[7] = {A("a"), A("b"), A("c"), A("d"), A("e"), A("f"), A("g")};
    char s[256];
    keys_string(map_from_pairs(k, v, 7), s, sizeof s);
    ck_assert_str_eq(s, "1,2,3,-1.0,1.0,1.5,x");
    /* built by puts in another order: the same */
    Term m = map_new();
    for (int i = 6; i >= 0; i--)
        m = map_put(m, k[i], v[i]);
    keys_string(m, s, sizeof s);
    ck_assert_str_eq(s, "1,2,3,-1.0,1.0,1.5,x");
    ck_assert(map_get(m, make_float(1.0)) == A("d"));
    ck_assert(map_get(m, make_small(1)) == A("c"));
    /* erl: maps:to_list(#{<<1>> => a, [] => b, {} => c, [a] => d,
     * self() => e, 1 bsl 80 => f, -(1 bsl 80) => g, 1.0e40 => h, -5 => i,
     * #{} => j, #{a=>1} => k}) lists the keys as
     * -(1 bsl 80), -5, 1 bsl 80, 1.0e40, Pid, {}, #{}, #{a=>1}, [], [a], <<1>> */
    uint64_t l80[2] = {0, 1 << 16};
    Term b80 = big(l80, 2, false), nb80 = big(l80, 2, true);
    Term ma = map_put(map_new(), A("a"), make_small(1));
    Term k2[11] = {bin("\1", 1), NIL, make_tuple(0), make_cons(A("a"), NIL),
                   make_local_pid(9), b80, nb80, make_float(1e40), make_small(-5),
                   map_new(), ma};
    Term v2[11];
    for (int i = 0; i < 11; i++)
        v2[i] = make_small(i);
    Term m2 = map_from_pairs(k2, v2, 11);
    int expect[11] = {6, 8, 5, 7, 4, 2, 9, 10, 1, 3, 0};
    MapIter it;
    Term kk, vv;
    int n = 0;
    map_iter_init(&it, m2);
    while (map_iter_next(&it, &kk, &vv)) {
        ck_assert_int_lt(n, 11);
        ck_assert_int_eq(small_val(vv), expect[n]);
        ck_assert(term_exact_equal(kk, k2[expect[n]]));
        n++;
    }
    ck_assert_int_eq(n, 11);
    for (int i = 0; i < 11; i++)
        ck_assert(map_get(m2, k2[i]) == v2[i]);
    /* bignums made by bignum.c find the same keys: 1 bsl 80 */
    const char *dec = "1208925819614629174706176";
    ck_assert(map_get(m2, bignum_from_string(dec, strlen(dec), 10)) == v2[5]);
    ck_assert(map_get(m2, bignum_from_string("-1208925819614629174706176", 26, 10)) ==
              v2[6]);
    ck_assert(map_get(m2, make_float(1208925819614629174706176.0)) == NONE);
    /* map_key_compare: integers before floats, 0 only for =:= keys */
    ck_assert_int_lt(map_key_compare(make_small(2), make_float(1.5)), 0);
    ck_assert_int_lt(map_key_compare(make_small(1), make_float(1.0)), 0);
    ck_assert_int_eq(map_key_compare(make_float(0.0), make_float(-0.0)), 0);
    ck_assert_int_lt(map_key_compare(nb80, make_small(-5)), 0);
    ck_assert_int_lt(map_key_compare(b80, make_float(-1e300)), 0);
}
END_TEST

START_TEST(the_32_33_boundary)
{
    Term keys[40], vals[40];
    for (int i = 0; i < 40; i++) {
        keys[i] = i % 2 ? A(i % 4 == 1 ? "odd1" : "odd3") : make_small(i);
        keys[i] = i % 2 ? make_tuple2(keys[i], make_small(i)) : keys[i];
        vals[i] = make_small(i * 10);
    }
    Term m = map_new();
    for (int i = 0; i < 32; i++)
        m = map_put(m, keys[i], vals[i]);
    ck_assert_int_eq(box_type(m), BOX_FLATMAP);
    ck_assert_uint_eq(map_size(m), 32);
    ck_assert(map_put(m, keys[5], vals[5]) == m);
    Term same = map_put(m, keys[5], A("new"));
    ck_assert_int_eq(box_type(same), BOX_FLATMAP);
    ck_assert(map_get(same, keys[5]) == A("new"));
    /* growing past 32 */
    Term m33 = map_put(m, keys[32], vals[32]);
    ck_assert_int_eq(box_type(m33), BOX_HAMTMAP);
    ck_assert_uint_eq(map_size(m33), 33);
    ck_assert_uint_eq(map_size(m), 32);
    for (int i = 0; i < 33; i++)
        ck_assert(map_get(m33, keys[i]) == vals[i]);
    ck_assert(map_get(m33, keys[33]) == NONE);
    ck_assert(map_get(m, keys[32]) == NONE);
    Term u = map_update(m33, keys[32], A("u"));
    ck_assert(map_get(u, keys[32]) == A("u"));
    ck_assert(map_update(m33, keys[33], A("u")) == NONE);
    ck_assert(map_remove(m33, keys[33]) == m33);
    ck_assert(map_put(m33, keys[3], vals[3]) == m33);
    /* shrinking back: each removal of a 33-pair map gives a flatmap */
    for (int r = 0; r < 33; r++) {
        Term s = map_remove(m33, keys[r]);
        ck_assert_int_eq(box_type(s), BOX_FLATMAP);
        ck_assert_uint_eq(map_size(s), 32);
        ck_assert(map_get(s, keys[r]) == NONE);
        for (int i = 0; i < 33; i++)
            if (i != r)
                ck_assert(map_get(s, keys[i]) == vals[i]);
        Term ek[32], ev[32];
        int n = 0;
        for (int i = 0; i < 33; i++)
            if (i != r) {
                ek[n] = keys[i];
                ev[n++] = vals[i];
            }
        ck_assert(term_exact_equal(s, map_from_pairs(ek, ev, 32)));
    }
    /* up to 40 and back down to 0, checking everything on the way */
    Term g = map_new();
    for (int i = 0; i < 40; i++) {
        g = map_put(g, keys[i], vals[i]);
        ck_assert_uint_eq(map_size(g), (size_t)i + 1);
        ck_assert_int_eq(box_type(g), i + 1 > FLATMAP_MAX ? BOX_HAMTMAP : BOX_FLATMAP);
    }
    for (int i = 39; i >= 0; i--) {
        g = map_remove(g, keys[i]);
        ck_assert_uint_eq(map_size(g), (size_t)i);
        ck_assert_int_eq(box_type(g), i > FLATMAP_MAX ? BOX_HAMTMAP : BOX_FLATMAP);
        for (int j = 0; j < 40; j++)
            ck_assert(map_get(g, keys[j]) == (j < i ? vals[j] : NONE));
    }
}
END_TEST

/* Checks a map against the model: size, every id, one pass of iteration. */
static void check_against_model(Term m, const int64_t *model, uint32_t nids,
                                 Term (*get)(Term, Term), size_t (*size)(Term),
                                 void (*iinit)(MapIter *, Term),
                                 bool (*inext)(MapIter *, Term *, Term *))
{
    size_t count = 0;
    for (uint32_t id = 0; id < nids; id++) {
        Term v = get(m, key_for(id));
        if (model[id] < 0) {
            ck_assert(v == NONE);
        } else {
            ck_assert(v == make_small(model[id]));
            count++;
        }
    }
    ck_assert_uint_eq(size(m), count);
    /* iteration: as many pairs as the model has, each one in the map */
    MapIter it;
    Term k, v;
    size_t n = 0;
    iinit(&it, m);
    while (inext(&it, &k, &v)) {
        n++;
        ck_assert_uint_le(n, count);
        ck_assert(get(m, k) == v);
    }
    ck_assert_uint_eq(n, count);
}

START_TEST(random_100k_against_model)
{
    enum { NIDS = 100000, NOPS = 300000 };
    int64_t *model = malloc(NIDS * sizeof(int64_t));
    Term *keys = gc_alloc(NIDS * sizeof(Term));
    for (uint32_t i = 0; i < NIDS; i++) {
        model[i] = -1;
        keys[i] = key_for(i);
    }
    rng_state = 42;
    Term m = map_new();
    size_t count = 0;
    for (int op = 0; op < NOPS; op++) {
        uint32_t id = (uint32_t)(rng() % NIDS);
        uint64_t r = rng() % 10;
        if (r < 6) {
            m = map_put(m, keys[id], make_small(op));
            if (model[id] < 0)
                count++;
            model[id] = op;
        } else if (r < 8) {
            m = map_remove(m, keys[id]);
            if (model[id] >= 0)
                count--;
            model[id] = -1;
        } else if (r < 9) {
            Term u = map_update(m, keys[id], make_small(op));
            if (model[id] < 0) {
                ck_assert(u == NONE);
            } else {
                m = u;
                model[id] = op;
            }
        } else {
            Term v = map_get(m, key_for(id)); /* a fresh, equal key */
            ck_assert(v == (model[id] < 0 ? NONE : make_small(model[id])));
        }
        if (op % 50000 == 0)
            ck_assert_uint_eq(map_size(m), count);
    }
    check_against_model(m, model, NIDS, map_get, map_size, map_iter_init,
                        map_iter_next);
    /* the same pairs put in another order, and given all at once: the same
     * map, exactly */
    Term *pk = malloc(count * sizeof(Term)), *pv = malloc(count * sizeof(Term));
    size_t n = 0;
    for (uint32_t i = NIDS; i-- > 0;)
        if (model[i] >= 0) {
            pk[n] = keys[i];
            pv[n++] = make_small(model[i]);
        }
    Term m2 = map_from_pairs(pk, pv, n);
    ck_assert_uint_eq(map_size(m2), count);
    ck_assert(term_exact_equal(m, m2));
    ck_assert_int_eq(term_compare(m, m2), 0);
    /* sorted pairs are strictly increasing in key order */
    map_sorted_pairs(m, pk, pv);
    for (size_t i = 1; i < n; i++)
        ck_assert_int_lt(map_key_compare(pk[i - 1], pk[i]), 0);
    for (size_t i = 0; i < n; i++)
        ck_assert(map_get(m, pk[i]) == pv[i]);
    /* remove everything: back to a flatmap, then empty */
    for (uint32_t i = 0; i < NIDS; i++)
        m = map_remove(m, keys[i]);
    ck_assert_uint_eq(map_size(m), 0);
    ck_assert_int_eq(box_type(m), BOX_FLATMAP);
    free(pk);
    free(pv);
    free(model);
}
END_TEST

START_TEST(keys_of_every_type)
{
    uint64_t limbs[3] = {5, 6, 7};
    uint32_t ids[3] = {1, 2, 3};
    Term sub = binary_sub(bin("\x12\x34\x56", 3), 4, 16);
    Term inner_k[40], inner_v[40];
    for (int i = 0; i < 40; i++) {
        inner_k[i] = make_small(i);
        inner_v[i] = A("v");
    }
    Term env[1] = {A("e")};
    Fun *f = gc_alloc(sizeof(Fun) + sizeof(Term));
    f->header = make_header(BOX_FUN, 1);
    f->module = A("m");
    f->name = A("-f/0-fun-0-");
    f->index = 2;
    f->uniq = 3;
    f->env[0] = env[0];
    Term keys[] = {
        make_small(1), make_float(1.0), make_small(-7), make_float(2.5),
        big(limbs, 3, false), big(limbs, 3, true), A("atom"), A("\xc3\xa4"),
        NIL, make_cons(A("a"), NIL), make_cons(A("a"), A("b")),
        make_tuple(0), make_tuple2(make_small(1), make_float(1.0)),
        bin("abc", 3), binary_from_bits((const uint8_t *)"\x80", 1), sub,
        map_new(), map_from_pairs(inner_k, inner_v, 3),
        map_from_pairs(inner_k, inner_v, 40), make_local_pid(3),
        make_ext_pid(A("a@h"), 1, 2, 3), make_ref(A("a@h"), 1, ids),
        make_port(A("a@h"), 4, 1), make_export_fun(A("lists"), A("map"), 2),
        make_box(f), make_float(0.0)};
    size_t n = sizeof keys / sizeof keys[0];
    /* equal keys built afresh (and in other orders / representations) */
    Term rk[40], rv[40];
    for (int i = 0; i < 40; i++) {
        rk[i] = inner_k[39 - i];
        rv[i] = A("v");
    }
    Term f2 = make_box(memcpy(gc_alloc(sizeof(Fun) + sizeof(Term)), f,
                              sizeof(Fun) + sizeof(Term)));
    Term again[] = {
        make_small(1), make_float(1.0), make_small(-7), make_float(2.5),
        big(limbs, 3, false), big(limbs, 3, true), A("atom"), A("\xc3\xa4"),
        NIL, make_cons(A("a"), NIL), make_cons(A("a"), A("b")),
        make_tuple(0), make_tuple2(make_small(1), make_float(1.0)),
        binary_sub(bin("xabc", 4), 8, 24), binary_from_bits((const uint8_t *)"\xff", 1),
        bin("\x23\x45", 2), map_new(),
        map_put(map_put(map_put(map_new(), make_small(2), A("v")), make_small(0), A("v")),
                make_small(1), A("v")),
        map_from_pairs(rk, rv, 40), make_local_pid(3),
        make_ext_pid(A("a@h"), 1, 2, 3), make_ref(A("a@h"), 1, ids),
        make_port(A("a@h"), 4, 1), make_export_fun(A("lists"), A("map"), 2),
        f2, make_float(-0.0)};
    ck_assert_uint_eq(sizeof again / sizeof again[0], n);
    Term vals[64];
    for (size_t i = 0; i < n; i++)
        vals[i] = make_small((int64_t)i);
    /* small map (<= 32 keys) and, padded, a HAMT */
    Term small = map_from_pairs(keys, vals, n);
    ck_assert_uint_eq(map_size(small), n);
    Term large = small;
    for (int i = 100; i < 140; i++)
        large = map_put(large, make_small(i), A("pad"));
    ck_assert_int_eq(box_type(large), BOX_HAMTMAP);
    for (size_t i = 0; i < n; i++) {
        ck_assert(map_get(small, keys[i]) == vals[i]);
        ck_assert(map_get(small, again[i]) == vals[i]);
        ck_assert(map_get(large, keys[i]) == vals[i]);
        ck_assert(map_get(large, again[i]) == vals[i]);
    }
    ck_assert(map_get(small, make_small(2)) == NONE);
    ck_assert(map_get(large, make_float(-7.0)) == NONE);
    ck_assert(map_get(large, make_tuple2(make_small(1), make_small(1))) == NONE);
    ck_assert(map_get(large, map_from_pairs(inner_k, inner_v, 39)) == NONE);
    /* every key removes */
    Term s = small, l = large;
    for (size_t i = 0; i < n; i++) {
        s = map_remove(s, again[i]);
        l = map_remove(l, again[i]);
    }
    ck_assert_uint_eq(map_size(s), 0);
    ck_assert_uint_eq(map_size(l), 40);
}
END_TEST

START_TEST(iteration_visits_each_pair_once)
{
    enum { N = 20000 };
    Term m = map_new();
    for (int i = 0; i < N; i++)
        m = map_put(m, make_small(i), make_small(i));
    uint8_t *seen = calloc(N, 1);
    MapIter it;
    Term k, v;
    int n = 0;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) {
        ck_assert(term_is_small(k) && k == v);
        int64_t i = small_val(k);
        ck_assert(i >= 0 && i < N);
        ck_assert(!seen[i]);
        seen[i] = 1;
        n++;
    }
    ck_assert_int_eq(n, N);
    ck_assert(!map_iter_next(&it, &k, &v));
    free(seen);
}
END_TEST

START_TEST(maps_as_keys_and_equality)
{
    /* maps built in different orders, through different representations */
    Term a = map_new(), b = map_new();
    for (int i = 0; i < 50; i++) {
        a = map_put(a, make_small(i), make_small(i * i));
        b = map_put(b, make_small(49 - i), make_small((49 - i) * (49 - i)));
    }
    b = map_put(b, A("extra"), A("x"));
    b = map_remove(b, A("extra"));
    ck_assert(term_exact_equal(a, b));
    ck_assert(term_equal(a, b));
    ck_assert_int_eq(term_compare(a, b), 0);
    /* down through the boundary and back up again */
    Term c = a;
    for (int i = 10; i < 30; i++)
        c = map_remove(c, make_small(i));
    for (int i = 29; i >= 10; i--)
        c = map_put(c, make_small(i), make_small(i * i));
    ck_assert(term_exact_equal(a, c));
    /* as keys of an outer map */
    Term outer = map_put(map_new(), a, A("found"));
    ck_assert(map_get(outer, b) == A("found"));
    ck_assert(map_get(outer, c) == A("found"));
    ck_assert(map_get(outer, map_remove(a, make_small(0))) == NONE);
    for (int i = 0; i < 40; i++)
        outer = map_put(outer, make_small(i), A("pad"));
    ck_assert(map_get(outer, c) == A("found"));
    Term d = map_put(a, make_small(7), make_small(0));
    ck_assert(!term_exact_equal(a, d));
    ck_assert(map_get(outer, d) == NONE);
}
END_TEST

/* ---- the narrow-hash copy: deep paths and collisions ---- */

static void weak_random(uint32_t mask, uint32_t nids, int nops)
{
    weak_mask = mask;
    int64_t *model = malloc(nids * sizeof(int64_t));
    for (uint32_t i = 0; i < nids; i++)
        model[i] = -1;
    rng_state = 7;
    Term m = weak_map_new();
    for (int op = 0; op < nops; op++) {
        uint32_t id = (uint32_t)(rng() % nids);
        if (rng() % 3) {
            m = weak_map_put(m, key_for(id), make_small(op));
            model[id] = op;
        } else {
            m = weak_map_remove(m, key_for(id));
            model[id] = -1;
        }
        if (op % 1000 == 0)
            check_against_model(m, model, nids, weak_map_get, weak_map_size,
                                weak_map_iter_init, weak_map_iter_next);
    }
    check_against_model(m, model, nids, weak_map_get, weak_map_size,
                        weak_map_iter_init, weak_map_iter_next);
    /* built at once from the model: the same trie, pair for pair in the
     * same iteration order (the trie depends only on its keys) */
    Term pk[8192], pv[8192];
    size_t n = 0;
    for (uint32_t i = nids; i-- > 0;)
        if (model[i] >= 0) {
            pk[n] = key_for(i);
            pv[n++] = make_small(model[i]);
        }
    Term m2 = weak_map_from_pairs(pk, pv, n);
    ck_assert_uint_eq(weak_map_size(m2), weak_map_size(m));
    MapIter i1, i2;
    Term k1, v1, k2, v2;
    weak_map_iter_init(&i1, m);
    weak_map_iter_init(&i2, m2);
    while (weak_map_iter_next(&i1, &k1, &v1)) {
        ck_assert(weak_map_iter_next(&i2, &k2, &v2));
        ck_assert(term_exact_equal(k1, k2));
        ck_assert(v1 == v2);
    }
    ck_assert(!weak_map_iter_next(&i2, &k2, &v2));
    /* the fold order is the same pairs backwards, collision nodes too */
    size_t cnt = weak_map_size(m), j = cnt;
    Term *seq = gc_alloc((cnt + 1) * sizeof(Term));
    weak_map_iter_init(&i1, m);
    for (size_t i = 0; weak_map_iter_next(&i1, &k1, &v1); i++)
        seq[i] = k1;
    weak_map_iter_init_fold(&i2, m);
    while (weak_map_iter_next(&i2, &k2, &v2)) {
        ck_assert(j > 0);
        ck_assert(seq[--j] == k2);
    }
    ck_assert_uint_eq(j, 0);
    /* empty it */
    for (uint32_t i = 0; i < nids; i++)
        m = weak_map_remove(m, key_for(i));
    ck_assert_uint_eq(weak_map_size(m), 0);
    free(model);
}

START_TEST(collisions_8_bit_hash)
{
    weak_random(0xFF, 4000, 30000); /* ~16 keys per full-hash bucket */
}
END_TEST

START_TEST(collisions_all_keys_one_hash)
{
    weak_random(0, 300, 6000); /* every key in one collision node */
}
END_TEST

START_TEST(collisions_shared_prefix)
{
    /* hashes differing only in their top bits: long single-child chains */
    weak_random(0xF0000003u, 500, 8000);
}
END_TEST


/* ---- the BEAM's order: cases from data/map_order.txt ---- */

/* A small decoder for the external term format erl wrote the cases in.
 * With etf_shift set, bitstrings are made at a bit offset of 3 (unaligned
 * sub-binaries: the hash must not depend on alignment). */
static bool etf_shift;

static uint64_t etf_uint(const uint8_t **p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = (v << 8) | *(*p)++;
    return v;
}

static Term etf_int(const uint8_t *le, size_t n, bool neg)
{
    uint64_t limbs[64] = {0};
    ck_assert_uint_le(n, sizeof limbs);
    for (size_t i = 0; i < n; i++)
        limbs[i / 8] |= (uint64_t)le[i] << (8 * (i % 8));
    size_t nl = (n + 7) / 8;
    while (nl > 0 && limbs[nl - 1] == 0)
        nl--;
    if (nl <= 1 && limbs[0] <= (uint64_t)SMALL_MAX + neg)
        return make_int64(neg ? -(int64_t)limbs[0] : (int64_t)limbs[0]);
    return big(limbs, nl, neg);
}

static Term etf_bits(const uint8_t *data, size_t nbytes, unsigned tailbits)
{
    uint64_t nbits = nbytes * 8 - (tailbits ? 8 - tailbits : 0);
    if (!etf_shift)
        return binary_from_bits(data, nbits);
    uint8_t *buf = calloc(nbytes + 1, 1);
    for (size_t i = 0; i < nbytes; i++) {
        buf[i] |= data[i] >> 3;
        buf[i + 1] |= (uint8_t)(data[i] << 5);
    }
    Term whole = binary_from_bits(buf, nbits + 3);
    free(buf);
    return binary_sub(whole, 3, nbits);
}

static Term etf_term(const uint8_t **p)
{
    uint8_t tag = *(*p)++;
    switch (tag) {
    case 97:
        return make_small(*(*p)++);
    case 98:
        return make_small((int32_t)etf_uint(p, 4));
    case 110:
    case 111: {
        size_t n = (size_t)etf_uint(p, tag == 110 ? 1 : 4);
        bool neg = *(*p)++;
        Term t = etf_int(*p, n, neg);
        *p += n;
        return t;
    }
    case 70: {
        uint64_t bits = etf_uint(p, 8);
        double d;
        memcpy(&d, &bits, sizeof d);
        return make_float(d);
    }
    case 100:
    case 118:
    case 119: {
        size_t n = (size_t)etf_uint(p, tag == 119 ? 1 : 2);
        Term a = atom_intern((const char *)*p, n);
        *p += n;
        return a;
    }
    case 109: {
        size_t n = (size_t)etf_uint(p, 4);
        Term b = etf_bits(*p, n, 0);
        *p += n;
        return b;
    }
    case 77: {
        size_t n = (size_t)etf_uint(p, 4);
        unsigned bits = *(*p)++;
        Term b = etf_bits(*p, n, bits == 8 ? 0 : bits);
        *p += n;
        return b;
    }
    case 104:
    case 105: {
        uint32_t n = (uint32_t)etf_uint(p, tag == 104 ? 1 : 4);
        Term t = make_tuple(n);
        for (uint32_t i = 0; i < n; i++)
            tuple_elems(t)[i] = etf_term(p);
        return t;
    }
    case 106:
        return NIL;
    case 107: {
        size_t n = (size_t)etf_uint(p, 2);
        Term l = list_from_bytes(*p, n);
        *p += n;
        return l;
    }
    case 108: {
        size_t n = (size_t)etf_uint(p, 4);
        Term *e = gc_alloc((n + 1) * sizeof(Term)); /* seen by the GC */
        for (size_t i = 0; i < n; i++)
            e[i] = etf_term(p);
        Term l = etf_term(p);
        for (size_t i = n; i-- > 0;)
            l = make_cons(e[i], l);
        return l;
    }
    case 116: {
        size_t n = (size_t)etf_uint(p, 4);
        Term *k = gc_alloc((n + 1) * sizeof(Term)), *v = gc_alloc((n + 1) * sizeof(Term));
        for (size_t i = 0; i < n; i++) {
            k[i] = etf_term(p);
            v[i] = etf_term(p);
        }
        Term m = map_from_pairs(k, v, n);
        return m;
    }
    case 88: {
        Term node = etf_term(p);
        uint32_t id = (uint32_t)etf_uint(p, 4), ser = (uint32_t)etf_uint(p, 4);
        uint32_t cr = (uint32_t)etf_uint(p, 4);
        if (node == node_name())
            return make_local_pid(id | ((uint64_t)ser << 15));
        return make_ext_pid(node, id, ser, cr);
    }
    case 89:
    case 120: {
        Term node = etf_term(p);
        uint64_t id = etf_uint(p, tag == 89 ? 4 : 8);
        uint32_t cr = (uint32_t)etf_uint(p, 4);
        return make_port(node, id, cr);
    }
    case 90: {
        size_t n = (size_t)etf_uint(p, 2);
        Term node = etf_term(p);
        uint32_t cr = (uint32_t)etf_uint(p, 4);
        uint32_t ids[5] = {0};
        for (size_t i = 0; i < n; i++)
            ids[i < 5 ? i : 4] = (uint32_t)etf_uint(p, 4);
        ck_assert_uint_eq(n, 3);
        return make_ref(node, cr, ids);
    }
    default:
        ck_abort_msg("map_order.txt: ETF tag %u not decoded", tag);
        return NONE;
    }
}

/* A term from hex ETF text. */
static Term etf_hex(const char *hex)
{
    size_t n = strlen(hex) / 2;
    uint8_t *b = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned x;
        ck_assert(sscanf(hex + 2 * i, "%2x", &x) == 1);
        b[i] = (uint8_t)x;
    }
    ck_assert_uint_eq(b[0], 131);
    const uint8_t *p = b + 1;
    Term t = etf_term(&p);
    ck_assert(p == b + n);
    free(b);
    return t;
}

static FILE *open_cases(void)
{
    FILE *f = fopen("tests/unit/data/map_order.txt", "r");
    ck_assert_msg(f != NULL, "tests/unit/data/map_order.txt (run from the repo root)");
    return f;
}

enum { LINE_MAX_ = 1 << 20 };

START_TEST(hash_is_the_beams)
{
    /* erl: erts_debug:get_internal_state({internal_hash, T}) for keys of
     * every type (see tests/tools/gen_map_order) */
    char *line = malloc(LINE_MAX_), *hex = malloc(LINE_MAX_);
    int checked = 0;
    for (int shift = 0; shift < 2; shift++) {
        etf_shift = shift;
        FILE *f = open_cases();
        while (fgets(line, LINE_MAX_, f)) {
            unsigned long h;
            if (sscanf(line, "hash %s %lu", hex, &h) != 2)
                continue;
            Term t = etf_hex(hex);
            ck_assert_msg(beam_hash(t, 0) == (uint32_t)h, "hash of %.200s: %u, the BEAM's %lu",
                          hex, beam_hash(t, 0), h);
            checked++;
        }
        fclose(f);
    }
    etf_shift = false;
    ck_assert_int_gt(checked, 600);
    free(line);
    free(hex);
}
END_TEST

/* The keys of m in iteration order must be keys[order[0]], ...; forwards
 * (map_iter_init_fold) they come in reverse. */
static void check_order(const char *name, Term m, const Term *keys, const long *order,
                        size_t n)
{
    MapIter it;
    Term k, v;
    size_t i = 0;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) {
        ck_assert_msg(i < n, "%s: too many pairs", name);
        ck_assert_msg(term_exact_equal(k, keys[order[i]]),
                      "%s: pair %zu is not the BEAM's (key %ld)", name, i, order[i]);
        ck_assert(v == make_small(order[i]));
        i++;
    }
    ck_assert_uint_eq(i, n);
    map_iter_init_fold(&it, m);
    while (map_iter_next(&it, &k, &v)) {
        ck_assert(i > 0);
        i--;
        ck_assert_msg(term_exact_equal(k, keys[order[i]]), "%s: fold order, pair %zu", name,
                      n - 1 - i);
    }
    ck_assert_uint_eq(i, 0);
}

static Term list_to_array(Term l, Term **out)
{
    int64_t n = list_length(l);
    ck_assert_int_ge(n, 0);
    *out = gc_alloc(((size_t)n + 1) * sizeof(Term)); /* seen by the GC */
    for (int64_t i = 0; i < n; i++, l = CDR(l))
        (*out)[i] = CAR(l);
    return make_small(n);
}

START_TEST(order_is_the_beams)
{
    /* erl: maps:keys/1 of maps of 33 to 10,000 keys of every type, built
     * at once, by puts, and by removals (see tests/tools/gen_map_order) */
    char *line = malloc(LINE_MAX_), *hex = malloc(LINE_MAX_);
    char name[128], how[64];
    int cases = 0;
    FILE *f = open_cases();
    for (int shift = 0; shift < 2; shift++) {
        rewind(f);
        etf_shift = shift;
        while (fgets(line, LINE_MAX_, f)) {
            if (sscanf(line, "map %127s %63s", name, how) != 2)
                continue;
            Term *keys, *gone;
            ck_assert(fgets(line, LINE_MAX_, f) && sscanf(line, "keys %s", hex) == 1);
            size_t n = (size_t)small_val(list_to_array(etf_hex(hex), &keys));
            ck_assert(fgets(line, LINE_MAX_, f) && sscanf(line, "gone %s", hex) == 1);
            size_t ngone = (size_t)small_val(list_to_array(etf_hex(hex), &gone));
            ck_assert(fgets(line, LINE_MAX_, f) && strncmp(line, "order ", 6) == 0);
            long *order = malloc(n * sizeof(long));
            char *s = line + 6;
            for (size_t i = 0; i < n; i++)
                order[i] = strtol(s, &s, 10);
            Term *vals = malloc(n * sizeof(Term));
            for (size_t i = 0; i < n; i++)
                vals[i] = make_small((int64_t)i);
            /* at once */
            Term m1 = map_from_pairs(keys, vals, n);
            check_order(name, m1, keys, order, n);
            /* put by put, forwards and backwards */
            Term m2 = map_new(), m3 = map_new();
            for (size_t i = 0; i < n; i++) {
                m2 = map_put(m2, keys[i], vals[i]);
                m3 = map_put(m3, keys[n - 1 - i], vals[n - 1 - i]);
            }
            check_order(name, m2, keys, order, n);
            check_order(name, m3, keys, order, n);
            ck_assert(term_exact_equal(m1, m2) && term_exact_equal(m1, m3));
            /* with the gone keys too, then without them */
            if (ngone > 0) {
                Term m4 = m2;
                for (size_t i = 0; i < ngone; i++)
                    m4 = map_put(m4, gone[i], A("gone"));
                for (size_t i = ngone; i-- > 0;)
                    m4 = map_remove(m4, gone[i]);
                check_order(name, m4, keys, order, n);
                ck_assert(term_exact_equal(m1, m4));
            }
            for (size_t i = 0; i < n; i++)
                ck_assert(map_get(m1, keys[i]) == vals[i]);
            ck_assert(fgets(line, LINE_MAX_, f) && strncmp(line, "end", 3) == 0);
            free(order);
            free(vals);
            cases++;
        }
    }
    fclose(f);
    etf_shift = false;
    ck_assert_int_ge(cases, 2 * 18);
    free(line);
    free(hex);
}
END_TEST

START_TEST(order_of_1_to_40)
{
    /* LFE 2.2.1: (lfe_io:format "~p~n" (list M)) with M the map of keys
     * 1..40 (value = key) prints #M(33 33 12 12 23 23 29 29 30 30 39 39 ...);
     * erl: maps:keys(M) = [33,12,23,29,30,39,26,31,11,37,9,32,34,25,28,6,38,
     * 13,40,20,15,14,2,7,1,8,3,17,22,21,4,36,24,10,35,27,19,5,18,16] and
     * io:format("~w", [M]) lists them the other way round, from 16. */
    static const int keys[40] = {33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25,
                                 28, 6, 38, 13, 40, 20, 15, 14, 2, 7, 1, 8, 3, 17,
                                 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16};
    Term m = map_new();
    for (int i = 1; i <= 40; i++)
        m = map_put(m, make_small(i), make_small(i));
    char s[512], want[512];
    size_t len = 0;
    for (int i = 0; i < 40; i++)
        len += (size_t)snprintf(want + len, sizeof want - len, "%s%d", i ? "," : "", keys[i]);
    keys_string(m, s, sizeof s);
    ck_assert_str_eq(s, want);
    MapIter it;
    Term k, v;
    int i = 40;
    map_iter_init_fold(&it, m);
    while (map_iter_next(&it, &k, &v))
        ck_assert(k == make_small(keys[--i]));
    ck_assert_int_eq(i, 0);
    /* erl: a map of 32 keys or fewer lists its keys in key order both ways
     * (maps:keys(#{2 => a, 1 => b}) = [1,2]; io:format("~w", ...) prints
     * #{1 => b,2 => a}) */
    Term small = map_remove(map_remove(map_remove(m, make_small(5)), make_small(6)),
                            make_small(40));
    for (int n = 7; n <= 11; n++)
        small = map_remove(small, make_small(n));
    ck_assert_int_eq(box_type(small), BOX_FLATMAP);
    int last = 0;
    map_iter_init_fold(&it, small);
    for (i = 0; map_iter_next(&it, &k, &v); i++) {
        ck_assert_int_gt(small_val(k), last);
        last = (int)small_val(k);
    }
    ck_assert_int_eq(i, 32);
}
END_TEST

Suite *map_suite(void)
{
    Suite *s = suite_create("map");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, empty_and_small_maps);
    tcase_add_test(tc, duplicates_in_construction);
    tcase_add_test(tc, flatmap_key_order);
    tcase_add_test(tc, the_32_33_boundary);
    tcase_add_test(tc, random_100k_against_model);
    tcase_add_test(tc, keys_of_every_type);
    tcase_add_test(tc, iteration_visits_each_pair_once);
    tcase_add_test(tc, maps_as_keys_and_equality);
    tcase_add_test(tc, collisions_8_bit_hash);
    tcase_add_test(tc, collisions_all_keys_one_hash);
    tcase_add_test(tc, collisions_shared_prefix);
    tcase_add_test(tc, hash_is_the_beams);
    tcase_add_test(tc, order_is_the_beams);
    tcase_add_test(tc, order_of_1_to_40);
    suite_add_tcase(s, tc);
    return s;
}

/* The second copy of map.c, every public name renamed, its trie hash
 * narrowed to weak_mask. */
#define MAP_HASH_MASK weak_mask
#define map_new weak_map_new
#define map_from_pairs weak_map_from_pairs
#define map_size weak_map_size
#define map_get weak_map_get
#define map_put weak_map_put
#define map_update weak_map_update
#define map_remove weak_map_remove
#define map_iter_init weak_map_iter_init
#define map_iter_next weak_map_iter_next
#define map_iter_init_fold weak_map_iter_init_fold
#define map_sorted_pairs weak_map_sorted_pairs
#define map_key_compare weak_map_key_compare
#include "../../runtime/map.c"

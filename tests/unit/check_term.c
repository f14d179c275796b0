/* check_term.c - tags, immediates, cons cells, tuples, floats, lists. */
#include "unit.h"

#include "../../runtime/gc.h"

START_TEST(small_ints_round_trip)
{
    int64_t values[] = {0, 1, -1, 42, -42, SMALL_MAX, SMALL_MIN,
                        SMALL_MAX - 1, SMALL_MIN + 1, 1 << 30};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        Term t = make_small(values[i]);
        ck_assert(term_is_small(t));
        ck_assert(!term_is_atom(t) && !term_is_cons(t) && !term_is_boxed(t));
        ck_assert_int_eq(small_val(t), values[i]);
    }
    ck_assert(small_fits(SMALL_MAX) && !small_fits(SMALL_MAX + 1));
    ck_assert(small_fits(SMALL_MIN) && !small_fits(SMALL_MIN - 1));
    /* at least 59 bits of magnitude, as DESIGN.md asks */
    ck_assert(SMALL_MAX >= (INT64_C(1) << 58));
}
END_TEST

START_TEST(immediates_are_distinct)
{
    ck_assert(term_is_nil(NIL));
    ck_assert(!term_is_cons(NIL) && term_is_list(NIL));
    ck_assert(NIL != NONE);
    ck_assert(!term_is_boxed(NIL) && !term_is_boxed(NONE));
    Term pid = make_local_pid(12345);
    ck_assert(term_is_local_pid(pid) && term_is_pid(pid));
    ck_assert_uint_eq(local_pid_number(pid), 12345);
    ck_assert(term_is_atom(ATOM_ok) && !term_is_small(ATOM_ok));
}
END_TEST

START_TEST(cons_and_lists)
{
    Term l = make_cons(make_small(1), make_cons(make_small(2), NIL));
    ck_assert(term_is_cons(l) && term_is_list(l));
    ck_assert_int_eq(small_val(CAR(l)), 1);
    ck_assert_int_eq(small_val(CAR(CDR(l))), 2);
    ck_assert_int_eq(list_length(l), 2);
    ck_assert_int_eq(list_length(NIL), 0);
    ck_assert_int_eq(list_length(make_cons(ATOM_ok, make_small(3))), -1);
    Term r = list_reverse(l, NIL);
    ck_assert_int_eq(small_val(CAR(r)), 2);
    Term s = list_from_cstr("hi");
    ck_assert_int_eq(small_val(CAR(s)), 'h');
    ck_assert_int_eq(list_length(s), 2);
    Term arr[3] = {ATOM_ok, ATOM_error, NIL};
    Term la = list_from_array(arr, 3);
    ck_assert_int_eq(list_length(la), 3);
    ck_assert(CAR(CDR(la)) == ATOM_error);
}
END_TEST

START_TEST(tuples_and_floats)
{
    Term t = make_tuple3(ATOM_ok, make_small(7), NIL);
    ck_assert(term_is_tuple(t) && term_is_boxed(t));
    ck_assert_uint_eq(tuple_arity(t), 3);
    ck_assert(tuple_elems(t)[0] == ATOM_ok);
    Term e = make_tuple(0);
    ck_assert(term_is_tuple(e) && tuple_arity(e) == 0);
    Term f = make_float(2.5);
    ck_assert(term_is_float(f) && !term_is_tuple(f));
    ck_assert(float_val(f) == 2.5);
    ck_assert(term_is_number(f) && !term_is_integer(f));
}
END_TEST

/* Cells reachable only through tagged pointers survive collections: the
 * cons displacement is registered and interior pointers are off. */
START_TEST(tagged_pointers_keep_objects_alive)
{
    Term l = NIL;
    for (int i = 0; i < 100000; i++)
        l = make_cons(make_small(i), l);
    Term t = make_tuple2(l, make_float(1.5));
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 100000; i++)
            (void)make_cons(make_small(i), NIL); /* garbage */
        gc_collect();
    }
    Term p = tuple_elems(t)[0];
    int64_t expect = 99999, n = 0;
    for (; term_is_cons(p); p = CDR(p), expect--, n++)
        ck_assert_int_eq(small_val(CAR(p)), expect);
    ck_assert_int_eq(n, 100000);
    ck_assert(float_val(tuple_elems(t)[1]) == 1.5);
}
END_TEST

/* A cons cell must cost 16 bytes, not 32 (interior pointers off). */
START_TEST(cons_cells_cost_sixteen_bytes)
{
    gc_collect();
    size_t before = gc_heap_size();
    Term l = NIL;
    for (int i = 0; i < 1000000; i++)
        l = make_cons(make_small(i), l);
    gc_collect();
    size_t after = gc_heap_size();
    ck_assert_int_eq(list_length(l), 1000000);
    /* 1M cells at 16 bytes = 16 MB; at 32 bytes the heap would reach 32 MB. */
    ck_assert_msg(after - before < 28u * 1000 * 1000,
                  "heap grew by %zu bytes for 1M cons cells", after - before);
}
END_TEST

Suite *term_suite(void)
{
    Suite *s = suite_create("term");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, small_ints_round_trip);
    tcase_add_test(tc, immediates_are_distinct);
    tcase_add_test(tc, cons_and_lists);
    tcase_add_test(tc, tuples_and_floats);
    tcase_add_test(tc, tagged_pointers_keep_objects_alive);
    tcase_add_test(tc, cons_cells_cost_sixteen_bytes);
    suite_add_tcase(s, tc);
    return s;
}

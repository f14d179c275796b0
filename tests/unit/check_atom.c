/* check_atom.c - the atom table: interning, predefined atoms, limits. */
#include "unit.h"

#include <stdio.h>
#include <string.h>

START_TEST(predefined_atoms_have_their_names)
{
    ck_assert_str_eq(atom_name(ATOM_ok), "ok");
    ck_assert_str_eq(atom_name(ATOM_true_), "true");
    ck_assert_str_eq(atom_name(ATOM_nonode_at_nohost), "nonode@nohost");
    ck_assert(atom_from_cstr("ok") == ATOM_ok);
    ck_assert(atom_from_cstr("comma-at") == ATOM_comma_at);
}
END_TEST

START_TEST(interning_is_idempotent)
{
    Term a = atom_from_cstr("hello world");
    Term b = atom_intern("hello worldXX", 11);
    ck_assert(a == b);
    ck_assert_uint_eq(atom_length(a), 11);
    ck_assert(atom_from_cstr("hello") != a);
    ck_assert(atom_lookup("never-made-atom-zz", 18) == NONE);
    Term c = atom_from_cstr("never-made-atom-zz");
    ck_assert(atom_lookup("never-made-atom-zz", 18) == c);
    /* the empty atom '' exists like any other */
    Term e = atom_intern("", 0);
    ck_assert(e != NONE && atom_length(e) == 0);
}
END_TEST

START_TEST(utf8_names_and_length_limit)
{
    /* "λ" is 2 bytes, 1 character: 255 of them are allowed, 256 are not. */
    char buf[600];
    for (int i = 0; i < 255; i++)
        memcpy(buf + 2 * i, "\xce\xbb", 2);
    ck_assert(atom_intern(buf, 510) != NONE);
    memcpy(buf + 510, "\xce\xbb", 2);
    ck_assert(atom_intern(buf, 512) == NONE);
    /* invalid UTF-8 is refused */
    ck_assert(atom_intern("\xff\xfe", 2) == NONE);
    ck_assert(atom_intern("\xc0\x80", 2) == NONE); /* overlong NUL */
}
END_TEST

START_TEST(table_limit_gives_none)
{
    /* Fill the table to its limit; the next new atom is refused (the
     * caller raises system_limit) but existing atoms still resolve. */
    char name[32];
    size_t start = atom_count();
    Term last = NONE;
    for (size_t i = start; i < ATOM_LIMIT; i++) {
        int n = snprintf(name, sizeof name, "fill_%zu", i);
        last = atom_intern(name, (size_t)n);
        ck_assert(last != NONE);
    }
    ck_assert_uint_eq(atom_count(), ATOM_LIMIT);
    ck_assert(atom_from_cstr("one-too-many") == NONE);
    ck_assert(atom_from_cstr("ok") == ATOM_ok);
    ck_assert_str_eq(atom_name(last), name);
}
END_TEST

Suite *atom_suite(void)
{
    Suite *s = suite_create("atom");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, predefined_atoms_have_their_names);
    tcase_add_test(tc, interning_is_idempotent);
    tcase_add_test(tc, utf8_names_and_length_limit);
    tcase_add_test(tc, table_limit_gives_none);
    suite_add_tcase(s, tc);
    return s;
}

/* check_format.c - the io_lib:format and lfe_io:format engines.
 *
 * The golden suites format_erl and format_lfe cover the control sequences
 * on terms read from text; these tests cover what text cannot express
 * (atoms with non-latin-1 names, bitstrings, huge nesting), the calling
 * conventions of format.h, and the list and latin-1 conversions.
 * Expected values come from OTP 25's io_lib:format and LFE 2.2.1's
 * lfe_io:format1.
 */
#include "unit.h"

#include <string.h>

#include "../../runtime/binary.h"
#include "../../runtime/format.h"

/* Format into a fresh buffer; NULL on -1. */
static const char *fe(const char *fmt, Term args)
{
    StrBuf out;
    strbuf_init(&out);
    return format_erl(list_from_cstr(fmt), args, &out) < 0 ? NULL : out.data;
}

static const char *fl(const char *fmt, Term args)
{
    StrBuf out;
    strbuf_init(&out);
    return format_lfe(list_from_cstr(fmt), args, &out) < 0 ? NULL : out.data;
}

static Term l1(Term a) { return make_cons(a, NIL); }
static Term l2(Term a, Term b) { return make_cons(a, l1(b)); }

/* The atom '\x{3BB}x' (lambda, x), built from UTF-8. */
static Term lambda_x(void) { return atom_from_cstr("\xCE\xBBx"); }

START_TEST(erl_basics)
{
    ck_assert_str_eq(fe("~w ~p ~s", make_cons(A("a"), l2(list_from_cstr("b"), list_from_cstr("c")))),
                     "a \"b\" c");
    ck_assert_str_eq(fe("~8.2.0b|~.16x|~.16#", make_cons(make_small(5), make_cons(make_small(255), l2(list_from_cstr("0x"), make_small(255))))),
                     "00000101|0xff|16#FF");
    ck_assert_str_eq(fe("~10.3f|~-10.1f|", l2(make_float(-1.5), make_float(9.99))),
                     "    -1.500|10.0      |");
    ck_assert_str_eq(fe("~.3s|~3s|~10..xs", make_cons(list_from_cstr("ab"), l2(list_from_cstr("truncated"), list_from_cstr("dots")))),
                     "ab |tru|xxxxxxdots");
    ck_assert_str_eq(fe("~3c~~~n", l1(make_small('B'))), "BBB~\n");
    ck_assert_str_eq(fe("~W", l2(list_from_cstr("abcdef"), make_small(3))), "[97,98|...]");
}
END_TEST

START_TEST(erl_errors)
{
    ck_assert_ptr_null(fe("~a", l1(A("x"))));
    ck_assert_ptr_null(fe("~w ~w", l1(make_small(1))));
    ck_assert_ptr_null(fe("~w", l2(make_small(1), make_small(2))));
    ck_assert_ptr_null(fe("~-5p", l1(A("x"))));
    ck_assert_ptr_null(fe("~.0f", l1(make_float(1.0))));
    ck_assert_ptr_null(fe("~.1e", l1(make_float(1.0))));
    ck_assert_ptr_null(fe("~f", l1(make_small(1))));
    ck_assert_ptr_null(fe("~s", l1(list_from_array((Term[]){make_small(97), make_small(256)}, 2))));
    ck_assert_ptr_null(fe("~.37b", l1(make_small(1))));
    ck_assert_ptr_null(fe("~", NIL));
    /* args must be a proper list; the format a list, binary or atom */
    ck_assert_ptr_null(fe("~w", make_cons(make_small(1), make_small(2))));
    ck_assert_ptr_null(fe("x", A("notalist")));
    StrBuf out;
    strbuf_init(&out);
    ck_assert_int_eq(format_erl(make_small(1), NIL, &out), -1);
    ck_assert_int_eq(format_lfe(A("abc"), NIL, &out), -1);
    ck_assert_int_eq(format_erl(A("abc~w"), l1(make_small(1)), &out), 0);
    ck_assert_str_eq(out.data, "abc1");
}
END_TEST

START_TEST(unicode_atoms)
{
    Term a = lambda_x();
    ck_assert_ptr_null(fe("~s", l1(a)));
    ck_assert_str_eq(fe("~ts", l1(a)), "\xCE\xBBx");
    ck_assert_str_eq(fe("~w", l1(a)), "'\\x{3BB}x'");
    ck_assert_str_eq(fe("~tw", l1(a)), "'\xCE\xBBx'");
    ck_assert_str_eq(fe("~p", l1(a)), "'\\x{3BB}x'");
    ck_assert_str_eq(fe("~tp", l1(a)), "'\xCE\xBBx'");
    ck_assert_str_eq(fe("~5ts|", l1(a)), "   \xCE\xBBx|");
    ck_assert_str_eq(fe("~-4tw|", l1(a)), "'\xCE\xBBx'|");
    ck_assert_str_eq(fl("~s", l1(a)), "\xCE\xBBx");
    ck_assert_str_eq(fl("~w", l1(a)), "\xCE\xBBx");
    ck_assert_str_eq(fl("~p", l1(a)), "\xCE\xBBx");
    ck_assert_str_eq(fl("~5w|", l1(a)), "   \xCE\xBBx|");
}
END_TEST

START_TEST(lfe_differences)
{
    ck_assert_str_eq(fl("~.3s|", l1(list_from_cstr("ab"))), "ab|");
    ck_assert_str_eq(fl("~.3w", l1(make_small(12345))), "123");
    ck_assert_str_eq(fl("~3f", l1(make_float(3.14159))), "3.1");
    ck_assert_str_eq(fl("~f", l1(make_float(-0.0))), "0.000000");
    ck_assert_str_eq(fe("~f", l1(make_float(-0.0))), "-0.000000");
    ck_assert_str_eq(fl("~.16+ ~.16# ~.36+", make_cons(make_small(255), l2(make_small(255), make_small(-1295)))),
                     "#xff #XFF -#36rzz");
    ck_assert_str_eq(fl("~c", l1(make_small(955))), "\xCE\xBB");
    ck_assert_ptr_null(fl("~ts", l1(list_from_cstr("a"))));
    ck_assert_ptr_null(fl("~-5p", l1(A("a"))));
    ck_assert_ptr_null(fl("~s", l1(binary_from_bytes((const uint8_t *)"caf\xE9", 4))));
}
END_TEST

START_TEST(bitstrings_and_binaries)
{
    uint8_t bits[] = {0x61, 0x80};
    Term bs = binary_from_bits(bits, 9);
    ck_assert_ptr_null(fe("~s", l1(bs)));
    ck_assert_ptr_null(fe("~ts", l1(bs)));
    ck_assert_ptr_null(fl("~s", l1(bs)));
    /* an unaligned sub-binary reads as its bytes */
    Term b = binary_from_bytes((const uint8_t *)"\x06\x16\x20", 3);
    Term sub = binary_sub(b, 4, 16); /* "ab" */
    ck_assert_str_eq(fe("~s", l1(sub)), "ab");
    ck_assert_str_eq(fe("~w", l1(binary_from_bits(bits, 9))), "<<97,1:1>>");
}
END_TEST

START_TEST(buffer_conventions)
{
    StrBuf out;
    strbuf_init(&out);
    strbuf_puts(&out, "prefix:");
    ck_assert_int_eq(format_erl(list_from_cstr("~w ~w"), l1(make_small(1)), &out), -1);
    ck_assert_str_eq(out.data, "prefix:");
    ck_assert_uint_eq(out.len, 7);
    ck_assert_int_eq(format_erl(list_from_cstr("~w"), l1(make_small(1)), &out), 0);
    ck_assert_str_eq(out.data, "prefix:1");
    /* the column starts at 0 whatever the buffer holds */
    Term names[9];
    for (int i = 0; i < 9; i++)
        names[i] = A("abcdefghijkl");
    Term long_list = list_from_array(names, 9);
    const char *alone = fe("~p", l1(long_list));
    strbuf_clear(&out);
    strbuf_puts(&out, "0123456789012345678901234567890123456789");
    ck_assert_int_eq(format_erl(list_from_cstr("~p"), l1(long_list), &out), 0);
    ck_assert_str_eq(out.data + 40, alone);
}
END_TEST

START_TEST(deep_chardata_and_limits)
{
    Term deep = list_from_cstr("x");
    for (int i = 0; i < 200000; i++)
        deep = make_cons(deep, NIL);
    ck_assert_str_eq(fe("~s", l1(deep)), "x");
    ck_assert_str_eq(fl("~s", l1(deep)), "x");
    const char *wide = fe("~*c", l2(make_small(1000), make_small('z')));
    ck_assert_ptr_nonnull(wide);
    ck_assert_uint_eq(strlen(wide), 1000);
    ck_assert_ptr_null(fe("~*c", l2(make_small((int64_t)1 << 30), make_small('z'))));
    ck_assert_ptr_null(fe("~99999999999999999999c", l1(make_small('z'))));
    /* a deep format list: inner lists are literal text */
    Term fmt = l2(list_from_cstr("ab"), list_from_cstr("~w"));
    StrBuf out;
    strbuf_init(&out);
    ck_assert_int_eq(format_erl(fmt, NIL, &out), 0);
    ck_assert_str_eq(out.data, "ab~w");
}
END_TEST

START_TEST(to_list_and_latin1)
{
    StrBuf text, bytes;
    strbuf_init(&text);
    strbuf_init(&bytes);
    ck_assert_int_eq(format_erl(list_from_cstr("~ts ~tc~n"),
                                l2(list_from_array((Term[]){make_small(99), make_small(233), make_small(955)}, 3),
                                   make_small(0x1F600)),
                                &text),
                     0);
    Term l = format_to_list(&text);
    int64_t want[] = {99, 233, 955, 32, 0x1F600, 10};
    ck_assert_int_eq(list_length(l), 6);
    for (int i = 0; i < 6; i++, l = CDR(l))
        ck_assert_int_eq(small_val(CAR(l)), want[i]);
    format_to_latin1(&text, &bytes);
    ck_assert_uint_eq(bytes.len, strlen("c\xE9\\x{3BB} \\x{1F600}\n"));
    ck_assert(memcmp(bytes.data, "c\xE9\\x{3BB} \\x{1F600}\n", bytes.len) == 0);
    StrBuf empty;
    strbuf_init(&empty);
    ck_assert(term_is_nil(format_to_list(&empty)));
}
END_TEST

Suite *format_suite(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, erl_basics);
    tcase_add_test(tc, erl_errors);
    tcase_add_test(tc, unicode_atoms);
    tcase_add_test(tc, lfe_differences);
    tcase_add_test(tc, bitstrings_and_binaries);
    tcase_add_test(tc, buffer_conventions);
    tcase_add_test(tc, deep_chardata_and_limits);
    tcase_add_test(tc, to_list_and_latin1);
    suite_add_tcase(s, tc);
    return s;
}

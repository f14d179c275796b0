/* check_unicode.c - strict UTF-8 decoding and encoding. */
#include "unit.h"

#include "../../runtime/unicode.h"

START_TEST(round_trips)
{
    uint32_t cps[] = {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000,
                      0x1F42D, 0x10FFFF};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        uint8_t buf[4];
        int n = utf8_encode(cps[i], buf);
        ck_assert_int_gt(n, 0);
        uint32_t back;
        ck_assert_int_eq(utf8_decode(buf, (size_t)n, &back), n);
        ck_assert_uint_eq(back, cps[i]);
    }
}
END_TEST

START_TEST(rejects_bad_sequences)
{
    uint32_t cp;
    ck_assert_int_eq(utf8_decode((const uint8_t *)"\xC0\x80", 2, &cp), -1);
    ck_assert_int_eq(utf8_decode((const uint8_t *)"\xED\xA0\x80", 3, &cp), -1);
    ck_assert_int_eq(utf8_decode((const uint8_t *)"\xF4\x90\x80\x80", 4, &cp), -1);
    ck_assert_int_eq(utf8_decode((const uint8_t *)"\xE2\x82", 2, &cp), -1);
    ck_assert_int_eq(utf8_decode((const uint8_t *)"\x80", 1, &cp), -1);
    uint8_t buf[4];
    ck_assert_int_eq(utf8_encode(0xD800, buf), 0);
    ck_assert_int_eq(utf8_encode(0x110000, buf), 0);
    ck_assert_int_eq(utf8_count("a\xce\xbb" "b", 4), 3);
    ck_assert_int_eq(utf8_count("a\xce", 2), -1);
}
END_TEST

Suite *unicode_suite(void)
{
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, round_trips);
    tcase_add_test(tc, rejects_bad_sequences);
    suite_add_tcase(s, tc);
    return s;
}

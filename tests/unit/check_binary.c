/* check_binary.c - binaries, bitstrings, sub-binaries and appending. */
#include "unit.h"

#include <string.h>

#include "../../runtime/binary.h"
#include "../../runtime/gc.h"

START_TEST(bytes_and_sizes)
{
    Term b = binary_from_bytes((const uint8_t *)"abc", 3);
    ck_assert(term_is_binary(b) && term_is_bitstring(b));
    ck_assert_uint_eq(binary_byte_size(b), 3);
    ck_assert_uint_eq(binary_bit_size(b), 24);
    ck_assert(memcmp(binary_bytes(b), "abc", 3) == 0);
    Term e = binary_empty();
    ck_assert(term_is_binary(e) && binary_bit_size(e) == 0);
}
END_TEST

START_TEST(bitstrings_are_not_binaries)
{
    uint8_t bits[] = {0xA0}; /* 101 */
    Term b = binary_from_bits(bits, 3);
    ck_assert(term_is_bitstring(b) && !term_is_binary(b));
    ck_assert_uint_eq(binary_bit_size(b), 3);
    ck_assert_uint_eq(binary_get_byte(b, 0), 0xA0);
}
END_TEST

START_TEST(sub_binaries_share_and_read_unaligned)
{
    Term b = binary_from_bytes((const uint8_t *)"\x12\x34\x56", 3);
    Term s = binary_sub(b, 4, 16); /* 0x2345 */
    ck_assert(!binary_is_aligned(s));
    ck_assert_uint_eq(binary_get_byte(s, 0), 0x23);
    ck_assert_uint_eq(binary_get_byte(s, 8), 0x45);
    uint8_t out[2];
    binary_copy_bits(s, 0, 16, out);
    ck_assert_uint_eq(out[0], 0x23);
    ck_assert_uint_eq(out[1], 0x45);
    ck_assert(binary_ptr(s)->buf == binary_ptr(b)->buf);
    /* reading the last partial byte masks bits past the end */
    Term t = binary_sub(b, 20, 4); /* 0x6 */
    ck_assert_uint_eq(binary_get_byte(t, 0), 0x60);
}
END_TEST

START_TEST(appending_keeps_old_values)
{
    Term a = binary_from_bytes((const uint8_t *)"ab", 2);
    Term b = binary_append(a, (const uint8_t *)"c", 1);
    Term c = binary_append(a, (const uint8_t *)"X", 1); /* same prefix */
    ck_assert(memcmp(binary_bytes(b), "abc", 3) == 0);
    ck_assert(memcmp(binary_bytes(c), "abX", 3) == 0);
    ck_assert_uint_eq(binary_byte_size(a), 2);
    ck_assert(memcmp(binary_bytes(a), "ab", 2) == 0);
}
END_TEST

START_TEST(appending_unaligned_bits)
{
    uint8_t one[] = {0x80}, zero[] = {0x00}, five[] = {0xF8};
    Term x = binary_from_bits(one, 1);             /* 1 */
    Term y = binary_append_bits(x, five, 5);       /* 111111 */
    Term z = binary_append_bits(x, zero, 1);       /* 10: must not see y */
    ck_assert_uint_eq(binary_bit_size(y), 6);
    ck_assert_uint_eq(binary_get_byte(y, 0), 0xFC);
    ck_assert_uint_eq(binary_bit_size(z), 2);
    ck_assert_uint_eq(binary_get_byte(z, 0), 0x80);
    ck_assert_uint_eq(binary_get_byte(y, 0), 0xFC);
    Term w = binary_append_bits(z, five, 5);       /* 1011111 */
    ck_assert_uint_eq(binary_get_byte(w, 0), 0xBE);
}
END_TEST

/* Building a 1 MB binary one byte at a time must reuse buffers: the total
 * allocated stays a small multiple of the result, not quadratic. */
START_TEST(append_loop_is_amortised)
{
    Term b = binary_empty();
    size_t buffers = 0;
    BinBuf *last = NULL;
    for (int i = 0; i < 1000000; i++) {
        uint8_t byte = (uint8_t)i;
        b = binary_append(b, &byte, 1);
        if (binary_ptr(b)->buf != last) {
            buffers++;
            last = binary_ptr(b)->buf;
        }
    }
    ck_assert_uint_eq(binary_byte_size(b), 1000000);
    ck_assert_uint_eq(binary_bytes(b)[999999], (uint8_t)999999);
    ck_assert_uint_eq(binary_bytes(b)[256], 0);
    ck_assert_msg(buffers < 40, "%zu buffers for 1M appends", buffers);
}
END_TEST

Suite *binary_suite(void)
{
    Suite *s = suite_create("binary");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, bytes_and_sizes);
    tcase_add_test(tc, bitstrings_are_not_binaries);
    tcase_add_test(tc, sub_binaries_share_and_read_unaligned);
    tcase_add_test(tc, appending_keeps_old_values);
    tcase_add_test(tc, appending_unaligned_bits);
    tcase_add_test(tc, append_loop_is_amortised);
    suite_add_tcase(s, tc);
    return s;
}

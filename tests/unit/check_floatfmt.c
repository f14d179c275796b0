/* check_floatfmt.c - float printing against Erlang/OTP 25's own output.
 *
 * The expected strings were printed by erl (float_to_list(F, [short]),
 * io_lib ~w and ~.Nf ~.Ne ~.Ng).  data/floatfmt_random.txt holds, one per
 * line, the output for 20,000 doubles drawn by a splitmix64 generator that
 * this file reproduces bit for bit (random bit patterns, ordinary
 * magnitudes, both ends of each binade including subnormals, and short
 * decimals); every fifth line also holds ~f ~e ~g with drawn precisions.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/floatfmt.h"

static const char *fmt_erlang(double d)
{
    static StrBuf b;
    strbuf_init(&b);
    floatfmt_erlang(d, &b);
    return b.data;
}

static const char *fmt_f(double d, int n)
{
    static StrBuf b;
    strbuf_init(&b);
    floatfmt_fixed(d, n, &b);
    return b.data;
}

static const char *fmt_e(double d, int n)
{
    static StrBuf b;
    strbuf_init(&b);
    floatfmt_exp(d, n, &b);
    return b.data;
}

static const char *fmt_g(double d, int n)
{
    static StrBuf b;
    strbuf_init(&b);
    floatfmt_general(d, n, &b);
    return b.data;
}

START_TEST(erlang_notation)
{
    /* From the conformance case print_floats (OTP 25 output). */
    static const struct {
        double d;
        const char *s;
    } cases[] = {
        {0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {-1.0, "-1.0"},
        {0.5, "0.5"}, {0.1, "0.1"}, {0.1 + 0.2, "0.30000000000000004"},
        {1.0 / 3, "0.3333333333333333"}, {10.0, "10.0"}, {100.0, "100.0"},
        {1000.0, "1.0e3"}, {12345.0, "12345.0"}, {123456.0, "123456.0"},
        {1234567.0, "1234567.0"}, {1.0e15, "1.0e15"}, {1.0e16, "1.0e16"},
        {123456789012345680.0, "1.2345678901234568e17"}, {1.0e21, "1.0e21"},
        {1.0e22, "1.0e22"}, {1.0e23, "1.0e23"}, {0.01, "0.01"},
        {0.001, "0.001"}, {0.0001, "0.0001"}, {1.0e-5, "1.0e-5"},
        {1.5e-7, "1.5e-7"}, {1.0e-10, "1.0e-10"},
        {3.141592653589793, "3.141592653589793"},
        {1.7976931348623157e308, "1.7976931348623157e308"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {5.0e-324, "5.0e-324"}, {-123.456, "-123.456"},
        {1152921504606846976.0, "1.152921504606847e18"},
        {9007199254740993.0, "9.007199254740992e15"},
        {123456789.0, "123456789.0"}, {1.0e100, "1.0e100"},
        {1.0e25, "1.0e25"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_str_eq(fmt_erlang(cases[i].d), cases[i].s);
}
END_TEST

START_TEST(shortest_digits)
{
    char ds[32];
    int e;
    ck_assert_int_eq(floatfmt_shortest(1000.0, ds, &e), 1);
    ck_assert_str_eq(ds, "1");
    ck_assert_int_eq(e, 4);
    ck_assert_int_eq(floatfmt_shortest(-0.001, ds, &e), 1);
    ck_assert_int_eq(e, -2);
    ck_assert_int_eq(floatfmt_shortest(5e-324, ds, &e), 1);
    ck_assert_str_eq(ds, "5");
    ck_assert_int_eq(e, -323);
    ck_assert_int_eq(floatfmt_shortest(0.1 + 0.2, ds, &e), 17);
    ck_assert_str_eq(ds, "30000000000000004");
    ck_assert_int_eq(e, 0);
}
END_TEST

START_TEST(io_lib_f_e_g)
{
    /* From erl: io_lib:format("~.Nf" ...) and print_floats / io_directives. */
    ck_assert_str_eq(fmt_f(3.14159, 6), "3.141590");
    ck_assert_str_eq(fmt_f(3.14159, 2), "3.14");
    ck_assert_str_eq(fmt_f(2.25, 1), "2.3");
    ck_assert_str_eq(fmt_f(0.05, 1), "0.1");
    ck_assert_str_eq(fmt_f(-1.5, 3), "-1.500");
    ck_assert_str_eq(fmt_f(9.99, 1), "10.0");
    ck_assert_str_eq(fmt_f(1.0e-7, 6), "0.000000");
    ck_assert_str_eq(fmt_f(-0.04, 1), "-0.0");
    ck_assert_str_eq(fmt_f(0.1, 20), "0.10000000000000000555");
    ck_assert_str_eq(fmt_f(999.995, 2), "1000.00");
    ck_assert_str_eq(fmt_f(0.005, 2), "0.01");
    /* ~f of 1.0e300: the 21 digits of float_to_list/1, then zeros
     * (308 characters in all, from erl). */
    const char *big = fmt_f(1.0e300, 6);
    ck_assert_uint_eq(strlen(big), 308);
    ck_assert(strncmp(big, "100000000000000005250000", 24) == 0);
    ck_assert_str_eq(big + 294, "0000000.000000");
    ck_assert_uint_eq(strspn(big + 20, "0"), 281);
    ck_assert_str_eq(fmt_e(12345.678, 6), "1.23457e+4");
    ck_assert_str_eq(fmt_e(0.000123, 3), "1.23e-4");
    ck_assert_str_eq(fmt_e(0.0, 6), "0.00000e+0");
    ck_assert_str_eq(fmt_e(-0.0, 2), "-0.0e+0");
    ck_assert_str_eq(fmt_e(9.9996, 3), "1.00e+1");
    ck_assert_str_eq(fmt_e(5.0e-324, 6), "4.94066e-324");
    ck_assert_str_eq(fmt_e(1.0e300, 6), "1.00000e+300");
    ck_assert_str_eq(fmt_e(0.1, 30), "1.00000000000000005551000000000e-1");
    ck_assert_str_eq(fmt_g(0.5, 6), "0.500000");
    ck_assert_str_eq(fmt_g(1.0e10, 6), "1.00000e+10");
    ck_assert_str_eq(fmt_g(123.456, 3), "1.23e+2");
    ck_assert_str_eq(fmt_g(1.0e7, 6), "1.00000e+7");
    ck_assert_str_eq(fmt_g(0.5, 1), "0.5");
    ck_assert_str_eq(fmt_g(5.0, 1), "5.0e+0");
    ck_assert_str_eq(fmt_g(0.05, 1), "5.0e-2");
    ck_assert_str_eq(fmt_g(12345.0, 6), "1.23450e+4");
    ck_assert_str_eq(fmt_g(0.05, 6), "5.00000e-2");
}
END_TEST

/* ---- 20,000 random doubles ------------------------------------------ */

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

/* The same draw as the Erlang generator (fgen:value/2). */
static double draw(uint64_t r)
{
    uint64_t kind = r & 3;
    r >>= 2;
    switch (kind) {
    case 0:
        if (((r >> 52) & 0x7FF) == 0x7FF)
            r ^= UINT64_C(1) << 62;
        return from_bits(r);
    case 1: {
        uint64_t e = 1023 - 60 + ((r >> 52) % 131);
        return from_bits(((r >> 63) << 63) | (e << 52) |
                         (r & ((UINT64_C(1) << 52) - 1)));
    }
    case 2: {
        uint64_t e = (r >> 52) & 0x7FF;
        if (e == 0x7FF)
            e = 0x7FE;
        uint64_t lo = r & 3;
        uint64_t man = ((r >> 2) & 1) ? (UINT64_C(1) << 52) - 1 - lo : lo;
        return from_bits(((r >> 63) << 63) | (e << 52) | man);
    }
    default: {
        uint64_t digits = 1 + r % 15, p = 1;
        for (uint64_t i = 0; i < digits; i++)
            p *= 10;
        uint64_t n = (r >> 8) % p;
        uint64_t k = (r >> 50) % 20, q = 1;
        for (uint64_t i = 0; i < k; i++)
            q *= 10;
        return (double)n / (double)q;
    }
    }
}

START_TEST(random_doubles_match_erlang)
{
    FILE *f = fopen("tests/unit/data/floatfmt_random.txt", "r");
    ck_assert_msg(f != NULL, "run from the repository root");
    uint64_t seed = 42;
    char line[512];
    int n = 0, bad = 0;
    for (int i = 20000; i > 0; i--) {
        ck_assert(fgets(line, sizeof line, f) != NULL);
        line[strcspn(line, "\n")] = '\0';
        double d = draw(splitmix(&seed));
        uint64_t r2 = splitmix(&seed);
        char *fields[4] = {line, NULL, NULL, NULL};
        for (int k = 1; k < 4; k++) {
            char *sp = fields[k - 1] ? strchr(fields[k - 1], ' ') : NULL;
            if (sp) {
                *sp = '\0';
                fields[k] = sp + 1;
            }
        }
        char want[4][512];
        const char *got[4] = {fmt_erlang(d), NULL, NULL, NULL};
        strcpy(want[0], got[0]);
        if (fields[1]) {
            got[1] = strcpy(want[1], fmt_f(d, (int)(1 + r2 % 12)));
            got[2] = strcpy(want[2], fmt_e(d, (int)(2 + (r2 >> 8) % 12)));
            got[3] = strcpy(want[3], fmt_g(d, (int)(1 + (r2 >> 16) % 12)));
        }
        for (int k = 0; k < 4; k++) {
            if (!fields[k])
                continue;
            n++;
            if (strcmp(got[k], fields[k]) != 0 && bad++ < 10)
                fprintf(stderr, "line %d field %d: %.17g: got %s want %s\n",
                        20001 - i, k, d, got[k], fields[k]);
        }
    }
    fclose(f);
    ck_assert_msg(bad == 0, "%d of %d outputs differ from erl", bad, n);
}
END_TEST

Suite *floatfmt_suite(void)
{
    Suite *s = suite_create("floatfmt");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, erlang_notation);
    tcase_add_test(tc, shortest_digits);
    tcase_add_test(tc, io_lib_f_e_g);
    tcase_add_test(tc, random_doubles_match_erlang);
    suite_add_tcase(s, tc);
    return s;
}

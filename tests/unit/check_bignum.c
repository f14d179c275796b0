/* check_bignum.c - bignum construction, normalisation, comparison, text
 * and double conversions.
 *
 * Expected values come from Erlang/OTP 25 (integer_to_list/2, float/1,
 * trunc/1, comparisons), generated with the escript kept at the end of
 * check_arith.c and pasted here as strings.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/bignum.h"
#include "../../runtime/gc.h"

/* A decimal integer (never NONE: the strings here are well formed). */
static Term num(const char *s)
{
    Term t = bignum_from_string(s, strlen(s), 10);
    ck_assert_msg(t != NONE, "cannot parse %s", s);
    return t;
}

/* The decimal text of an integer, for messages and comparisons. */
static const char *text(Term t, int base)
{
    StrBuf b;
    strbuf_init(&b);
    if (t == NONE)
        return "NONE";
    bignum_to_string(t, base, &b);
    return b.data;
}

/* True when t is exactly the integer in s, normalised: small iff it fits. */
static bool is_int(Term t, const char *s)
{
    Term want = num(s);
    if (!term_is_integer(t) || bignum_compare(t, want) != 0)
        return false;
    if (term_is_small(t) != term_is_small(want))
        return false;
    if (term_is_bignum(t)) { /* no leading zero limb */
        size_t n = bignum_nlimbs(t);
        if (n == 0 || bignum_limbs(t)[n - 1] == 0)
            return false;
    }
    return true;
}

#define ASSERT_INT(t, s) \
    ck_assert_msg(is_int((t), (s)), "got %s, want %s", text((t), 10), (s))

START_TEST(construction_normalises)
{
    ck_assert(term_is_small(bignum_from_int64(SMALL_MAX)));
    ck_assert(term_is_small(bignum_from_int64(SMALL_MIN)));
    Term big = bignum_from_int64(SMALL_MAX + 1);
    ck_assert(term_is_bignum(big) && !bignum_is_negative(big));
    ck_assert_uint_eq(bignum_nlimbs(big), 1);
    ck_assert_uint_eq(bignum_limbs(big)[0], (uint64_t)1 << 59);
    Term nbig = bignum_from_int64(SMALL_MIN - 1);
    ck_assert(term_is_bignum(nbig) && bignum_is_negative(nbig));
    ck_assert_uint_eq(bignum_limbs(nbig)[0], ((uint64_t)1 << 59) + 1);
    ASSERT_INT(bignum_from_int64(INT64_MIN), "-9223372036854775808");
    ASSERT_INT(bignum_from_int64(INT64_MAX), "9223372036854775807");
    ASSERT_INT(bignum_from_uint64(UINT64_MAX), "18446744073709551615");
    ASSERT_INT(make_int64(-576460752303423489), "-576460752303423489");
    ASSERT_INT(make_uint64((uint64_t)1 << 63), "9223372036854775808");
    ck_assert(term_is_small(make_uint64((uint64_t)SMALL_MAX)));

    uint64_t five[] = {5, 0, 0};
    ck_assert(bignum_from_limbs(five, 3, false) == make_small(5));
    ck_assert(bignum_from_limbs(five, 3, true) == make_small(-5));
    uint64_t zero[] = {0, 0};
    ck_assert(bignum_from_limbs(zero, 2, true) == make_small(0));
    ck_assert(bignum_from_limbs(zero, 0, false) == make_small(0));
    uint64_t minsmall[] = {(uint64_t)1 << 59, 0};
    ck_assert(bignum_from_limbs(minsmall, 2, true) == make_small(SMALL_MIN));
    ck_assert(term_is_bignum(bignum_from_limbs(minsmall, 2, false)));
    uint64_t two64[] = {0, 1, 0, 0};
    Term t = bignum_from_limbs(two64, 4, false);
    ck_assert_uint_eq(bignum_nlimbs(t), 2);
    ASSERT_INT(t, "18446744073709551616");
    ASSERT_INT(bignum_from_limbs(two64, 4, true), "-18446744073709551616");
    ck_assert_uint_eq(bignum_nlimbs(make_small(3)), 0);
}
END_TEST

START_TEST(builder_trims_in_place)
{
    Bignum *b = bignum_alloc(3);
    b->limbs[0] = 7;
    b->limbs[1] = 0;
    b->limbs[2] = 0;
    ck_assert(bignum_finish(b, 3, true) == make_small(-7));
    b = bignum_alloc(3);
    b->limbs[0] = 0;
    b->limbs[1] = 9;
    b->limbs[2] = 0;
    Term t = bignum_finish(b, 3, false);
    ck_assert(term_is_bignum(t) && bignum_nlimbs(t) == 2);
    ASSERT_INT(t, "166020696663385964544");
    uint64_t tmp;
    const uint64_t *l;
    bool neg;
    ck_assert_uint_eq(bignum_magnitude(make_small(-42), &tmp, &l, &neg), 1);
    ck_assert(neg && l[0] == 42);
    ck_assert_uint_eq(bignum_magnitude(make_small(0), &tmp, &l, &neg), 0);
    ck_assert_uint_eq(bignum_magnitude(t, &tmp, &l, &neg), 2);
    ck_assert(!neg && l[1] == 9 && l[0] == 0);
}
END_TEST

START_TEST(too_big_is_none)
{
    size_t n = BIGNUM_MAX_LIMBS + 1;
    uint64_t *l = gc_alloc_atomic(n * sizeof(uint64_t));
    memset(l, 0, n * sizeof(uint64_t));
    l[n - 1] = 1;
    ck_assert(bignum_from_limbs(l, n, false) == NONE);
    Term max = bignum_from_limbs(l + 1, n - 1, false);
    ck_assert(term_is_bignum(max) && bignum_nlimbs(max) == BIGNUM_MAX_LIMBS);
}
END_TEST

START_TEST(to_int64)
{
    int64_t v;
    ck_assert(bignum_to_int64(num("9223372036854775807"), &v) &&
              v == INT64_MAX);
    ck_assert(bignum_to_int64(num("-9223372036854775808"), &v) &&
              v == INT64_MIN);
    ck_assert(bignum_to_int64(num("-576460752303423489"), &v) &&
              v == -576460752303423489);
    ck_assert(bignum_to_int64(make_small(-3), &v) && v == -3);
    ck_assert(!bignum_to_int64(num("9223372036854775808"), &v));
    ck_assert(!bignum_to_int64(num("-9223372036854775809"), &v));
    ck_assert(!bignum_to_int64(num("18446744073709551616"), &v));
    ck_assert(!bignum_to_int64(A("x"), &v));
}
END_TEST

/* Sorted ascending: every pair must compare by position. */
static const char *const ORDERED[] = {
    "-340282366920938463463374607431768211456",
    "-18446744073709551617", "-18446744073709551616",
    "-18446744073709551615", "-9223372036854775808",
    "-576460752303423489", "-576460752303423488", "-1", "0", "1",
    "576460752303423487", "576460752303423488", "9223372036854775808",
    "18446744073709551615", "18446744073709551616",
    "340282366920938463463374607431768211455",
    "340282366920938463463374607431768211456"};

START_TEST(compare_integers)
{
    size_t n = sizeof ORDERED / sizeof ORDERED[0];
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            int want = (i > j) - (i < j);
            int got = bignum_compare(num(ORDERED[i]), num(ORDERED[j]));
            ck_assert_msg(got == want, "compare %s %s: %d", ORDERED[i],
                          ORDERED[j], got);
        }
}
END_TEST

/* {value, base, integer_to_list(value, base)} from erl. */
static const char *const STRINGS[][3] = {
    {"0", "2", "0"},
    {"0", "3", "0"},
    {"0", "8", "0"},
    {"0", "10", "0"},
    {"0", "16", "0"},
    {"0", "36", "0"},
    {"1", "2", "1"},
    {"1", "3", "1"},
    {"1", "8", "1"},
    {"1", "10", "1"},
    {"1", "16", "1"},
    {"1", "36", "1"},
    {"-1", "2", "-1"},
    {"-1", "3", "-1"},
    {"-1", "8", "-1"},
    {"-1", "10", "-1"},
    {"-1", "16", "-1"},
    {"-1", "36", "-1"},
    {"35", "2", "100011"},
    {"35", "3", "1022"},
    {"35", "8", "43"},
    {"35", "10", "35"},
    {"35", "16", "23"},
    {"35", "36", "Z"},
    {"-36", "2", "-100100"},
    {"-36", "3", "-1100"},
    {"-36", "8", "-44"},
    {"-36", "10", "-36"},
    {"-36", "16", "-24"},
    {"-36", "36", "-10"},
    {"255", "2", "11111111"},
    {"255", "3", "100110"},
    {"255", "8", "377"},
    {"255", "10", "255"},
    {"255", "16", "FF"},
    {"255", "36", "73"},
    {"576460752303423487", "2", "11111111111111111111111111111111111111111111111111111111111"},
    {"576460752303423487", "3", "10211200211111010201020221210202221011"},
    {"576460752303423487", "8", "37777777777777777777"},
    {"576460752303423487", "10", "576460752303423487"},
    {"576460752303423487", "16", "7FFFFFFFFFFFFFF"},
    {"576460752303423487", "36", "4DO2A5OXWE0V"},
    {"-576460752303423488", "2", "-100000000000000000000000000000000000000000000000000000000000"},
    {"-576460752303423488", "3", "-10211200211111010201020221210202221012"},
    {"-576460752303423488", "8", "-40000000000000000000"},
    {"-576460752303423488", "10", "-576460752303423488"},
    {"-576460752303423488", "16", "-800000000000000"},
    {"-576460752303423488", "36", "-4DO2A5OXWE0W"},
    {"576460752303423488", "2", "100000000000000000000000000000000000000000000000000000000000"},
    {"576460752303423488", "3", "10211200211111010201020221210202221012"},
    {"576460752303423488", "8", "40000000000000000000"},
    {"576460752303423488", "10", "576460752303423488"},
    {"576460752303423488", "16", "800000000000000"},
    {"576460752303423488", "36", "4DO2A5OXWE0W"},
    {"18446744073709551615", "2", "1111111111111111111111111111111111111111111111111111111111111111"},
    {"18446744073709551615", "3", "11112220022122120101211020120210210211220"},
    {"18446744073709551615", "8", "1777777777777777777777"},
    {"18446744073709551615", "10", "18446744073709551615"},
    {"18446744073709551615", "16", "FFFFFFFFFFFFFFFF"},
    {"18446744073709551615", "36", "3W5E11264SGSF"},
    {"-18446744073709551616", "2", "-10000000000000000000000000000000000000000000000000000000000000000"},
    {"-18446744073709551616", "3", "-11112220022122120101211020120210210211221"},
    {"-18446744073709551616", "8", "-2000000000000000000000"},
    {"-18446744073709551616", "10", "-18446744073709551616"},
    {"-18446744073709551616", "16", "-10000000000000000"},
    {"-18446744073709551616", "36", "-3W5E11264SGSG"},
    {"515377520732011331036461129765621272702107522001", "2", "101101001000110010100111100101001100111001101110110100001010110010110110100000111110111011101011101011010010100011111010101010111001111001110000001001111010001"},
    {"515377520732011331036461129765621272702107522001", "3", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"515377520732011331036461129765621272702107522001", "8", "55106247451471566412626640767353532243725271716011721"},
    {"515377520732011331036461129765621272702107522001", "10", "515377520732011331036461129765621272702107522001"},
    {"515377520732011331036461129765621272702107522001", "16", "5A4653CA673768565B41F775D6947D55CF3813D1"},
    {"515377520732011331036461129765621272702107522001", "36", "AJMFWC7PEP3ZSS2FWKM9ZM45PD86W29"},
    {"-1798465042647412146620280340569649349251249", "2", "-101001010010100110110101101111111010011110010111011100010110010000111110010001001010111001001100100010100011111011101100111011101000010110001"},
    {"-1798465042647412146620280340569649349251249", "3", "-12120012211120022210201101020202020022002212121011222212110210101102020102201001220012111"},
    {"-1798465042647412146620280340569649349251249", "8", "-51224665577236273426207621127114424373547350261"},
    {"-1798465042647412146620280340569649349251249", "10", "-1798465042647412146620280340569649349251249"},
    {"-1798465042647412146620280340569649349251249", "16", "-14A536B7F4F2EE2C87C895C99147DD9DD0B1"},
    {"-1798465042647412146620280340569649349251249", "36", "-1PT1QUQK9SM1XDXY18BB47FRNKXD"},
    {"10000000000000000000000000000000000000007", "2", "1110101100011001010011111000111000011010111001010010010111111101010111011100111110101011000010000000000000000000000000000000000000111"},
    {"10000000000000000000000000000000000000007", "3", "211112220011011200002021020221120011011121010121200011122112122221112100221111011122"},
    {"10000000000000000000000000000000000000007", "8", "165431237070327122277527347653020000000000007"},
    {"10000000000000000000000000000000000000007", "10", "10000000000000000000000000000000000000007"},
    {"10000000000000000000000000000000000000007", "16", "1D6329F1C35CA4BFABB9F5610000000007"},
    {"10000000000000000000000000000000000000007", "36", "CDE0SUU7BCGSN5RIMWENZYEEPZ"},
    {"48873677980689257489322752273774603865660850175", "2", "100010001111100100100100111011101100111011101101101001111111111010010010111000011111010110110000111111111111111111111111111111111111111111111111111111111111"},
    {"48873677980689257489322752273774603865660850175", "3", "21200101122222021102111220121112212100222222222222222222222222222222222222222222222222222222222222"},
    {"48873677980689257489322752273774603865660850175", "8", "4217444473547355517772227037266077777777777777777777"},
    {"48873677980689257489322752273774603865660850175", "10", "48873677980689257489322752273774603865660850175"},
    {"48873677980689257489322752273774603865660850175", "16", "88F924EECEEDA7FE92E1F5B0FFFFFFFFFFFFFFF"},
    {"48873677980689257489322752273774603865660850175", "36", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"},
    {"-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376", "2", "-1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376", "3", "-1100200101201000210112011200111001000001122010110100211001022210220221010101020122201120211102202110012111000011100202001100221012222121100120000102202100202221122222201112011111010102202201"},
    {"-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376", "8", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376", "10", "-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376"},
    {"-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376", "16", "-1000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376", "36", "-13SDQ815RXWSYJ5TMZ0CKNCOBDQCX23M6UL0L0ZHD4T3QUYPL8PKSVTQWHS"},
};

START_TEST(strings_match_erlang)
{
    for (size_t i = 0; i < sizeof STRINGS / sizeof STRINGS[0]; i++) {
        Term v = num(STRINGS[i][0]);
        int base = atoi(STRINGS[i][1]);
        const char *want = STRINGS[i][2];
        ck_assert_msg(!strcmp(text(v, base), want), "%s in base %d: %s",
                      STRINGS[i][0], base, text(v, base));
        Term back = bignum_from_string(want, strlen(want), base);
        ck_assert_msg(back != NONE && bignum_compare(back, v) == 0 &&
                          term_is_small(back) == term_is_small(v),
                      "parse %s base %d", want, base);
        /* lower case parses too */
        char lower[400];
        size_t n = strlen(want);
        ck_assert(n < sizeof lower);
        for (size_t k = 0; k <= n; k++)
            lower[k] = (char)(want[k] >= 'A' && want[k] <= 'Z' ? want[k] + 32
                                                                  : want[k]);
        ck_assert(bignum_compare(bignum_from_string(lower, n, base), v) == 0);
    }
}
END_TEST

START_TEST(parse_edge_cases)
{
    struct {
        const char *s;
        int base;
        const char *want; /* decimal, or NULL for NONE */
    } cases[] = {
        {"+ff", 16, "255"},
        {"-FF", 16, "-255"},
        {"-000", 10, "0"},
        {"-0", 10, "0"},
        {"+0", 10, "0"},
        {"0000000000000000000000000000001", 10, "1"},
        {"-0000000000000000000000000000576460752303423488", 10,
         "-576460752303423488"},
        {"zz", 36, "1295"},
        {"ZZZZZZZZZZZZ", 36, "4738381338321616895"},
        {"ZZZZZZZZZZZZZ", 36, "170581728179578208255"},
        {"-1000000000000000000000000000000000000000000000000000000000000000", 2,
         "-9223372036854775808"},
        {"", 10, NULL},
        {"-", 10, NULL},
        {"+", 10, NULL},
        {"+-1", 10, NULL},
        {"--1", 10, NULL},
        {" 1", 10, NULL},
        {"1 ", 10, NULL},
        {"1_000", 10, NULL},
        {"12", 2, NULL},
        {"g", 16, NULL},
        {"0x10", 16, NULL},
        {"1.0", 10, NULL},
        {"1e5", 10, NULL},
        {"10", 1, NULL},
        {"10", 37, NULL},
        {"10", 0, NULL},
        {"123456789012345678901234567890a", 10, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Term t = bignum_from_string(cases[i].s, strlen(cases[i].s),
                                    cases[i].base);
        if (cases[i].want)
            ck_assert_msg(is_int(t, cases[i].want), "%s: got %s", cases[i].s,
                          text(t, 10));
        else
            ck_assert_msg(t == NONE, "%s base %d: got %s", cases[i].s,
                          cases[i].base, text(t, 10));
    }
    /* the length counts, not a NUL */
    ck_assert(bignum_from_string("12\0003", 4, 10) == NONE);
    ck_assert(bignum_from_string("123", 2, 10) == make_small(12));
    ck_assert(bignum_from_string(NULL, 0, 10) == NONE);
    StrBuf b;
    strbuf_init(&b);
    bignum_to_string(make_small(5), 37, &b);
    bignum_to_string(A("x"), 10, &b);
    ck_assert_uint_eq(b.len, 0);
}
END_TEST

/* A 200,000-digit number: parse, print and compare (GMP's subquadratic
 * conversions; must be quick). */
START_TEST(long_strings)
{
    size_t n = 200000;
    char *s = gc_alloc_atomic(n + 2);
    s[0] = '-';
    for (size_t i = 1; i <= n; i++)
        s[i] = (char)('0' + (i * 7) % 10);
    s[1] = '9';
    Term t = bignum_from_string(s, n + 1, 10);
    ck_assert(term_is_bignum(t) && bignum_is_negative(t));
    StrBuf b;
    strbuf_init(&b);
    bignum_to_string(t, 10, &b);
    ck_assert_uint_eq(b.len, n + 1);
    ck_assert(memcmp(b.data, s, n + 1) == 0);
    strbuf_clear(&b);
    bignum_to_string(t, 36, &b);
    Term u = bignum_from_string(b.data, b.len, 36);
    ck_assert(bignum_compare(t, u) == 0);
}
END_TEST

/* {integer, float(integer)} from erl: the BEAM's limb-by-limb rounding. */
static const char *const TO_DOUBLE[][2] = {
    {"18446744073709553664", "1.8446744073709552e19"},
    {"18446744073709553665", "1.8446744073709556e19"},
    {"27670116110564329473", "2.7670116110564327e19"},
    {"340282366920938501242306470388929921025", "3.402823669209385e38"},
    {"340282366920938576800170196303253340160", "3.402823669209386e38"},
    {"262204396838947116126630308200698612", "2.622043968389471e35"},
    {"172750912421760003549756274530570298", "1.7275091242175998e35"},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "badarg"},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1.7976931348623157e308"},
    {"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "1.7976931348623157e308"},
    {"-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "-1.7976931348623157e308"},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "badarg"},
    {"-179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "badarg"},
    {"9007199254740993", "9.007199254740992e15"},
    {"1152921504606846975", "1.152921504606847e18"},
    {"-9223372036854775807", "-9.223372036854776e18"},
    {"265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001", "2.6561398887587478e95"},
};

/* The double a string from erl names ("badarg" for none). */
static bool parse_float(const char *s, double *d)
{
    if (!strcmp(s, "badarg"))
        return false;
    *d = strtod(s, NULL);
    return true;
}

START_TEST(to_double_as_the_beam)
{
    for (size_t i = 0; i < sizeof TO_DOUBLE / sizeof TO_DOUBLE[0]; i++) {
        double want, got = 0;
        bool ok = parse_float(TO_DOUBLE[i][1], &want);
        bool res = bignum_to_double(num(TO_DOUBLE[i][0]), &got);
        ck_assert_msg(res == ok, "float(%s): %d", TO_DOUBLE[i][0], res);
        if (ok)
            ck_assert_msg(got == want, "float(%s) = %.17g, want %s",
                          TO_DOUBLE[i][0], got, TO_DOUBLE[i][1]);
    }
    double d;
    ck_assert(!bignum_to_double(A("x"), &d));
    ck_assert(bignum_to_double(make_small(SMALL_MAX), &d) &&
              d == 576460752303423488.0);
}
END_TEST

START_TEST(from_double)
{
    ASSERT_INT(bignum_from_double(1.0e30), "1000000000000000019884624838656");
    ASSERT_INT(bignum_from_double(-1.0e30),
               "-1000000000000000019884624838656");
    ASSERT_INT(bignum_from_double(5.764607523034235e17), "576460752303423488");
    ASSERT_INT(bignum_from_double(-5.764607523034235e17),
               "-576460752303423488");
    ASSERT_INT(bignum_from_double(1.8446744073709552e19),
               "18446744073709551616");
    ASSERT_INT(bignum_from_double(-4.5e15 - 0.5), "-4500000000000000");
    ASSERT_INT(bignum_from_double(1.0e20), "100000000000000000000");
    ASSERT_INT(bignum_from_double(0.99), "0");
    ASSERT_INT(bignum_from_double(-0.99), "0");
    ASSERT_INT(bignum_from_double(-0.0), "0");
    ASSERT_INT(bignum_from_double(-7.5), "-7");
    ASSERT_INT(bignum_from_double(1.7976931348623157e308),
               "17976931348623157081452742373170435679807056752584499659891747"
               "68031572607800285387605895586327668781715404589535143824642343"
               "21326889464182768467546703537516986049910576551282076245490090"
               "38932894407586850845513394230458323690322294816580855933212334"
               "8274797826204144723168738177180919299881250404026184124858368");
    ck_assert(bignum_from_double(INFINITY) == NONE);
    ck_assert(bignum_from_double(-INFINITY) == NONE);
    ck_assert(bignum_from_double(NAN) == NONE);
}
END_TEST

/* Exact integer/float comparison; answers checked with erl (==, <). */
START_TEST(compare_with_double)
{
    struct {
        const char *i;
        double d;
        int want;
    } cases[] = {
        {"18446744073709551616", 1.8446744073709552e19, 0},
        {"18446744073709551617", 1.8446744073709552e19, 1},
        {"18446744073709551615", 1.8446744073709552e19, -1},
        {"-18446744073709551617", -1.8446744073709552e19, -1},
        {"9007199254740993", 9007199254740992.0, 1},
        {"9007199254740993", 9007199254740994.0, -1},
        {"576460752303423487", 5.764607523034235e17, -1},
        {"576460752303423488", 5.764607523034235e17, 0},
        {"-576460752303423488", -5.764607523034235e17, 0},
        {"-576460752303423489", -5.764607523034235e17, -1},
        {"3", 3.5, -1},
        {"-3", -3.5, 1},
        {"0", -0.0, 0},
        {"0", 1.0e-300, -1},
        {"1000000000000000019884624838656", 1.0e30, 0},
        {"1000000000000000000000000000000", 1.0e30, -1},
        {"1000000000000000019884624838657", 1.0e30, 1},
        {"-1000000000000000019884624838657", 1.0e30, -1},
        {"100", 1.0e300, -1},
        {"-100", -1.0e300, 1},
        {"576460752303423488", 0.5, 1},
        {"-576460752303423488", 0.5, -1},
        {"-576460752303423489", -0.5, -1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int got = bignum_compare_double(num(cases[k].i), cases[k].d);
        ck_assert_msg(got == cases[k].want, "%s vs %.17g: %d", cases[k].i,
                      cases[k].d, got);
    }
    /* a bignum beyond every double */
    uint64_t l[20] = {0};
    l[19] = 1;
    ck_assert_int_eq(bignum_compare_double(bignum_from_limbs(l, 20, false),
                                           1.7976931348623157e308),
                     1);
    ck_assert_int_eq(bignum_compare_double(bignum_from_limbs(l, 20, true),
                                           -1.7976931348623157e308),
                     -1);
}
END_TEST

Suite *bignum_suite(void)
{
    Suite *s = suite_create("bignum");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, construction_normalises);
    tcase_add_test(tc, builder_trims_in_place);
    tcase_add_test(tc, too_big_is_none);
    tcase_add_test(tc, to_int64);
    tcase_add_test(tc, compare_integers);
    tcase_add_test(tc, strings_match_erlang);
    tcase_add_test(tc, parse_edge_cases);
    tcase_add_test(tc, long_strings);
    tcase_add_test(tc, to_double_as_the_beam);
    tcase_add_test(tc, from_double);
    tcase_add_test(tc, compare_with_double);
    suite_add_tcase(s, tc);
    return s;
}

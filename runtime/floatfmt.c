/* floatfmt.c - doubles to text, the way Erlang/OTP 25 writes them.
 *
 * Two digit sources feed every notation:
 *  - the shortest digit string that reads back as the same double (and,
 *    among strings of that length, the one closest to the exact value),
 *    used by io_lib:write, ~w, ~p and float_to_list(F, [short]);
 *  - the 21 correctly rounded significant digits of "%.20e", which is
 *    what float_to_list/1 gives and what io_lib's ~f and ~e round again
 *    (half up, on those digits: the double rounding is Erlang's own).
 *
 * The shortest digits are found by asking the C library: for n = 1..17
 * take the correctly rounded n-digit decimal ("%.*e", exact in glibc) and
 * check that strtod gives the double back.  Inside a binade the rounding
 * interval is symmetric, so the least such n is found by binary search,
 * every candidate being derived from one 40-digit rounding.  At a power of
 * two the interval is lopsided: every n is tried, and when the closest
 * n-digit decimal does not read back its neighbour on the far side of the
 * value (the only other candidate) is tried too.  Slower than Ryu (about
 * 2 us a number) but simple and exact for every finite double.
 */
#include "floatfmt.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Digits and decimal exponent of "%.{n-1}e" of a (> 0): a ~ 0.DIGITS * 10^exp. */
static int rounded_digits(double a, int n, char *digits, int *exp10)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", n - 1, a);
    int k = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[k++] = *p;
    digits[k] = '\0';
    *exp10 = (*p == 'e' ? atoi(p + 1) : 0) + 1;
    return k;
}

/* The double that 0.DIGITS * 10^exp10 reads as. */
static double read_back(const char *digits, int exp10)
{
    char buf[64];
    snprintf(buf, sizeof buf, "0.%se%d", digits, exp10);
    return strtod(buf, NULL);
}

/* Step an n-digit decimal by one unit in its last place, up or down,
 * keeping n digits (crossing a power of ten moves the exponent). */
static void step_digits(char *digits, int n, int *exp10, bool up)
{
    int i = n - 1;
    if (up) {
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else { /* 99..9 + 1 = 100..0 */
            digits[0] = '1';
            (*exp10)++;
        }
    } else {
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        digits[i]--; /* digits[0] >= '1', so i >= 0 here */
        if (digits[0] == '0') { /* 10..0 - 1: the largest n digits below */
            memset(digits, '9', (size_t)n);
            (*exp10)--;
        }
    }
}

/* The correctly rounded n-digit decimal of a, derived from its 40-digit
 * rounding long (digits, exponent exp40).  Falls back to the C library
 * when the digits after n read 5000...: then long may itself be rounded. */
static int derive_digits(double a, const char *lng, int exp40, int n, char *digits,
                         int *exp10)
{
    const char *rest = lng + n;
    if (rest[0] == '5' && rest[strspn(rest + 1, "0") + 1] == '\0')
        return rounded_digits(a, n, digits, exp10);
    memcpy(digits, lng, (size_t)n);
    digits[n] = '\0';
    *exp10 = exp40;
    if (rest[0] >= '5')
        step_digits(digits, n, exp10, true);
    return n;
}

/* Shortest digits by trying every length with the neighbour check: for
 * the lopsided rounding interval of a power of two, and subnormals. */
static int shortest_linear(double a, char digits[32], int *exp10)
{
    for (int n = 1; n <= 17; n++) {
        int k = rounded_digits(a, n, digits, exp10);
        double back = read_back(digits, *exp10);
        if (back != a) {
            step_digits(digits, k, exp10, back < a);
            if (read_back(digits, *exp10) != a)
                continue;
        }
        return k;
    }
    /* Unreachable: 17 significant digits always round-trip. */
    return rounded_digits(a, 17, digits, exp10);
}

int floatfmt_shortest(double d, char digits[32], int *exp10)
{
    double a = fabs(d);
    if (!(a > 0) || isinf(a) || isnan(a)) {
        strcpy(digits, "0");
        *exp10 = 1;
        return 1;
    }
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int k;
    if ((bits & ((UINT64_C(1) << 52) - 1)) == 0 || (bits >> 52) == 0) {
        k = shortest_linear(a, digits, exp10);
    } else {
        /* The rounding interval is symmetric, so whether the closest
         * n-digit decimal reads back is monotonic in n: search for the
         * least n, deriving each candidate from one 40-digit rounding. */
        char lng[48];
        int exp40;
        rounded_digits(a, 40, lng, &exp40);
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            derive_digits(a, lng, exp40, mid, digits, exp10);
            if (read_back(digits, *exp10) == a)
                hi = mid;
            else
                lo = mid + 1;
        }
        k = derive_digits(a, lng, exp40, lo, digits, exp10);
    }
    while (k > 1 && digits[k - 1] == '0')
        digits[--k] = '\0';
    return k;
}

static bool sign_bit(double d)
{
    return signbit(d) != 0;
}

void floatfmt_erlang(double d, StrBuf *out)
{
    if (isnan(d) || isinf(d)) { /* no such Erlang float; never crash */
        strbuf_puts(out, isnan(d) ? "nan" : (d > 0 ? "inf" : "-inf"));
        return;
    }
    if (sign_bit(d))
        strbuf_putc(out, '-');
    if (d == 0) {
        strbuf_puts(out, "0.0");
        return;
    }
    char ds[32];
    int place;
    int len = floatfmt_shortest(d, ds, &place);
    /* As OTP 25's float_to_list(F, [short]): with value = DIGITS * 10^r,
     * fixed notation for -(len + 2) <= r <= 1 (or 2 once the exponent has
     * two digits; -4 <= r <= 2 for one digit), except for values of 2^53
     * and more, which always get an exponent. */
    int r = place - len;
    int sci = place - 1;
    int lower = len == 1 ? -4 : -(len + 2);
    int upper = len == 1 ? 2 : (sci >= 10 ? 2 : 1);
    bool fixed = lower <= r && r <= upper;
    if (fixed && r >= 0) {
        uint64_t m = strtoull(ds, NULL, 10);
        if ((r == 0 && m >= (UINT64_C(1) << 53)) ||
            (r == 1 && m > (UINT64_C(1) << 52) / 5) ||
            (r == 2 && m > (UINT64_C(1) << 51) / 25))
            fixed = false;
    }
    if (!fixed) {
        strbuf_putc(out, ds[0]);
        strbuf_putc(out, '.');
        strbuf_puts(out, len == 1 ? "0" : ds + 1);
        strbuf_printf(out, "e%d", sci);
    } else if (r >= 0) {
        strbuf_puts(out, ds);
        for (int i = 0; i < r; i++)
            strbuf_putc(out, '0');
        strbuf_puts(out, ".0");
    } else if (place > 0) {
        strbuf_append(out, ds, (size_t)place);
        strbuf_putc(out, '.');
        strbuf_puts(out, ds + place);
    } else {
        strbuf_puts(out, "0.");
        for (int i = 0; i < -place; i++)
            strbuf_putc(out, '0');
        strbuf_puts(out, ds);
    }
}

/* float_to_list/1's digits of |d|: 21 significant digits, value =
 * 0.DIGITS * 10^exp10. */
static void data_digits(double d, char digits[32], int *exp10)
{
    double a = fabs(d);
    if (a == 0) {
        memset(digits, '0', 21);
        digits[21] = '\0';
        *exp10 = 1;
        return;
    }
    rounded_digits(a, 21, digits, exp10);
}

/* Erlang's float_man: `ndig` digits (taken from ds, padded with zeros)
 * then, when dec >= 0, a point and dec decimals, rounded half up on the
 * next digit.  Writes into out (room for ndig + dec + 2) and returns
 * whether a carry came out of the top digit. */
static bool mantissa(const char *ds, int ndig, int dec, char *out)
{
    int nds = (int)strlen(ds);
    int total = ndig + dec;
    int k = 0;
    for (int i = 0; i < total; i++) {
        if (i == ndig)
            out[k++] = '.';
        out[k++] = i < nds ? ds[i] : '0';
    }
    if (dec == 0)
        out[k++] = '.';
    out[k] = '\0';
    bool carry = total < nds && ds[total] >= '5';
    for (int j = k - 1; carry && j >= 0; j--) {
        if (out[j] == '.')
            continue;
        if (out[j] == '9') {
            out[j] = '0';
        } else {
            out[j]++;
            carry = false;
        }
    }
    if (dec == 0)
        out[--k] = '\0';
    return carry;
}

void floatfmt_fixed(double d, int decimals, StrBuf *out)
{
    if (isnan(d) || isinf(d)) {
        floatfmt_erlang(d, out);
        return;
    }
    if (decimals < 0)
        decimals = 0;
    if (decimals > 1000000)
        decimals = 1000000;
    char ds[32], padded[400];
    int e;
    data_digits(d, ds, &e);
    if (e <= 0) { /* prepend 1 - e zeros: 0.000DDD */
        int z = 1 - e; /* at most 324 */
        memset(padded, '0', (size_t)z);
        strcpy(padded + z, ds);
        e = 1;
    } else {
        strcpy(padded, ds);
    }
    char *m = malloc((size_t)e + (size_t)decimals + 3);
    if (!m)
        abort();
    bool carry = mantissa(padded, e, decimals, m);
    if (sign_bit(d))
        strbuf_putc(out, '-');
    if (carry)
        strbuf_putc(out, '1');
    strbuf_puts(out, m);
    free(m);
}

void floatfmt_exp(double d, int precision, StrBuf *out)
{
    if (isnan(d) || isinf(d)) {
        floatfmt_erlang(d, out);
        return;
    }
    if (precision < 2)
        precision = 2;
    if (precision > 1000000)
        precision = 1000000;
    char ds[32];
    int e;
    data_digits(d, ds, &e);
    char *m = malloc((size_t)precision + 3);
    if (!m)
        abort();
    bool carry = mantissa(ds, 1, precision - 1, m);
    if (sign_bit(d))
        strbuf_putc(out, '-');
    if (carry) { /* 9.99 rounded up to "0.00" with a carry: 1.00, e + 1 */
        m[0] = '1';
        e++;
    }
    strbuf_puts(out, m);
    free(m);
    if (e - 1 >= 0)
        strbuf_printf(out, "e+%d", e - 1);
    else
        strbuf_printf(out, "e%d", e - 1);
}

void floatfmt_general(double d, int precision, StrBuf *out)
{
    if (precision < 1)
        precision = 1;
    double a = fabs(d);
    int e = a < 1.0e-1 ? -2
          : a < 1.0e0  ? -1
          : a < 1.0e1  ? 0
          : a < 1.0e2  ? 1
          : a < 1.0e3  ? 2
          : a < 1.0e4  ? 3
                       : INT_MAX; /* Erlang compares an atom here */
    if ((precision <= 1 && e == -1) || (e != INT_MAX && precision - 1 > e && e >= -1))
        floatfmt_fixed(d, precision - 1 - e, out);
    else if (precision <= 1)
        floatfmt_exp(d, 2, out);
    else
        floatfmt_exp(d, precision, out);
}

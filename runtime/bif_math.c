/* bif_math.c - the math module: C's libm behind OTP 25's math BIFs.
 *
 * Every argument may be an integer or a float; anything else is badarg.
 * An integer too large for a double, and a result that is not finite
 * (sqrt(-1), log(0), an overflowing pow or exp), raise badarith as the
 * BEAM does.  OTP 25 exports no math:e/0 or math:tau/0, so neither do we.
 */
#include "bif.h"

#include <math.h>

#include "atom.h"
#include "bignum.h"

#include "bifs.def"

/* The argument as a double: 0, or the error atom to raise. */
static Term to_double(Term t, double *out)
{
    if (term_is_float(t)) {
        *out = float_val(t);
        return 0;
    }
    if (term_is_small(t)) {
        *out = (double)small_val(t);
        return 0;
    }
    if (term_is_bignum(t))
        return bignum_to_double(t, out) ? 0 : ATOM_badarith;
    return ATOM_badarg;
}

/* The result, or badarith when it is not finite. */
static Term result(Process *p, double r)
{
    return isfinite(r) ? make_float(r) : bif_error(p, ATOM_badarith);
}

static Term call1(Process *p, const Term *args, double (*f)(double))
{
    double x;
    Term e = to_double(args[0], &x);
    return e ? bif_error(p, e) : result(p, f(x));
}

static Term call2(Process *p, const Term *args, double (*f)(double, double))
{
    double x, y;
    Term e = to_double(args[0], &x);
    if (!e)
        e = to_double(args[1], &y);
    return e ? bif_error(p, e) : result(p, f(x, y));
}

#define MATH1(name)                                          \
    Term bif_math_##name##_1(Process *p, const Term *args)   \
    {                                                        \
        return call1(p, args, name);                         \
    }
#define MATH2(name)                                          \
    Term bif_math_##name##_2(Process *p, const Term *args)   \
    {                                                        \
        return call2(p, args, name);                         \
    }

MATH1(sin)
MATH1(cos)
MATH1(tan)
MATH1(asin)
MATH1(acos)
MATH1(atan)
MATH1(sinh)
MATH1(cosh)
MATH1(tanh)
MATH1(asinh)
MATH1(acosh)
MATH1(atanh)
MATH1(exp)
MATH1(log)
MATH1(log2)
MATH1(log10)
MATH1(sqrt)
MATH1(erf)
MATH1(erfc)
MATH1(ceil)
MATH1(floor)
MATH2(atan2)
MATH2(pow)
MATH2(fmod)

Term bif_math_pi_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return make_float(3.14159265358979323846);
}

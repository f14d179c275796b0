/* check_bif_math.c - the math module (bif_math.c).
 *
 * Each row calls a BIF on arguments read with the LFE reader and compares
 * the result as lfe_io:print writes it.  The expected values were produced
 * by running the same calls on OTP 25 and printing them with LFE 2.2.1's
 * lfe_io:print1 (exceptions as #(EXC Class Reason)).
 */
#include "bif_rows.h"

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/bif.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

static const Row rows[] = {
    {"math", "pi", "()", "3.141592653589793"},
    {"math", "sin", "(0)", "0.0"},
    {"math", "sin", "(1)", "0.8414709848078965"},
    {"math", "sin", "(1.5)", "0.9974949866040544"},
    {"math", "cos", "(0)", "1.0"},
    {"math", "cos", "(2.5)", "-0.8011436155469337"},
    {"math", "tan", "(1)", "1.5574077246549023"},
    {"math", "asin", "(0.5)", "0.5235987755982989"},
    {"math", "asin", "(2)", "#(EXC error badarith)"},
    {"math", "acos", "(0.5)", "1.0471975511965979"},
    {"math", "acos", "(-1.5)", "#(EXC error badarith)"},
    {"math", "atan", "(1)", "0.7853981633974483"},
    {"math", "atan2", "(1 2)", "0.4636476090008061"},
    {"math", "atan2", "(-1 -2.0)", "-2.677945044588987"},
    {"math", "atan2", "(0 0)", "0.0"},
    {"math", "sinh", "(1)", "1.1752011936438014"},
    {"math", "sinh", "(1000)", "#(EXC error badarith)"},
    {"math", "cosh", "(1)", "1.5430806348152437"},
    {"math", "cosh", "(-1000)", "#(EXC error badarith)"},
    {"math", "tanh", "(0.5)", "0.46211715726000974"},
    {"math", "asinh", "(1)", "0.881373587019543"},
    {"math", "acosh", "(1)", "0.0"},
    {"math", "acosh", "(0.5)", "#(EXC error badarith)"},
    {"math", "atanh", "(0.5)", "0.5493061443340548"},
    {"math", "atanh", "(1)", "#(EXC error badarith)"},
    {"math", "atanh", "(-1)", "#(EXC error badarith)"},
    {"math", "exp", "(1)", "2.718281828459045"},
    {"math", "exp", "(1000)", "#(EXC error badarith)"},
    {"math", "exp", "(-1000)", "0.0"},
    {"math", "log", "(10)", "2.302585092994046"},
    {"math", "log", "(0)", "#(EXC error badarith)"},
    {"math", "log", "(-1)", "#(EXC error badarith)"},
    {"math", "log2", "(1024)", "10.0"},
    {"math", "log2", "(10)", "3.321928094887362"},
    {"math", "log2", "(0)", "#(EXC error badarith)"},
    {"math", "log10", "(1000)", "3.0"},
    {"math", "log10", "(0.001)", "-3.0"},
    {"math", "pow", "(2 10)", "1024.0"},
    {"math", "pow", "(2 0.5)", "1.4142135623730951"},
    {"math", "pow", "(10 400)", "#(EXC error badarith)"},
    {"math", "pow", "(0 -1)", "#(EXC error badarith)"},
    {"math", "pow", "(-8 0.5)", "#(EXC error badarith)"},
    {"math", "pow", "(-8 3)", "-512.0"},
    {"math", "pow", "(0.0 0)", "1.0"},
    {"math", "sqrt", "(4)", "2.0"},
    {"math", "sqrt", "(2)", "1.4142135623730951"},
    {"math", "sqrt", "(-1)", "#(EXC error badarith)"},
    {"math", "sqrt", "(0)", "0.0"},
    {"math", "sqrt", "(1606938044258990275541962092341162602522202993782792835301376)", "1.2676506002282294e30"},
    {"math", "erf", "(0.5)", "0.5204998778130465"},
    {"math", "erf", "(3)", "0.9999779095030014"},
    {"math", "erfc", "(0.5)", "0.4795001221869535"},
    {"math", "erfc", "(30)", "0.0"},
    {"math", "ceil", "(1.2)", "2.0"},
    {"math", "ceil", "(-1.2)", "-1.0"},
    {"math", "ceil", "(5)", "5.0"},
    {"math", "floor", "(1.7)", "1.0"},
    {"math", "floor", "(-1.5)", "-2.0"},
    {"math", "floor", "(-5)", "-5.0"},
    {"math", "floor", "(1180591620717411303424)", "1.1805916207174113e21"},
    {"math", "fmod", "(7 3)", "1.0"},
    {"math", "fmod", "(-7 3)", "-1.0"},
    {"math", "fmod", "(7.5 2)", "1.5"},
    {"math", "fmod", "(1 0)", "#(EXC error badarith)"},
    {"math", "fmod", "(1.0 0.0)", "#(EXC error badarith)"},
    {"math", "sqrt", "(a)", "#(EXC error badarg)"},
    {"math", "sin", "(\"1\")", "#(EXC error badarg)"},
    {"math", "pow", "(2 b)", "#(EXC error badarg)"},
    {"math", "pow", "(c 2)", "#(EXC error badarg)"},
    {"math", "fmod", "(#\"1\" 2)", "#(EXC error badarg)"},
    {"math", "sqrt", "(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", "#(EXC error badarith)"},
    {"math", "exp", "(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", "#(EXC error badarith)"},
};

START_TEST(math_rows)
{
    rows_check(&rows[_i]);
}
END_TEST

Suite *bif_math_suite(void)
{
    Suite *s = suite_create("bif_math");
    TCase *tc = tcase_create("rows");
    tcase_add_loop_test(tc, math_rows, 0, (int)(sizeof rows / sizeof rows[0]));
    suite_add_tcase(s, tc);
    return s;
}

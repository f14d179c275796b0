/* floatfmt.h - turning doubles into text as Erlang does.
 *
 * The shortest digit string that reads back as the same double, and the
 * notations built on it: io_lib's ~w/~p format ("1.0e3", "12345.0",
 * "0.1"), float_to_list/2's options, and ~f ~e ~g.
 */
#ifndef ELFE_FLOATFMT_H
#define ELFE_FLOATFMT_H

#include "strbuf.h"

/* Shortest round-trip digits of a finite |d| > 0: d = 0.DIGITS * 10^exp10.
 * Writes NUL-terminated digits (at most 17) and returns their count. */
int floatfmt_shortest(double d, char digits[32], int *exp10);
/* As io_lib:write/1 and ~w / ~p print a float. */
void floatfmt_erlang(double d, StrBuf *out);
/* ~.Nf: fixed notation with n decimals. */
void floatfmt_fixed(double d, int decimals, StrBuf *out);
/* ~.Ne: scientific notation with n significant digits (Erlang's ~e). */
void floatfmt_exp(double d, int precision, StrBuf *out);
/* ~.Ng: ~f for 0.1 <= |d| < 10^precision, else ~e. */
void floatfmt_general(double d, int precision, StrBuf *out);

#endif

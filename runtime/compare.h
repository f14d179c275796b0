/* compare.h - Erlang's total term order and equality.
 *
 * number < atom < reference < fun < port < pid < tuple < map < nil
 * < list < bitstring.  Numbers compare by value (1 == 1.0); within the
 * other types the BEAM's rules apply (tuples by size then elements, maps
 * by size then keys in key order then values, atoms by name, ...).
 */
#ifndef ELFE_COMPARE_H
#define ELFE_COMPARE_H

#include "term.h"

/* -1, 0 or 1 in Erlang's term order (0 means ==).  Mixed integer/float
 * comparisons go through arith_compare. */
int term_compare(Term a, Term b);
/* == : equal in the term order (1 == 1.0). */
bool term_equal(Term a, Term b);
/* The exact order used for map keys: term order, except that every
 * integer sorts before every float; 0 exactly when a =:= b. */
int term_compare_exact(Term a, Term b);
/* =:= : exactly the same term (1 =/= 1.0; 0.0 =:= -0.0 as OTP 25). */
bool term_exact_equal(Term a, Term b);

#endif

/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "arith.h"
#define S1(name) Term name(Term a) { (void)a; UNIMPLEMENTED(); }
#define S2(name) Term name(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }
S2(arith_add) S2(arith_sub) S2(arith_mul) S2(arith_fdiv) S2(arith_div) S2(arith_rem)
S1(arith_neg) S2(arith_band) S2(arith_bor) S2(arith_bxor) S1(arith_bnot) S2(arith_bsl) S2(arith_bsr)
S1(arith_abs) S1(arith_to_float) S1(arith_trunc) S1(arith_round) S1(arith_floor) S1(arith_ceil)
int arith_compare(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }

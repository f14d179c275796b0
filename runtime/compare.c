/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "compare.h"
int term_compare(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }
bool term_equal(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }
bool term_exact_equal(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }

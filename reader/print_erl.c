/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "print.h"
void print_erl_write(StrBuf *o, Term t, const PrintOpts *p) { (void)o; (void)t; (void)p; UNIMPLEMENTED(); }
void print_erl_pretty(StrBuf *o, Term t, const PrintOpts *p) { (void)o; (void)t; (void)p; UNIMPLEMENTED(); }
void print_erl_atom(StrBuf *o, Term t) { (void)o; (void)t; UNIMPLEMENTED(); }

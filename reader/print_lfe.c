/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "print.h"
PrintOpts print_default_opts(void) { PrintOpts o = {-1, 1, 80, false, -1}; return o; }
void print_lfe_write(StrBuf *o, Term t, const PrintOpts *p) { (void)o; (void)t; (void)p; UNIMPLEMENTED(); }
void print_lfe_pretty(StrBuf *o, Term t, const PrintOpts *p) { (void)o; (void)t; (void)p; UNIMPLEMENTED(); }
void print_lfe_atom(StrBuf *o, Term t) { (void)o; (void)t; UNIMPLEMENTED(); }

/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "floatfmt.h"
int floatfmt_shortest(double d, char digits[32], int *e) { (void)d; (void)digits; (void)e; UNIMPLEMENTED(); }
void floatfmt_erlang(double d, StrBuf *o) { strbuf_printf(o, "%g", d); }
void floatfmt_fixed(double d, int n, StrBuf *o) { (void)d; (void)n; (void)o; UNIMPLEMENTED(); }
void floatfmt_exp(double d, int n, StrBuf *o) { (void)d; (void)n; (void)o; UNIMPLEMENTED(); }
void floatfmt_general(double d, int n, StrBuf *o) { (void)d; (void)n; (void)o; UNIMPLEMENTED(); }

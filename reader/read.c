/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "read.h"
Reader *reader_new(const char *f, const uint8_t *t, size_t n, SrcMap *p) { (void)f; (void)t; (void)n; (void)p; UNIMPLEMENTED(); }
void reader_set_eval(Reader *r, ReadEvalFn e, void *c) { (void)r; (void)e; (void)c; UNIMPLEMENTED(); }
int reader_next(Reader *r, Term *o, ReadError *e) { (void)r; (void)o; (void)e; UNIMPLEMENTED(); }
bool reader_incomplete(const Reader *r) { (void)r; UNIMPLEMENTED(); }
void read_error_format(const ReadError *e, StrBuf *o) { (void)e; (void)o; UNIMPLEMENTED(); }

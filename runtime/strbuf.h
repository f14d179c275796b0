/* strbuf.h - a growable byte buffer, for printers and error messages.
 *
 * The bytes live in pointer-free GC memory; a StrBuf may sit on the C
 * stack.  The contents are always NUL-terminated for convenience, but may
 * also contain NUL bytes: use len.
 *
 * A scratch buffer that usually stays small can start in the caller's own
 * array (strbuf_init_local): it then allocates nothing until it outgrows
 * that array, when its contents move to GC memory.  Its data must not be
 * kept past the array's lifetime.
 */
#ifndef ELFE_STRBUF_H
#define ELFE_STRBUF_H

#include <stdarg.h>

#include "types.h"

struct StrBuf {
    char *data;
    size_t len;
    size_t cap;
    bool local; /* data is the caller's array, not GC memory */
};

void strbuf_init(StrBuf *b);
/* Start empty in the caller's array buf of cap bytes (cap >= 1). */
void strbuf_init_local(StrBuf *b, char *buf, size_t cap);
void strbuf_putc(StrBuf *b, char c);
void strbuf_append(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
/* Append a signed integer in decimal. */
void strbuf_put_int(StrBuf *b, int64_t v);
/* Append a code point as UTF-8 (invalid code points append nothing). */
void strbuf_put_utf8(StrBuf *b, uint32_t cp);
void strbuf_printf(StrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap);
/* Forget the contents, keeping the memory. */
void strbuf_clear(StrBuf *b);

#endif

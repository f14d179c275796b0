/* strbuf.c - growable byte buffer (see strbuf.h). */
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "unicode.h"

void strbuf_init(StrBuf *b)
{
    b->cap = 64;
    b->len = 0;
    b->data = gc_alloc_atomic(b->cap);
    b->data[0] = 0;
}

static void reserve(StrBuf *b, size_t extra)
{
    if (!b->data)
        strbuf_init(b);
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap * 2;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = gc_realloc(b->data, cap);
    b->cap = cap;
}

void strbuf_append(StrBuf *b, const char *s, size_t n)
{
    reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void strbuf_putc(StrBuf *b, char c)
{
    reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void strbuf_puts(StrBuf *b, const char *s)
{
    strbuf_append(b, s, strlen(s));
}

void strbuf_put_utf8(StrBuf *b, uint32_t cp)
{
    uint8_t tmp[4];
    int n = utf8_encode(cp, tmp);
    strbuf_append(b, (const char *)tmp, (size_t)n);
}

void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0)
        return;
    reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

void strbuf_clear(StrBuf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = 0;
}

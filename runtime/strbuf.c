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
    b->local = false;
    b->data = gc_alloc_atomic(b->cap);
    b->data[0] = 0;
}

void strbuf_init_local(StrBuf *b, char *buf, size_t cap)
{
    b->data = buf;
    b->cap = cap;
    b->len = 0;
    b->local = true;
    buf[0] = 0;
}

static void grow(StrBuf *b, size_t extra)
{
    if (!b->data) {
        strbuf_init(b);
        if (b->len + extra + 1 <= b->cap)
            return;
    }
    size_t cap = b->cap * 2;
    while (cap < b->len + extra + 1)
        cap *= 2;
    if (b->local) {
        char *d = gc_alloc_atomic(cap);
        memcpy(d, b->data, b->len + 1);
        b->data = d;
        b->local = false;
    } else {
        b->data = gc_realloc(b->data, cap);
    }
    b->cap = cap;
}

static inline void reserve(StrBuf *b, size_t extra)
{
    if (!b->data || b->len + extra + 1 > b->cap)
        grow(b, extra);
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

void strbuf_put_int(StrBuf *b, int64_t v)
{
    char tmp[24];
    char *e = tmp + sizeof tmp, *q = e;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    strbuf_append(b, q, (size_t)(e - q));
}

void strbuf_put_utf8(StrBuf *b, uint32_t cp)
{
    uint8_t tmp[4];
    int n = utf8_encode(cp, tmp);
    strbuf_append(b, (const char *)tmp, (size_t)n);
}

/* One vsnprintf into the free space when the text fits, a second one
 * after growing when it does not. */
void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
    reserve(b, 32);
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n <= 0) {
        b->data[b->len] = 0;
        return;
    }
    if ((size_t)n >= room) {
        b->data[b->len] = 0;
        reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
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

/* slurp.h - read a whole stream into memory, for the test tools. */
#ifndef ELFE_TOOLS_SLURP_H
#define ELFE_TOOLS_SLURP_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* The bytes of f up to end of file (malloc'd), their count in *len. */
static inline uint8_t *slurp(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    if (!buf)
        abort();
    *len = n;
    return buf;
}

#endif

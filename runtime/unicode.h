/* unicode.h - UTF-8 encoding and decoding of code points.
 *
 * Strict UTF-8 as Erlang's unicode module: no overlong forms, no
 * surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
 */
#ifndef ELFE_UNICODE_H
#define ELFE_UNICODE_H

#include "types.h"

#define UNICODE_MAX 0x10FFFF

/* Decode one code point at s[0..n).  Returns the number of bytes used (1-4)
 * and stores the code point, or returns -1 for invalid or truncated input. */
int utf8_decode(const uint8_t *s, size_t n, uint32_t *cp);
/* Encode cp into out (room for 4 bytes); returns the byte count, or 0 when
 * cp is not a valid code point (a surrogate, or above U+10FFFF). */
int utf8_encode(uint32_t cp, uint8_t *out);
/* Number of code points in s[0..n), or -1 when s is not valid UTF-8. */
long utf8_count(const char *s, size_t n);
/* Whether cp is a valid Unicode scalar value. */
bool unicode_valid(uint32_t cp);

#endif

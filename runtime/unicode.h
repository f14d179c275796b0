/* unicode.h - UTF-8 encoding and decoding of code points, and the parts
 * of the Unicode Character Database the library needs: normalisation
 * forms (NFC, NFD, NFKC, NFKD), extended grapheme clusters (UAX #29) and
 * full case mappings, all from the Unicode 14.0 tables OTP 25 uses.
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

/* Normalisation forms. */
typedef enum UnicodeForm { UNICODE_NFC, UNICODE_NFD, UNICODE_NFKC, UNICODE_NFKD } UnicodeForm;
/* Case mappings (full, with SpecialCasing's unconditional entries). */
typedef enum UnicodeCase { UNICODE_UPPER, UNICODE_LOWER, UNICODE_TITLE, UNICODE_FOLD } UnicodeCase;

/* The canonical combining class of cp (0 for a starter). */
int unicode_ccc(uint32_t cp);
/* Normalise in[0..n) to form; returns a malloc'd array the caller frees,
 * its length in *out_n (NULL only when n is 0). */
uint32_t *unicode_normalize(const uint32_t *in, size_t n, UnicodeForm form, size_t *out_n);
/* The full case mapping of cp: up to 3 code points stored in out; returns
 * how many. */
int unicode_case(uint32_t cp, UnicodeCase kind, uint32_t out[3]);

/* Grapheme cluster segmentation, one code point at a time. */
typedef struct UnicodeGc {
    int prev;  /* break class of the last code point */
    int ri;    /* regional indicators in a row at the end */
    int emoji; /* 1: ExtPict Extend*, 2: ExtPict Extend* ZWJ */
} UnicodeGc;

/* Start a cluster with its first code point. */
void unicode_gc_start(UnicodeGc *gc, uint32_t cp);
/* Whether cp continues the cluster (and if so, take it in). */
bool unicode_gc_extends(UnicodeGc *gc, uint32_t cp);

#endif

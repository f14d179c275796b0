/* bits.h - the bit syntax: building and matching binary segments.
 *
 * The VM's bs_create instruction builds a whole bitstring from a list of
 * segments in one call to bits_create; matching takes one segment at a
 * time off the front of a bitstring with bits_match, which returns the
 * value and the rest (a sub-binary: no copy).  Semantics and error
 * reasons are Erlang/OTP 25's (the reference manual's "Bit Syntax
 * Expressions").
 */
#ifndef ELFE_BITS_H
#define ELFE_BITS_H

#include "term.h"

typedef enum BitsType {
    BITS_INTEGER,
    BITS_FLOAT,
    BITS_BINARY,    /* binary / bytes: a whole number of bytes          */
    BITS_BITSTRING, /* bitstring / bits                                 */
    BITS_UTF8,
    BITS_UTF16,
    BITS_UTF32
} BitsType;

enum {
    BITS_SIGNED = 1,
    BITS_LITTLE = 2,
    BITS_NATIVE = 4 /* native = little on this machine (x86-64, arm64) */
};

typedef struct BitsSeg {
    BitsType type;
    uint32_t flags;
    uint32_t unit;  /* 1..256; size is counted in units */
    Term value;     /* construction: the value to put   */
    Term size;      /* a small integer, the atom `all` (binary/bitstring:
                       everything, or the rest when matching), or
                       `undefined` for the type's default (integer 8,
                       float 64, utf: none) */
} BitsSeg;

/* Build a bitstring from n segments.  NONE when a segment is bad, with
 * *reason set to Erlang's error reason: badarg (wrong type, negative or
 * non-integer size, an integer that is not an integer, a binary size that
 * is not a whole number of units, a float size not 16/32/64, an invalid
 * code point), or system_limit (a size that is a bignum, or a result over
 * 2^61 bits; as on the BEAM it wins over a badarg in any segment).
 * BITS_BINARY and BITS_BITSTRING differ only in their default unit (8 and
 * 1), which the caller puts in `unit`; a unit of 0 means that default.
 * As OTP 25: a float too big for 32 or 16 bits becomes infinity (no
 * error), an integer value of a float segment is converted to float. */
Term bits_create(const BitsSeg *segs, size_t n, Term *reason);

/* Match one segment (seg->value unused) at the front of bitstring bin.
 * Returns true with *value and *rest set, or false when it does not match
 * (too short, a bad code point, a float that is NaN/inf, a size that is
 * not a non-negative integer, `all` when the rest is not a whole number
 * of units, an integer too big for a bignum, ...).  As OTP 25, a float of
 * size 0 matches 0.0.  *rest, and a binary segment's value, are windows on
 * bin's buffer (no copy). */
bool bits_match(Term bin, const BitsSeg *seg, Term *value, Term *rest);

/* As bits_match on a match context (binary.h): on a match, the context's
 * window moves past the segment instead of a rest being made.  With value
 * NULL the segment is skipped: an integer or binary value is not made
 * (floats and utf segments are still checked). */
bool bits_match_ctx(Term ctx, const BitsSeg *seg, Term *value);

#endif

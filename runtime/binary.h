/* binary.h - binaries and bitstrings.
 *
 * Every bitstring is a Binary box: a window (bit offset, bit size) onto a
 * BinBuf, a pointer-free byte buffer that several binaries may share.
 * A sub-binary is a new window on the same buffer: no copy.  Appending to
 * a binary whose window ends where its buffer's claimed bytes end extends
 * the buffer in place (claiming the bytes with a compare-and-swap), which
 * makes building a binary in a loop amortised O(1), as on the BEAM.
 */
#ifndef ELFE_BINARY_H
#define ELFE_BINARY_H

#include "term.h"

#define binary_ptr(t) ((Binary *)box_ptr(t))

/* A binary holding a copy of n bytes. */
Term binary_from_bytes(const uint8_t *bytes, size_t n);
/* A new binary of n bytes whose contents the caller fills through *data
 * before the term escapes. */
Term binary_alloc(size_t n, uint8_t **data);
/* A bitstring of nbits bits copied from bytes (the high bits of the last
 * byte are used when nbits % 8 != 0). */
Term binary_from_bits(const uint8_t *bytes, uint64_t nbits);
/* A window of a bitstring: bits [offset, offset + nbits).  The caller
 * checks the bounds. */
Term binary_sub(Term bin, uint64_t offset_bits, uint64_t nbits);
/* Size in bits, and in whole bytes (rounded down). */
static inline uint64_t binary_bit_size(Term t) { return binary_ptr(t)->size; }
static inline uint64_t binary_byte_size(Term t) { return binary_ptr(t)->size >> 3; }
/* Whether the window starts on a byte boundary (then binary_bytes works). */
static inline bool binary_is_aligned(Term t) { return (binary_ptr(t)->offset & 7) == 0; }
/* The first byte of a byte-aligned bitstring.  Keep t alive while using
 * the pointer: it points into the middle of a GC object. */
static inline const uint8_t *binary_bytes(Term t)
{
    Binary *b = binary_ptr(t);
    return b->buf->data + (b->offset >> 3);
}
/* Copy bits [from, from + nbits) of a bitstring into out, left-aligned
 * (the last byte padded with zero bits). */
void binary_copy_bits(Term t, uint64_t from, uint64_t nbits, uint8_t *out);
/* The byte at bit position off (any alignment); 0 past the end. */
uint8_t binary_get_byte(Term t, uint64_t bit_offset);
/* Append nbits of bits (left-aligned in bytes) to a bitstring, returning
 * the new bitstring; the old one is unchanged. */
Term binary_append_bits(Term bin, const uint8_t *bits, uint64_t nbits);
Term binary_append(Term bin, const uint8_t *bytes, size_t n);
/* Make room for nbits after bitstring bin and return the longer bitstring
 * (bin is unchanged); the caller writes the new bits into *data from bit
 * *pos on before the result escapes.  The bits from *pos to the end of its
 * byte are zero; later bytes are uninitialised.  In place when bin ends at
 * its buffer's claimed mark and the buffer has room (a compare-and-swap
 * claims the bits), else a copy into a buffer twice the size: appending
 * in a loop is amortised O(1). */
Term binary_extend(Term bin, uint64_t nbits, uint8_t **data, uint64_t *pos);
/* How many times binary_extend has copied into a new buffer since start
 * (all threads): lets tests check that a loop of appends reuses its
 * buffer. */
uint64_t binary_extend_copies(void);
/* The empty binary <<>>. */
Term binary_empty(void);

/* Match contexts (the VM's bs_* instructions, doc/internals/vm.md).  A
 * match context is a Binary box of header size 5 instead of 3: a private,
 * mutable window whose offset and size the matching instructions advance
 * in place, plus the window it had when the current match started (to
 * restart the next clause).  It is a valid bitstring (its window is what
 * is left to match) but code never lets one be seen as a term: the
 * compiler only keeps it in registers, or passes it to its own function
 * when the tail is used for nothing else. */
typedef struct MatchCtx {
    Binary bin;
    uint64_t start_offset;
    uint64_t start_size;
} MatchCtx;
#define BINARY_CTX_WORDS 5
static inline bool binary_is_ctx(Term t)
{
    return term_is_bitstring(t) && box_size(t) == BINARY_CTX_WORDS;
}
/* A new match context on the window of bitstring bin. */
Term binary_ctx_new(Term bin);
/* The window a context had when its match started, as a new ordinary
 * binary. */
Term binary_ctx_start_bin(Term ctx);
/* Turn a context into an ordinary binary in place (its current window):
 * only when nothing will match on it again. */
static inline void binary_ctx_release(Term ctx)
{
    binary_ptr(ctx)->header = make_header(BOX_BINARY, 3);
}

#endif

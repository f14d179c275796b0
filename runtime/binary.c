/* binary.c - binaries and bitstrings over shared byte buffers (binary.h).
 *
 * Appending: a Binary whose window ends exactly at its buffer's `used`
 * mark owns the free space after it.  binary_append_bits claims the bytes
 * it needs by a compare-and-swap on `used`; if another binary claimed them
 * first (someone appended to the same prefix), or the buffer is full, it
 * copies into a new buffer with double the room.  Either way the result is
 * a new Binary and the old one still sees only its own bits.
 */
#include "binary.h"

#include <stdatomic.h>

#include "gc.h"

#define MIN_CAPACITY 16

static _Atomic uint64_t extend_copies;

uint64_t binary_extend_copies(void)
{
    return atomic_load_explicit(&extend_copies, memory_order_relaxed);
}

static BinBuf *new_buf(size_t capacity)
{
    BinBuf *b = gc_alloc_atomic(sizeof *b + capacity);
    b->capacity = capacity;
    b->used = 0;
    return b;
}

static Term new_binary(BinBuf *buf, uint64_t offset, uint64_t nbits)
{
    Binary *b = gc_alloc(sizeof *b);
    b->header = make_header(BOX_BINARY, 3);
    b->buf = buf;
    b->offset = offset;
    b->size = nbits;
    return make_box(b);
}

Term binary_alloc(size_t n, uint8_t **data)
{
    BinBuf *buf = new_buf(n);
    buf->used = (uint64_t)n * 8;
    *data = buf->data;
    return new_binary(buf, 0, (uint64_t)n * 8);
}

Term binary_from_bytes(const uint8_t *bytes, size_t n)
{
    uint8_t *data;
    Term t = binary_alloc(n, &data);
    if (n)
        memcpy(data, bytes, n);
    return t;
}

Term binary_from_bits(const uint8_t *bytes, uint64_t nbits)
{
    size_t n = (size_t)((nbits + 7) / 8);
    uint8_t *data;
    Term t = binary_alloc(n, &data);
    if (n) {
        memcpy(data, bytes, n);
        if (nbits & 7)
            data[n - 1] &= (uint8_t)(0xFF << (8 - (nbits & 7)));
    }
    binary_ptr(t)->size = nbits;
    binary_ptr(t)->buf->used = nbits;
    return t;
}

Term binary_empty(void)
{
    return binary_from_bytes(NULL, 0);
}

Term binary_sub(Term bin, uint64_t offset_bits, uint64_t nbits)
{
    Binary *b = binary_ptr(bin);
    return new_binary(b->buf, b->offset + offset_bits, nbits);
}

uint8_t binary_get_byte(Term t, uint64_t bit_offset)
{
    Binary *b = binary_ptr(t);
    if (bit_offset >= b->size)
        return 0;
    uint64_t pos = b->offset + bit_offset;
    const uint8_t *d = b->buf->data;
    unsigned shift = (unsigned)(pos & 7);
    uint64_t byte = pos >> 3;
    uint8_t v = (uint8_t)(d[byte] << shift);
    /* Bits past this bitstring's end are never read from the buffer. */
    if (shift && bit_offset + (8 - shift) < b->size)
        v |= (uint8_t)(d[byte + 1] >> (8 - shift));
    uint64_t left = b->size - bit_offset;
    if (left < 8)
        v &= (uint8_t)(0xFF << (8 - left));
    return v;
}

void binary_copy_bits(Term t, uint64_t from, uint64_t nbits, uint8_t *out)
{
    Binary *b = binary_ptr(t);
    uint64_t pos = b->offset + from;
    size_t nbytes = (size_t)((nbits + 7) / 8);
    if ((pos & 7) == 0) {
        memcpy(out, b->buf->data + (pos >> 3), nbytes);
    } else {
        for (size_t i = 0; i < nbytes; i++)
            out[i] = binary_get_byte(t, from + (uint64_t)i * 8);
    }
    if (nbits & 7)
        out[nbytes - 1] &= (uint8_t)(0xFF << (8 - (nbits & 7)));
}

/* Write nbits from src (left-aligned) into dst starting at bit position
 * pos; the bits of dst after pos in the last byte touched are replaced. */
static void put_bits(uint8_t *dst, uint64_t pos, const uint8_t *src,
                     uint64_t nbits)
{
    if ((pos & 7) == 0) {
        size_t nbytes = (size_t)((nbits + 7) / 8);
        memcpy(dst + (pos >> 3), src, nbytes);
        return;
    }
    for (uint64_t i = 0; i < nbits; i++) {
        int bit = (src[i >> 3] >> (7 - (i & 7))) & 1;
        uint64_t p = pos + i;
        uint8_t mask = (uint8_t)(0x80 >> (p & 7));
        if (bit)
            dst[p >> 3] |= mask;
        else
            dst[p >> 3] &= (uint8_t)~mask;
    }
}

Term binary_extend(Term bin, uint64_t nbits, uint8_t **data, uint64_t *pos)
{
    Binary *b = binary_ptr(bin);
    uint64_t end_bit = b->offset + b->size;
    uint64_t new_end = end_bit + nbits;
    size_t need = (size_t)((new_end + 7) / 8);
    BinBuf *buf = b->buf;

    /* Claim the tail of the buffer when this binary ends at its mark.  The
     * mark counts bits, so two appends to one unaligned prefix can never
     * both write into its last byte. */
    uint64_t expected = end_bit;
    if (need <= buf->capacity &&
        atomic_compare_exchange_strong(&buf->used, &expected, new_end)) {
        /* The claimed bits of the first byte are ours: clear them. */
        if (end_bit & 7)
            buf->data[end_bit >> 3] &= (uint8_t)(0xFF << (8 - (end_bit & 7)));
        *data = buf->data;
        *pos = end_bit;
        return new_binary(buf, b->offset, b->size + nbits);
    }

    /* Otherwise copy into a fresh buffer with room to grow. */
    atomic_fetch_add_explicit(&extend_copies, 1, memory_order_relaxed);
    uint64_t total = b->size + nbits;
    size_t total_bytes = (size_t)((total + 7) / 8);
    size_t cap = total_bytes * 2;
    if (cap < MIN_CAPACITY)
        cap = MIN_CAPACITY;
    BinBuf *nb = new_buf(cap);
    size_t old_bytes = (size_t)((b->size + 7) / 8);
    if (old_bytes)
        binary_copy_bits(bin, 0, b->size, nb->data);
    nb->used = total;
    *data = nb->data;
    *pos = b->size;
    return new_binary(nb, 0, total);
}

Term binary_append_bits(Term bin, const uint8_t *bits, uint64_t nbits)
{
    uint8_t *data;
    uint64_t pos;
    Term r = binary_extend(bin, nbits, &data, &pos);
    size_t from = (size_t)((pos + 7) / 8), to = (size_t)((pos + nbits + 7) / 8);
    if (to > from)
        memset(data + from, 0, to - from);
    put_bits(data, pos, bits, nbits);
    return r;
}

Term binary_append(Term bin, const uint8_t *bytes, size_t n)
{
    return binary_append_bits(bin, bytes, (uint64_t)n * 8);
}

Term binary_ctx_new(Term bin)
{
    Binary *b = binary_ptr(bin);
    MatchCtx *m = gc_alloc(sizeof *m);
    m->bin.header = make_header(BOX_BINARY, BINARY_CTX_WORDS);
    m->bin.buf = b->buf;
    m->bin.offset = m->start_offset = b->offset;
    m->bin.size = m->start_size = b->size;
    return make_box(m);
}

Term binary_ctx_start_bin(Term ctx)
{
    MatchCtx *m = (MatchCtx *)box_ptr(ctx);
    return new_binary(m->bin.buf, m->start_offset, m->start_size);
}

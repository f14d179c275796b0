/* bif_binary.c - binaries and iolists: binary_to_list, list_to_binary,
 * iolist_to_binary, iolist_size, binary_part, split_binary, and the hot
 * part of the binary module (first, last, at, part, copy).
 *
 * An iolist is walked with its own stack (nesting costs no C stack): a
 * first pass checks it and counts its bits, a second writes the bytes
 * straight into the new binary.
 */
#include "bif.h"

#include <stdlib.h>

#include "atom.h"
#include "binary.h"
#include "gc.h"

#include "bifs.def"

/* ---- iolists ------------------------------------------------------ */

typedef struct IoWalk {
    bool bits;      /* bitstrings allowed (list_to_bitstring) */
    uint8_t *out;   /* NULL on the counting pass; zeroed otherwise */
    uint64_t pos;   /* bits so far */
    Term *stack;    /* tails still to walk (malloc: each is also */
    size_t n, cap;  /*   reachable from the root term)            */
} IoWalk;

/* Write nbits of src (left-aligned bytes) at the current bit position. */
static void put_bits(IoWalk *w, const uint8_t *src, uint64_t nbits)
{
    uint64_t pos = w->pos;
    w->pos += nbits;
    if (!w->out)
        return;
    unsigned shift = pos & 7;
    uint8_t *o = w->out + (pos >> 3);
    if (shift == 0) {
        memcpy(o, src, (size_t)((nbits + 7) >> 3));
        if (nbits & 7) /* bits past the end of a window: clear them */
            o[nbits >> 3] &= (uint8_t)(0xFF << (8 - (nbits & 7)));
        return;
    }
    for (uint64_t i = 0; i < (nbits + 7) >> 3; i++) {
        uint8_t b = src[i];
        uint64_t left = nbits - i * 8;
        if (left < 8)
            b &= (uint8_t)(0xFF << (8 - left));
        o[i] |= (uint8_t)(b >> shift);
        if (left > 8 - shift)
            o[i + 1] |= (uint8_t)(b << (8 - shift));
    }
}

/* Append a bitstring; false when only binaries are allowed. */
static bool put_bitstring(IoWalk *w, Term b)
{
    uint64_t nbits = binary_bit_size(b);
    if (!w->bits && (nbits & 7))
        return false;
    if (!w->out) {
        w->pos += nbits;
        return true;
    }
    if (binary_is_aligned(b)) {
        put_bits(w, binary_bytes(b), nbits);
    } else {
        uint8_t *tmp = gc_alloc_atomic((size_t)((nbits + 7) >> 3) + 1);
        binary_copy_bits(b, 0, nbits, tmp);
        put_bits(w, tmp, nbits);
    }
    return true;
}

static void push_tail(IoWalk *w, Term t)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? 2 * w->cap : 32;
        Term *grown = realloc(w->stack, w->cap * sizeof *grown);
        if (!grown)
            abort();
        w->stack = grown;
    }
    w->stack[w->n++] = t;
}

/* Walk an iolist (or a binary at the top when `top_binary`), counting or
 * writing.  False when it is not one. */
static bool walk(IoWalk *w, Term t, bool top_binary)
{
    if (term_is_bitstring(t))
        return top_binary && put_bitstring(w, t);
    if (!term_is_list(t))
        return false;
    w->n = 0;
    for (;;) {
        while (term_is_cons(t)) {
            Term h = CAR(t);
            if (term_is_small(h) && small_val(h) >= 0 && small_val(h) <= 255) {
                uint8_t byte = (uint8_t)small_val(h);
                put_bits(w, &byte, 8);
            } else if (term_is_bitstring(h)) {
                if (!put_bitstring(w, h))
                    return false;
            } else if (term_is_list(h)) {
                push_tail(w, CDR(t));
                t = h;
                continue;
            } else {
                return false;
            }
            t = CDR(t);
        }
        if (term_is_bitstring(t)) {
            if (!put_bitstring(w, t))
                return false;
        } else if (!term_is_nil(t)) {
            return false;
        }
        if (w->n == 0)
            return true;
        t = w->stack[--w->n];
    }
}

/* The bits of an iolist: its size, or -1 when it is not one. */
static int64_t iolist_bits(Term t, bool bits, bool top_binary)
{
    IoWalk w = {bits, NULL, 0, NULL, 0, 0};
    bool ok = walk(&w, t, top_binary);
    free(w.stack);
    return ok ? (int64_t)w.pos : -1;
}

/* The iolist as one bitstring, or NONE. */
static Term iolist_build(Term t, bool bits, bool top_binary)
{
    if (top_binary && term_is_bitstring(t))
        return (bits || term_is_binary(t)) ? t : NONE;
    int64_t nbits = iolist_bits(t, bits, top_binary);
    if (nbits < 0)
        return NONE;
    size_t nbytes = (size_t)((nbits + 7) >> 3);
    uint8_t *data;
    Term result = NONE;
    if ((nbits & 7) == 0) {
        result = binary_alloc(nbytes, &data);
    } else {
        data = gc_alloc_atomic(nbytes);
    }
    memset(data, 0, nbytes);
    IoWalk w = {bits, data, 0, NULL, 0, 0};
    walk(&w, t, top_binary);
    free(w.stack);
    if (result == NONE)
        result = binary_from_bits(data, (uint64_t)nbits);
    return result;
}

Term bif_binary_list_to_binary_1(Process *p, const Term *args)
{
    Term r = term_is_list(args[0]) ? iolist_build(args[0], false, false) : NONE;
    return r != NONE ? r : bif_badarg(p);
}

Term bif_binary_list_to_bitstring_1(Process *p, const Term *args)
{
    Term r = term_is_list(args[0]) ? iolist_build(args[0], true, false) : NONE;
    return r != NONE ? r : bif_badarg(p);
}

Term bif_binary_iolist_to_binary_1(Process *p, const Term *args)
{
    Term r = iolist_build(args[0], false, true);
    return r != NONE ? r : bif_badarg(p);
}

Term bif_binary_iolist_size_1(Process *p, const Term *args)
{
    int64_t nbits = iolist_bits(args[0], false, true);
    return nbits >= 0 ? make_small(nbits / 8) : bif_badarg(p);
}

/* ---- binaries to lists -------------------------------------------- */

/* Bytes [from, to) of a bitstring as a list of integers, onto tail. */
static Term bytes_to_list(Term b, uint64_t from, uint64_t to, Term tail)
{
    Term l = tail;
    while (to > from) {
        to--;
        l = make_cons(make_small(binary_get_byte(b, to * 8)), l);
    }
    return l;
}

Term bif_binary_binary_to_list_1(Process *p, const Term *args)
{
    if (!term_is_binary(args[0]))
        return bif_badarg(p);
    return bytes_to_list(args[0], 0, binary_byte_size(args[0]), NIL);
}

/* binary_to_list(B, Start, Stop): bytes Start..Stop, 1-based, inclusive. */
Term bif_binary_binary_to_list_3(Process *p, const Term *args)
{
    Term b = args[0], s = args[1], e = args[2];
    if (!term_is_bitstring(b) || !term_is_small(s) || !term_is_small(e))
        return bif_badarg(p);
    int64_t start = small_val(s), stop = small_val(e);
    if (start < 1 || start > stop || stop > (int64_t)binary_byte_size(b))
        return bif_badarg(p);
    return bytes_to_list(b, (uint64_t)start - 1, (uint64_t)stop, NIL);
}

/* The whole bytes, then a bitstring of the bits left over (if any). */
Term bif_binary_bitstring_to_list_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_bitstring(b))
        return bif_badarg(p);
    uint64_t bytes = binary_byte_size(b), tail = binary_bit_size(b) & 7;
    Term rest = tail ? make_cons(binary_sub(b, bytes * 8, tail), NIL) : NIL;
    return bytes_to_list(b, 0, bytes, rest);
}

/* ---- parts -------------------------------------------------------- */

/* Start and Len (Len may be negative: the bytes before Start) inside
 * size bytes: true and the byte range, else false. */
static bool part_range(Term s, Term l, uint64_t size, uint64_t *from,
                       uint64_t *len)
{
    if (!term_is_small(s) || !term_is_small(l))
        return false;
    int64_t start = small_val(s), n = small_val(l);
    if (n < 0) {
        start += n;
        n = -n;
    }
    if (start < 0 || start > (int64_t)size || n > (int64_t)size - start)
        return false;
    *from = (uint64_t)start;
    *len = (uint64_t)n;
    return true;
}

static Term part(Process *p, Term b, Term s, Term l)
{
    uint64_t from, len;
    if (!term_is_bitstring(b) ||
        !part_range(s, l, binary_byte_size(b), &from, &len))
        return bif_badarg(p);
    return binary_sub(b, from * 8, len * 8);
}

/* {Start, Len} as one argument. */
static Term part_tuple(Process *p, Term b, Term pos)
{
    if (!term_is_tuple(pos) || tuple_arity(pos) != 2)
        return bif_badarg(p);
    return part(p, b, tuple_elems(pos)[0], tuple_elems(pos)[1]);
}

Term bif_binary_binary_part_2(Process *p, const Term *args)
{
    return part_tuple(p, args[0], args[1]);
}

Term bif_binary_binary_part_3(Process *p, const Term *args)
{
    return part(p, args[0], args[1], args[2]);
}

/* split_binary(B, N): the first N bytes and all the rest (bits too). */
Term bif_binary_split_binary_2(Process *p, const Term *args)
{
    Term b = args[0], n = args[1];
    if (!term_is_bitstring(b) || !term_is_small(n) || small_val(n) < 0 ||
        small_val(n) > (int64_t)binary_byte_size(b))
        return bif_badarg(p);
    uint64_t at = (uint64_t)small_val(n) * 8;
    return make_tuple2(binary_sub(b, 0, at),
                       binary_sub(b, at, binary_bit_size(b) - at));
}

/* ---- the binary module -------------------------------------------- */

Term bif_binary_first_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_binary(b) || binary_byte_size(b) == 0)
        return bif_badarg(p);
    return make_small(binary_get_byte(b, 0));
}

Term bif_binary_last_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_binary(b) || binary_byte_size(b) == 0)
        return bif_badarg(p);
    return make_small(binary_get_byte(b, (binary_byte_size(b) - 1) * 8));
}

/* binary:at(B, Pos): 0-based. */
Term bif_binary_at_2(Process *p, const Term *args)
{
    Term b = args[0], i = args[1];
    if (!term_is_binary(b) || !term_is_small(i) || small_val(i) < 0 ||
        small_val(i) >= (int64_t)binary_byte_size(b))
        return bif_badarg(p);
    return make_small(binary_get_byte(b, (uint64_t)small_val(i) * 8));
}

Term bif_binary_part_2(Process *p, const Term *args)
{
    return part_tuple(p, args[0], args[1]);
}

Term bif_binary_part_3(Process *p, const Term *args)
{
    return part(p, args[0], args[1], args[2]);
}

/* binary:copy(B, N): N copies in a fresh binary. */
static Term copy(Process *p, Term b, Term count)
{
    if (!term_is_binary(b) || !term_is_small(count) || small_val(count) < 0)
        return bif_badarg(p);
    uint64_t n = binary_byte_size(b), times = (uint64_t)small_val(count);
    if (n && times > SIZE_MAX / 2 / n)
        return bif_error(p, ATOM_system_limit);
    uint8_t *data;
    Term r = binary_alloc((size_t)(n * times), &data);
    if (n) {
        binary_copy_bits(b, 0, n * 8, data);
        for (uint64_t k = 1; k < times; k++)
            memcpy(data + k * n, data, (size_t)n);
    }
    return r;
}

Term bif_binary_copy_1(Process *p, const Term *args)
{
    return copy(p, args[0], make_small(1));
}

Term bif_binary_copy_2(Process *p, const Term *args)
{
    return copy(p, args[0], args[1]);
}

/* hash.c - erlang:phash2/1,2 (OTP 25 make_hash2) and erlang:phash/2 (OTP
 * 25 make_hash, at the end of the file), bit-for-bit the BEAM's.
 *
 * Nodes in a cluster must agree on phash2 values, so this reproduces the
 * BEAM's portable term hash exactly.  Its building block is Bob Jenkins'
 * 96-bit mix: every step feeds two 32-bit words (each offset by a per-type
 * constant, a multiple of the golden ratio) together with the running hash
 * through the mix.  The term is walked depth first, left to right, with an
 * explicit stack (never C recursion), in the same order as the BEAM, since
 * the running hash is threaded through every subterm:
 *
 *   -2^27 <= x < 2^27  mix(-x) when negative, then mix(x) (as 32 bits)
 *   other integers     one mix per 64-bit limb of |x|: (low, high), with a
 *                      constant that says the sign
 *   float              mix(high word, low word) of the IEEE bits; -0.0 is
 *                      hashed as 0.0 (they are =:= on OTP 25)
 *   atom               the BEAM's atom-table hash of the name (hashpjw on
 *                      the UTF-8 bytes, a two-byte sequence for a Latin-1
 *                      character folded back to that character); taken as
 *                      is when the running hash is 0, else mixed
 *   []                 a fixed value when the running hash is 0, else mixed
 *   cons               runs of byte elements (0..255) are packed four to a
 *                      word and mixed; any other element is hashed as a term,
 *                      then the walk continues with the tail
 *   tuple              mix(arity), then each element
 *   map                mix(size), then the XOR of one hash per pair (key
 *                      then value, each pair from a zero hash), so the
 *                      value does not depend on how the map is stored
 *   bitstring          Jenkins' block hash of the whole bytes, seeded with
 *                      the running hash; then mix(tail bits, their value)
 *   export fun         mix(arity, module), mix(function)
 *   local fun          mix(#free vars, module), mix(index, uniq), then the
 *                      free variables.  The BEAM uses the fun's old index
 *                      and old uniq; elfe's Fun has the same two fields
 *                      (index in the module's fun table, uniq = hash of the
 *                      fun's code), so a fun hashes like the BEAM's only
 *                      when the compiler gives them the BEAM's values.
 *   pid                mix(pid number).  A local elfe pid n stands for the
 *                      BEAM pid <0.ID.SERIAL> with ID = n & 0x7fff and
 *                      SERIAL = (n >> 15) & 0x1fff, and the BEAM hashes only
 *                      the 15-bit ID of a local pid (not the serial, node
 *                      or creation); a remote pid hashes its 32-bit ID.
 *   port               mix(low 32 bits, high 32 bits) of the port number
 *   reference          mix(first ID word) only: ids[0], the first word on
 *                      the wire, printed last in #Ref<0.C.B.A>
 *
 * phash2/1 keeps the low 27 bits; phash2/2 takes the hash modulo the range
 * (a range of 2^32 leaves it whole).
 */
#include "hash.h"

#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "map.h"

/* The golden ratio, and its multiples 2..19 modulo 2^32: one constant per
 * kind of hashed word. */
#define HC_GOLDEN 0x9e3779b9u
#define HC_NIL 0x3c6ef372u      /* x2  */
#define HC_ATOM 0xdaa66d2bu     /* x3  */
#define HC_BYTES 0x78dde6e4u    /* x4  */
#define HC_PID 0x1715609du      /* x5  */
#define HC_PORT 0xb54cda56u     /* x6  */
#define HC_REF 0x5384540fu      /* x7  */
#define HC_TUPLE 0x8ff34781u    /* x9  */
#define HC_NEG_BIG 0x2e2ac13au  /* x10 */
#define HC_POS_BIG 0xcc623af3u  /* x11 */
#define HC_FLOAT 0x6a99b4acu    /* x12 */
#define HC_BINARY 0x08d12e65u   /* x13 */
#define HC_FUN_NAME 0xa708a81eu /* x14 */
#define HC_BIT_TAIL 0x454021d7u /* x15 */
#define HC_MAP 0xe3779b90u      /* x16 */
#define HC_MAP_PAIRS 0xbe1e08bbu /* x19 */

/* The hash of [] when nothing came before it, and the tag number the BEAM
 * mixes in for [] otherwise (its NIL_DEF). */
#define NIL_FIRST_HASH 3468870702u
#define NIL_TAG 2u

/* Jenkins' mix of three 32-bit words; c comes out as the hash. */
static inline void mix3(uint32_t *pa, uint32_t *pb, uint32_t *pc)
{
    uint32_t a = *pa, b = *pb, c = *pc;
    a -= b; a -= c; a ^= c >> 13;
    b -= c; b -= a; b ^= a << 8;
    c -= a; c -= b; c ^= b >> 13;
    a -= b; a -= c; a ^= c >> 12;
    b -= c; b -= a; b ^= a << 16;
    c -= a; c -= b; c ^= b >> 5;
    a -= b; a -= c; a ^= c >> 3;
    b -= c; b -= a; b ^= a << 10;
    c -= a; c -= b; c ^= b >> 15;
    *pa = a;
    *pb = b;
    *pc = c;
}

/* Fold two words, each offset by k, into the running hash. */
static inline void mix2(uint32_t *hash, uint32_t x, uint32_t y, uint32_t k)
{
    uint32_t a = k + x, b = k + y;
    mix3(&a, &b, hash);
}

static inline void mix1(uint32_t *hash, uint32_t x, uint32_t k)
{
    mix2(hash, x, 0, k);
}

static inline uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

/* Jenkins' block hash, fed in pieces: whole 12-byte groups go through
 * block_feed, the last 0..11 bytes through block_finish. */
typedef struct Block {
    uint32_t a, b, c;
} Block;

static void block_feed(Block *h, const uint8_t *k, size_t n)
{
    for (; n >= 12; n -= 12, k += 12) {
        h->a += le32(k);
        h->b += le32(k + 4);
        h->c += le32(k + 8);
        mix3(&h->a, &h->b, &h->c);
    }
}

static uint32_t block_finish(Block *h, const uint8_t *k, size_t left,
                             size_t total)
{
    /* The BEAM adds the length as a 32-bit word. */
    h->c += (uint32_t)total;
    /* Bytes 0-3 go to a, 4-7 to b, 8-10 to c above its lowest byte. */
    for (size_t i = 0; i < left; i++) {
        uint32_t v = (uint32_t)k[i] << (8 * (i % 4));
        if (i < 4)
            h->a += v;
        else if (i < 8)
            h->b += v;
        else
            h->c += v << 8;
    }
    mix3(&h->a, &h->b, &h->c);
    return h->c;
}

/* The BEAM's atom-table hash: hashpjw over the name's bytes, where a UTF-8
 * sequence C2/C3 xx (a Latin-1 character) counts as that one byte. */
static uint32_t atom_hash(Term atom)
{
    const uint8_t *p = (const uint8_t *)atom_name(atom);
    size_t len = atom_length(atom);
    uint32_t h = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t v = p[i];
        if (i + 1 < len && (v & 0xFE) == 0xC2 && (p[i + 1] & 0xC0) == 0x80) {
            v = (uint8_t)((v << 6) | (p[i + 1] & 0x3F));
            i++;
        }
        h = (h << 4) + v;
        uint32_t g = h & 0xf0000000u;
        if (g) {
            h ^= g >> 24;
            h ^= g;
        }
    }
    return h;
}

/* An integer's magnitude, limb by limb: one mix per 64-bit limb. */
static void hash_limbs(uint32_t *hash, const uint64_t *limbs, size_t n,
                       bool negative)
{
    uint32_t k = negative ? HC_NEG_BIG : HC_POS_BIG;
    for (size_t i = 0; i < n; i++)
        mix2(hash, (uint32_t)limbs[i], (uint32_t)(limbs[i] >> 32), k);
}

static void hash_small(uint32_t *hash, int64_t x)
{
    if (x >= -(INT64_C(1) << 27) && x < (INT64_C(1) << 27)) {
        int32_t y = (int32_t)x;
        if (y < 0)
            mix1(hash, (uint32_t)-y, HC_GOLDEN);
        mix1(hash, (uint32_t)y, HC_GOLDEN);
    } else {
        uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        hash_limbs(hash, &mag, 1, x < 0);
    }
}

static void hash_float(uint32_t *hash, double d)
{
    if (d == 0.0)
        d = 0.0; /* -0.0 hashes as 0.0 */
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    mix2(hash, (uint32_t)(bits >> 32), (uint32_t)bits, HC_FLOAT);
}

static void hash_bitstring(uint32_t *hash, Term t)
{
    uint64_t bits = binary_bit_size(t);
    /* The BEAM truncates the byte count to 32 bits. */
    uint64_t nbytes = (bits >> 3) & 0xFFFFFFFFu;
    unsigned tail = (unsigned)(bits & 7);
    uint32_t seed = HC_BINARY + *hash;
    if (nbytes == 0 && tail == 0) {
        *hash = seed;
        return;
    }
    Block h = {HC_GOLDEN, HC_GOLDEN, seed};
    uint64_t whole = nbytes - nbytes % 12; /* bytes in whole groups */
    uint8_t rest[12];
    if (binary_is_aligned(t)) {
        const uint8_t *p = binary_bytes(t);
        block_feed(&h, p, (size_t)whole);
        memcpy(rest, p + whole, (size_t)(nbytes - whole));
    } else {
        /* Shift the window to a byte boundary a chunk at a time. */
        uint8_t chunk[12 * 32];
        for (uint64_t at = 0; at < whole;) {
            uint64_t n = whole - at < sizeof chunk ? whole - at : sizeof chunk;
            binary_copy_bits(t, at * 8, n * 8, chunk);
            block_feed(&h, chunk, (size_t)n);
            at += n;
        }
        if (nbytes > whole)
            binary_copy_bits(t, whole * 8, (nbytes - whole) * 8, rest);
    }
    *hash = block_finish(&h, rest, (size_t)(nbytes - whole), (size_t)nbytes);
    (void)*(volatile Term *)&t; /* binary_bytes pointed inside t */
    if (tail) {
        uint8_t last = binary_get_byte(t, nbytes * 8);
        mix2(hash, tail, (uint32_t)(last >> (8 - tail)), HC_BIT_TAIL);
    }
}

/* ---- the walk --------------------------------------------------------
 *
 * Work items wait on a stack: a term to hash, the end of one map pair
 * (fold the pair's hash into the XOR), or the end of a map (restore the
 * outer hash and mix the XOR of the pairs into it). */

typedef enum { ITEM_TERM, ITEM_PAIR_END, ITEM_MAP_END } ItemKind;

typedef struct Item {
    Term term;      /* ITEM_TERM */
    uint32_t kind;
    uint32_t saved; /* ITEM_MAP_END: the outer hash */
    uint32_t saved_xor; /* ITEM_MAP_END: the outer map's XOR so far */
} Item;

#define STACK_INLINE 64

typedef struct Stack {
    Item *items; /* inline[] or a gc_alloc block: the collector sees terms */
    size_t n, cap;
    Item inline_items[STACK_INLINE];
} Stack;

static void push(Stack *s, Item it)
{
    if (s->n == s->cap) {
        size_t cap = s->cap * 2;
        Item *bigger = gc_alloc(cap * sizeof *bigger);
        memcpy(bigger, s->items, s->n * sizeof *bigger);
        s->items = bigger;
        s->cap = cap;
    }
    s->items[s->n++] = it;
}

static inline void push_term(Stack *s, Term t)
{
    push(s, (Item){.term = t, .kind = ITEM_TERM});
}

static inline bool is_byte(Term t)
{
    return term_is_small(t) && (uint64_t)small_val(t) <= 255;
}

/* A cons cell: runs of bytes are packed; the first non-byte element is
 * hashed next, its tail waits on the stack.  Returns the term to hash next,
 * or NONE when the list needs nothing more. */
static Term hash_list(uint32_t *hash, Stack *s, Term t)
{
    uint32_t packed = 0;
    int count = 0;
    while (term_is_cons(t) && is_byte(CAR(t))) {
        packed = (packed << 8) + (uint32_t)small_val(CAR(t));
        if (++count == 4) {
            mix1(hash, packed, HC_BYTES);
            packed = 0;
            count = 0;
        }
        t = CDR(t);
    }
    if (count > 0)
        mix1(hash, packed, HC_BYTES);
    if (term_is_cons(t)) {
        push_term(s, CDR(t));
        return CAR(t);
    }
    return t; /* the tail: [] or an improper end */
}

static void push_map(uint32_t *hash, uint32_t *xor_pairs, Stack *s, Term m)
{
    size_t n = box_type(m) == BOX_FLATMAP ? box_size(m) : map_size(m);
    mix1(hash, (uint32_t)n, HC_MAP);
    if (n == 0)
        return;
    push(s, (Item){.kind = ITEM_MAP_END, .saved = *hash, .saved_xor = *xor_pairs});
    *hash = 0;
    *xor_pairs = 0;
    /* Each pair: value pushed first so the key is hashed first. */
    if (box_type(m) == BOX_FLATMAP) {
        const Term *kv = ((FlatMap *)box_ptr(m))->kv;
        for (size_t i = n; i-- > 0;) {
            push(s, (Item){.kind = ITEM_PAIR_END});
            push_term(s, kv[n + i]);
            push_term(s, kv[i]);
        }
    } else {
        MapIter it;
        Term k, v;
        map_iter_init(&it, m);
        while (map_iter_next(&it, &k, &v)) {
            push(s, (Item){.kind = ITEM_PAIR_END});
            push_term(s, v);
            push_term(s, k);
        }
    }
}

static uint32_t make_hash2(Term root)
{
    Stack s;
    s.items = s.inline_items;
    s.n = 0;
    s.cap = STACK_INLINE;
    uint32_t hash = 0, xor_pairs = 0;
    Term t = root;

    for (;;) {
        /* Hash t, or (t == NONE) take the next work item. */
        if (t == NONE) {
            if (s.n == 0)
                break;
            Item it = s.items[--s.n];
            s.items[s.n].term = NIL; /* do not keep dead terms alive */
            if (it.kind == ITEM_PAIR_END) {
                xor_pairs ^= hash;
                hash = 0;
            } else if (it.kind == ITEM_MAP_END) {
                hash = it.saved;
                mix1(&hash, xor_pairs, HC_MAP_PAIRS);
                xor_pairs = it.saved_xor;
            } else {
                t = it.term;
            }
            continue;
        }
        switch (term_tag(t)) {
        case TAG_SMALL:
            hash_small(&hash, small_val(t));
            t = NONE;
            break;
        case TAG_ATOM:
            if (hash == 0)
                hash = atom_hash(t);
            else
                mix1(&hash, atom_hash(t), HC_ATOM);
            t = NONE;
            break;
        case TAG_PID:
            mix1(&hash, (uint32_t)(local_pid_number(t) & 0x7fff), HC_PID);
            t = NONE;
            break;
        case TAG_SPECIAL:
            /* [] (NONE never reaches here; other specials are not
             * values and hash like []). */
            if (hash == 0)
                hash = NIL_FIRST_HASH;
            else
                mix1(&hash, NIL_TAG, HC_NIL);
            t = NONE;
            break;
        case TAG_CONS:
            t = hash_list(&hash, &s, t);
            break;
        case TAG_BOXED: {
            if (t == 0) { /* not a term: hash as [] rather than crash */
                t = NIL;
                break;
            }
            Term tt = t;
            t = NONE;
            switch (box_type(tt)) {
            case BOX_TUPLE: {
                uint32_t arity = tuple_arity(tt);
                mix1(&hash, arity, HC_TUPLE);
                if (arity > 0) {
                    const Term *e = tuple_elems(tt);
                    for (uint32_t i = arity; i-- > 1;)
                        push_term(&s, e[i]);
                    t = e[0];
                }
                break;
            }
            case BOX_FLOAT:
                hash_float(&hash, float_val(tt));
                break;
            case BOX_POS_BIG:
            case BOX_NEG_BIG:
                hash_limbs(&hash, ((Bignum *)box_ptr(tt))->limbs,
                           box_size(tt), box_type(tt) == BOX_NEG_BIG);
                break;
            case BOX_BINARY:
                hash_bitstring(&hash, tt);
                break;
            case BOX_FLATMAP:
            case BOX_HAMTMAP:
                push_map(&hash, &xor_pairs, &s, tt);
                break;
            case BOX_EXPORT: {
                ExportFun *f = (ExportFun *)box_ptr(tt);
                mix2(&hash, (uint32_t)small_val(f->arity),
                     atom_hash(f->module), HC_GOLDEN);
                mix1(&hash, atom_hash(f->function), HC_FUN_NAME);
                break;
            }
            case BOX_FUN: {
                Fun *f = (Fun *)box_ptr(tt);
                uint32_t nfree = (uint32_t)box_size(tt);
                mix2(&hash, nfree, atom_hash(f->module), HC_GOLDEN);
                mix2(&hash, f->index, f->uniq, HC_GOLDEN);
                if (nfree > 0) {
                    for (uint32_t i = nfree; i-- > 1;)
                        push_term(&s, f->env[i]);
                    t = f->env[0];
                }
                break;
            }
            case BOX_REF:
                mix1(&hash, ((Ref *)box_ptr(tt))->ids[0], HC_REF);
                break;
            case BOX_EXTPID:
                mix1(&hash, ((ExtPid *)box_ptr(tt))->id, HC_PID);
                break;
            case BOX_PORT: {
                uint64_t id = ((Port *)box_ptr(tt))->id;
                mix2(&hash, (uint32_t)id, (uint32_t)(id >> 32), HC_PORT);
                break;
            }
            case BOX_INTERNAL:
            default:
                /* Not a user value: leave the hash as it is. */
                break;
            }
            break;
        }
        default:
            t = NONE;
            break;
        }
    }
    (void)*(volatile Term *)&root; /* keep the term alive to the end */
    return hash;
}

uint32_t hash_phash2(Term t)
{
    return make_hash2(t) & ((UINT32_C(1) << 27) - 1);
}

uint32_t hash_phash2_range(Term t, uint64_t range)
{
    uint32_t h = make_hash2(t);
    if (range == 0 || range >= (UINT64_C(1) << 32))
        return h;
    return h % (uint32_t)range;
}

/* ---- erlang:phash/2: the BEAM's older portable hash ----------------------
 *
 * OTP 25's make_hash, used by erlang:phash/2 (and so by the slot choice
 * of sets v1 and dict, which makes their to_list order depend on it).  It
 * is a multiplicative hash: every step is hash = hash * P + x (mod 2^32)
 * for one of fourteen primes just above 2^28.  Per term type:
 *
 *   []              h*P3 + 1
 *   atom            h*P1 + the atom-table hash of the name
 *   integer         the bytes of |x|, least significant first, as many as
 *                   whole 32-bit words need (4 for 0): h = h*P2 + byte;
 *                   then h *= P4 when negative, P3 otherwise
 *   float           h*P6 + (high word XOR low word); -0.0 as 0.0
 *   list            each element in turn (a byte 0..255 as h*P2 + byte,
 *                   anything else hashed as a term), then the tail, then
 *                   h *= P8
 *   tuple           each element, then h*P9 + arity
 *   bitstring       h*P1 + byte for each whole byte; trailing bits b of
 *                   n bits as (h*P1 + b)*P12 + n; then h*P4 + byte count
 *   map             h*P13 + P14 + the map's full 32-bit make_hash2
 *   export fun      h*P11 + arity, h*P1 + module, h*P1 + function
 *   local fun       h*P10 + #free, h*P1 + module, h*P2 + index,
 *                   h*P2 + uniq, then the free variables
 *   pid             the 4 bytes of its number, low first, through P5,
 *                   then h *= P6 (a local pid's number is its 15-bit ID,
 *                   as in make_hash2 above)
 *   port            the high word's bytes through P11 when non-zero, the
 *                   low word's through P9, then h *= P10
 *   reference       the first ID word's bytes through P9, then h *= P10
 *
 * The walk is depth first, left to right, on an explicit stack.
 */

#define P1 268440163u
#define P2 268439161u
#define P3 268435459u
#define P4 268436141u
#define P5 268438633u
#define P6 268437017u
#define P8 268437511u
#define P9 268439627u
#define P10 268440479u
#define P11 268440577u
#define P12 268440581u
#define P13 268440593u
#define P14 268440611u

/* The four bytes of x, least significant first, each through prime p. */
static inline uint32_t step_word(uint32_t h, uint32_t x, uint32_t p)
{
    for (int i = 0; i < 4; i++, x >>= 8)
        h = h * p + (x & 0xFF);
    return h;
}

static uint32_t old_hash_limbs(uint32_t h, const uint64_t *limbs, size_t n,
                               bool negative)
{
    if (n == 0) {
        h = step_word(h, 0, P2);
    } else {
        for (size_t i = 0; i < n; i++) {
            h = step_word(h, (uint32_t)limbs[i], P2);
            /* The top limb's high word counts only when non-zero. */
            if (i + 1 < n || limbs[i] >> 32)
                h = step_word(h, (uint32_t)(limbs[i] >> 32), P2);
        }
    }
    return h * (negative ? P4 : P3);
}

static uint32_t old_hash_bitstring(uint32_t h, Term t)
{
    uint64_t bits = binary_bit_size(t);
    uint64_t nbytes = bits >> 3;
    unsigned tail = (unsigned)(bits & 7);
    if (binary_is_aligned(t)) {
        const uint8_t *p = binary_bytes(t);
        for (uint64_t i = 0; i < nbytes; i++)
            h = h * P1 + p[i];
    } else {
        uint8_t chunk[256];
        for (uint64_t at = 0; at < nbytes;) {
            uint64_t n = nbytes - at < sizeof chunk ? nbytes - at : sizeof chunk;
            binary_copy_bits(t, at * 8, n * 8, chunk);
            for (uint64_t i = 0; i < n; i++)
                h = h * P1 + chunk[i];
            at += n;
        }
    }
    if (tail) {
        uint8_t last = binary_get_byte(t, nbytes * 8);
        h = (h * P1 + (uint32_t)(last >> (8 - tail))) * P12 + tail;
    }
    (void)*(volatile Term *)&t; /* binary_bytes pointed inside t */
    return h * P4 + (uint32_t)nbytes;
}

/* Work items of the walk: a term to hash, the rest of a list (its cdr,
 * once the car is hashed), the end of a list (multiply by P8), or the end
 * of a tuple (fold in its arity). */
typedef enum { OLD_TERM, OLD_LIST_REST, OLD_LIST_END, OLD_TUPLE_END } OldKind;

typedef struct OldItem {
    Term term;      /* OLD_TERM */
    uint32_t kind;
    uint32_t arity; /* OLD_TUPLE_END */
} OldItem;

typedef struct OldStack {
    OldItem *items; /* inline_items or a gc_alloc block */
    size_t n, cap;
    OldItem inline_items[STACK_INLINE];
} OldStack;

static void old_push(OldStack *s, OldItem it)
{
    if (s->n == s->cap) {
        size_t cap = s->cap * 2;
        OldItem *bigger = gc_alloc(cap * sizeof *bigger);
        memcpy(bigger, s->items, s->n * sizeof *bigger);
        s->items = bigger;
        s->cap = cap;
    }
    s->items[s->n++] = it;
}

static inline void old_push_term(OldStack *s, Term t)
{
    old_push(s, (OldItem){.term = t, .kind = OLD_TERM});
}

/* Push the elements of an array so that e[0] comes off first. */
static void old_push_array(OldStack *s, const Term *e, size_t n)
{
    for (size_t i = n; i-- > 0;)
        old_push_term(s, e[i]);
}

/* Walk the cells of a list from t: bytes are folded in directly; at the
 * first other element the rest of the list waits on the stack and the
 * element is pushed to be hashed next; a non-list tail is pushed too. */
static uint32_t old_hash_list(uint32_t h, OldStack *s, Term t)
{
    for (; term_is_cons(t); t = CDR(t)) {
        Term e = CAR(t);
        if (term_is_small(e) && (uint64_t)small_val(e) <= 255) {
            h = h * P2 + (uint32_t)small_val(e);
        } else {
            old_push(s, (OldItem){.term = CDR(t), .kind = OLD_LIST_REST});
            old_push_term(s, e);
            return h;
        }
    }
    old_push_term(s, t); /* the tail: [] or an improper end */
    return h;
}

static uint32_t make_hash(Term root)
{
    OldStack s;
    s.items = s.inline_items;
    s.n = 0;
    s.cap = STACK_INLINE;
    uint32_t h = 0;
    old_push_term(&s, root);

    while (s.n > 0) {
        OldItem it = s.items[--s.n];
        s.items[s.n].term = NIL; /* do not keep dead terms alive */
        if (it.kind == OLD_LIST_END) {
            h *= P8;
            continue;
        }
        if (it.kind == OLD_TUPLE_END) {
            h = h * P9 + it.arity;
            continue;
        }
        Term t = it.term;
        if (it.kind == OLD_LIST_REST) {
            h = old_hash_list(h, &s, t);
            continue;
        }
        switch (term_tag(t)) {
        case TAG_SMALL: {
            int64_t x = small_val(t);
            uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
            h = old_hash_limbs(h, &mag, 1, x < 0);
            break;
        }
        case TAG_ATOM:
            h = h * P1 + atom_hash(t);
            break;
        case TAG_PID:
            h = step_word(h, (uint32_t)(local_pid_number(t) & 0x7fff), P5) * P6;
            break;
        case TAG_SPECIAL: /* [] (other specials are not values) */
            h = h * P3 + 1;
            break;
        case TAG_CONS:
            /* The list end waits below the elements. */
            old_push(&s, (OldItem){.kind = OLD_LIST_END});
            h = old_hash_list(h, &s, t);
            break;
        case TAG_BOXED:
            if (t == 0) /* not a term: hash as [] rather than crash */
                break;
            switch (box_type(t)) {
            case BOX_TUPLE: {
                uint32_t arity = tuple_arity(t);
                old_push(&s, (OldItem){.kind = OLD_TUPLE_END, .arity = arity});
                old_push_array(&s, tuple_elems(t), arity);
                break;
            }
            case BOX_FLOAT: {
                double d = float_val(t);
                if (d == 0.0)
                    d = 0.0; /* -0.0 hashes as 0.0 */
                uint64_t bits;
                memcpy(&bits, &d, sizeof bits);
                h = h * P6 + ((uint32_t)bits ^ (uint32_t)(bits >> 32));
                break;
            }
            case BOX_POS_BIG:
            case BOX_NEG_BIG:
                h = old_hash_limbs(h, ((Bignum *)box_ptr(t))->limbs,
                                   box_size(t), box_type(t) == BOX_NEG_BIG);
                break;
            case BOX_BINARY:
                h = old_hash_bitstring(h, t);
                break;
            case BOX_FLATMAP:
            case BOX_HAMTMAP:
                h = h * P13 + P14 + make_hash2(t);
                break;
            case BOX_EXPORT: {
                ExportFun *f = (ExportFun *)box_ptr(t);
                h = h * P11 + (uint32_t)small_val(f->arity);
                h = h * P1 + atom_hash(f->module);
                h = h * P1 + atom_hash(f->function);
                break;
            }
            case BOX_FUN: {
                Fun *f = (Fun *)box_ptr(t);
                uint32_t nfree = (uint32_t)box_size(t);
                h = h * P10 + nfree;
                h = h * P1 + atom_hash(f->module);
                h = h * P2 + f->index;
                h = h * P2 + f->uniq;
                old_push_array(&s, f->env, nfree);
                break;
            }
            case BOX_REF:
                h = step_word(h, ((Ref *)box_ptr(t))->ids[0], P9) * P10;
                break;
            case BOX_EXTPID:
                h = step_word(h, ((ExtPid *)box_ptr(t))->id, P5) * P6;
                break;
            case BOX_PORT: {
                uint64_t id = ((Port *)box_ptr(t))->id;
                if (id >> 32)
                    h = step_word(h, (uint32_t)(id >> 32), P11);
                h = step_word(h, (uint32_t)id, P9) * P10;
                break;
            }
            default:
                /* Not a user value: leave the hash as it is. */
                break;
            }
            break;
        default:
            break;
        }
    }
    (void)*(volatile Term *)&root; /* keep the term alive to the end */
    return h;
}

uint32_t hash_phash(Term t)
{
    return make_hash(t);
}

uint64_t hash_phash_range(Term t, uint64_t range)
{
    uint32_t h = make_hash(t);
    if (range == 0 || range >= (UINT64_C(1) << 32))
        return (uint64_t)h + 1;
    return (uint64_t)(h % (uint32_t)range) + 1;
}

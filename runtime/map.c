/* map.c - Erlang maps: sorted flatmaps and the BEAM's own HAMT.
 *
 * A map of up to FLATMAP_MAX pairs is a FlatMap: keys sorted in map key
 * order (term_compare_exact: the term order with every integer before
 * every float), values alongside.  A bigger map is a hash array mapped
 * trie laid out as OTP 25 lays out its maps, so that it visits its pairs
 * in exactly the BEAM's order:
 *
 *   HamtMap box                 HNode (BOX_INTERNAL)
 *  +-------------------+       +----------+---------+---------+
 *  | header: pairs     |   +-->| header   | datamap | nodemap |
 *  | root -------------+---+   +----------+---------+---------+
 *  +-------------------+       | k0 v0 k1 v1 ... | child0 child1 ... |
 *                              +------------------------------------+
 *
 * The hash is the BEAM's internal term hash (make_internal_hash, a
 * Jenkins mix over the term's words, see "the BEAM's hash" below): 32
 * bits, read four at a time from the low end, so a node has 16 slots.
 * Levels 0-7 use the hash of the key; levels 8-15 a second hash of the key
 * salted with depth 1, levels 16-23 depth 2, and so on (the BEAM rehashes
 * the same way).  A bit set in datamap means the slot holds one pair
 * inline, in nodemap that it holds a child; pairs come first, then
 * children, each in slot order (popcount indexing).  A pair sits at the
 * shallowest level where its slot is its own; removing a key pulls a lone
 * pair back up, so a trie depends only on its key set, as the BEAM's does.
 *
 * Order.  Walking the slots from 0 to 15, depth first, visits keys in
 * increasing order of their hash read a nibble at a time from the low
 * end; that is the order of maps:iterator/maps:next (maps:fold, io_lib's
 * ~w and ~p).  maps:to_list, maps:keys, term_to_binary and LFE's printers
 * list the same pairs backwards (slot 15 first).  map_iter_init gives the
 * maps:to_list order, map_iter_init_fold the iterator order.
 *
 * Why the BEAM's trie rather than our own trie plus a sort when iterating:
 * the order then comes for free (no O(n log n) pass and no buffer for
 * every print or to_list), equal maps keep one shape so =:= stays a
 * lock-step walk, and the cost is small: the BEAM's hash of a small
 * integer is one mix, and 16-way nodes make a 100,000-key trie one level
 * deeper than 32-way ones.  Measured on 100,000-key maps against the
 * earlier 32-way trie with a 64-bit hash of its own (best of 5, ns per
 * operation, get / put): small integers 64 / 408 against 68 / 471,
 * {integer, atom} tuples 108 / 690 against 133 / 705, short binaries
 * 115 / 877 against 95 / 760.
 *
 * What cannot match: the BEAM hashes an atom by its index in the BEAM's
 * own atom table, which depends on what that VM loaded before (it differs
 * between two runs of erl).  Atoms the emulator creates at boot have fixed
 * indices; the ones among atoms.def use them (beam_atom_index), any other
 * atom gets a stable index made from its name.  Likewise remote pids,
 * ports and references and export funs, which the BEAM hashes by the
 * address of an internal record, hash here by their contents.  Keys whose
 * hashes agree at every depth up to HAMT_MAX_LEVEL (never seen for
 * distinct terms) share a collision node in key order.
 */
#include "map.h"

#include <stdlib.h>

#include "atom.h"
#include "binary.h"
#include "compare.h"
#include "gc.h"

/* ---- the HAMT's objects ------------------------------------------- */

#define HAMT_BITS 4
#define HAMT_SLOTS 16
#define HAMT_LEVELS_PER_HASH 8  /* 32 bits, 4 at a time */
#define HAMT_MAX_LEVEL (MAP_ITER_DEPTH - 2) /* a collision node's level */

enum { NODE_BITMAP = 1, NODE_COLLISION = 2 };

typedef struct HNode {
    Term header;      /* BOX_INTERNAL, size = NODE_BITMAP or NODE_COLLISION */
    uint32_t datamap; /* bitmap node: slots holding a pair;
                       * collision node: the number of pairs */
    uint32_t nodemap; /* bitmap node: slots holding a child node */
    Term slots[];     /* pairs (key, value), then child node pointers */
} HNode;

typedef struct HamtMap {
    Term header; /* BOX_HAMTMAP, size = number of pairs */
    HNode *root;
} HamtMap;

/* Bits set in a bitmap.  Written out: without -mpopcnt GCC's builtin is
 * a library call, slower than these few instructions. */
static inline uint32_t popcount(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}
#define node_is_collision(x) (header_size((x)->header) == NODE_COLLISION)
#define hamt_root(m) (((HamtMap *)box_ptr(m))->root)

/* The slot of a key at a level, from the hash word of that level's depth
 * (see key_hash). */
static inline uint32_t frag(uint32_t h, int level)
{
    return (h >> (HAMT_BITS * (level % HAMT_LEVELS_PER_HASH))) & (HAMT_SLOTS - 1);
}

static inline HNode *node_child(const HNode *x, uint32_t j)
{
    return (HNode *)(uintptr_t)x->slots[2 * popcount(x->datamap) + j];
}

static HNode *node_alloc(uint32_t datamap, uint32_t nodemap)
{
    size_t words = 2 * (size_t)popcount(datamap) + popcount(nodemap);
    HNode *x = gc_alloc(sizeof(HNode) + words * sizeof(Term));
    x->header = make_header(BOX_INTERNAL, NODE_BITMAP);
    x->datamap = datamap;
    x->nodemap = nodemap;
    return x;
}

static HNode *collision_alloc(uint32_t count)
{
    HNode *x = gc_alloc(sizeof(HNode) + 2 * (size_t)count * sizeof(Term));
    x->header = make_header(BOX_INTERNAL, NODE_COLLISION);
    x->datamap = count;
    x->nodemap = 0;
    return x;
}

static Term hamt_make(HNode *root, size_t count)
{
    HamtMap *m = gc_alloc(sizeof *m);
    m->header = make_header(BOX_HAMTMAP, count);
    m->root = root;
    return make_box(m);
}

/* ---- key equality -------------------------------------------------- */

static inline bool is_immediate(Term t)
{
    return term_tag(t) != TAG_BOXED && term_tag(t) != TAG_CONS;
}

/* =:= on keys, with the common cases inline. */
static inline bool key_eq(Term a, Term b)
{
    if (a == b)
        return true;
    if (is_immediate(a) || is_immediate(b))
        return false;
    return term_exact_equal(a, b);
}

/* ---- the BEAM's hash ----------------------------------------------- */

/* OTP 25's make_internal_hash, reproduced from its behaviour (checked
 * against erts_debug:get_internal_state({internal_hash, T}) and against
 * the order of maps:to_list on colliding keys).  The running 32-bit hash
 * starts at salt ^ 0xCC9E2D51 and goes through Jenkins' mix with two
 * 32-bit words at a time, each offset by a per-kind multiple of the golden
 * ratio; the term is walked depth first with an explicit stack:
 *
 *   immediate   mix(low, high) of the BEAM's 64-bit word for it: a small
 *               integer is (n << 4) | 0xF, [] is 0x3B, an atom
 *               (index << 6) | 0xB, local pids and ports see beam_word
 *   list        runs of byte elements (0..255) packed four to a word; a
 *               run's remainder as mix(bytes, count); any other element
 *               is marked (rotate in a constant), hashed, and an improper
 *               or final tail is marked again before it is hashed
 *   tuple       mix(arity), then the elements
 *   float       mix of the IEEE words (-0.0 as 0.0)
 *   bignum      mix(low, high) of each 64-bit limb, the constant saying
 *               the sign
 *   bitstring   Jenkins' block hash of the whole bytes seeded with the
 *               running hash, then mix(tail bits, their value)
 *   map         mix(size), then a flatmap's keys and values in key order;
 *               a HAMT's keys and values slot by slot, from the last slot
 *               to the first at every level (the same for a map however
 *               it was built: checked on maps made by from_list and by
 *               puts in several orders)
 *   local fun   mix(#free, module), mix(index, uniq), the free variables
 *
 * Deeper levels rehash with a salt made from the depth: mix(depth, 1) on
 * a zero hash. */

#define HC 0x9e3779b9u    /* the golden ratio */
#define HC_BYTES 0x78dde6e4u  /* x4 */
#define HC_PID 0x1715609du    /* x5 */
#define HC_PORT 0xb54cda56u   /* x6 */
#define HC_REF 0x5384540fu    /* x7 */
#define HC_REF2 0xf1bbcdc8u   /* x8 */
#define HC_TUPLE 0x8ff34781u  /* x9 */
#define HC_NEG_BIG 0x2e2ac13au /* x10 */
#define HC_POS_BIG 0xcc623af3u /* x11 */
#define HC_FLOAT 0x6a99b4acu  /* x12 */
#define HC_BINARY 0x08d12e65u /* x13 */
#define HC_EXPORT 0xa708a81eu /* x14 */
#define HC_BIT_TAIL 0x454021d7u /* x15 */
#define HC_MAP 0xe3779b90u    /* x16 */
#define HC_CAR 0x81af1549u    /* x17 */
#define HC_CDR 0x1fe68f02u    /* x18 */
#define HC_FUN 0x5c558274u    /* x20 */
#define HC_FUN2 0xfa8cfc2du   /* x21 */
#define HC_BYTES_TAIL 0x98c475e6u /* x22 */
#define INTERNAL_SALT 0xCC9E2D51u

/* Jenkins' 96-bit mix; c comes out as the hash. */
#define JMIX(a, b, c)                                                        \
    do {                                                                     \
        a -= b; a -= c; a ^= (c >> 13);                                      \
        b -= c; b -= a; b ^= (a << 8);                                       \
        c -= a; c -= b; c ^= (b >> 13);                                      \
        a -= b; a -= c; a ^= (c >> 12);                                      \
        b -= c; b -= a; b ^= (a << 16);                                      \
        c -= a; c -= b; c ^= (b >> 5);                                       \
        a -= b; a -= c; a ^= (c >> 3);                                       \
        b -= c; b -= a; b ^= (a << 10);                                      \
        c -= a; c -= b; c ^= (b >> 15);                                      \
    } while (0)

static inline uint32_t mix2(uint32_t h, uint32_t x, uint32_t y, uint32_t k)
{
    uint32_t a = k + x, b = k + y;
    JMIX(a, b, h);
    return h;
}

static inline uint32_t mix_word(uint32_t h, uint64_t w, uint32_t k)
{
    return mix2(h, (uint32_t)w, (uint32_t)(w >> 32), k);
}

/* A constant rotated in: marks the car and the tail of a cons. */
static inline uint32_t mark(uint32_t h, uint32_t k)
{
    h ^= k;
    return (h << 17) ^ (h >> 15);
}

/* Jenkins' block hash of n bytes, seeded with c. */
static uint32_t block_hash(const uint8_t *k, size_t n, uint32_t c)
{
    uint32_t a = HC, b = HC;
    size_t len = n;
    while (len >= 12) {
        a += k[0] + ((uint32_t)k[1] << 8) + ((uint32_t)k[2] << 16) + ((uint32_t)k[3] << 24);
        b += k[4] + ((uint32_t)k[5] << 8) + ((uint32_t)k[6] << 16) + ((uint32_t)k[7] << 24);
        c += k[8] + ((uint32_t)k[9] << 8) + ((uint32_t)k[10] << 16) + ((uint32_t)k[11] << 24);
        JMIX(a, b, c);
        k += 12;
        len -= 12;
    }
    c += (uint32_t)n;
    /* the first byte of c is the length's: bytes 8-10 go above it */
    for (size_t i = len; i-- > 0;) {
        uint32_t byte = k[i];
        if (i >= 8)
            c += byte << (8 * (i - 7));
        else if (i >= 4)
            b += byte << (8 * (i - 4));
        else
            a += byte << (8 * i);
    }
    JMIX(a, b, c);
    return c;
}

/* The BEAM's atom-table index of the atoms of atoms.def that its emulator
 * makes at boot (measured on OTP 25.2.3: they are the same in every run);
 * -1 for any other atom. */
static int64_t beam_atom_index(Term a)
{
    switch (atom_index(a)) {
#define BEAM_ATOM(name, idx) case ATOM_IDX_##name: return idx;
    BEAM_ATOM(false_, 0) BEAM_ATOM(true_, 1) BEAM_ATOM(nonode_at_nohost, 3)
    BEAM_ATOM(infinity, 6) BEAM_ATOM(normal, 8) BEAM_ATOM(throw_, 11)
    BEAM_ATOM(error, 12) BEAM_ATOM(exit, 13) BEAM_ATOM(undefined, 14)
    BEAM_ATOM(badarg, 74) BEAM_ATOM(badarith, 75) BEAM_ATOM(badarity, 76)
    BEAM_ATOM(badfun, 78) BEAM_ATOM(badkey, 79) BEAM_ATOM(badmap, 80)
    BEAM_ATOM(badmatch, 81) BEAM_ATOM(badrecord, 82) BEAM_ATOM(binary, 92)
    BEAM_ATOM(case_clause, 126) BEAM_ATOM(compact, 144) BEAM_ATOM(decimals, 174)
    BEAM_ATOM(function, 268) BEAM_ATOM(function_clause, 270)
    BEAM_ATOM(if_clause, 320) BEAM_ATOM(kill, 347) BEAM_ATOM(killed, 348)
    BEAM_ATOM(line, 358) BEAM_ATOM(list, 363) BEAM_ATOM(module, 410)
    BEAM_ATOM(monotonic, 416) BEAM_ATOM(none, 442) BEAM_ATOM(noproc, 452)
    BEAM_ATOM(ok, 478) BEAM_ATOM(positive, 518) BEAM_ATOM(scientific, 591)
    BEAM_ATOM(short_, 610) BEAM_ATOM(system_limit, 651)
    BEAM_ATOM(try_clause, 680) BEAM_ATOM(undef, 685) BEAM_ATOM(unicode, 687)
    BEAM_ATOM(value, 704) BEAM_ATOM(file, 992) BEAM_ATOM(map, 1331)
    BEAM_ATOM(nil, 1739)
#undef BEAM_ATOM
    default:
        return -1;
    }
}

/* The BEAM's word for an immediate (and for a local port, boxed here). */
static uint64_t beam_word(Term t)
{
    switch (term_tag(t)) {
    case TAG_SMALL:
        return ((uint64_t)small_val(t) << 4) | 0xF;
    case TAG_ATOM: {
        int64_t idx = beam_atom_index(t);
        if (idx < 0) {
            /* FNV-1a of the name, placed above the BEAM's boot atoms */
            const uint8_t *s = (const uint8_t *)atom_name(t);
            size_t n = atom_length(t);
            uint32_t f = 2166136261u;
            for (size_t i = 0; i < n; i++)
                f = (f ^ s[i]) * 16777619u;
            idx = (int64_t)(f | 0x80000000u);
        }
        return ((uint64_t)idx << 6) | 0xB;
    }
    case TAG_PID: {
        /* <0.N.S>: the 28-bit number, and above it the process-table slot
         * of the BEAM's default 2^18-entry table (measured) */
        uint64_t n = local_pid_number(t);
        uint64_t num = n & 0x7fff, ser = (n >> 15) & 0x1fff;
        uint64_t slot = (num << 3) | (ser & 7);
        return (slot << 32) | (((ser << 15) | num) << 4) | 0x3;
    }
    case TAG_SPECIAL:
        return t == NIL ? 0x3B : t;
    default:
        return t;
    }
}

static inline bool term_is_byte(Term t)
{
    return term_is_small(t) && (uint64_t)small_val(t) < 256;
}

/* Work for the hash walk: a term; the mark before a list's tail; a cons
 * cell given as its two halves; an inner HAMT node. */
enum { W_TERM, W_CDR_MARK, W_CELL, W_NODE };
typedef struct HWork {
    int kind;
    Term a, b;
    const HNode *node;
} HWork;

typedef struct HStack {
    HWork *items;
    size_t n, cap;
    HWork local[32];
} HStack;

static void hpush(HStack *s, int kind, Term a, Term b, const HNode *node)
{
    if (s->n == s->cap) {
        size_t cap = 2 * s->cap;
        HWork *p = malloc(cap * sizeof *p);
        if (!p)
            abort();
        memcpy(p, s->items, s->n * sizeof *p);
        if (s->items != s->local)
            free(s->items);
        s->items = p;
        s->cap = cap;
    }
    s->items[s->n++] = (HWork){kind, a, b, node};
}

/* Push a HAMT node's slots so that they pop from the last slot to the
 * first, a pair popping as its key then its value. */
static void push_node_slots(HStack *s, const HNode *x)
{
    if (node_is_collision(x)) {
        for (uint32_t i = 0; i < x->datamap; i++) {
            hpush(s, W_TERM, x->slots[2 * i + 1], 0, NULL);
            hpush(s, W_TERM, x->slots[2 * i], 0, NULL);
        }
        return;
    }
    uint32_t used = x->datamap | x->nodemap;
    while (used) {
        uint32_t bit = used & (0u - used);
        used &= used - 1;
        if (x->datamap & bit) {
            uint32_t i = popcount(x->datamap & (bit - 1));
            hpush(s, W_TERM, x->slots[2 * i + 1], 0, NULL);
            hpush(s, W_TERM, x->slots[2 * i], 0, NULL);
        } else {
            hpush(s, W_NODE, 0, 0, node_child(x, popcount(x->nodemap & (bit - 1))));
        }
    }
}

static uint32_t hash_bits(Term t, uint32_t h)
{
    uint64_t nbits = binary_bit_size(t);
    size_t nbytes = (size_t)(nbits >> 3);
    unsigned tail = (unsigned)(nbits & 7);
    uint32_t con = HC_BINARY + h;
    if (nbits == 0)
        return con;
    uint8_t small[64];
    uint8_t *copy = NULL;
    const uint8_t *p;
    if (binary_is_aligned(t)) {
        p = binary_bytes(t);
    } else {
        size_t need = nbytes + (tail != 0);
        copy = need <= sizeof small ? small : malloc(need);
        if (!copy)
            abort();
        binary_copy_bits(t, 0, nbits, copy);
        p = copy;
    }
    h = block_hash(p, nbytes, con);
    if (tail)
        h = mix2(h, tail, (uint32_t)(p[nbytes] >> (8 - tail)), HC_BIT_TAIL);
    if (copy && copy != small)
        free(copy);
    return h;
}

static bool is_local_node(Term node)
{
    return node == node_name();
}

static uint32_t beam_hash(Term t, uint32_t salt)
{
    uint32_t h = salt ^ INTERNAL_SALT;
    if (is_immediate(t))
        return mix_word(h, beam_word(t), HC);
    HStack s;
    s.items = s.local;
    s.n = 0;
    s.cap = sizeof s.local / sizeof s.local[0];
    HWork w = {W_TERM, t, 0, NULL};
    for (;;) {
        switch (w.kind) {
        case W_CDR_MARK:
            h = mark(h, HC_CDR);
            goto next;
        case W_NODE:
            push_node_slots(&s, w.node);
            goto next;
        case W_CELL:
            break;
        default:
            t = w.a;
            if (is_immediate(t)) {
                h = mix_word(h, beam_word(t), HC);
                goto next;
            }
            if (!term_is_cons(t))
                break;
            w.a = CAR(t);
            w.b = CDR(t);
            w.kind = W_CELL;
            break;
        }
        if (w.kind == W_CELL) {
            /* A list from the cell (w.a . w.b): byte runs, then one
             * other element, the rest of the list left on the stack. */
            Term car = w.a, cdr = w.b;
            uint32_t packed = 0, count = 0;
            while (term_is_byte(car)) {
                packed = (packed << 8) + (uint32_t)small_val(car);
                if (++count == 4) {
                    h = mix2(h, packed, 0, HC_BYTES);
                    packed = count = 0;
                }
                if (!term_is_cons(cdr)) {
                    car = NONE;
                    break;
                }
                car = CAR(cdr);
                cdr = CDR(cdr);
            }
            if (count > 0)
                h = mix2(h, packed, count, HC_BYTES_TAIL);
            if (car == NONE) {
                /* the list ended after bytes: its tail, unmarked */
                w = (HWork){W_TERM, cdr, 0, NULL};
                continue;
            }
            h = mark(h, HC_CAR);
            hpush(&s, W_TERM, cdr, 0, NULL);
            if (!term_is_cons(cdr))
                hpush(&s, W_CDR_MARK, 0, 0, NULL);
            w = (HWork){W_TERM, car, 0, NULL};
            continue;
        }
        /* a boxed term */
        if (t == 0)
            goto next;
        Term hdr = box_ptr(t)[0];
        switch (header_type(hdr)) {
        case BOX_TUPLE: {
            uint32_t n = tuple_arity(t);
            const Term *e = tuple_elems(t);
            h = mix2(h, n, 0, HC_TUPLE);
            for (uint32_t i = n; i-- > 0;)
                hpush(&s, W_TERM, e[i], 0, NULL);
            break;
        }
        case BOX_FLOAT: {
            double d = float_val(t);
            if (d == 0.0)
                d = 0.0; /* -0.0 as 0.0 */
            uint64_t bits;
            memcpy(&bits, &d, sizeof bits);
            h = mix_word(h, bits, HC_FLOAT);
            break;
        }
        case BOX_POS_BIG:
        case BOX_NEG_BIG: {
            uint32_t k = header_type(hdr) == BOX_NEG_BIG ? HC_NEG_BIG : HC_POS_BIG;
            const uint64_t *l = ((Bignum *)box_ptr(t))->limbs;
            for (uint64_t i = 0; i < header_size(hdr); i++)
                h = mix_word(h, l[i], k);
            break;
        }
        case BOX_BINARY:
            h = hash_bits(t, h);
            break;
        case BOX_FLATMAP: {
            size_t n = header_size(hdr);
            const Term *kv = ((FlatMap *)box_ptr(t))->kv;
            h = mix2(h, (uint32_t)n, 0, HC_MAP);
            for (size_t i = n; i-- > 0;) {
                hpush(&s, W_TERM, kv[n + i], 0, NULL);
                hpush(&s, W_TERM, kv[i], 0, NULL);
            }
            break;
        }
        case BOX_HAMTMAP:
            h = mix2(h, (uint32_t)header_size(hdr), 0, HC_MAP);
            push_node_slots(&s, hamt_root(t));
            break;
        case BOX_FUN: {
            Fun *f = (Fun *)box_ptr(t);
            uint64_t n = header_size(hdr);
            h = mix2(h, (uint32_t)n, (uint32_t)beam_word(f->module), HC_FUN);
            h = mix2(h, f->index, f->uniq, HC_FUN2);
            for (uint64_t i = n; i-- > 0;)
                hpush(&s, W_TERM, f->env[i], 0, NULL);
            break;
        }
        case BOX_EXPORT: {
            /* the BEAM hashes the export entry's address */
            ExportFun *f = (ExportFun *)box_ptr(t);
            h = mix_word(h, beam_word(f->module), HC_EXPORT);
            h = mix_word(h, beam_word(f->function), HC_EXPORT);
            h = mix_word(h, beam_word(f->arity), HC_EXPORT);
            break;
        }
        case BOX_REF: {
            Ref *r = (Ref *)box_ptr(t);
            if (!is_local_node(r->node)) /* the BEAM: the node's address */
                h = mix2(h, (uint32_t)beam_word(r->node), r->creation, HC_REF);
            h = mix2(h, r->ids[0], 0, HC_REF);
            h = mix2(h, r->ids[1], r->ids[2], HC_REF2);
            break;
        }
        case BOX_EXTPID: {
            ExtPid *p = (ExtPid *)box_ptr(t);
            h = mix2(h, (uint32_t)beam_word(p->node), p->creation, HC_PID);
            h = mix2(h, p->id, p->serial, HC_PID);
            break;
        }
        case BOX_PORT: {
            Port *p = (Port *)box_ptr(t);
            if (is_local_node(p->node) && p->id < (UINT64_C(1) << 28)) {
                /* an immediate on the BEAM: the number, and above it the
                 * slot in the default 2^16-entry port table (measured) */
                uint64_t slot = ((p->id & 0x1fff) << 3) | ((p->id >> 13) & 7);
                h = mix_word(h, (slot << 32) | (p->id << 4) | 0x7, HC);
            } else {
                h = mix2(h, (uint32_t)beam_word(p->node), p->creation, HC_PORT);
                h = mix_word(h, p->id, HC_PORT);
            }
            break;
        }
        default:
            h = mix_word(h, t, HC);
            break;
        }
    next:
        if (s.n == 0)
            break;
        w = s.items[--s.n];
    }
    if (s.items != s.local)
        free(s.items);
    return h;
}

/* The hash word for a level: the BEAM's make_map_hash(key, level / 8).
 * The unit tests compile a copy of this file with a narrow mask to force
 * deep paths and collisions. */
#ifndef MAP_HASH_MASK
#define MAP_HASH_MASK UINT32_MAX
#endif

static uint32_t depth_salt(int depth)
{
    return depth == 0 ? 0 : mix2(0, (uint32_t)depth, 1, HC_BYTES_TAIL);
}

static inline uint32_t key_hash(Term key, int level)
{
    int depth = level / HAMT_LEVELS_PER_HASH;
    uint32_t h;
    if (term_is_small(key) && depth == 0)
        h = mix_word(INTERNAL_SALT, ((uint64_t)small_val(key) << 4) | 0xF, HC);
    else
        h = beam_hash(key, depth_salt(depth));
    return h & (uint32_t)MAP_HASH_MASK;
}

/* The hash word of key for level, given its word h for level - 1 (for
 * level 0, its word for level 0). */
static inline uint32_t next_hash(uint32_t h, Term key, int level)
{
    return level == 0 || level % HAMT_LEVELS_PER_HASH ? h : key_hash(key, level);
}

/* ---- flatmaps ------------------------------------------------------ */

static Term flat_alloc(size_t n, Term **kv)
{
    FlatMap *m = gc_alloc(sizeof(Term) * (1 + 2 * n));
    m->header = make_header(BOX_FLATMAP, n);
    *kv = m->kv;
    return make_box(m);
}

#define flat_kv(m) (((FlatMap *)box_ptr(m))->kv)

/* Where key is (*found) or would go in keys[0..n), sorted in key order. */
static size_t keys_search(const Term *keys, size_t n, Term key, bool *found)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = keys[mid] == key ? 0 : term_compare_exact(key, keys[mid]);
        if (c == 0) {
            *found = true;
            return mid;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    *found = false;
    return lo;
}

/* Index of key in a flatmap, or -1. */
static long flat_find(Term m, Term key)
{
    size_t n = box_size(m);
    const Term *k = flat_kv(m);
    if (is_immediate(key)) {
        /* No boxed term is =:= to an immediate: compare words. */
        for (size_t i = 0; i < n; i++)
            if (k[i] == key)
                return (long)i;
        return -1;
    }
    bool found;
    size_t i = keys_search(k, n, key, &found);
    return found ? (long)i : -1;
}

/* A flatmap of n <= FLATMAP_MAX pairs in any order; when keys repeat the
 * later pair wins. */
static Term flat_build(const Term *keys, const Term *vals, size_t n)
{
    Term k[FLATMAP_MAX], v[FLATMAP_MAX];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        bool found;
        size_t at = keys_search(k, m, keys[i], &found);
        if (!found) {
            memmove(k + at + 1, k + at, (m - at) * sizeof(Term));
            memmove(v + at + 1, v + at, (m - at) * sizeof(Term));
            m++;
        }
        k[at] = keys[i];
        v[at] = vals[i];
    }
    Term *kv;
    Term map = flat_alloc(m, &kv);
    memcpy(kv, k, m * sizeof(Term));
    memcpy(kv + m, v, m * sizeof(Term));
    return map;
}

/* ---- building a HAMT in one go ------------------------------------ */

typedef struct BuildEntry {
    uint32_t path; /* the level's hash word with its nibbles reversed */
    uint32_t hash; /* the hash word for the current depth */
    size_t idx;    /* into the caller's keys/vals */
} BuildEntry;

static int entry_order(const void *pa, const void *pb)
{
    const BuildEntry *a = pa, *b = pb;
    if (a->path != b->path)
        return a->path < b->path ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The hash with its first slot (lowest nibble) as the most significant:
 * sorting by it sorts keys in trie order. */
static uint32_t trie_path(uint32_t h)
{
    uint32_t p = 0;
    for (int i = 0; i < HAMT_LEVELS_PER_HASH; i++, h >>= HAMT_BITS)
        p = (p << HAMT_BITS) | (h & (HAMT_SLOTS - 1));
    return p;
}

static HNode *build_node(BuildEntry *e, size_t n, int level, const Term *keys,
                         const Term *vals)
{
    if (level == HAMT_MAX_LEVEL) {
        /* Pairs in key order, so that the node depends only on its keys. */
        HNode *x = collision_alloc((uint32_t)n);
        for (size_t i = 0; i < n; i++) {
            Term k = keys[e[i].idx];
            size_t j = i;
            while (j > 0 && term_compare_exact(x->slots[2 * (j - 1)], k) > 0) {
                x->slots[2 * j] = x->slots[2 * (j - 1)];
                x->slots[2 * j + 1] = x->slots[2 * j - 1];
                j--;
            }
            x->slots[2 * j] = k;
            x->slots[2 * j + 1] = vals[e[i].idx];
        }
        return x;
    }
    if (level > 0 && level % HAMT_LEVELS_PER_HASH == 0) {
        /* a new depth: rehash these keys (they agree on 32 bits) */
        for (size_t i = 0; i < n; i++) {
            e[i].hash = key_hash(keys[e[i].idx], level);
            e[i].path = trie_path(e[i].hash);
        }
        qsort(e, n, sizeof *e, entry_order);
    }
    uint32_t datamap = 0, nodemap = 0;
    for (size_t i = 0; i < n;) {
        uint32_t f = frag(e[i].hash, level);
        size_t j = i + 1;
        while (j < n && frag(e[j].hash, level) == f)
            j++;
        if (j - i == 1)
            datamap |= 1u << f;
        else
            nodemap |= 1u << f;
        i = j;
    }
    HNode *x = node_alloc(datamap, nodemap);
    uint32_t nd = 0, nn = 0, ndata = popcount(datamap);
    for (size_t i = 0; i < n;) {
        uint32_t f = frag(e[i].hash, level);
        size_t j = i + 1;
        while (j < n && frag(e[j].hash, level) == f)
            j++;
        if (j - i == 1) {
            x->slots[2 * nd] = keys[e[i].idx];
            x->slots[2 * nd + 1] = vals[e[i].idx];
            nd++;
        } else {
            HNode *c = build_node(e + i, j - i, level + 1, keys, vals);
            x->slots[2 * ndata + nn++] = make_box(c);
        }
        i = j;
    }
    return x;
}

/* A HAMT of n pairs in any order (later pairs win), or a flatmap when
 * fewer than FLATMAP_MAX + 1 distinct keys remain. */
static Term hamt_build(const Term *keys, const Term *vals, size_t n)
{
    BuildEntry local[2 * FLATMAP_MAX];
    BuildEntry *e = n <= 2 * FLATMAP_MAX ? local : malloc(n * sizeof *e);
    if (!e)
        abort();
    for (size_t i = 0; i < n; i++) {
        e[i].hash = key_hash(keys[i], 0);
        e[i].path = trie_path(e[i].hash);
        e[i].idx = i;
    }
    qsort(e, n, sizeof *e, entry_order);
    /* Drop repeated keys (equal keys have equal hashes, so they sit in one
     * run), keeping the last given. */
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        bool later = false;
        for (size_t j = i + 1; j < n && e[j].path == e[i].path && !later; j++)
            later = key_eq(keys[e[i].idx], keys[e[j].idx]);
        if (!later)
            e[m++] = e[i];
    }
    Term map;
    if (m <= FLATMAP_MAX) {
        Term k[FLATMAP_MAX], v[FLATMAP_MAX];
        for (size_t i = 0; i < m; i++) {
            k[i] = keys[e[i].idx];
            v[i] = vals[e[i].idx];
        }
        map = flat_build(k, v, m);
    } else {
        map = hamt_make(build_node(e, m, 0, keys, vals), m);
    }
    if (e != local)
        free(e);
    return map;
}

/* ---- HAMT operations ---------------------------------------------- */

static Term hamt_get(const HNode *x, Term key, uint32_t h)
{
    for (int level = 0;; level++) {
        if (node_is_collision(x)) {
            for (uint32_t i = 0; i < x->datamap; i++)
                if (key_eq(x->slots[2 * i], key))
                    return x->slots[2 * i + 1];
            return NONE;
        }
        h = next_hash(h, key, level);
        uint32_t bit = 1u << frag(h, level);
        if (x->datamap & bit) {
            uint32_t i = popcount(x->datamap & (bit - 1));
            return key_eq(x->slots[2 * i], key) ? x->slots[2 * i + 1] : NONE;
        }
        if (!(x->nodemap & bit))
            return NONE;
        x = node_child(x, popcount(x->nodemap & (bit - 1)));
    }
}

static size_t node_words(const HNode *x)
{
    if (node_is_collision(x))
        return 2 * (size_t)x->datamap;
    return 2 * (size_t)popcount(x->datamap) + popcount(x->nodemap);
}

static HNode *node_copy(const HNode *x)
{
    size_t words = node_words(x);
    HNode *y = gc_alloc(sizeof(HNode) + words * sizeof(Term));
    memcpy(y, x, sizeof(HNode) + words * sizeof(Term));
    return y;
}

/* A node holding two pairs whose keys differ, at level; h1 and h2 are the
 * keys' hash words for level - 1. */
static HNode *merge_pairs(Term k1, Term v1, uint32_t h1, Term k2, Term v2,
                          uint32_t h2, int level)
{
    if (level == HAMT_MAX_LEVEL) {
        HNode *x = collision_alloc(2);
        int first = term_compare_exact(k1, k2) < 0 ? 0 : 2; /* key order */
        x->slots[first] = k1;
        x->slots[first + 1] = v1;
        x->slots[2 - first] = k2;
        x->slots[3 - first] = v2;
        return x;
    }
    h1 = next_hash(h1, k1, level);
    h2 = next_hash(h2, k2, level);
    uint32_t f1 = frag(h1, level), f2 = frag(h2, level);
    if (f1 == f2) {
        HNode *x = node_alloc(0, 1u << f1);
        x->slots[0] = make_box(merge_pairs(k1, v1, h1, k2, v2, h2, level + 1));
        return x;
    }
    HNode *x = node_alloc((1u << f1) | (1u << f2), 0);
    int first = f1 < f2 ? 0 : 2;
    x->slots[first] = k1;
    x->slots[first + 1] = v1;
    x->slots[2 - first] = k2;
    x->slots[3 - first] = v2;
    return x;
}

/* x (at level) with key set to val; x itself when nothing changes.  h is
 * the key's hash word for level - 1 (any value at level 0). */
static HNode *hamt_put(HNode *x, Term key, Term val, uint32_t h, int level,
                       bool *added)
{
    if (node_is_collision(x)) {
        /* The pairs are kept in key order (see build_node). */
        uint32_t n = x->datamap, i = 0;
        int c = 1;
        while (i < n && (c = term_compare_exact(key, x->slots[2 * i])) > 0)
            i++;
        if (i < n && c == 0) {
            if (x->slots[2 * i] == key && x->slots[2 * i + 1] == val)
                return x;
            HNode *y = node_copy(x);
            y->slots[2 * i] = key;
            y->slots[2 * i + 1] = val;
            return y;
        }
        HNode *y = collision_alloc(n + 1);
        memcpy(y->slots, x->slots, 2 * (size_t)i * sizeof(Term));
        y->slots[2 * i] = key;
        y->slots[2 * i + 1] = val;
        memcpy(y->slots + 2 * i + 2, x->slots + 2 * i,
               2 * (size_t)(n - i) * sizeof(Term));
        *added = true;
        return y;
    }
    h = next_hash(h, key, level);
    uint32_t bit = 1u << frag(h, level);
    uint32_t nd = popcount(x->datamap), nn = popcount(x->nodemap);
    if (x->datamap & bit) {
        uint32_t i = popcount(x->datamap & (bit - 1));
        Term k2 = x->slots[2 * i], v2 = x->slots[2 * i + 1];
        if (key_eq(k2, key)) {
            if (k2 == key && v2 == val)
                return x;
            HNode *y = node_copy(x);
            y->slots[2 * i] = key; /* the BEAM's HAMT takes the new key too */
            y->slots[2 * i + 1] = val;
            return y;
        }
        /* Two keys in one slot: push both down into a new child. */
        HNode *c = merge_pairs(k2, v2, key_hash(k2, level), key, val, h, level + 1);
        HNode *y = node_alloc(x->datamap & ~bit, x->nodemap | bit);
        uint32_t j = popcount(x->nodemap & (bit - 1));
        memcpy(y->slots, x->slots, 2 * (size_t)i * sizeof(Term));
        memcpy(y->slots + 2 * i, x->slots + 2 * i + 2,
               2 * (size_t)(nd - i - 1) * sizeof(Term));
        Term *yc = y->slots + 2 * (nd - 1);
        const Term *xc = x->slots + 2 * nd;
        memcpy(yc, xc, j * sizeof(Term));
        yc[j] = make_box(c);
        memcpy(yc + j + 1, xc + j, (nn - j) * sizeof(Term));
        *added = true;
        return y;
    }
    if (x->nodemap & bit) {
        uint32_t j = popcount(x->nodemap & (bit - 1));
        HNode *c = node_child(x, j);
        HNode *nc = hamt_put(c, key, val, h, level + 1, added);
        if (nc == c)
            return x;
        HNode *y = node_copy(x);
        y->slots[2 * nd + j] = make_box(nc);
        return y;
    }
    /* An empty slot: the pair goes in inline. */
    uint32_t i = popcount(x->datamap & (bit - 1));
    HNode *y = node_alloc(x->datamap | bit, x->nodemap);
    memcpy(y->slots, x->slots, 2 * (size_t)i * sizeof(Term));
    y->slots[2 * i] = key;
    y->slots[2 * i + 1] = val;
    memcpy(y->slots + 2 * i + 2, x->slots + 2 * i,
           (2 * (size_t)(nd - i) + nn) * sizeof(Term));
    *added = true;
    return y;
}

/* Whether a node holds exactly one pair and nothing else (it then moves
 * up into its parent). */
static bool node_is_single(const HNode *x)
{
    if (node_is_collision(x))
        return x->datamap == 1;
    return x->nodemap == 0 && popcount(x->datamap) == 1;
}

/* x (at level) without key; x itself when key is absent.  h as in
 * hamt_put. */
static HNode *hamt_remove(HNode *x, Term key, uint32_t h, int level,
                          bool *removed)
{
    if (node_is_collision(x)) {
        uint32_t n = x->datamap;
        for (uint32_t i = 0; i < n; i++) {
            if (key_eq(x->slots[2 * i], key)) {
                HNode *y = collision_alloc(n - 1);
                memcpy(y->slots, x->slots, 2 * (size_t)i * sizeof(Term));
                memcpy(y->slots + 2 * i, x->slots + 2 * i + 2,
                       2 * (size_t)(n - i - 1) * sizeof(Term));
                *removed = true;
                return y;
            }
        }
        return x;
    }
    h = next_hash(h, key, level);
    uint32_t bit = 1u << frag(h, level);
    uint32_t nd = popcount(x->datamap), nn = popcount(x->nodemap);
    if (x->datamap & bit) {
        uint32_t i = popcount(x->datamap & (bit - 1));
        if (!key_eq(x->slots[2 * i], key))
            return x;
        HNode *y = node_alloc(x->datamap & ~bit, x->nodemap);
        memcpy(y->slots, x->slots, 2 * (size_t)i * sizeof(Term));
        memcpy(y->slots + 2 * i, x->slots + 2 * i + 2,
               (2 * (size_t)(nd - i - 1) + nn) * sizeof(Term));
        *removed = true;
        return y;
    }
    if (!(x->nodemap & bit))
        return x;
    uint32_t j = popcount(x->nodemap & (bit - 1));
    HNode *c = node_child(x, j);
    HNode *nc = hamt_remove(c, key, h, level + 1, removed);
    if (nc == c)
        return x;
    if (!node_is_single(nc)) {
        HNode *y = node_copy(x);
        y->slots[2 * nd + j] = make_box(nc);
        return y;
    }
    /* The child shrank to one pair: inline it here, in the same slot. */
    uint32_t i = popcount(x->datamap & (bit - 1));
    HNode *y = node_alloc(x->datamap | bit, x->nodemap & ~bit);
    memcpy(y->slots, x->slots, 2 * (size_t)i * sizeof(Term));
    y->slots[2 * i] = nc->slots[0];
    y->slots[2 * i + 1] = nc->slots[1];
    memcpy(y->slots + 2 * i + 2, x->slots + 2 * i,
           2 * (size_t)(nd - i) * sizeof(Term));
    Term *yc = y->slots + 2 * (nd + 1);
    const Term *xc = x->slots + 2 * nd;
    memcpy(yc, xc, j * sizeof(Term));
    memcpy(yc + j, xc + j + 1, (nn - j - 1) * sizeof(Term));
    return y;
}

/* A HAMT that has shrunk to FLATMAP_MAX pairs, as a flatmap. */
static Term hamt_to_flat(Term m)
{
    Term k[FLATMAP_MAX], v[FLATMAP_MAX];
    size_t n = 0;
    MapIter it;
    map_iter_init(&it, m);
    while (n < FLATMAP_MAX && map_iter_next(&it, &k[n], &v[n]))
        n++;
    return flat_build(k, v, n);
}

/* ---- the public operations ---------------------------------------- */

Term map_new(void)
{
    Term *kv;
    return flat_alloc(0, &kv);
}

Term map_from_pairs(const Term *keys, const Term *vals, size_t n)
{
    if (n <= FLATMAP_MAX)
        return flat_build(keys, vals, n);
    return hamt_build(keys, vals, n);
}

size_t map_size(Term map)
{
    return term_is_map(map) ? (size_t)box_size(map) : 0;
}

Term map_get(Term map, Term key)
{
    if (!term_is_boxed(map))
        return NONE;
    switch (box_type(map)) {
    case BOX_FLATMAP: {
        long i = flat_find(map, key);
        return i < 0 ? NONE : flat_kv(map)[box_size(map) + (size_t)i];
    }
    case BOX_HAMTMAP:
        return hamt_get(hamt_root(map), key, key_hash(key, 0));
    default:
        return NONE;
    }
}

static Term flat_put(Term map, Term key, Term val)
{
    size_t n = box_size(map);
    const Term *kv = flat_kv(map);
    long at = flat_find(map, key);
    Term *nkv;
    if (at >= 0) {
        if (kv[n + (size_t)at] == val)
            return map;
        Term m2 = flat_alloc(n, &nkv);
        memcpy(nkv, kv, 2 * n * sizeof(Term));
        nkv[n + (size_t)at] = val; /* the old key stays, as the BEAM */
        return m2;
    }
    if (n == FLATMAP_MAX) {
        Term k[FLATMAP_MAX + 1], v[FLATMAP_MAX + 1];
        memcpy(k, kv, n * sizeof(Term));
        memcpy(v, kv + n, n * sizeof(Term));
        k[n] = key;
        v[n] = val;
        return hamt_build(k, v, n + 1);
    }
    bool found;
    size_t i = keys_search(kv, n, key, &found);
    Term m2 = flat_alloc(n + 1, &nkv);
    memcpy(nkv, kv, i * sizeof(Term));
    nkv[i] = key;
    memcpy(nkv + i + 1, kv + i, (n - i) * sizeof(Term));
    memcpy(nkv + n + 1, kv + n, i * sizeof(Term));
    nkv[n + 1 + i] = val;
    memcpy(nkv + n + 2 + i, kv + n + i, (n - i) * sizeof(Term));
    return m2;
}

Term map_put(Term map, Term key, Term val)
{
    if (!term_is_boxed(map))
        return NONE;
    switch (box_type(map)) {
    case BOX_FLATMAP:
        return flat_put(map, key, val);
    case BOX_HAMTMAP: {
        bool added = false;
        HNode *root = hamt_root(map);
        HNode *r = hamt_put(root, key, val, key_hash(key, 0), 0, &added);
        if (r == root)
            return map;
        return hamt_make(r, box_size(map) + added);
    }
    default:
        return NONE;
    }
}

Term map_update(Term map, Term key, Term val)
{
    if (!term_is_boxed(map))
        return NONE;
    switch (box_type(map)) {
    case BOX_FLATMAP: {
        long at = flat_find(map, key);
        if (at < 0)
            return NONE;
        size_t n = box_size(map);
        const Term *kv = flat_kv(map);
        if (kv[n + (size_t)at] == val)
            return map;
        Term *nkv;
        Term m2 = flat_alloc(n, &nkv);
        memcpy(nkv, kv, 2 * n * sizeof(Term));
        nkv[n + (size_t)at] = val;
        return m2;
    }
    case BOX_HAMTMAP: {
        uint32_t h = key_hash(key, 0);
        HNode *root = hamt_root(map);
        if (hamt_get(root, key, h) == NONE)
            return NONE;
        bool added = false;
        HNode *r = hamt_put(root, key, val, h, 0, &added);
        return r == root ? map : hamt_make(r, box_size(map));
    }
    default:
        return NONE;
    }
}

Term map_remove(Term map, Term key)
{
    if (!term_is_boxed(map))
        return NONE;
    switch (box_type(map)) {
    case BOX_FLATMAP: {
        long at = flat_find(map, key);
        if (at < 0)
            return map;
        size_t n = box_size(map), i = (size_t)at;
        const Term *kv = flat_kv(map);
        Term *nkv;
        Term m2 = flat_alloc(n - 1, &nkv);
        memcpy(nkv, kv, i * sizeof(Term));
        memcpy(nkv + i, kv + i + 1, (n - i - 1) * sizeof(Term));
        memcpy(nkv + n - 1, kv + n, i * sizeof(Term));
        memcpy(nkv + n - 1 + i, kv + n + i + 1, (n - i - 1) * sizeof(Term));
        return m2;
    }
    case BOX_HAMTMAP: {
        bool removed = false;
        HNode *root = hamt_root(map);
        HNode *r = hamt_remove(root, key, key_hash(key, 0), 0, &removed);
        if (r == root)
            return map;
        Term m2 = hamt_make(r, box_size(map) - 1);
        return box_size(m2) <= FLATMAP_MAX ? hamt_to_flat(m2) : m2;
    }
    default:
        return NONE;
    }
}

/* ---- iteration ----------------------------------------------------- */

/* Per level, left[d] holds the slots of node[d] still to visit (a bitmap;
 * for a collision node or a flatmap, the number of pairs still to come). */
static void iter_start(MapIter *it, Term map, bool forward)
{
    it->map = map;
    it->depth = 0;
    it->forward = forward;
    if (term_is_box_of(map, BOX_HAMTMAP)) {
        const HNode *root = hamt_root(map);
        it->node[0] = make_box(root);
        it->left[0] = node_is_collision(root) ? root->datamap
                                              : root->datamap | root->nodemap;
    } else if (term_is_box_of(map, BOX_FLATMAP)) {
        it->node[0] = map;
        it->left[0] = (uint32_t)box_size(map);
    } else {
        it->depth = -1;
    }
}

void map_iter_init(MapIter *it, Term map)
{
    iter_start(it, map, false);
}

void map_iter_init_fold(MapIter *it, Term map)
{
    iter_start(it, map, true);
}

bool map_iter_next(MapIter *it, Term *key, Term *val)
{
    if (it->depth < 0)
        return false;
    if (box_type(it->map) == BOX_FLATMAP) {
        /* key order both ways, as the BEAM */
        size_t n = box_size(it->map);
        if (it->left[0] == 0) {
            it->depth = -1;
            return false;
        }
        size_t i = n - it->left[0]--;
        *key = flat_kv(it->map)[i];
        *val = flat_kv(it->map)[n + i];
        return true;
    }
    for (;;) {
        int d = it->depth;
        const HNode *x = (const HNode *)box_ptr(it->node[d]);
        uint32_t left = it->left[d];
        if (left == 0) {
            if (d == 0) {
                it->depth = -1;
                return false;
            }
            it->depth = d - 1;
            continue;
        }
        if (node_is_collision(x)) {
            /* key order forwards, reversed backwards */
            uint32_t i = it->forward ? x->datamap - left : left - 1;
            it->left[d] = left - 1;
            *key = x->slots[2 * i];
            *val = x->slots[2 * i + 1];
            return true;
        }
        uint32_t bit = it->forward ? left & (0u - left)
                                   : 1u << (31 - __builtin_clz(left));
        it->left[d] = left & ~bit;
        if (x->datamap & bit) {
            uint32_t i = popcount(x->datamap & (bit - 1));
            *key = x->slots[2 * i];
            *val = x->slots[2 * i + 1];
            return true;
        }
        const HNode *c = node_child(x, popcount(x->nodemap & (bit - 1)));
        it->node[d + 1] = make_box(c);
        it->left[d + 1] = node_is_collision(c) ? c->datamap : c->datamap | c->nodemap;
        it->depth = d + 1;
    }
}

typedef struct Pair {
    Term key, val;
} Pair;

static int pair_order(const void *a, const void *b)
{
    return term_compare_exact(((const Pair *)a)->key, ((const Pair *)b)->key);
}

void map_sorted_pairs(Term map, Term *keys, Term *vals)
{
    size_t n = map_size(map);
    if (term_is_box_of(map, BOX_FLATMAP)) {
        memcpy(keys, flat_kv(map), n * sizeof(Term));
        memcpy(vals, flat_kv(map) + n, n * sizeof(Term));
        return;
    }
    if (n == 0)
        return;
    /* GC memory, so the collector sees the keys and values held here. */
    Pair *p = gc_alloc(n * sizeof *p);
    MapIter it;
    size_t i = 0;
    map_iter_init(&it, map);
    while (i < n && map_iter_next(&it, &p[i].key, &p[i].val))
        i++;
    qsort(p, i, sizeof *p, pair_order);
    for (size_t j = 0; j < i; j++) {
        keys[j] = p[j].key;
        vals[j] = p[j].val;
    }
}

int map_key_compare(Term a, Term b)
{
    return term_compare_exact(a, b);
}

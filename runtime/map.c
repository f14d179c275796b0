/* map.c - Erlang maps: sorted flatmaps and hash array mapped tries.
 *
 * A map of up to FLATMAP_MAX pairs is a FlatMap: keys sorted in map key
 * order (term_compare_exact: the term order with every integer before
 * every float), values alongside.  A bigger map is a HAMT:
 *
 *   HamtMap box                 HNode (BOX_INTERNAL)
 *  +-------------------+       +----------+---------+---------+
 *  | header: pairs     |   +-->| header   | datamap | nodemap |
 *  | root -------------+---+   +----------+---------+---------+
 *  +-------------------+       | k0 v0 k1 v1 ... | child0 child1 ... |
 *                              +------------------------------------+
 *
 * Each bitmap node consumes 5 bits of the key's 64-bit hash (level 0 the
 * lowest bits, level 12 the last 4).  A bit set in datamap means the slot
 * holds one pair inline, in nodemap that it holds a child node; pairs come
 * first, then children, each in bit order (popcount indexing).  Keys whose
 * whole hashes agree end in a collision node at level 13: a plain list of
 * pairs in key order.  Updates copy the path from the root (structure is shared); a
 * removal that leaves a child with one pair pulls that pair up into its
 * parent, so a trie depends only on its key set.  A map is a HAMT exactly
 * when it has more than FLATMAP_MAX pairs, so equal maps always have the
 * same representation.
 *
 * The hash is private to this file (erlang:phash2 is hash.c's business):
 * structural, consistent with =:= (0.0 and -0.0 hash alike, 1 and 1.0 do
 * not), and independent of a map's representation or insertion order.
 */
#include "map.h"

#include <stdlib.h>

#include "binary.h"
#include "compare.h"
#include "gc.h"

/* ---- the HAMT's objects ------------------------------------------- */

#define HAMT_BITS 5
#define HAMT_COLLISION_LEVEL 13 /* 12 levels of 5 bits and one of 4 */

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

static inline uint32_t frag(uint64_t h, int level)
{
    return (uint32_t)(h >> (HAMT_BITS * level)) & 31;
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

/* ---- key equality and hashing ------------------------------------- */

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

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

static inline uint64_t combine(uint64_t h, uint64_t x)
{
    return mix64(h ^ (x + UINT64_C(0x9e3779b97f4a7c15) + (h << 6) + (h >> 2)));
}

enum {
    SEED_LIST = 0x11,
    SEED_TUPLE,
    SEED_FLOAT,
    SEED_BIG,
    SEED_BITS,
    SEED_MAP,
    SEED_FUN,
    SEED_EXPORT,
    SEED_REF,
    SEED_PID,
    SEED_PORT
};

static uint64_t hash_term(Term t);

static uint64_t hash_bits(Term t)
{
    uint64_t nbits = binary_bit_size(t);
    uint64_t h = combine(SEED_BITS, nbits);
    uint64_t nbytes = (nbits + 7) >> 3, word = 0;
    bool aligned = binary_is_aligned(t);
    const uint8_t *p = aligned ? binary_bytes(t) : NULL;
    for (uint64_t i = 0; i < nbytes; i++) {
        /* get_byte masks the bits past the end of a partial last byte */
        uint8_t b = aligned && i + 1 < nbytes ? p[i] : binary_get_byte(t, i * 8);
        word = (word << 8) | b;
        if ((i & 7) == 7) {
            h = combine(h, word);
            word = 0;
        }
    }
    return combine(h, word);
}

static uint64_t hash_map(Term m)
{
    /* A sum over the pairs: the same whatever the order of iteration. */
    uint64_t sum = 0;
    MapIter it;
    Term k, v;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v))
        sum += mix64(hash_term(k) * 31 + hash_term(v));
    return combine(combine(SEED_MAP, map_size(m)), sum);
}

static uint64_t hash_term(Term t)
{
    uint64_t h = 0;
    for (;;) {
        if (is_immediate(t))
            return combine(h, t);
        if (term_is_cons(t)) {
            h = combine(h, SEED_LIST);
            while (term_is_cons(t)) {
                h = combine(h, hash_term(CAR(t)));
                t = CDR(t);
            }
            continue; /* the tail: NIL or an improper tail */
        }
        if (t == 0)
            return combine(h, 0);
        Term hdr = box_ptr(t)[0];
        switch (header_type(hdr)) {
        case BOX_TUPLE: {
            uint32_t n = tuple_arity(t);
            const Term *e = tuple_elems(t);
            h = combine(combine(h, SEED_TUPLE), n);
            if (n == 0)
                return h;
            for (uint32_t i = 0; i + 1 < n; i++)
                h = combine(h, hash_term(e[i]));
            t = e[n - 1];
            continue;
        }
        case BOX_FLOAT: {
            double d = float_val(t);
            if (d == 0.0)
                d = 0.0; /* -0.0 =:= 0.0 */
            uint64_t bits;
            memcpy(&bits, &d, sizeof bits);
            return combine(combine(h, SEED_FLOAT), bits);
        }
        case BOX_POS_BIG:
        case BOX_NEG_BIG: {
            h = combine(combine(h, SEED_BIG), hdr);
            const uint64_t *l = ((Bignum *)box_ptr(t))->limbs;
            for (uint64_t i = 0; i < header_size(hdr); i++)
                h = combine(h, l[i]);
            return h;
        }
        case BOX_BINARY:
            return combine(h, hash_bits(t));
        case BOX_FLATMAP:
        case BOX_HAMTMAP:
            return combine(h, hash_map(t));
        case BOX_FUN: {
            /* The fields that identify a fun for =:= (see compare.c). */
            Fun *f = (Fun *)box_ptr(t);
            uint64_t n = header_size(hdr);
            h = combine(combine(h, SEED_FUN), f->module);
            h = combine(h, ((uint64_t)f->index << 32) | f->uniq);
            h = combine(h, n);
            for (uint64_t i = 0; i < n; i++)
                h = combine(h, hash_term(f->env[i]));
            return h;
        }
        case BOX_EXPORT: {
            ExportFun *f = (ExportFun *)box_ptr(t);
            h = combine(combine(h, SEED_EXPORT), f->module);
            return combine(combine(h, f->function), f->arity);
        }
        case BOX_REF: {
            Ref *r = (Ref *)box_ptr(t);
            h = combine(combine(combine(h, SEED_REF), r->node), r->creation);
            h = combine(h, ((uint64_t)r->ids[0] << 32) | r->ids[1]);
            return combine(h, r->ids[2]);
        }
        case BOX_EXTPID: {
            ExtPid *p = (ExtPid *)box_ptr(t);
            h = combine(combine(combine(h, SEED_PID), p->node), p->creation);
            return combine(h, ((uint64_t)p->serial << 32) | p->id);
        }
        case BOX_PORT: {
            Port *p = (Port *)box_ptr(t);
            h = combine(combine(combine(h, SEED_PORT), p->node), p->creation);
            return combine(h, p->id);
        }
        default:
            return combine(h, t);
        }
    }
}

/* The hash that places a key in the trie.  The unit tests compile a copy
 * of this file with a narrow mask to force deep paths and collisions. */
#ifndef MAP_HASH_MASK
#define MAP_HASH_MASK UINT64_MAX
#endif

static inline uint64_t key_hash(Term key)
{
    return hash_term(key) & (uint64_t)MAP_HASH_MASK;
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
    uint64_t path; /* the hash with its 5-bit fragments in trie order */
    uint64_t hash;
    size_t idx;    /* into the caller's keys/vals */
} BuildEntry;

static int entry_order(const void *pa, const void *pb)
{
    const BuildEntry *a = pa, *b = pb;
    if (a->path != b->path)
        return a->path < b->path ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static uint64_t trie_path(uint64_t h)
{
    uint64_t p = 0;
    for (int level = 0; level < 12; level++)
        p = (p << HAMT_BITS) | frag(h, level);
    return (p << 4) | frag(h, 12);
}

static HNode *build_node(const BuildEntry *e, size_t n, int level,
                         const Term *keys, const Term *vals)
{
    if (level == HAMT_COLLISION_LEVEL) {
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
        e[i].hash = key_hash(keys[i]);
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

static Term hamt_get(const HNode *x, Term key, uint64_t h)
{
    for (int level = 0;; level++) {
        if (node_is_collision(x)) {
            for (uint32_t i = 0; i < x->datamap; i++)
                if (key_eq(x->slots[2 * i], key))
                    return x->slots[2 * i + 1];
            return NONE;
        }
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

/* A node holding two pairs whose keys differ, from level on. */
static HNode *merge_pairs(Term k1, Term v1, uint64_t h1, Term k2, Term v2,
                          uint64_t h2, int level)
{
    if (level == HAMT_COLLISION_LEVEL) {
        HNode *x = collision_alloc(2);
        int first = term_compare_exact(k1, k2) < 0 ? 0 : 2; /* key order */
        x->slots[first] = k1;
        x->slots[first + 1] = v1;
        x->slots[2 - first] = k2;
        x->slots[3 - first] = v2;
        return x;
    }
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

/* x with key set to val; x itself when nothing changes. */
static HNode *hamt_put(HNode *x, Term key, Term val, uint64_t h, int level,
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
        HNode *c = merge_pairs(k2, v2, key_hash(k2), key, val, h, level + 1);
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

/* x without key; x itself when key is absent. */
static HNode *hamt_remove(HNode *x, Term key, uint64_t h, int level,
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
        return hamt_get(hamt_root(map), key, key_hash(key));
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
        HNode *r = hamt_put(root, key, val, key_hash(key), 0, &added);
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
        uint64_t h = key_hash(key);
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
        HNode *r = hamt_remove(root, key, key_hash(key), 0, &removed);
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

void map_iter_init(MapIter *it, Term map)
{
    it->map = map;
    it->depth = 0;
    it->pos[0] = 0;
    if (term_is_box_of(map, BOX_HAMTMAP))
        it->node[0] = make_box(hamt_root(map));
    else if (term_is_box_of(map, BOX_FLATMAP))
        it->node[0] = map;
    else
        it->depth = -1;
}

bool map_iter_next(MapIter *it, Term *key, Term *val)
{
    if (it->depth < 0)
        return false;
    if (box_type(it->map) == BOX_FLATMAP) {
        size_t n = box_size(it->map), i = it->pos[0];
        if (i >= n) {
            it->depth = -1;
            return false;
        }
        *key = flat_kv(it->map)[i];
        *val = flat_kv(it->map)[n + i];
        it->pos[0]++;
        return true;
    }
    for (;;) {
        int d = it->depth;
        const HNode *x = (const HNode *)box_ptr(it->node[d]);
        uint32_t p = it->pos[d];
        uint32_t nd = node_is_collision(x) ? x->datamap : popcount(x->datamap);
        uint32_t nn = node_is_collision(x) ? 0 : popcount(x->nodemap);
        if (p < nd) {
            *key = x->slots[2 * p];
            *val = x->slots[2 * p + 1];
            it->pos[d] = p + 1;
            return true;
        }
        if (p < nd + nn) {
            it->pos[d] = p + 1;
            it->node[d + 1] = x->slots[2 * nd + (p - nd)];
            it->pos[d + 1] = 0;
            it->depth = d + 1;
            continue;
        }
        if (d == 0) {
            it->depth = -1;
            return false;
        }
        it->depth = d - 1;
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

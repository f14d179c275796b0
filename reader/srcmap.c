/* srcmap.c - source positions of the terms a reader built (see srcmap.h).
 *
 * Keyed by object identity, i.e. by address, in two levels:
 *
 *   address:  | page number (addr >> 12)          | granule (4..11) | tag |
 *                   |                                      |
 *   directory: open-addressing hash of page numbers        |
 *                   |                                      |
 *   page:      keys[256] (the terms) + pos[256] ------------+
 *
 * Every heap object is 16-byte aligned and at least 16 bytes long, so a
 * 16-byte granule of a 4 KB address page holds at most one object, and a
 * page's 256 slots are indexed directly.  A reader allocates the cells it
 * records one after the other, so consecutive records land in the same
 * page: one cached directory look-up, then a store next to the previous
 * one.  (A flat hash table over addresses costs a cache and TLB miss per
 * record, which made reading with positions ten times slower.)
 *
 * The key pages live in scanned GC memory (gc_alloc): the keys are real
 * references, so a recorded object stays alive as long as its map does and
 * an address is never reused for another object while it is a key.  The
 * positions live in pointer-free pages beside them.  Dense records cost
 * 16 bytes each (a million entries: 16 MB).
 *
 * A SrcMap is not thread-safe: one reader fills it, and readers of the map
 * must not run concurrently with that writer.
 */
#include "srcmap.h"

#include <string.h>

#include "../runtime/gc.h"

#define PAGE_SHIFT 12
#define GRANULE_SHIFT 4
#define PAGE_SLOTS (1u << (PAGE_SHIFT - GRANULE_SHIFT)) /* 256 */

typedef struct Dir {
    uintptr_t number; /* address >> PAGE_SHIFT */
    Term *keys;       /* PAGE_SLOTS terms, 0 when free; NULL: empty entry */
    SrcPos *pos;      /* PAGE_SLOTS positions (pointer-free) */
} Dir;

struct SrcMap {
    char *file;      /* pointer-free copy of the file name */
    Dir *dir;        /* capacity entries (scanned) */
    size_t capacity; /* a power of two */
    size_t pages;    /* entries in use */
    size_t last;     /* the entry used last: the likely next one */
};

static size_t dir_slot(uintptr_t number, size_t capacity)
{
    uint64_t h = (uint64_t)number * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 32 ^ h) & (capacity - 1);
}

SrcMap *srcmap_new(const char *file)
{
    SrcMap *m = gc_alloc(sizeof *m);
    size_t n = file ? strlen(file) : 0;
    m->file = gc_alloc_atomic(n + 1);
    if (n)
        memcpy(m->file, file, n);
    m->file[n] = '\0';
    m->capacity = 16;
    m->dir = gc_alloc(m->capacity * sizeof *m->dir);
    return m;
}

const char *srcmap_file(const SrcMap *m)
{
    return m ? m->file : "";
}

/* The directory entry of a page, or of the empty slot where it would go. */
static size_t find(const SrcMap *m, uintptr_t number)
{
    const Dir *last = &m->dir[m->last];
    if (last->keys && last->number == number)
        return m->last;
    size_t mask = m->capacity - 1;
    size_t i = dir_slot(number, m->capacity);
    while (m->dir[i].keys && m->dir[i].number != number)
        i = (i + 1) & mask;
    return i;
}

static void grow(SrcMap *m)
{
    Dir *old = m->dir;
    size_t old_capacity = m->capacity;
    m->capacity *= 2;
    m->dir = gc_alloc(m->capacity * sizeof *m->dir);
    size_t mask = m->capacity - 1;
    for (size_t k = 0; k < old_capacity; k++) {
        if (!old[k].keys)
            continue;
        size_t i = dir_slot(old[k].number, m->capacity);
        while (m->dir[i].keys)
            i = (i + 1) & mask;
        m->dir[i] = old[k];
    }
    m->last = 0;
}

static bool is_object(Term t)
{
    return term_is_cons(t) || term_is_boxed(t);
}

void srcmap_put(SrcMap *m, Term t, SrcPos pos)
{
    if (!m || !is_object(t))
        return;
    uintptr_t number = (uintptr_t)t >> PAGE_SHIFT;
    size_t i = find(m, number);
    Dir *d = &m->dir[i];
    if (!d->keys) {
        if ((m->pages + 1) * 2 > m->capacity) {
            grow(m);
            i = find(m, number);
            d = &m->dir[i];
        }
        d->number = number;
        d->pos = gc_alloc_atomic(PAGE_SLOTS * sizeof *d->pos);
        d->keys = gc_alloc(PAGE_SLOTS * sizeof *d->keys); /* zeroed */
        m->pages++;
    }
    size_t g = ((uintptr_t)t >> GRANULE_SHIFT) & (PAGE_SLOTS - 1);
    d->keys[g] = t;
    d->pos[g] = pos;
    m->last = i;
}

bool srcmap_get(const SrcMap *m, Term t, SrcPos *pos)
{
    if (!m || !is_object(t))
        return false;
    const Dir *d = &m->dir[find(m, (uintptr_t)t >> PAGE_SHIFT)];
    size_t g = ((uintptr_t)t >> GRANULE_SHIFT) & (PAGE_SLOTS - 1);
    if (!d->keys || d->keys[g] != t)
        return false;
    if (pos)
        *pos = d->pos[g];
    return true;
}

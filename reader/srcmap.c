/* srcmap.c - source positions of the terms a reader built (see srcmap.h).
 *
 * An open-addressing hash table with linear probing, keyed by the tagged
 * term word of a cons cell or boxed object, i.e. by the object's address.
 * The key array lives in scanned GC memory (gc_alloc): the keys are real
 * references, so a recorded object stays alive as long as its map does and
 * an address can never be reused for another object while it is a key.
 * The positions live in a parallel pointer-free array.  The table doubles
 * when it is 5/8 full, so a million entries cost about 32 MB.
 *
 * A SrcMap is not thread-safe: one reader fills it, and readers of the map
 * must not run concurrently with that writer.
 */
#include "srcmap.h"

#include <string.h>

#include "../runtime/gc.h"

#define EMPTY_KEY ((Term)0) /* no cons or boxed term is the word 0 */
#define MIN_CAPACITY 64

struct SrcMap {
    char *file;     /* pointer-free copy of the file name */
    Term *keys;     /* capacity slots, EMPTY_KEY when free (scanned) */
    SrcPos *pos;    /* capacity slots (pointer-free) */
    size_t capacity; /* a power of two */
    size_t count;
};

static size_t slot_of(Term key, size_t capacity)
{
    /* Objects are 16-byte aligned: drop the tag bits, then mix (Fibonacci
     * hashing keeps nearby addresses apart). */
    uint64_t h = (key >> 4) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 32) & (capacity - 1);
}

static void alloc_tables(SrcMap *m, size_t capacity)
{
    m->keys = gc_alloc(capacity * sizeof *m->keys); /* zeroed: all empty */
    m->pos = gc_alloc_atomic(capacity * sizeof *m->pos);
    m->capacity = capacity;
    m->count = 0;
}

SrcMap *srcmap_new(const char *file)
{
    SrcMap *m = gc_alloc(sizeof *m);
    size_t n = file ? strlen(file) : 0;
    m->file = gc_alloc_atomic(n + 1);
    if (n)
        memcpy(m->file, file, n);
    m->file[n] = '\0';
    alloc_tables(m, MIN_CAPACITY);
    return m;
}

const char *srcmap_file(const SrcMap *m)
{
    return m ? m->file : "";
}

static void insert(SrcMap *m, Term key, SrcPos pos)
{
    size_t mask = m->capacity - 1;
    size_t i = slot_of(key, m->capacity);
    while (m->keys[i] != EMPTY_KEY && m->keys[i] != key)
        i = (i + 1) & mask;
    if (m->keys[i] == EMPTY_KEY) {
        m->keys[i] = key;
        m->count++;
    }
    m->pos[i] = pos;
}

static void grow(SrcMap *m)
{
    Term *old_keys = m->keys;
    SrcPos *old_pos = m->pos;
    size_t old_capacity = m->capacity;
    alloc_tables(m, old_capacity * 2);
    for (size_t i = 0; i < old_capacity; i++)
        if (old_keys[i] != EMPTY_KEY)
            insert(m, old_keys[i], old_pos[i]);
}

static bool is_object(Term t)
{
    return term_is_cons(t) || term_is_boxed(t);
}

void srcmap_put(SrcMap *m, Term t, SrcPos pos)
{
    if (!m || !is_object(t))
        return;
    if ((m->count + 1) * 8 > m->capacity * 5)
        grow(m);
    insert(m, t, pos);
}

bool srcmap_get(const SrcMap *m, Term t, SrcPos *pos)
{
    if (!m || !is_object(t))
        return false;
    size_t mask = m->capacity - 1;
    size_t i = slot_of(t, m->capacity);
    while (m->keys[i] != EMPTY_KEY) {
        if (m->keys[i] == t) {
            if (pos)
                *pos = m->pos[i];
            return true;
        }
        i = (i + 1) & mask;
    }
    return false;
}

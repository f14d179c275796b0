/* atom.c - the global atom table (see atom.h).
 *
 * Entries live in malloc'd memory that is never freed: they hold no GC
 * pointers.  An open-addressing hash index maps names to entry numbers;
 * slots hold number + 1 (0 is empty) and are published with release
 * stores, so readers need no lock.  Writers serialise on a mutex and look
 * again under it before inserting.
 */
#include "atom.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

typedef struct AtomEntry {
    uint32_t hash;
    uint32_t len;
    char name[]; /* NUL-terminated for convenience */
} AtomEntry;

#define INDEX_SLOTS (ATOM_LIMIT * 2)

static AtomEntry *_Atomic *entries;   /* [ATOM_LIMIT] */
static _Atomic uint32_t *index_slots; /* [INDEX_SLOTS] */
static _Atomic size_t count;
static pthread_mutex_t insert_lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t hash_name(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    return h;
}

static AtomEntry *entry(uint32_t i)
{
    return atomic_load_explicit(&entries[i], memory_order_acquire);
}

/* The slot where name is, or the empty slot where it would go. */
static size_t probe(const char *name, size_t len, uint32_t h, uint32_t *found)
{
    size_t slot = h & (INDEX_SLOTS - 1);
    for (;;) {
        uint32_t v = atomic_load_explicit(&index_slots[slot],
                                          memory_order_acquire);
        if (v == 0) {
            *found = 0;
            return slot;
        }
        AtomEntry *e = entry(v - 1);
        if (e->hash == h && e->len == len && memcmp(e->name, name, len) == 0) {
            *found = v;
            return slot;
        }
        slot = (slot + 1) & (INDEX_SLOTS - 1);
    }
}

void atom_init(void)
{
    if (entries)
        return;
    entries = calloc(ATOM_LIMIT, sizeof *entries);
    index_slots = calloc(INDEX_SLOTS, sizeof *index_slots);
    if (!entries || !index_slots)
        abort();
#define X(c, s) atom_from_cstr(s);
#include "atoms.def"
#undef X
}

Term atom_lookup(const char *name, size_t len)
{
    uint32_t found;
    probe(name, len, hash_name(name, len), &found);
    return found ? make_atom(found - 1) : NONE;
}

Term atom_intern(const char *name, size_t len)
{
    uint32_t h = hash_name(name, len);
    uint32_t found;
    probe(name, len, h, &found);
    if (found)
        return make_atom(found - 1);
    if (len > ATOM_MAX_CHARS * 4)
        return NONE;
    long chars = utf8_count(name, len);
    if (chars < 0 || chars > ATOM_MAX_CHARS)
        return NONE;

    pthread_mutex_lock(&insert_lock);
    size_t slot = probe(name, len, h, &found);
    Term result;
    if (found) {
        result = make_atom(found - 1);
    } else if (atomic_load(&count) >= ATOM_LIMIT) {
        result = NONE;
    } else {
        AtomEntry *e = malloc(sizeof *e + len + 1);
        if (!e)
            abort();
        e->hash = h;
        e->len = (uint32_t)len;
        memcpy(e->name, name, len);
        e->name[len] = 0;
        uint32_t i = (uint32_t)atomic_load(&count);
        atomic_store_explicit(&entries[i], e, memory_order_release);
        atomic_store_explicit(&index_slots[slot], i + 1, memory_order_release);
        atomic_store(&count, i + 1);
        result = make_atom(i);
    }
    pthread_mutex_unlock(&insert_lock);
    return result;
}

Term atom_from_cstr(const char *name)
{
    return atom_intern(name, strlen(name));
}

const char *atom_name(Term atom)
{
    return entry(atom_index(atom))->name;
}

size_t atom_length(Term atom)
{
    return entry(atom_index(atom))->len;
}

size_t atom_count(void)
{
    return atomic_load(&count);
}

/* gc.c - Boehm GC set-up and allocation wrappers (see gc.h). */
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>

#include "gc.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "term.h"

/* Objects at least this big are allocated with the "ignore off page"
 * variants: the collector then only honours pointers to their first page,
 * which keeps big binaries from being retained by stray words. */
#define LARGE_OBJECT_BYTES (64 * 1024)

/* See gc_init. */
#define FREE_SPACE_DIVISOR 1

/* Two-word objects (cons cells above all) are their own kind, marked by
 * pair_mark: the second word is pushed before the first, so the first
 * (a list's element) is traced before the second (the rest of the
 * list).  Boehm's own order is the reverse, which leaves one pending
 * entry per element of a list whose elements are pointers (lists of
 * tuples, strings, lists): a million-element list then overflows the
 * mark stack and every overflow rescans the heap (pauses of a second). */
static int pair_kind;

static struct GC_ms_entry *pair_mark(GC_word *addr, struct GC_ms_entry *sp,
                                     struct GC_ms_entry *lim, GC_word env)
{
    (void)env;
    sp = GC_MARK_AND_PUSH((void *)addr[1], sp, lim, (void **)&addr[1]);
    return GC_MARK_AND_PUSH((void *)addr[0], sp, lim, (void **)&addr[0]);
}

static void out_of_memory(size_t bytes)
{
    fprintf(stderr, "elfe: out of memory allocating %zu bytes\n", bytes);
    abort();
}

void gc_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    GC_set_handle_fork(1);
    GC_set_all_interior_pointers(0);
    GC_INIT();
    /* Collect once the program has allocated about as much as the heap
     * holds (Boehm's default, 3, collects after a third): every
     * collection marks all live data in the one shared heap, so with a
     * large live set fewer, later collections cost much less CPU, for a
     * heap at most about twice the live data.  The environment variable
     * GC_FREE_SPACE_DIVISOR still overrides it. */
    if (!getenv("GC_FREE_SPACE_DIVISOR"))
        GC_set_free_space_divisor(FREE_SPACE_DIVISOR);
    GC_register_displacement(TAG_CONS);
    pair_kind = (int)GC_new_kind(GC_new_free_list(),
                                 GC_MAKE_PROC(GC_new_proc(pair_mark), 0), 0, 1);
    GC_allow_register_threads();
}

/* Small pointer-holding objects (cons cells, short tuples, closures)
 * come from per-thread pools of free objects, one pool per size class of
 * 16 to 16 * POOL_CLASSES bytes, each refilled with a batch from
 * GC_malloc_many.  That takes most allocations off GC_malloc's slower
 * path (its thread-local lookup through libgc's TLS), which dominated
 * list-building C code.  The pools live in a static array, which the
 * collector scans as a root: a pooled object is never mistaken for
 * garbage.  A thread finds its row by an index kept in thread-local
 * storage (an integer, nothing the collector must see); past
 * POOL_THREADS threads, allocation falls back to GC_malloc. */
#define POOL_CLASSES 4
#define POOL_THREADS 64

static void *pools[POOL_THREADS][POOL_CLASSES];
static _Atomic int pool_threads;
static _Thread_local int pool_row; /* row + 1; 0: none yet; -1: none */

/* gc_alloc's slow path: the thread's first allocation (it takes a row),
 * an empty pool (refilled), and everything the pools do not serve. */
static __attribute__((noinline)) void *alloc_slow(size_t bytes)
{
    if (bytes > 0 && bytes <= 16 * POOL_CLASSES) {
        if (pool_row == 0) {
            int r = atomic_fetch_add(&pool_threads, 1) + 1;
            pool_row = r > POOL_THREADS ? -1 : r; /* -1: no row, GC_malloc */
        }
        if (pool_row > 0) {
            size_t k = (bytes - 1) / 16;
            void **o = pools[pool_row - 1][k];
            if (!o)
                o = gc_alloc_many((k + 1) * 16);
            pools[pool_row - 1][k] = *o;
            *o = NULL; /* the batch is cleared but for the link word */
            return o;
        }
    }
    void *p = bytes >= LARGE_OBJECT_BYTES ? GC_malloc_ignore_off_page(bytes)
                                          : GC_malloc(bytes);
    if (!p)
        out_of_memory(bytes);
    return p;
}

void *gc_alloc(size_t bytes)
{
    int row = pool_row - 1;
    if (bytes - 1 < 16 * POOL_CLASSES && row >= 0) {
        void **slot = &pools[row][(bytes - 1) / 16];
        void **o = *slot;
        if (o) {
            *slot = *o;
            *o = NULL;
            return o;
        }
    }
    return alloc_slow(bytes);
}

void *gc_alloc_many(size_t bytes)
{
    void *p;
    if (bytes == 16)
        GC_generic_malloc_many(16, pair_kind, &p);
    else
        p = GC_malloc_many(bytes);
    if (!p)
        out_of_memory(bytes);
    return p;
}

void *gc_alloc_atomic(size_t bytes)
{
    void *p = bytes >= LARGE_OBJECT_BYTES
                  ? GC_malloc_atomic_ignore_off_page(bytes)
                  : GC_malloc_atomic(bytes);
    if (!p)
        out_of_memory(bytes);
    return p;
}

void *gc_realloc(void *p, size_t bytes)
{
    void *q = GC_realloc(p, bytes);
    if (!q)
        out_of_memory(bytes);
    return q;
}

void gc_collect(void)
{
    GC_gcollect();
}

size_t gc_heap_size(void)
{
    return GC_get_heap_size();
}

void gc_register_thread(void)
{
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) == GC_SUCCESS)
        GC_register_my_thread(&sb);
}

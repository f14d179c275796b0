/* gc.c - Boehm GC set-up and allocation wrappers (see gc.h). */
#define GC_THREADS
#include <gc/gc.h>

#include "gc.h"

#include <stdio.h>
#include <stdlib.h>

#include "term.h"

/* Objects at least this big are allocated with the "ignore off page"
 * variants: the collector then only honours pointers to their first page,
 * which keeps big binaries from being retained by stray words. */
#define LARGE_OBJECT_BYTES (64 * 1024)

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
    GC_register_displacement(TAG_CONS);
    GC_allow_register_threads();
}

void *gc_alloc(size_t bytes)
{
    void *p = bytes >= LARGE_OBJECT_BYTES ? GC_malloc_ignore_off_page(bytes)
                                          : GC_malloc(bytes);
    if (!p)
        out_of_memory(bytes);
    return p;
}

void *gc_alloc_many(size_t bytes)
{
    void *p = GC_malloc_many(bytes);
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

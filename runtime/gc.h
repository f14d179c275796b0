/* gc.h - the one place that includes the Boehm collector.
 *
 * All terms live in one shared, garbage-collected heap.  The collector is
 * configured in gc_init() as STYLE.md asks: interior pointers are off, and
 * the cons tag (pointer + 1) is registered as the only displacement, so a
 * 16-byte cons cell costs 16 bytes and a tagged pointer keeps its object
 * alive.  Everything else in elfe allocates through these wrappers.
 *
 * Rules for callers:
 *  - pointer-free payloads (bytes, limbs, doubles) use gc_alloc_atomic and
 *    are fully initialised before the pointer escapes;
 *  - never keep only a pointer into the middle of an object: hold the term
 *    (or the object's base pointer) in a live variable while using it;
 *  - never hide the only reference to a GC object in malloc'd memory.
 */
#ifndef ELFE_GC_H
#define ELFE_GC_H

#include "types.h"

/* Set up the collector; call once, before any allocation or thread. */
void gc_init(void);
/* Zeroed memory that may hold pointers to other GC objects. */
void *gc_alloc(size_t bytes);
/* Uninitialised memory that holds no pointers (bytes, limbs, doubles). */
void *gc_alloc_atomic(size_t bytes);
/* Grow or shrink a block from gc_alloc_atomic, keeping its contents. */
void *gc_realloc(void *p, size_t bytes);
/* A batch of zeroed pointer-holding objects of `bytes` each, linked
 * through their first word (NULL-terminated), for an allocation cache
 * kept where the collector can see it (vm.c's cons cells). */
void *gc_alloc_many(size_t bytes);
/* Run a full collection now (tests and stress modes). */
void gc_collect(void);
/* Register the calling thread (made with pthread_create) with the
 * collector, so it may allocate and hold terms. */
void gc_register_thread(void);
/* Bytes currently in the GC heap (live or not yet collected). */
size_t gc_heap_size(void);

#endif

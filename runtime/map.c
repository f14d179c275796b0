/* PLACEHOLDER: replaced by the real implementation in this session. */
#include <stdio.h>
#include <stdlib.h>
#define UNIMPLEMENTED() (fprintf(stderr, "unimplemented: %s\n", __func__), abort())
#include "map.h"
Term map_new(void) { UNIMPLEMENTED(); }
Term map_from_pairs(const Term *k, const Term *v, size_t n) { (void)k; (void)v; (void)n; UNIMPLEMENTED(); }
size_t map_size(Term m) { (void)m; UNIMPLEMENTED(); }
Term map_get(Term m, Term k) { (void)m; (void)k; UNIMPLEMENTED(); }
Term map_put(Term m, Term k, Term v) { (void)m; (void)k; (void)v; UNIMPLEMENTED(); }
Term map_update(Term m, Term k, Term v) { (void)m; (void)k; (void)v; UNIMPLEMENTED(); }
Term map_remove(Term m, Term k) { (void)m; (void)k; UNIMPLEMENTED(); }
void map_iter_init(MapIter *it, Term m) { (void)it; (void)m; UNIMPLEMENTED(); }
bool map_iter_next(MapIter *it, Term *k, Term *v) { (void)it; (void)k; (void)v; UNIMPLEMENTED(); }
void map_sorted_pairs(Term m, Term *k, Term *v) { (void)m; (void)k; (void)v; UNIMPLEMENTED(); }
int map_key_compare(Term a, Term b) { (void)a; (void)b; UNIMPLEMENTED(); }

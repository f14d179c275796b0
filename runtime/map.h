/* map.h - Erlang maps: small sorted maps and hash array mapped tries.
 *
 * Up to FLATMAP_MAX pairs a map is a FlatMap: keys sorted in the map key
 * order (term order, with integers before floats that compare equal, as
 * the BEAM), values alongside.  Bigger maps are HAMTs.  Keys are matched
 * with =:= (1 and 1.0 are different keys).  Maps are immutable: every
 * update returns a new map sharing what it can.
 */
#ifndef ELFE_MAP_H
#define ELFE_MAP_H

#include "term.h"

/* The empty map #{}. */
Term map_new(void);
/* A map of n pairs; with duplicate keys the later pair wins. */
Term map_from_pairs(const Term *keys, const Term *vals, size_t n);
size_t map_size(Term map);
/* The value for key, or NONE when absent. */
Term map_get(Term map, Term key);
/* The map with key set to val (added or replaced). */
Term map_put(Term map, Term key, Term val);
/* The map with an existing key's value replaced; NONE when key is absent
 * (Erlang's {badkey,K}). */
Term map_update(Term map, Term key, Term val);
/* The map without key (the same map when key is absent). */
Term map_remove(Term map, Term key);

/* Iteration: every pair once, in the map's own order (key order for small
 * maps, hash order for large ones, as maps:to_list on the BEAM). */
typedef struct MapIter {
    Term map;
    int depth;
    uint32_t pos[16];
    Term node[16];
} MapIter;
void map_iter_init(MapIter *it, Term map);
bool map_iter_next(MapIter *it, Term *key, Term *val);
/* Keys and values in key order (term order), into arrays of map_size. */
void map_sorted_pairs(Term map, Term *keys, Term *vals);
/* Map key order: term order where an integer sorts before a float that
 * compares equal to it (=:= is 0 only for identical keys). */
int map_key_compare(Term a, Term b);

#endif

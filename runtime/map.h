/* map.h - Erlang maps: small sorted maps and hash array mapped tries.
 *
 * Up to FLATMAP_MAX pairs a map is a FlatMap: keys sorted in the map key
 * order, values alongside.  Bigger maps are HAMTs (layout in map.c); a map
 * is a HAMT exactly when it has more than FLATMAP_MAX pairs, and a HAMT's
 * shape depends only on its keys: it is the BEAM's own trie, so large maps
 * iterate in the BEAM's order.  Keys are matched with =:= (1 and 1.0
 * are different keys; 0.0 and -0.0 the same, as OTP 25).  Maps are
 * immutable: every update returns a new map sharing what it can, or the
 * same map when nothing changes.  Every function taking a map returns NONE
 * (map_size 0, an empty iteration) when given something else.
 */
#ifndef ELFE_MAP_H
#define ELFE_MAP_H

#include "term.h"

/* The empty map #{}. */
Term map_new(void);
/* A map of n pairs; with duplicate keys the later pair wins, key and
 * value (as maps:from_list). */
Term map_from_pairs(const Term *keys, const Term *vals, size_t n);
size_t map_size(Term map);
/* The value for key, or NONE when absent. */
Term map_get(Term map, Term key);
/* The map with key set to val (added or replaced; a flatmap keeps its
 * old key, a HAMT takes the new one, as the BEAM: visible only for
 * 0.0 / -0.0). */
Term map_put(Term map, Term key, Term val);
/* The map with an existing key's value replaced; NONE when key is absent
 * (Erlang's {badkey,K}). */
Term map_update(Term map, Term key, Term val);
/* The map without key (the same map when key is absent). */
Term map_remove(Term map, Term key);

/* Iteration: every pair once.  A small map lists its pairs in key order;
 * a large one in the BEAM's order for the same keys (see map.c): the order
 * of maps:to_list/1 and maps:keys/1 (also term_to_binary's, and what LFE's
 * printers show) from map_iter_init, and the reverse of it, the order of
 * maps:iterator/maps:next (what maps:fold/3 visits and io_lib's ~w and ~p
 * print), from map_iter_init_fold.  Equal maps iterate alike.  A MapIter
 * lives on the C stack; keep the map alive while iterating. */
#define MAP_ITER_DEPTH 34
typedef struct MapIter {
    Term map;
    int depth;
    bool forward;
    uint32_t left[MAP_ITER_DEPTH];
    Term node[MAP_ITER_DEPTH];
} MapIter;
/* Start iterating in maps:to_list order. */
void map_iter_init(MapIter *it, Term map);
/* Start iterating in maps:iterator/maps:next (maps:fold) order. */
void map_iter_init_fold(MapIter *it, Term map);
/* The next pair; false when there is none left. */
bool map_iter_next(MapIter *it, Term *key, Term *val);
/* Keys and values in map key order, into arrays of map_size entries. */
void map_sorted_pairs(Term map, Term *keys, Term *vals);
/* Map key order, the BEAM's "exact" term order: as term_compare except
 * that every integer sorts before every float (#{2 => a, 1.5 => b} lists
 * 2 first); 0 only for =:= keys.  The same as term_compare_exact. */
int map_key_compare(Term a, Term b);

#endif

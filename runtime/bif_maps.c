/* bif_maps.c - the maps module's C functions: get, find, put, update,
 * remove, take, keys, values, to_list, from_list, from_keys, size, merge,
 * new.  Higher-order ones (map, fold, filter ...) are LFE in lib/.
 *
 * Errors as OTP 25: a map argument that is not a map is {badmap, M}, a
 * missing key where one is required {badkey, K}, a bad list badarg.
 * keys, values and to_list list pairs in the map's own order.
 */
#include "bif.h"

#include <stdlib.h>

#include "atom.h"
#include "gc.h"
#include "map.h"

#include "bifs.def"

static Term badmap(Process *p, Term m)
{
    return bif_error(p, make_tuple2(ATOM_badmap, m));
}

static Term badkey(Process *p, Term k)
{
    return bif_error(p, make_tuple2(ATOM_badkey, k));
}

Term bif_maps_get_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    return v != NONE ? v : badkey(p, args[0]);
}

Term bif_maps_get_3(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    return v != NONE ? v : args[2];
}

Term bif_maps_find_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    return v != NONE ? make_tuple2(ATOM_ok, v) : ATOM_error;
}

Term bif_maps_is_key_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return badmap(p, args[1]);
    return make_bool(map_get(args[1], args[0]) != NONE);
}

Term bif_maps_put_3(Process *p, const Term *args)
{
    if (!term_is_map(args[2]))
        return badmap(p, args[2]);
    return map_put(args[2], args[0], args[1]);
}

Term bif_maps_update_3(Process *p, const Term *args)
{
    if (!term_is_map(args[2]))
        return badmap(p, args[2]);
    Term m = map_update(args[2], args[0], args[1]);
    return m != NONE ? m : badkey(p, args[0]);
}

Term bif_maps_remove_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return badmap(p, args[1]);
    return map_remove(args[1], args[0]);
}

/* take(K, M): {Value, M without K}, or error. */
Term bif_maps_take_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == NONE)
        return ATOM_error;
    return make_tuple2(v, map_remove(args[1], args[0]));
}

enum { KEYS, VALUES, PAIRS };

/* The pairs of a map as a list of keys, values or {K, V}, in map order. */
static Term map_list(Term m, int what)
{
    size_t n = map_size(m), i = 0;
    Term *items = gc_alloc((n ? n : 1) * sizeof(Term));
    Term k, v;
    MapIter it;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v) && i < n)
        items[i++] = what == KEYS ? k : what == VALUES ? v : make_tuple2(k, v);
    return list_from_array(items, i);
}

Term bif_maps_keys_1(Process *p, const Term *args)
{
    return term_is_map(args[0]) ? map_list(args[0], KEYS) : badmap(p, args[0]);
}

Term bif_maps_values_1(Process *p, const Term *args)
{
    return term_is_map(args[0]) ? map_list(args[0], VALUES)
                                : badmap(p, args[0]);
}

Term bif_maps_to_list_1(Process *p, const Term *args)
{
    return term_is_map(args[0]) ? map_list(args[0], PAIRS)
                                : badmap(p, args[0]);
}

/* from_list([{K, V}]): later pairs win. */
Term bif_maps_from_list_1(Process *p, const Term *args)
{
    int64_t n = list_length(args[0]);
    if (n < 0)
        return bif_badarg(p);
    Term *keys = gc_alloc(((size_t)n + 1) * sizeof(Term));
    Term *vals = gc_alloc(((size_t)n + 1) * sizeof(Term));
    size_t i = 0;
    for (Term l = args[0]; term_is_cons(l); l = CDR(l), i++) {
        Term t = CAR(l);
        if (!term_is_tuple(t) || tuple_arity(t) != 2)
            return bif_badarg(p);
        keys[i] = tuple_elems(t)[0];
        vals[i] = tuple_elems(t)[1];
    }
    return map_from_pairs(keys, vals, i);
}

Term bif_maps_from_keys_2(Process *p, const Term *args)
{
    int64_t n = list_length(args[0]);
    if (n < 0)
        return bif_badarg(p);
    Term *keys = gc_alloc(((size_t)n + 1) * sizeof(Term));
    Term *vals = gc_alloc(((size_t)n + 1) * sizeof(Term));
    size_t i = 0;
    for (Term l = args[0]; term_is_cons(l); l = CDR(l), i++) {
        keys[i] = CAR(l);
        vals[i] = args[1];
    }
    return map_from_pairs(keys, vals, i);
}

Term bif_maps_size_1(Process *p, const Term *args)
{
    if (!term_is_map(args[0]))
        return badmap(p, args[0]);
    return make_small((int64_t)map_size(args[0]));
}

/* merge(M1, M2): M2's values win.  Puts the smaller map into the larger. */
Term bif_maps_merge_2(Process *p, const Term *args)
{
    Term a = args[0], b = args[1];
    if (!term_is_map(a))
        return badmap(p, a);
    if (!term_is_map(b))
        return badmap(p, b);
    Term k, v;
    MapIter it;
    if (map_size(b) <= map_size(a)) {
        map_iter_init(&it, b);
        while (map_iter_next(&it, &k, &v))
            a = map_put(a, k, v);
        return a;
    }
    map_iter_init(&it, a);
    while (map_iter_next(&it, &k, &v))
        if (map_get(b, k) == NONE)
            b = map_put(b, k, v);
    return b;
}

Term bif_maps_new_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return map_new();
}

/* bif_pterm.c - persistent_term: a global key-value store for terms.
 *
 * One map shared by every process, replaced whole under a lock on each
 * put or erase (terms are immutable and shared, so a reader just takes
 * the current map).  Reads are cheap; writes cost a map update, as the
 * BEAM's persistent_term warns they should.
 */
#include <pthread.h>

#include "atom.h"
#include "bif.h"
#include "map.h"

#include "bifs.def"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static Term store; /* a map; 0 before the first put */

static Term current(void)
{
    pthread_mutex_lock(&lock);
    if (!store)
        store = map_new();
    Term m = store;
    pthread_mutex_unlock(&lock);
    return m;
}

Term bif_pterm_put_2(Process *p, const Term *a)
{
    (void)p;
    pthread_mutex_lock(&lock);
    if (!store)
        store = map_new();
    store = map_put(store, a[0], a[1]);
    pthread_mutex_unlock(&lock);
    return ATOM_ok;
}

Term bif_pterm_get_1(Process *p, const Term *a)
{
    Term v = map_get(current(), a[0]);
    return v == NONE ? bif_badarg(p) : v;
}

Term bif_pterm_get_2(Process *p, const Term *a)
{
    (void)p;
    Term v = map_get(current(), a[0]);
    return v == NONE ? a[1] : v;
}

Term bif_pterm_erase_1(Process *p, const Term *a)
{
    (void)p;
    pthread_mutex_lock(&lock);
    bool had = store && map_get(store, a[0]) != NONE;
    if (had)
        store = map_remove(store, a[0]);
    pthread_mutex_unlock(&lock);
    return had ? ATOM_true_ : ATOM_false_;
}

Term bif_pterm_get_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    Term out = NIL, k, v;
    MapIter it;
    map_iter_init(&it, current());
    while (map_iter_next(&it, &k, &v))
        out = make_cons(make_tuple2(k, v), out);
    return out;
}

Term bif_pterm_info_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    Term m = current();
    Term count = make_tuple2(atom_from_cstr("count"),
                             make_small((int64_t)map_size(m)));
    Term mem = make_tuple2(atom_from_cstr("memory"),
                           make_small((int64_t)map_size(m) * 32));
    return make_cons(count, make_cons(mem, NIL));
}

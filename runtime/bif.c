/* bif.c - the BIF table and the exception helpers every BIF uses.
 *
 * bif_table is built from bifs.def, so the list of built-ins lives in one
 * place.  A BIF that fails records class and reason in the process through
 * bif_error / bif_badarg / bif_raise and returns NONE; the VM raises it.
 * The two counters behind make_ref/0 and unique_integer/0,1 live here too:
 * they are shared by every process in the OS process.
 */
#include "bif.h"

#include <stdatomic.h>

#include "atom.h"

/* The prototypes (bifs.def with BIF undefined), then the table. */
#include "bifs.def"

#define BIF(m, n, a, fn, fl) {m, n, a, fn, fl},
const BifInfo bif_table[] = {
#include "bifs.def"
};
#undef BIF

const size_t bif_count = sizeof bif_table / sizeof bif_table[0];

Term bif_raise(Process *p, Term cls, Term reason)
{
    p->exc_class = cls;
    p->exc_reason = reason;
    p->exc_trace = NONE; /* the VM builds the trace where it raises */
    return NONE;
}

Term bif_raise_in_caller(Process *p, Term cls, Term reason, Term args,
                         Term opts)
{
    bif_raise(p, cls, reason);
    p->exc_in_caller = true;
    p->exc_args = args;
    p->exc_opts = opts;
    return NONE;
}

Term bif_error(Process *p, Term reason)
{
    return bif_raise(p, ATOM_error, reason);
}

Term bif_badarg(Process *p)
{
    return bif_error(p, ATOM_badarg);
}

/* ---- references and unique integers ------------------------------- */

static _Atomic uint64_t ref_counter;
static _Atomic uint64_t unique_counter;

Term bif_make_ref_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    uint64_t n = atomic_fetch_add(&ref_counter, 1) + 1;
    /* ids[0] changes fastest, as the BEAM's references do. */
    uint32_t ids[3] = {(uint32_t)n, (uint32_t)(n >> 32), 0};
    return make_ref(node_name(), 0, ids);
}

static Term next_unique(void)
{
    return make_uint64(atomic_fetch_add(&unique_counter, 1) + 1);
}

Term bif_unique_integer_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return next_unique();
}

/* unique_integer(Modifiers): a proper list of positive and monotonic.
 * One strictly increasing counter gives both properties at once. */
Term bif_unique_integer_1(Process *p, const Term *args)
{
    Term l = args[0];
    for (; term_is_cons(l); l = CDR(l))
        if (CAR(l) != ATOM_positive && CAR(l) != ATOM_monotonic)
            return bif_badarg(p);
    if (!term_is_nil(l))
        return bif_badarg(p);
    return next_unique();
}

/* code_purge.c - which processes run a module version, and purging.
 *
 * A process runs a version's code when its saved pc or cp, or a return
 * address or catch handler on its stack, points into the version's code
 * block (funs do not count, as on OTP 25).  Purging the old version of a
 * module kills (untrappable exit signal kill, so the exit reason is
 * `killed`) every
 * process that runs it, as the BEAM's code server does; a soft purge
 * refuses instead.  The processes are walked through the scheduler's
 * table (sched_processes, sched_lookup).
 *
 * Purged versions wait in rt->purged until code_sweep finds nothing that
 * refers to them: no process runs them (as above; the calling process's
 * whole stack block is searched, since its stack pointer is stale) and no
 * reachable fun points into them.  Those are interior pointers, which the
 * collector does not follow, so code_sweep asks it: after a full
 * collection it walks the reachable objects for funs (a fun is always an
 * allocation of its own) whose Lambda lies in a waiting version's table.  A version
 * found unreferenced is dropped from rt->purged and the collector frees
 * it.  Nothing can start using it afterwards: new references to a version
 * only come from running its code or copying a fun of it, and neither
 * exists.  The caller must not itself be running a purged version (the
 * code module's BIFs are called from lib/code.lfe).
 */
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <stdlib.h>

#include "code.h"
#include "sched.h"

#include "atom.h"

static bool in_code(const Module *m, const void *addr)
{
    const Instr *pc = addr;
    return pc >= m->code && pc < m->code + m->ncode;
}

/* A fun's code field points at its Lambda, in the module's table. */
static bool in_lambdas(const Module *m, const void *addr)
{
    const Lambda *l = addr;
    return l >= m->lambdas && l < m->lambdas + m->nlambdas;
}

/* Funs do not count, as on OTP 25: erlang:check_process_code is false
 * for a process that only holds a fun of the old code, and purging does
 * not kill it (calling the fun later still works here, where OTP raises
 * badfun: code_sweep keeps the code while the fun is reachable). */
static bool word_uses(const Module *m, Term w)
{
    if (vm_is_cp(w) || vm_is_catch(w))
        return in_code(m, vm_cp_pc(w));
    return false;
}

bool code_process_uses(Process *p, const Module *m)
{
    if (in_code(m, p->pc) || in_code(m, p->cp))
        return true;
    if (p->sp && p->stack_hi)
        for (const Term *s = p->sp; s < p->stack_hi; s++)
            if (word_uses(m, *s))
                return true;
    if (p->xsave)
        for (uint32_t i = 0; i < p->nlive; i++)
            if (word_uses(m, p->xsave[i]))
                return true;
    return false;
}

/* The processes (other than the caller) that run m's code. */
static Term users(Runtime *rt, const Module *m, Term caller)
{
    Term out = NIL;
    for (Term l = sched_processes(rt); term_is_cons(l); l = CDR(l)) {
        if (CAR(l) == caller)
            continue;
        Process *p = sched_lookup(rt, CAR(l));
        if (p && atomic_load(&p->status) != PS_RUNNING &&
            code_process_uses(p, m))
            out = make_cons(CAR(l), out);
    }
    return out;
}

int code_purge(Runtime *rt, Term name, Term killer, bool soft)
{
    Module *old = code_old_module(rt, name);
    if (!old)
        return 0;
    Term us = users(rt, old, killer);
    if (soft && us != NIL)
        return -1;
    int killed = 0;
    for (; term_is_cons(us); us = CDR(us), killed++)
        sched_exit_signal(rt, killer, CAR(us), ATOM_kill);
    code_drop_old(rt, name);
    return killed;
}

/* ---- freeing purged versions ------------------------------------------- */

typedef struct Sweep {
    Module **mods;
    bool *used;
    size_t n;
} Sweep;

static void mark_addr(Sweep *sw, const void *addr)
{
    for (size_t i = 0; i < sw->n; i++)
        if (!sw->used[i] && in_code(sw->mods[i], addr))
            sw->used[i] = true;
}

static void mark_lambda(Sweep *sw, const void *addr)
{
    for (size_t i = 0; i < sw->n; i++)
        if (!sw->used[i] && in_lambdas(sw->mods[i], addr))
            sw->used[i] = true;
}

/* GC callback for each reachable object: a fun marks the version whose
 * code it runs.  (A stray object that looks like a fun only keeps a
 * version longer.) */
static void GC_CALLBACK visit(void *obj, size_t bytes, void *data)
{
    if (bytes < sizeof(Fun))
        return;
    Fun *f = obj;
    if (header_type(f->header) == BOX_FUN)
        mark_lambda(data, f->code);
}

static void *enumerate(void *data)
{
    GC_enumerate_reachable_objects_inner(visit, data);
    return NULL;
}

size_t code_sweep(Runtime *rt, Process *caller)
{
    pthread_mutex_lock(&rt->lock);
    size_t n = 0;
    for (ModuleList *l = rt->purged; l; l = l->next)
        n++;
    Sweep sw = {.mods = malloc((n ? n : 1) * sizeof(Module *)),
                .used = calloc(n ? n : 1, sizeof(bool)),
                .n = n};
    size_t i = 0;
    if (sw.mods)
        for (ModuleList *l = rt->purged; l; l = l->next)
            sw.mods[i++] = l->module;
    pthread_mutex_unlock(&rt->lock);
    if (!n || !sw.mods || !sw.used) {
        free(sw.mods);
        free(sw.used);
        return 0;
    }
    /* the processes: saved state, or the caller's whole stack block */
    for (Term ps = sched_processes(rt); term_is_cons(ps); ps = CDR(ps)) {
        Process *p = sched_lookup(rt, CAR(ps));
        if (!p)
            continue;
        if (p == caller) {
            if (p->stack_lo)
                for (const Term *s = p->stack_lo; s < p->stack_hi; s++)
                    if (vm_is_cp(*s) || vm_is_catch(*s))
                        mark_addr(&sw, vm_cp_pc(*s));
            mark_addr(&sw, p->cp);
            continue;
        }
        if (atomic_load(&p->status) == PS_RUNNING) {
            /* another scheduler runs it: its state is unknown, keep all */
            free(sw.mods);
            free(sw.used);
            return 0;
        }
        for (size_t k = 0; k < n; k++)
            if (!sw.used[k] && code_process_uses(p, sw.mods[k]))
                sw.used[k] = true;
    }
    /* the funs */
    GC_gcollect();
    GC_call_with_alloc_lock(enumerate, &sw);
    /* drop the unused ones; versions pushed meanwhile are not in sw */
    size_t freed = 0;
    pthread_mutex_lock(&rt->lock);
    for (ModuleList **at = &rt->purged; *at;) {
        bool drop = false;
        for (size_t k = 0; k < n; k++)
            if (sw.mods[k] == (*at)->module && !sw.used[k])
                drop = true;
        if (drop) {
            *at = (*at)->next;
            freed++;
        } else {
            at = &(*at)->next;
        }
    }
    rt->purged_pending = 0;
    rt->purged_freed += freed;
    pthread_mutex_unlock(&rt->lock);
    free(sw.mods);
    free(sw.used);
    return freed;
}

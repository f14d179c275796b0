/* code_purge.c - which processes run a module version, and purging.
 *
 * A process runs a version's code when its saved pc or cp, a return
 * address or catch handler on its stack, or a fun made by that version
 * (directly in a saved register or a stack slot) points into the
 * version's code block.  Purging the old version of a module kills
 * (untrappable exit signal kill, so the exit reason is `killed`) every
 * process that runs it, as the BEAM's code server does; a soft purge
 * refuses instead.  The processes are walked through the scheduler's
 * table (sched_processes, sched_lookup).
 */
#include "code.h"
#include "sched.h"

#include "atom.h"

static bool in_code(const Module *m, const void *addr)
{
    const Instr *pc = addr;
    return pc >= m->code && pc < m->code + m->ncode;
}

static bool word_uses(const Module *m, Term w)
{
    if (vm_is_cp(w) || vm_is_catch(w))
        return in_code(m, vm_cp_pc(w));
    if (term_is_box_of(w, BOX_FUN))
        return in_code(m, ((Fun *)box_ptr(w))->code);
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

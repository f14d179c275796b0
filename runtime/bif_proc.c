/* bif_proc.c - the process BIFs: spawning, sending, exit signals, links,
 * monitors, flags, registered names, process_info, timers and clocks.
 *
 * They are leaves: each changes the process table or queues signals
 * (sched.h) and returns; anything that must wait (receive) is done by
 * the VM.  Errors are Erlang's: badarg for a bad argument or a name that
 * is not registered, and so on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <string.h>

#include "atom.h"
#include "bif.h"
#include "code.h"
#include "compare.h"
#include "gc.h"
#include "map.h"
#include "sched.h"

#include "bifs.def"

#define A(s) atom_from_cstr(s)

/* ---- spawning ---------------------------------------------------------- */

static bool is_proper_list(Term l)
{
    while (term_is_cons(l))
        l = CDR(l);
    return l == NIL;
}

static bool local_node(Term node) { return node == node_name(); }

/* Spawn with options: link, monitor.  Returns the pid or {Pid, Ref}. */
static Term spawn_with(Process *p, Term m, Term f, Term args, bool link,
                       bool monitor)
{
    if (m == NONE) {
        if (!term_is_fun(f))
            return bif_badarg(p);
    } else if (!term_is_atom(m) || !term_is_atom(f) || !is_proper_list(args)) {
        return bif_badarg(p);
    }
    Process *q = sched_spawn(p->rt, p, m, f, args);
    if (link)
        sched_link(p, q->pid);
    if (monitor)
        return make_tuple2(q->pid, sched_monitor(p, q->pid, NIL));
    return q->pid;
}

static bool fun_of_arity0(Term f)
{
    if (term_is_box_of(f, BOX_FUN))
        return ((Fun *)box_ptr(f))->arity == 0;
    if (term_is_box_of(f, BOX_EXPORT))
        return small_val(((ExportFun *)box_ptr(f))->arity) == 0;
    return false;
}

static Term spawn_fun(Process *p, Term f, bool link, bool monitor)
{
    if (!fun_of_arity0(f))
        return bif_badarg(p);
    return spawn_with(p, NONE, f, NIL, link, monitor);
}

Term bif_erlang_spawn_1(Process *p, const Term *a)
{
    return spawn_fun(p, a[0], false, false);
}

Term bif_erlang_spawn_2(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_fun(p, a[1], false, false)
                            : bif_badarg(p);
}

Term bif_erlang_spawn_3(Process *p, const Term *a)
{
    return spawn_with(p, a[0], a[1], a[2], false, false);
}

Term bif_erlang_spawn_4(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_with(p, a[1], a[2], a[3], false, false)
                            : bif_badarg(p);
}

Term bif_erlang_spawn_link_1(Process *p, const Term *a)
{
    return spawn_fun(p, a[0], true, false);
}

Term bif_erlang_spawn_link_3(Process *p, const Term *a)
{
    return spawn_with(p, a[0], a[1], a[2], true, false);
}

Term bif_erlang_spawn_monitor_1(Process *p, const Term *a)
{
    return spawn_fun(p, a[0], false, true);
}

Term bif_erlang_spawn_monitor_3(Process *p, const Term *a)
{
    return spawn_with(p, a[0], a[1], a[2], false, true);
}

static bool is_priority(Term v)
{
    return v == A("low") || v == A("normal") || v == A("high") ||
           v == A("max");
}

/* Options: link, monitor, {priority, P}, and the memory tuning options,
 * which are accepted and have no effect on a shared heap. */
static bool spawn_opts(Term opts, bool *link, bool *monitor, Term *prio)
{
    *link = *monitor = false;
    *prio = NONE;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        Term o = CAR(opts);
        if (o == A("link")) {
            *link = true;
        } else if (o == A("monitor")) {
            *monitor = true;
        } else if (term_is_tuple(o) && tuple_arity(o) == 2 &&
                   term_is_atom(tuple_elems(o)[0])) {
            Term k = tuple_elems(o)[0], v = tuple_elems(o)[1];
            if (k == A("priority")) {
                if (!is_priority(v))
                    return false;
                *prio = v;
            } else if (k == A("monitor")) {
                *monitor = true;
            } else if (k != A("fullsweep_after") && k != A("min_heap_size") &&
                       k != A("min_bin_vheap_size") &&
                       k != A("max_heap_size") &&
                       k != A("message_queue_data")) {
                return false;
            }
        } else {
            return false;
        }
    }
    return opts == NIL;
}

static Term spawn_opt(Process *p, Term m, Term f, Term args, Term opts)
{
    bool link, monitor;
    Term prio;
    if (!spawn_opts(opts, &link, &monitor, &prio))
        return bif_badarg(p);
    if (m == NONE && !fun_of_arity0(f))
        return bif_badarg(p);
    Term r = spawn_with(p, m, f, args, link, monitor);
    if (r != NONE && prio != NONE) {
        Process *q = sched_lookup(p->rt, monitor ? tuple_elems(r)[0] : r);
        if (q)
            q->priority = prio;
    }
    return r;
}

Term bif_erlang_spawn_opt_2(Process *p, const Term *a)
{
    return spawn_opt(p, NONE, a[0], NIL, a[1]);
}

Term bif_erlang_spawn_opt_4(Process *p, const Term *a)
{
    return spawn_opt(p, a[0], a[1], a[2], a[3]);
}

/* ---- the node-taking spawns ------------------------------------------ */

/* spawn_link/2,4, spawn_monitor/2,4, spawn_opt/3,5: the local node works
 * as the forms without a node; any other node is badarg, since this
 * runtime has no distribution yet (OTP would give a pid that exits with
 * noconnection). */
Term bif_erlang_spawn_link_2(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_fun(p, a[1], true, false) : bif_badarg(p);
}

Term bif_erlang_spawn_link_4(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_with(p, a[1], a[2], a[3], true, false)
                            : bif_badarg(p);
}

Term bif_erlang_spawn_monitor_2(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_fun(p, a[1], false, true) : bif_badarg(p);
}

Term bif_erlang_spawn_monitor_4(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_with(p, a[1], a[2], a[3], false, true)
                            : bif_badarg(p);
}

Term bif_erlang_spawn_opt_3(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_opt(p, NONE, a[1], NIL, a[2])
                            : bif_badarg(p);
}

Term bif_erlang_spawn_opt_5(Process *p, const Term *a)
{
    return local_node(a[0]) ? spawn_opt(p, a[1], a[2], a[3], a[4])
                            : bif_badarg(p);
}

/* ---- aliases ---------------------------------------------------------- */

/* erlang:alias/0,1, unalias/1 and monitor/3's {alias, Mode}: a reference
 * that works as an address of the process that made it.  The table maps
 * each alias to {Pid, Mode}: explicit (until unalias), reply (until the
 * first message), demonitor (while the monitor of the same reference is
 * held: demonitor or DOWN ends it) or reply_demonitor (as demonitor, and
 * the first message also ends the monitor).  It is a map term in static
 * data (a root of the collector), changed only by the scheduler thread;
 * an alias found inactive is dropped when something is sent to it. */
static Term alias_table;

static Term aliases(void)
{
    if (!alias_table)
        alias_table = map_new();
    return alias_table;
}

static void alias_add(Process *p, Term ref, Term mode)
{
    alias_table = map_put(aliases(), ref, make_tuple2(p->pid, mode));
}

Term bif_erlang_alias_0(Process *p, const Term *a)
{
    (void)a;
    Term ref = bif_make_ref_0(p, NULL);
    alias_add(p, ref, A("explicit"));
    return ref;
}

Term bif_erlang_alias_1(Process *p, const Term *a)
{
    Term mode = A("explicit"), o = a[0];
    for (; term_is_cons(o); o = CDR(o)) {
        if (CAR(o) == A("reply"))
            mode = A("reply");
        else if (CAR(o) != A("explicit_unalias"))
            return bif_badarg(p);
    }
    if (o != NIL)
        return bif_badarg(p);
    Term ref = bif_make_ref_0(p, NULL);
    alias_add(p, ref, mode);
    return ref;
}

Term bif_erlang_unalias_1(Process *p, const Term *a)
{
    if (!term_is_ref(a[0]))
        return bif_badarg(p);
    Term v = map_get(aliases(), a[0]);
    if (v == NONE || tuple_elems(v)[0] != p->pid)
        return ATOM_false_;
    alias_table = map_remove(alias_table, a[0]);
    return ATOM_true_;
}

static bool holds_monitor(Process *q, Term ref)
{
    for (Monitor *m = q->monitors; m; m = m->next)
        if (term_exact_equal(m->ref, ref))
            return true;
    return false;
}

/* The process an alias names (NONE if none now), used up if its mode
 * says one message ends it. */
static Term alias_target(Process *p, Term ref)
{
    Term v = map_get(aliases(), ref);
    if (v == NONE)
        return NONE;
    Term pid = tuple_elems(v)[0], mode = tuple_elems(v)[1];
    Process *q = pid == p->pid ? p : sched_lookup(p->rt, pid);
    bool by_monitor = mode == A("demonitor") || mode == A("reply_demonitor");
    bool active = q && (!by_monitor || holds_monitor(q, ref));
    if (!active || mode == A("reply") || mode == A("reply_demonitor"))
        alias_table = map_remove(alias_table, ref);
    if (active && mode == A("reply_demonitor"))
        sched_demonitor(q, ref);
    return active ? pid : NONE;
}

/* ---- sending --------------------------------------------------------- */

/* The pid a destination names: a pid, a registered name, {Name, Node}. */
static Term resolve_dest(Process *p, Term dest)
{
    if (term_is_local_pid(dest))
        return dest;
    if (term_is_atom(dest))
        return sched_whereis(p->rt, dest);
    if (term_is_tuple(dest) && tuple_arity(dest) == 2 &&
        term_is_atom(tuple_elems(dest)[0]) && local_node(tuple_elems(dest)[1]))
        return sched_whereis(p->rt, tuple_elems(dest)[0]);
    return NONE;
}

Term bif_erlang_send_2(Process *p, const Term *a)
{
    if (term_is_ref(a[0])) {
        /* An alias: delivered while active, else dropped (no error). */
        Term pid = alias_target(p, a[0]);
        if (pid != NONE)
            sched_send(p->rt, pid, a[1]);
        return a[1];
    }
    Term to = resolve_dest(p, a[0]);
    if (to == NONE) {
        /* Sending to {Name, Node} with no such name is no error. */
        if (term_is_tuple(a[0]) && tuple_arity(a[0]) == 2 &&
            term_is_atom(tuple_elems(a[0])[0]) &&
            term_is_atom(tuple_elems(a[0])[1]))
            return a[1];
        return bif_badarg(p);
    }
    sched_send(p->rt, to, a[1]);
    return a[1];
}

Term bif_erlang_send_3(Process *p, const Term *a)
{
    if (!is_proper_list(a[2]))
        return bif_badarg(p);
    Term r = bif_erlang_send_2(p, a);
    return r == NONE ? NONE : A("ok");
}

/* ---- exit signals, links, monitors ---------------------------------- */

Term bif_erlang_exit_2(Process *p, const Term *a)
{
    if (!term_is_pid(a[0]))
        return bif_badarg(p);
    sched_exit_signal(p->rt, p->pid, a[0], a[1]);
    return ATOM_true_;
}

Term bif_erlang_link_1(Process *p, const Term *a)
{
    if (!term_is_pid(a[0]))
        return bif_badarg(p);
    sched_link(p, a[0]);
    return ATOM_true_;
}

Term bif_erlang_unlink_1(Process *p, const Term *a)
{
    if (!term_is_pid(a[0]))
        return bif_badarg(p);
    sched_unlink(p, a[0]);
    return ATOM_true_;
}

Term bif_erlang_monitor_2(Process *p, const Term *a)
{
    if (a[0] != A("process"))
        return bif_badarg(p);
    Term t = a[1];
    if (term_is_local_pid(t))
        return sched_monitor(p, t, NIL);
    Term name = NONE;
    if (term_is_atom(t))
        name = t;
    else if (term_is_tuple(t) && tuple_arity(t) == 2 &&
             term_is_atom(tuple_elems(t)[0]) &&
             local_node(tuple_elems(t)[1]))
        name = tuple_elems(t)[0];
    if (name == NONE)
        return bif_badarg(p);
    Term pid = sched_whereis(p->rt, name);
    return sched_monitor(p, pid, name);
}

static Term demonitor(Process *p, Term ref, Term opts)
{
    if (!term_is_ref(ref))
        return bif_badarg(p);
    bool flush = false, info = false;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        if (CAR(opts) == A("flush"))
            flush = true;
        else if (CAR(opts) == A("info"))
            info = true;
        else
            return bif_badarg(p);
    }
    if (opts != NIL)
        return bif_badarg(p);
    bool found = sched_demonitor(p, ref);
    if (flush) {
        /* Take any DOWN for this ref out of the queue. */
        (void)sched_take_signals(p);
        for (Signal **m = &p->mq; *m;) {
            Term t = (*m)->term;
            if (term_is_tuple(t) && tuple_arity(t) == 5 &&
                tuple_elems(t)[0] == A("DOWN") &&
                term_exact_equal(tuple_elems(t)[1], ref)) {
                Signal *dead = *m;
                if (p->mq_last == &dead->next)
                    p->mq_last = m;
                if (p->save == &dead->next)
                    p->save = m;
                *m = dead->next;
                p->mq_len--;
            } else {
                m = &(*m)->next;
            }
        }
    }
    return !info || found ? ATOM_true_ : ATOM_false_;
}

Term bif_erlang_demonitor_1(Process *p, const Term *a)
{
    return demonitor(p, a[0], NIL);
}

Term bif_erlang_demonitor_2(Process *p, const Term *a)
{
    return demonitor(p, a[0], a[1]);
}

Term bif_erlang_process_flag_2(Process *p, const Term *a)
{
    Term flag = a[0], v = a[1];
    if (flag == A("trap_exit")) {
        if (v != ATOM_true_ && v != ATOM_false_)
            return bif_badarg(p);
        int old = atomic_load(&p->flags);
        if (v == ATOM_true_)
            atomic_fetch_or(&p->flags, PF_TRAP_EXIT);
        else
            atomic_fetch_and(&p->flags, ~PF_TRAP_EXIT);
        return (old & PF_TRAP_EXIT) ? ATOM_true_ : ATOM_false_;
    }
    if (flag == A("priority")) {
        if (!is_priority(v))
            return bif_badarg(p);
        Term old = p->priority;
        p->priority = v;
        return old;
    }
    if (flag == A("message_queue_data")) {
        if (v != A("on_heap") && v != A("off_heap"))
            return bif_badarg(p);
        return A("on_heap");
    }
    if (flag == A("min_heap_size") || flag == A("min_bin_vheap_size") ||
        flag == A("fullsweep_after")) {
        if (!term_is_small(v) || small_val(v) < 0)
            return bif_badarg(p);
        return make_small(0);
    }
    if (flag == A("sensitive") || flag == A("save_calls"))
        return ATOM_false_;
    return bif_badarg(p);
}

/* process_flag(Pid, save_calls, N): the one flag OTP lets a process set
 * on another; calls are not recorded here, so the old value is 0. */
Term bif_erlang_process_flag_3(Process *p, const Term *a)
{
    if (!term_is_local_pid(a[0]) || a[1] != A("save_calls") ||
        !term_is_small(a[2]) || small_val(a[2]) < 0 ||
        small_val(a[2]) > 10000)
        return bif_badarg(p);
    return a[0] == p->pid || sched_lookup(p->rt, a[0]) ? make_small(0)
                                                       : bif_badarg(p);
}

/* monitor(process, Target, Options): Options a list of {tag, Tag} (the
 * DOWN message's first element instead of 'DOWN') and {alias, Mode}
 * (the reference is also an alias, see above). */
Term bif_erlang_monitor_3(Process *p, const Term *a)
{
    Term tag = NONE, alias = NONE, o = a[2];
    for (; term_is_cons(o); o = CDR(o)) {
        Term t = CAR(o);
        if (!term_is_tuple(t) || tuple_arity(t) != 2)
            return bif_badarg(p);
        Term k = tuple_elems(t)[0], v = tuple_elems(t)[1];
        if (k == A("tag"))
            tag = v;
        else if (k == A("alias") &&
                 (v == A("explicit_unalias") || v == A("demonitor") ||
                  v == A("reply_demonitor")))
            alias = v == A("explicit_unalias") ? A("explicit") : v;
        else
            return bif_badarg(p);
    }
    if (o != NIL)
        return bif_badarg(p);
    Term ref = bif_erlang_monitor_2(p, a);
    if (ref != NONE && alias != NONE)
        alias_add(p, ref, alias);
    if (ref == NONE || tag == NONE)
        return ref;
    if (!sched_monitor_set_tag(p, ref, tag)) {
        /* Already DOWN (noproc): retag the message just queued. */
        (void)sched_take_signals(p);
        for (Signal *m = p->mq; m; m = m->next) {
            Term t = m->term;
            if (term_is_tuple(t) && tuple_arity(t) == 5 &&
                tuple_elems(t)[0] == A("DOWN") &&
                term_exact_equal(tuple_elems(t)[1], ref)) {
                Term *e = gc_alloc(5 * sizeof(Term));
                memcpy(e, tuple_elems(t), 5 * sizeof(Term));
                e[0] = tag;
                m->term = make_tuplev(5, e);
            }
        }
    }
    return ref;
}

/* ---- names ------------------------------------------------------------ */

Term bif_erlang_register_2(Process *p, const Term *a)
{
    if (!term_is_local_pid(a[1]) || sched_register(p->rt, a[0], a[1]) < 0)
        return bif_badarg(p);
    return ATOM_true_;
}

Term bif_erlang_unregister_1(Process *p, const Term *a)
{
    if (sched_unregister(p->rt, a[0]) < 0)
        return bif_badarg(p);
    return ATOM_true_;
}

Term bif_erlang_whereis_1(Process *p, const Term *a)
{
    if (!term_is_atom(a[0]))
        return bif_badarg(p);
    Term pid = sched_whereis(p->rt, a[0]);
    return pid == NONE ? ATOM_undefined : pid;
}

Term bif_erlang_registered_0(Process *p, const Term *a)
{
    (void)a;
    return sched_registered(p->rt);
}

/* ---- inspection --------------------------------------------------------- */

Term bif_erlang_is_process_alive_1(Process *p, const Term *a)
{
    if (!term_is_local_pid(a[0]))
        return bif_badarg(p);
    return a[0] == p->pid || sched_lookup(p->rt, a[0]) ? ATOM_true_
                                                       : ATOM_false_;
}

Term bif_erlang_processes_0(Process *p, const Term *a)
{
    (void)a;
    return sched_processes(p->rt);
}

static Process *target(Process *p, Term pid)
{
    return pid == p->pid ? p : sched_lookup(p->rt, pid);
}

/* Messages still in the incoming queue count as received. */
static void settle(Process *me, Process *q)
{
    if (q == me)
        (void)sched_take_signals(q);
}

static Term messages_of(Process *q)
{
    Term out = NIL;
    for (Signal *m = q->mq; m; m = m->next)
        out = make_cons(m->term, out);
    Term in = NIL;
    pthread_mutex_lock(&q->inq_lock);
    for (Signal *m = q->inq; m; m = m->next)
        if (m->kind == SIG_MESSAGE)
            in = make_cons(m->term, in);
    pthread_mutex_unlock(&q->inq_lock);
    return list_reverse(out, list_reverse(in, NIL));
}

static Term monitors_list(Monitor *m, bool by)
{
    Term out = NIL;
    for (; m; m = m->next) {
        if (by)
            out = make_cons(m->pid, out);
        else if (m->name != NIL)
            out = make_cons(make_tuple2(A("process"),
                                        make_tuple2(m->name, node_name())),
                            out);
        else
            out = make_cons(make_tuple2(A("process"), m->pid), out);
    }
    return list_reverse(out, NIL);
}

static Term dict_list(Term d)
{
    Term out = NIL, k, v;
    MapIter it;
    map_iter_init(&it, d);
    while (map_iter_next(&it, &k, &v))
        out = make_cons(make_tuple2(k, v), out);
    return out;
}

static Term status_of(Process *me, Process *q)
{
    if (q == me)
        return A("running");
    switch (atomic_load(&q->status)) {
    case PS_WAITING:
        return A("waiting");
    case PS_RUNNING:
        return A("running");
    default:
        return A("runnable");
    }
}

static uint64_t memory_of(Process *q)
{
    uint64_t words = (uint64_t)(q->stack_hi - q->stack_lo);
    return sizeof(Process) + words * sizeof(Term) +
           (uint64_t)q->mq_len * sizeof(Signal);
}

static uint32_t msg_count(Process *q)
{
    uint32_t n = q->mq_len;
    pthread_mutex_lock(&q->inq_lock);
    for (Signal *m = q->inq; m; m = m->next)
        if (m->kind == SIG_MESSAGE)
            n++;
    pthread_mutex_unlock(&q->inq_lock);
    return n;
}

/* One item of process_info; NONE for an unknown item. */
static Term info_item(Process *me, Process *q, Term item)
{
    Term v;
    const char *k = term_is_atom(item) ? atom_name(item) : "";
    if (!strcmp(k, "status"))
        v = status_of(me, q);
    else if (!strcmp(k, "message_queue_len"))
        v = make_small(msg_count(q));
    else if (!strcmp(k, "messages"))
        v = messages_of(q);
    else if (!strcmp(k, "links"))
        v = q->links;
    else if (!strcmp(k, "monitors"))
        v = monitors_list(q->monitors, false);
    else if (!strcmp(k, "monitored_by"))
        v = monitors_list(q->monitored_by, true);
    else if (!strcmp(k, "dictionary"))
        v = dict_list(q->dict);
    else if (!strcmp(k, "registered_name"))
        return q->reg_name == NIL ? NIL : make_tuple2(item, q->reg_name);
    else if (!strcmp(k, "current_function")) {
        Module *m;
        FuncInfo *f;
        uint32_t line;
        if (q != me && code_locate(q->rt, q->pc, &m, &f, &line))
            v = make_tuplev(3, (Term[]){m->name, f->name,
                                        make_small(f->arity)});
        else if (q == me)
            v = make_tuplev(3, (Term[]){A("erlang"), A("process_info"),
                                        make_small(2)});
        else
            v = q->initial_call;
    } else if (!strcmp(k, "initial_call"))
        v = q->initial_call;
    else if (!strcmp(k, "reductions"))
        v = make_uint64(q->reductions);
    else if (!strcmp(k, "memory") || !strcmp(k, "total_heap_size") ||
             !strcmp(k, "heap_size"))
        v = make_uint64(!strcmp(k, "memory") ? memory_of(q)
                                             : memory_of(q) / sizeof(Term));
    else if (!strcmp(k, "stack_size"))
        v = make_small(q->stack_hi - q->sp);
    else if (!strcmp(k, "trap_exit"))
        v = (atomic_load(&q->flags) & PF_TRAP_EXIT) ? ATOM_true_ : ATOM_false_;
    else if (!strcmp(k, "group_leader"))
        v = q->group_leader;
    else if (!strcmp(k, "priority"))
        v = q->priority;
    else if (!strcmp(k, "error_handler"))
        v = A("error_handler");
    else if (!strcmp(k, "garbage_collection"))
        v = NIL;
    else
        return NONE;
    return make_tuple2(item, v);
}

static const char *const default_items[] = {
    "current_function", "initial_call", "status", "message_queue_len",
    "links", "dictionary", "trap_exit", "error_handler", "priority",
    "group_leader", "total_heap_size", "heap_size", "stack_size",
    "reductions", "garbage_collection", NULL};

Term bif_erlang_process_info_1(Process *p, const Term *a)
{
    if (!term_is_local_pid(a[0]))
        return bif_badarg(p);
    Process *q = target(p, a[0]);
    if (!q)
        return ATOM_undefined;
    settle(p, q);
    Term out = NIL;
    for (int i = 0; default_items[i]; i++) {
        Term it = info_item(p, q, A(default_items[i]));
        if (it != NIL)
            out = make_cons(it, out);
    }
    if (q->reg_name != NIL)
        out = make_cons(make_tuple2(A("registered_name"), q->reg_name), out);
    return list_reverse(out, NIL);
}

Term bif_erlang_process_info_2(Process *p, const Term *a)
{
    if (!term_is_local_pid(a[0]))
        return bif_badarg(p);
    Process *q = target(p, a[0]);
    Term items = a[1];
    if (!term_is_atom(items) && !is_proper_list(items))
        return bif_badarg(p);
    /* A bad item is badarg even when the process is gone; the items are
     * known whatever the process, so p stands in for a dead one. */
    if (q)
        settle(p, q);
    Process *of = q ? q : p;
    if (term_is_atom(items)) {
        Term it = info_item(p, of, items);
        if (it == NONE)
            return bif_badarg(p);
        return q ? it : ATOM_undefined;
    }
    Term out = NIL;
    for (Term l = items; term_is_cons(l); l = CDR(l)) {
        Term it = info_item(p, of, CAR(l));
        if (it == NONE)
            return bif_badarg(p);
        out = make_cons(it == NIL ? make_tuple2(CAR(l), NIL) : it, out);
    }
    return q ? list_reverse(out, NIL) : ATOM_undefined;
}

Term bif_erlang_group_leader_0(Process *p, const Term *a)
{
    (void)a;
    return term_is_pid(p->group_leader) ? p->group_leader : p->pid;
}

Term bif_erlang_group_leader_2(Process *p, const Term *a)
{
    if (!term_is_pid(a[0]) || !term_is_local_pid(a[1]))
        return bif_badarg(p);
    Process *q = target(p, a[1]);
    if (!q)
        return bif_badarg(p);
    q->group_leader = a[0];
    return ATOM_true_;
}

Term bif_erlang_yield_0(Process *p, const Term *a)
{
    (void)a;
    atomic_fetch_or(&p->flags, PF_ATTENTION);
    return ATOM_true_;
}

/* erlang:hibernate(M, F, Args): the scheduler takes over (sched.c): the
 * VM hands the process back after this BIF because of PF_HIBERNATE, and
 * the scheduler restarts it in M:F(Args...) when a message comes. */
Term bif_erlang_hibernate_3(Process *p, const Term *a)
{
    if (!term_is_atom(a[0]) || !term_is_atom(a[1]) || !is_proper_list(a[2]))
        return bif_badarg(p);
    p->hibernate = make_tuplev(3, (Term[]){a[0], a[1], a[2]});
    atomic_fetch_or(&p->flags, PF_HIBERNATE);
    return ATOM_true_;
}

/* erlang:halt(Status, Options): Status a non-negative integer, abort, or
 * a string (a "slogan": printed to stderr, exit status 1); Options
 * [{flush, Bool}] (output is always flushed: elfe buffers nothing that
 * a halt should drop). */
Term bif_erlang_halt_2(Process *p, const Term *a)
{
    Term l = a[1];
    for (; term_is_cons(l); l = CDR(l)) {
        Term o = CAR(l);
        if (!term_is_tuple(o) || tuple_arity(o) != 2 ||
            tuple_elems(o)[0] != A("flush") ||
            (tuple_elems(o)[1] != ATOM_true_ && tuple_elems(o)[1] != ATOM_false_))
            return bif_badarg(p);
    }
    if (l != NIL)
        return bif_badarg(p);
    Term st = a[0];
    int code;
    if (term_is_small(st) && small_val(st) >= 0) {
        code = (int)(small_val(st) & 0xFF);
    } else if (st == A("abort")) {
        fflush(stdout);
        abort();
    } else if (st == NIL || term_is_cons(st)) {
        fflush(stdout);
        fprintf(stderr, "elfe: halt: ");
        for (Term c = st; term_is_cons(c); c = CDR(c)) {
            if (!term_is_small(CAR(c)))
                return bif_badarg(p);
            fputc((int)(small_val(CAR(c)) & 0xFF), stderr);
        }
        fputc('\n', stderr);
        code = 1;
    } else {
        return bif_badarg(p);
    }
    fflush(stdout);
    fflush(stderr);
    exit(code);
}

/* erlang:system_info for the items programs ask about. */
Term bif_erlang_system_info_1(Process *p, const Term *a)
{
    const char *k = term_is_atom(a[0]) ? atom_name(a[0]) : "";
    if (!strcmp(k, "process_count"))
        return make_uint64(sched_process_count(p->rt));
    if (!strcmp(k, "process_limit"))
        return make_small(134217727);
    if (!strcmp(k, "schedulers") || !strcmp(k, "schedulers_online"))
        return make_small(1);
    if (!strcmp(k, "logical_processors") ||
        !strcmp(k, "logical_processors_online") ||
        !strcmp(k, "logical_processors_available"))
        return make_small(sysconf(_SC_NPROCESSORS_ONLN));
    if (!strcmp(k, "otp_release"))
        return list_from_cstr("25");
    if (!strcmp(k, "version"))
        return list_from_cstr("13.1");
    if (!strcmp(k, "system_version"))
        return list_from_cstr("elfe (Erlang/OTP 25 compatible) [1 scheduler]\n");
    if (!strcmp(k, "wordsize"))
        return make_small(8);
    if (!strcmp(k, "machine"))
        return list_from_cstr("ELFE");
    if (!strcmp(k, "atom_count"))
        return make_uint64(atom_count());
    if (!strcmp(k, "smp_support") || !strcmp(k, "threads"))
        return ATOM_true_;
    if (!strcmp(k, "thread_pool_size"))
        return make_small(0);
    return bif_badarg(p);
}

/* ---- timers and clocks ------------------------------------------------ */

/* A timer after Time ms (relative, or with abs_time absolute on
 * erlang:monotonic_time(millisecond)'s clock) sending Msg to Dest, a pid
 * or a registered name; wrap makes it start_timer's {timeout, Ref, Msg}. */
static Term start_timer(Process *p, Term time, Term dest, Term msg,
                        bool abs_time, bool wrap)
{
    if (!term_is_small(time) || !(term_is_local_pid(dest) || term_is_atom(dest)))
        return bif_badarg(p);
    int64_t t = small_val(time);
    uint64_t deadline;
    if (abs_time) {
        deadline = t < 0 ? 0 : (uint64_t)t * 1000u;
    } else {
        if (t < 0)
            return bif_badarg(p);
        deadline = sched_now_us() + (uint64_t)t * 1000u;
    }
    return sched_start_timer(p->rt, deadline, dest, msg, wrap);
}

Term bif_erlang_send_after_3(Process *p, const Term *a)
{
    return start_timer(p, a[0], a[1], a[2], false, false);
}

Term bif_erlang_start_timer_3(Process *p, const Term *a)
{
    return start_timer(p, a[0], a[1], a[2], false, true);
}

/* The 4-argument forms take [{abs, Bool}]. */
static bool abs_opt(Term opts, bool *abs_time)
{
    *abs_time = false;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        Term o = CAR(opts);
        if (!term_is_tuple(o) || tuple_arity(o) != 2 ||
            tuple_elems(o)[0] != A("abs") ||
            (tuple_elems(o)[1] != ATOM_true_ && tuple_elems(o)[1] != ATOM_false_))
            return false;
        *abs_time = tuple_elems(o)[1] == ATOM_true_;
    }
    return opts == NIL;
}

static Term timer4(Process *p, const Term *a, bool wrap)
{
    bool abs_time;
    if (!abs_opt(a[3], &abs_time))
        return bif_badarg(p);
    return start_timer(p, a[0], a[1], a[2], abs_time, wrap);
}

Term bif_erlang_send_after_4(Process *p, const Term *a)
{
    return timer4(p, a, false);
}

Term bif_erlang_start_timer_4(Process *p, const Term *a)
{
    return timer4(p, a, true);
}

Term bif_erlang_cancel_timer_1(Process *p, const Term *a)
{
    if (!term_is_ref(a[0]))
        return bif_badarg(p);
    int64_t left = sched_cancel_timer(p->rt, a[0]);
    return left < 0 ? ATOM_false_ : make_small(left);
}

/* cancel_timer(Ref, [{async, B}, {info, B}]): async is done at once here;
 * with {info, false} the answer is ok. */
Term bif_erlang_cancel_timer_2(Process *p, const Term *a)
{
    if (!term_is_ref(a[0]))
        return bif_badarg(p);
    bool info = true, async = false;
    Term l = a[1];
    for (; term_is_cons(l); l = CDR(l)) {
        Term o = CAR(l);
        if (!term_is_tuple(o) || tuple_arity(o) != 2)
            return bif_badarg(p);
        Term k = tuple_elems(o)[0], v = tuple_elems(o)[1];
        if (v != ATOM_true_ && v != ATOM_false_)
            return bif_badarg(p);
        if (k == A("info"))
            info = v == ATOM_true_;
        else if (k == A("async"))
            async = v == ATOM_true_;
        else
            return bif_badarg(p);
    }
    if (l != NIL)
        return bif_badarg(p);
    int64_t left = sched_cancel_timer(p->rt, a[0]);
    Term r = left < 0 ? ATOM_false_ : make_small(left);
    if (async) {
        if (info)
            sched_send(p->rt, p->pid,
                       make_tuplev(3, (Term[]){A("cancel_timer"), a[0], r}));
        return A("ok");
    }
    return info ? r : A("ok");
}

Term bif_erlang_read_timer_1(Process *p, const Term *a)
{
    if (!term_is_ref(a[0]))
        return bif_badarg(p);
    int64_t left = sched_read_timer(p->rt, a[0]);
    return left < 0 ? ATOM_false_ : make_small(left);
}

/* Time units: seconds, millisecond, microsecond, nanosecond, native
 * (nanoseconds, as the BEAM on Linux), perf_counter, and an integer
 * number of parts per second. */
static int64_t unit_per_second(Term u)
{
    if (term_is_small(u) && small_val(u) > 0)
        return small_val(u);
    const char *s = term_is_atom(u) ? atom_name(u) : "";
    if (!strcmp(s, "second") || !strcmp(s, "seconds"))
        return 1;
    if (!strcmp(s, "millisecond") || !strcmp(s, "milli_seconds"))
        return 1000;
    if (!strcmp(s, "microsecond") || !strcmp(s, "micro_seconds"))
        return 1000000;
    if (!strcmp(s, "nanosecond") || !strcmp(s, "nano_seconds") ||
        !strcmp(s, "native") || !strcmp(s, "perf_counter"))
        return 1000000000;
    return 0;
}

static Term in_unit(Process *p, __int128 ns, Term unit)
{
    int64_t per = unit_per_second(unit);
    if (!per)
        return bif_badarg(p);
    __int128 v = ns * per;
    /* floor division, as erlang:convert_time_unit */
    __int128 q = v / 1000000000;
    if (v % 1000000000 < 0)
        q--;
    return make_int64((int64_t)q);
}

static __int128 clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (__int128)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Monotonic time starts at a large negative number on the BEAM; elfe's
 * counts from the boot of the machine, which is just as opaque. */
Term bif_erlang_monotonic_time_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    return make_int64((int64_t)clock_ns(CLOCK_MONOTONIC));
}

Term bif_erlang_monotonic_time_1(Process *p, const Term *a)
{
    return in_unit(p, clock_ns(CLOCK_MONOTONIC), a[0]);
}

Term bif_erlang_system_time_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    return make_int64((int64_t)clock_ns(CLOCK_REALTIME));
}

Term bif_erlang_system_time_1(Process *p, const Term *a)
{
    return in_unit(p, clock_ns(CLOCK_REALTIME), a[0]);
}

Term bif_erlang_time_offset_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    return make_int64(
        (int64_t)(clock_ns(CLOCK_REALTIME) - clock_ns(CLOCK_MONOTONIC)));
}

Term bif_erlang_convert_time_unit_3(Process *p, const Term *a)
{
    int64_t from = unit_per_second(a[1]), to = unit_per_second(a[2]);
    if (!from || !to || !term_is_small(a[0]))
        return bif_badarg(p);
    __int128 v = (__int128)small_val(a[0]) * to;
    __int128 q = v / from;
    if (v % from < 0)
        q--;
    return make_int64((int64_t)q);
}

static Term timestamp_of(__int128 ns)
{
    int64_t us = (int64_t)(ns / 1000);
    return make_tuplev(3, (Term[]){make_small(us / 1000000000000),
                                   make_small((us / 1000000) % 1000000),
                                   make_small(us % 1000000)});
}

Term bif_erlang_timestamp_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    return timestamp_of(clock_ns(CLOCK_REALTIME));
}

/* erlang:now/0: like timestamp, but strictly increasing. */
Term bif_erlang_now_0(Process *p, const Term *a)
{
    (void)p;
    (void)a;
    static _Atomic int64_t last;
    int64_t us = (int64_t)(clock_ns(CLOCK_REALTIME) / 1000);
    int64_t prev = atomic_load(&last);
    do {
        if (us <= prev)
            us = prev + 1;
    } while (!atomic_compare_exchange_weak(&last, &prev, us));
    return timestamp_of((__int128)us * 1000);
}

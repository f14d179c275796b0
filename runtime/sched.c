/* sched.c - the process table, signals, links, monitors, registered
 * names, timers and the scheduler loop (see sched.h).
 *
 * A process's life: sched_spawn makes it runnable; the scheduler takes it
 * from the run queue, acts on its incoming signals, and runs it on the VM
 * for one slice.  It comes back runnable (slice spent: to the back of the
 * queue), waiting (in receive: it leaves the queue until a signal or its
 * timer arrives) or finished.  A finished process tells its links (an exit
 * signal each) and monitors (a DOWN message each), drops its name and
 * leaves the table.
 *
 * Timers live in one binary heap ordered by deadline; each timer knows its
 * place in the heap so cancelling is O(log n).  Timers with a reference
 * (send_after, start_timer) are also found by the reference's number.
 */
#include "sched.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "atom.h"
#include "code.h"
#include "compare.h"
#include "gc.h"
#include "map.h"
#include "vm.h"
#include "../reader/print.h"

#define CHUNK_BITS 14
#define CHUNK_SIZE (1u << CHUNK_BITS)
#define MAX_CHUNKS (1u << 18)

typedef enum TimerKind {
    TM_RECEIVE, /* a receive ... after: wakes the process                */
    TM_SEND,    /* send_after: sends msg                                 */
    TM_WRAPPED, /* start_timer: sends {timeout, Ref, Msg}                */
} TimerKind;

struct Timer {
    uint64_t deadline; /* microseconds on the monotonic clock */
    uint64_t seq;      /* ties break by creation order          */
    size_t heap_at;    /* index in the heap, or SIZE_MAX        */
    TimerKind kind;
    Process *proc;     /* TM_RECEIVE                            */
    Term dest, msg, ref;
    uint64_t refnum;
};

struct Sched {
    Runtime *rt;
    /* The run queue (one scheduler for now) and the idle wake-up. */
    pthread_mutex_t lock;
    pthread_cond_t wake;
    Process *rq_head, *rq_tail;
    /* The process table: chunks of atomic slots, by pid number. */
    Process *_Atomic *_Atomic *chunks;
    _Atomic uint64_t live;
    /* Registered names: name -> pid (a map). */
    Term names;
    /* Timers. */
    Timer **heap;
    size_t nheap, heap_cap;
    uint64_t timer_seq;
    Timer **by_ref; /* open addressing on refnum */
    size_t ref_cap, ref_count;
    /* Code the new processes start in: apply/3 with M, F, Args. */
    Instr *spawn_code;     /* call_ext_only erlang:apply/3 */
    Instr *spawn_fun_code; /* call_ext_only erlang:apply/2 */
    Term *x; /* the register file */
    Term user;
};

static Sched *sched_of(Runtime *rt) { return rt->sched; }

uint64_t sched_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* Code that tail-calls an export entry with arity arguments. */
static Instr *tail_call_code(uintptr_t arity, Export *e)
{
    Instr *code = gc_alloc(3 * sizeof(Instr));
    code[0].op = vm_opcode_address(OPC_call_ext_only);
    code[1].u = arity;
    code[2].ptr = e;
    return code;
}

void sched_init(Runtime *rt)
{
    if (rt->sched)
        return;
    Sched *s = gc_alloc(sizeof *s);
    s->rt = rt;
    pthread_mutex_init(&s->lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&s->wake, &ca);
    s->chunks = gc_alloc(MAX_CHUNKS * sizeof(Process **));
    s->names = map_new();
    s->user = NIL;
    s->x = gc_alloc(XREG_COUNT * sizeof(Term));
    s->spawn_code = tail_call_code(3, rt->apply3);
    s->spawn_fun_code = tail_call_code(2, rt->apply2);
    rt->sched = s;
}

/* ---- the process table ------------------------------------------------ */

static Process *_Atomic *slot_of(Sched *s, uint64_t n, bool make)
{
    uint64_t c = n >> CHUNK_BITS;
    if (c >= MAX_CHUNKS)
        return NULL;
    Process *_Atomic *chunk = atomic_load(&s->chunks[c]);
    if (!chunk) {
        if (!make)
            return NULL;
        Process *_Atomic *fresh = gc_alloc(CHUNK_SIZE * sizeof(Process *));
        Process *_Atomic *expect = NULL;
        if (!atomic_compare_exchange_strong(&s->chunks[c], &expect, fresh))
            fresh = expect;
        chunk = fresh;
    }
    return &chunk[n & (CHUNK_SIZE - 1)];
}

Process *sched_lookup(Runtime *rt, Term pid)
{
    if (!term_is_local_pid(pid) || !rt->sched)
        return NULL;
    Process *_Atomic *slot = slot_of(rt->sched, local_pid_number(pid), false);
    Process *p = slot ? atomic_load(slot) : NULL;
    if (!p || atomic_load(&p->status) >= PS_EXITING)
        return NULL;
    return p;
}

uint64_t sched_process_count(Runtime *rt)
{
    return rt->sched ? atomic_load(&rt->sched->live) : 0;
}

Term sched_processes(Runtime *rt)
{
    Sched *s = rt->sched;
    Term out = NIL;
    if (!s)
        return NIL;
    for (uint64_t c = (rt->next_pid >> CHUNK_BITS) + 1; c-- > 0;) {
        Process *_Atomic *chunk = c < MAX_CHUNKS ? atomic_load(&s->chunks[c])
                                                 : NULL;
        if (!chunk)
            continue;
        for (uint64_t i = CHUNK_SIZE; i-- > 0;) {
            Process *p = atomic_load(&chunk[i]);
            if (p && atomic_load(&p->status) < PS_EXITING)
                out = make_cons(p->pid, out);
        }
    }
    return out;
}

/* ---- the run queue ----------------------------------------------------- */

static void enqueue_locked(Sched *s, Process *p)
{
    p->rq_next = NULL;
    if (s->rq_tail)
        s->rq_tail->rq_next = p;
    else
        s->rq_head = p;
    s->rq_tail = p;
}

/* Make a waiting process runnable (after a signal arrived). */
static void wake(Sched *s, Process *p)
{
    int expect = PS_WAITING;
    if (atomic_compare_exchange_strong(&p->status, &expect, PS_RUNNABLE)) {
        pthread_mutex_lock(&s->lock);
        enqueue_locked(s, p);
        pthread_cond_signal(&s->wake);
        pthread_mutex_unlock(&s->lock);
    }
}

static Process *dequeue(Sched *s)
{
    pthread_mutex_lock(&s->lock);
    Process *p = s->rq_head;
    if (p) {
        s->rq_head = p->rq_next;
        if (!s->rq_head)
            s->rq_tail = NULL;
        p->rq_next = NULL;
    }
    pthread_mutex_unlock(&s->lock);
    return p;
}

/* ---- spawning ------------------------------------------------------- */

Process *sched_spawn(Runtime *rt, Process *parent, Term module, Term f,
                     Term args)
{
    Sched *s = sched_of(rt);
    uint64_t n = __atomic_fetch_add(&rt->next_pid, 1, __ATOMIC_RELAXED);
    Process *p = vm_new_process(rt, make_local_pid(n));
    p->group_leader = parent ? parent->group_leader : s->user;
    if (module == NONE) {
        /* erlang:apply(Fun, Args) */
        vm_setup_call(p, s->spawn_fun_code, (Term[]){f, args}, 2);
        p->initial_call = make_tuplev(3, (Term[]){atom_from_cstr("erlang"),
                                                 atom_from_cstr("apply"),
                                                 make_small(2)});
    } else {
        vm_setup_call(p, s->spawn_code, (Term[]){module, f, args}, 3);
        p->initial_call = make_tuplev(
            3, (Term[]){module, f, make_small(list_length(args))});
    }
    Process *_Atomic *slot = slot_of(s, n, true);
    atomic_store(slot, p);
    atomic_fetch_add(&s->live, 1);
    atomic_store(&p->status, PS_RUNNABLE);
    pthread_mutex_lock(&s->lock);
    enqueue_locked(s, p);
    pthread_mutex_unlock(&s->lock);
    return p;
}

/* ---- signals --------------------------------------------------------- */

static void push_signal(Sched *s, Process *p, SigKind kind, Term from,
                        Term term)
{
    Signal *sg = gc_alloc(sizeof *sg);
    sg->kind = kind;
    sg->from = from;
    sg->term = term;
    pthread_mutex_lock(&p->inq_lock);
    *p->inq_last = sg;
    p->inq_last = &sg->next;
    pthread_mutex_unlock(&p->inq_lock);
    if (kind != SIG_MESSAGE)
        atomic_fetch_or(&p->flags, PF_ATTENTION);
    wake(s, p);
}

void sched_send(Runtime *rt, Term to, Term msg)
{
    Process *p = sched_lookup(rt, to);
    if (p)
        push_signal(rt->sched, p, SIG_MESSAGE, NIL, msg);
}

void sched_exit_signal(Runtime *rt, Term from, Term to, Term reason)
{
    Process *p = sched_lookup(rt, to);
    if (p)
        push_signal(rt->sched, p, SIG_EXIT, from, reason);
}

static void append_message(Process *p, Signal *sg)
{
    sg->next = NULL;
    *p->mq_last = sg;
    p->mq_last = &sg->next;
    p->mq_len++;
}

static bool list_has(Term l, Term x)
{
    for (; term_is_cons(l); l = CDR(l))
        if (CAR(l) == x)
            return true;
    return false;
}

static Term list_without(Term l, Term x)
{
    if (!list_has(l, x))
        return l;
    Term out = NIL;
    for (; term_is_cons(l); l = CDR(l))
        if (CAR(l) != x)
            out = make_cons(CAR(l), out);
    return list_reverse(out, NIL);
}

static Term exit_message(Term from, Term reason)
{
    return make_tuplev(3, (Term[]){atom_from_cstr("EXIT"), from, reason});
}

/* Act on one exit signal; false when it kills p. */
static bool exit_signal(Process *p, Signal *sg)
{
    Term reason = sg->term;
    bool trap = atomic_load(&p->flags) & PF_TRAP_EXIT;
    if (sg->kind == SIG_EXIT_LINK) {
        if (!list_has(p->links, sg->from))
            return true; /* unlinked meanwhile: the signal is void */
        p->links = list_without(p->links, sg->from);
    } else if (reason == ATOM_kill) {
        p->exit_reason = ATOM_killed;
        return false;
    }
    if (trap) {
        sg->term = exit_message(sg->from, reason);
        sg->kind = SIG_MESSAGE;
        append_message(p, sg);
        return true;
    }
    if (reason == ATOM_normal && !(sg->kind == SIG_EXIT && sg->from == p->pid))
        return true;
    p->exit_reason = reason;
    return false;
}

bool sched_take_signals(Process *p)
{
    pthread_mutex_lock(&p->inq_lock);
    Signal *sg = p->inq;
    p->inq = NULL;
    p->inq_last = &p->inq;
    atomic_fetch_and(&p->flags, ~PF_ATTENTION);
    pthread_mutex_unlock(&p->inq_lock);
    while (sg) {
        Signal *next = sg->next;
        if (sg->kind == SIG_MESSAGE) {
            append_message(p, sg);
        } else if (!exit_signal(p, sg)) {
            return false;
        }
        sg = next;
    }
    return true;
}

/* ---- links and monitors ------------------------------------------------ */

void sched_link(Process *p, Term other)
{
    if (other == p->pid || list_has(p->links, other))
        return;
    Process *q = sched_lookup(p->rt, other);
    p->links = make_cons(other, p->links);
    if (!q) {
        push_signal(p->rt->sched, p, SIG_EXIT_LINK, other,
                    ATOM_noproc);
        return;
    }
    if (!list_has(q->links, p->pid))
        q->links = make_cons(p->pid, q->links);
}

void sched_unlink(Process *p, Term other)
{
    p->links = list_without(p->links, other);
    Process *q = sched_lookup(p->rt, other);
    if (q)
        q->links = list_without(q->links, p->pid);
}

static Term down_message(Term ref, Term who, Term reason)
{
    return make_tuplev(5, (Term[]){atom_from_cstr("DOWN"), ref,
                                   atom_from_cstr("process"), who, reason});
}

/* A DOWN message with monitor/3's tag in place of 'DOWN'. */
static Term tagged_down(Term down, Term tag)
{
    Term e[5];
    memcpy(e, tuple_elems(down), sizeof e);
    e[0] = tag;
    return make_tuplev(5, e);
}

bool sched_monitor_set_tag(Process *p, Term ref, Term tag)
{
    for (Monitor *m = p->monitors; m; m = m->next)
        if (term_exact_equal(m->ref, ref)) {
            m->tag = tag;
            return true;
        }
    return false;
}

static Term monitor_who(Monitor *m)
{
    return m->name != NIL ? make_tuple2(m->name, node_name()) : m->pid;
}

extern Term bif_make_ref_0(Process *p, const Term *args);

Term sched_monitor(Process *p, Term target, Term name)
{
    Term ref = bif_make_ref_0(p, NULL);
    Monitor *m = gc_alloc(sizeof *m);
    m->ref = ref;
    m->pid = target;
    m->name = name;
    Process *q = target == NONE ? NULL : sched_lookup(p->rt, target);
    if (!q) {
        /* DOWN with noproc at once; the monitor is not kept. */
        Term who = name != NIL ? make_tuple2(name, node_name()) : target;
        push_signal(p->rt->sched, p, SIG_MESSAGE, NIL,
                    down_message(ref, who, ATOM_noproc));
        return ref;
    }
    m->next = p->monitors;
    p->monitors = m;
    Monitor *back = gc_alloc(sizeof *back);
    back->ref = ref;
    back->pid = p->pid;
    back->name = name;
    back->next = q->monitored_by;
    q->monitored_by = back;
    return ref;
}

static Monitor *unlink_monitor(Monitor **list, Term ref)
{
    for (Monitor **m = list; *m; m = &(*m)->next)
        if (term_exact_equal((*m)->ref, ref)) {
            Monitor *found = *m;
            *m = found->next;
            return found;
        }
    return NULL;
}

bool sched_demonitor(Process *p, Term ref)
{
    Monitor *m = unlink_monitor(&p->monitors, ref);
    if (!m)
        return false;
    Process *q = sched_lookup(p->rt, m->pid);
    if (q)
        (void)unlink_monitor(&q->monitored_by, ref);
    return true;
}

/* ---- registered names ----------------------------------------------- */

int sched_register(Runtime *rt, Term name, Term pid)
{
    Sched *s = rt->sched;
    if (!term_is_atom(name) || name == atom_from_cstr("undefined"))
        return -1;
    Process *p = sched_lookup(rt, pid);
    if (!p || p->reg_name != NIL || map_get(s->names, name) != NONE)
        return -1;
    s->names = map_put(s->names, name, pid);
    p->reg_name = name;
    return 0;
}

int sched_unregister(Runtime *rt, Term name)
{
    Sched *s = rt->sched;
    Term pid = term_is_atom(name) ? map_get(s->names, name) : NONE;
    if (pid == NONE)
        return -1;
    s->names = map_remove(s->names, name);
    Process *p = sched_lookup(rt, pid);
    if (p)
        p->reg_name = NIL;
    return 0;
}

Term sched_whereis(Runtime *rt, Term name)
{
    if (!rt->sched || !term_is_atom(name))
        return NONE;
    return map_get(rt->sched->names, name);
}

Term sched_registered(Runtime *rt)
{
    Term out = NIL, k, v;
    if (!rt->sched)
        return NIL;
    MapIter it;
    map_iter_init(&it, rt->sched->names);
    while (map_iter_next(&it, &k, &v))
        out = make_cons(k, out);
    return list_reverse(out, NIL);
}

Term sched_user_pid(Runtime *rt) { return rt->sched ? rt->sched->user : NIL; }

void sched_set_user_pid(Runtime *rt, Term pid) { rt->sched->user = pid; }

void sched_start_user(Runtime *rt)
{
    Sched *s = rt->sched;
    if (s->user != NIL)
        return;
    Process *u = sched_spawn(rt, NULL, atom_from_cstr("elfe_user"),
                             atom_from_cstr("server"), NIL);
    u->group_leader = u->pid;
    s->user = u->pid;
    (void)sched_register(rt, atom_from_cstr("user"), u->pid);
}

/* ---- timers --------------------------------------------------------- */

static bool timer_before(const Timer *a, const Timer *b)
{
    return a->deadline < b->deadline ||
           (a->deadline == b->deadline && a->seq < b->seq);
}

static void heap_set(Sched *s, size_t i, Timer *t)
{
    s->heap[i] = t;
    t->heap_at = i;
}

static void heap_up(Sched *s, size_t i)
{
    Timer *t = s->heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!timer_before(t, s->heap[parent]))
            break;
        heap_set(s, i, s->heap[parent]);
        i = parent;
    }
    heap_set(s, i, t);
}

static void heap_down(Sched *s, size_t i)
{
    Timer *t = s->heap[i];
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, best = i;
        Timer *bt = t;
        if (l < s->nheap && timer_before(s->heap[l], bt)) {
            best = l;
            bt = s->heap[l];
        }
        if (r < s->nheap && timer_before(s->heap[r], bt)) {
            best = r;
            bt = s->heap[r];
        }
        if (best == i)
            break;
        heap_set(s, i, bt);
        i = best;
    }
    heap_set(s, i, t);
}

static void heap_push(Sched *s, Timer *t)
{
    if (s->nheap == s->heap_cap) {
        size_t cap = s->heap_cap ? s->heap_cap * 2 : 64;
        Timer **h = gc_alloc(cap * sizeof *h);
        if (s->nheap)
            memcpy(h, s->heap, s->nheap * sizeof *h);
        s->heap = h;
        s->heap_cap = cap;
    }
    heap_set(s, s->nheap++, t);
    heap_up(s, s->nheap - 1);
}

static void heap_remove(Sched *s, Timer *t)
{
    size_t i = t->heap_at;
    if (i == SIZE_MAX)
        return;
    t->heap_at = SIZE_MAX;
    Timer *last = s->heap[--s->nheap];
    s->heap[s->nheap] = NULL;
    if (last == t)
        return;
    heap_set(s, i, last);
    heap_up(s, i);
    heap_down(s, last->heap_at);
}

/* The reference table: refnum -> timer (open addressing, tombstones). */
static Timer TOMB;

static size_t ref_hash(uint64_t n, size_t cap)
{
    return (size_t)(n * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

static void ref_put(Sched *s, Timer *t)
{
    if ((s->ref_count + 1) * 2 > s->ref_cap) {
        size_t cap = s->ref_cap ? s->ref_cap * 2 : 64;
        Timer **old = s->by_ref;
        size_t oldcap = s->ref_cap;
        s->by_ref = gc_alloc(cap * sizeof *s->by_ref);
        s->ref_cap = cap;
        s->ref_count = 0;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i] && old[i] != &TOMB)
                ref_put(s, old[i]);
    }
    size_t i = ref_hash(t->refnum, s->ref_cap);
    while (s->by_ref[i] && s->by_ref[i] != &TOMB)
        i = (i + 1) & (s->ref_cap - 1);
    s->by_ref[i] = t;
    s->ref_count++;
}

static Timer *ref_find(Sched *s, uint64_t refnum, bool remove)
{
    if (!s->ref_cap)
        return NULL;
    size_t i = ref_hash(refnum, s->ref_cap);
    while (s->by_ref[i]) {
        Timer *t = s->by_ref[i];
        if (t != &TOMB && t->refnum == refnum) {
            if (remove)
                s->by_ref[i] = &TOMB;
            return t;
        }
        i = (i + 1) & (s->ref_cap - 1);
    }
    return NULL;
}

static uint64_t ref_number(Term ref)
{
    if (!term_is_ref(ref))
        return 0;
    const Ref *r = (const Ref *)box_ptr(ref);
    return (uint64_t)r->ids[0] | (uint64_t)r->ids[1] << 32;
}

static Timer *new_timer(Sched *s, uint64_t deadline, TimerKind kind)
{
    Timer *t = gc_alloc(sizeof *t);
    t->deadline = deadline;
    t->seq = ++s->timer_seq;
    t->kind = kind;
    t->heap_at = SIZE_MAX;
    return t;
}

void sched_set_receive_timeout(Process *p, uint64_t ms)
{
    Sched *s = p->rt->sched;
    if (p->tmo)
        return; /* armed on an earlier pass of this receive */
    Timer *t = new_timer(s, sched_now_us() + ms * 1000u, TM_RECEIVE);
    t->proc = p;
    p->tmo = t;
    heap_push(s, t);
}

void sched_cancel_receive_timeout(Process *p)
{
    atomic_fetch_and(&p->flags, ~PF_TIMED_OUT);
    if (p->tmo) {
        heap_remove(p->rt->sched, p->tmo);
        p->tmo = NULL;
    }
}

Term sched_start_timer(Runtime *rt, uint64_t deadline, Term dest, Term msg,
                       bool wrap)
{
    Sched *s = rt->sched;
    Timer *t = new_timer(s, deadline, wrap ? TM_WRAPPED : TM_SEND);
    t->dest = dest;
    t->msg = msg;
    t->ref = bif_make_ref_0(NULL, NULL);
    t->refnum = ref_number(t->ref);
    heap_push(s, t);
    ref_put(s, t);
    return t->ref;
}

static int64_t ms_left(const Timer *t)
{
    uint64_t now = sched_now_us();
    return t->deadline <= now ? 0 : (int64_t)((t->deadline - now + 999) / 1000);
}

int64_t sched_cancel_timer(Runtime *rt, Term ref)
{
    Sched *s = rt->sched;
    Timer *t = ref_find(s, ref_number(ref), true);
    if (!t || !term_exact_equal(t->ref, ref))
        return -1;
    heap_remove(s, t);
    s->ref_count--;
    return ms_left(t);
}

int64_t sched_read_timer(Runtime *rt, Term ref)
{
    Timer *t = ref_find(rt->sched, ref_number(ref), false);
    if (!t || !term_exact_equal(t->ref, ref))
        return -1;
    return ms_left(t);
}

static void fire(Sched *s, Timer *t)
{
    if (t->kind == TM_RECEIVE) {
        Process *p = t->proc;
        if (p->tmo == t) {
            p->tmo = NULL;
            atomic_fetch_or(&p->flags, PF_TIMED_OUT);
            wake(s, p);
        }
        return;
    }
    (void)ref_find(s, t->refnum, true);
    s->ref_count--;
    Term to = t->dest;
    if (term_is_atom(to))
        to = sched_whereis(s->rt, to);
    if (to == NONE)
        return;
    Term msg = t->kind == TM_WRAPPED
                   ? make_tuplev(3, (Term[]){atom_from_cstr("timeout"), t->ref,
                                             t->msg})
                   : t->msg;
    sched_send(s->rt, to, msg);
}

/* Fire every due timer; the microseconds to the next one, or UINT64_MAX. */
static uint64_t run_timers(Sched *s)
{
    if (!s->nheap)
        return UINT64_MAX;
    uint64_t now = sched_now_us();
    while (s->nheap && s->heap[0]->deadline <= now) {
        Timer *t = s->heap[0];
        heap_remove(s, t);
        fire(s, t);
    }
    return s->nheap ? s->heap[0]->deadline - now : UINT64_MAX;
}

/* ---- exits ------------------------------------------------------------ */

/* The exit reason of a process that finished on the VM. */
static Term vm_exit_reason(Process *p)
{
    if (p->exc_class == NONE)
        return ATOM_normal;
    if (p->exc_class == ATOM_exit)
        return p->exc_reason;
    if (p->exc_class == ATOM_throw_)
        return make_tuple2(make_tuple2(atom_from_cstr("nocatch"), p->exc_reason),
                           p->exc_trace);
    return make_tuple2(p->exc_reason, p->exc_trace);
}

/* The error report of a process that crashed with an error or throw. */
static void report_crash(Process *p, Term reason)
{
    fflush(stdout);
    fprintf(stderr, "=ERROR REPORT==== Error in process ");
    print_lfe_file(stderr, p->pid);
    fprintf(stderr, " with exit value:\n");
    StrBuf b;
    strbuf_init(&b);
    PrintOpts o = print_default_opts();
    print_lfe_pretty(&b, reason, &o);
    fwrite(b.data, 1, b.len, stderr);
    fprintf(stderr, "\n\n");
}

static void finish(Sched *s, Process *p, Term reason)
{
    atomic_store(&p->status, PS_EXITING);
    sched_cancel_receive_timeout(p);
    if (p->reg_name != NIL) {
        s->names = map_remove(s->names, p->reg_name);
        p->reg_name = NIL;
    }
    for (Term l = p->links; term_is_cons(l); l = CDR(l)) {
        Process *q = sched_lookup(s->rt, CAR(l));
        if (q)
            push_signal(s, q, SIG_EXIT_LINK, p->pid, reason);
    }
    p->links = NIL;
    for (Monitor *m = p->monitored_by; m; m = m->next) {
        Process *q = sched_lookup(s->rt, m->pid);
        if (!q)
            continue;
        /* The watcher holds the monitor; it names us as it asked. */
        Monitor *held = unlink_monitor(&q->monitors, m->ref);
        if (held) {
            Term down = down_message(m->ref, monitor_who(held), reason);
            if (held->tag)
                down = tagged_down(down, held->tag);
            push_signal(s, q, SIG_MESSAGE, NIL, down);
        }
    }
    p->monitored_by = NULL;
    for (Monitor *m = p->monitors; m; m = m->next) {
        Process *q = sched_lookup(s->rt, m->pid);
        if (q)
            (void)unlink_monitor(&q->monitored_by, m->ref);
    }
    p->monitors = NULL;
    Process *_Atomic *slot = slot_of(s, local_pid_number(p->pid), false);
    if (slot)
        atomic_store(slot, NULL);
    atomic_fetch_sub(&s->live, 1);
    /* Drop what the process held, so a dead one costs little. */
    p->mq = NULL;
    p->mq_last = &p->mq;
    p->save = &p->mq;
    p->stack_lo = p->stack_hi = p->sp = NULL;
    p->xsave = NULL;
    p->dict = NIL;
    p->exit_reason = reason;
    atomic_store(&p->status, PS_FREE);
}

/* p was killed by an exit signal (p->exit_reason): any exception it
 * raised and caught earlier is no part of its end. */
static void finish_killed(Sched *s, Process *p)
{
    p->exc_class = NONE;
    finish(s, p, p->exit_reason);
}

/* Run one process for a slice. */
static void run_one(Sched *s, Process *p, Process *main)
{
    atomic_store(&p->status, PS_RUNNING);
    if (p->inq && !sched_take_signals(p)) {
        finish_killed(s, p);
        return;
    }
    VmStatus st = vm_run(p, s->x);
    if (st == VM_EXIT) {
        if (p->exit_reason != NONE) {
            finish_killed(s, p);
            return;
        }
        Term reason = vm_exit_reason(p);
        if (p != main &&
            (p->exc_class == ATOM_error || p->exc_class == ATOM_throw_))
            report_crash(p, reason);
        finish(s, p, reason);
        return;
    }
    int flags = atomic_load(&p->flags);
    if (flags & PF_HIBERNATE) {
        /* erlang:hibernate(M, F, A): drop the stack, sleep until a message
         * arrives, then start afresh in M:F(A...). */
        atomic_fetch_and(&p->flags, ~PF_HIBERNATE);
        Term *h = tuple_elems(p->hibernate);
        Term mfa[3] = {h[0], h[1], h[2]};
        p->hibernate = NIL;
        p->stack_lo = gc_alloc(16 * sizeof(Term));
        p->stack_hi = p->stack_lo + 16;
        vm_setup_call(p, s->spawn_code, mfa, 3);
        p->save = &p->mq;
        if (!p->mq)
            st = VM_WAIT;
    }
    if (flags & PF_ATTENTION) {
        if (!sched_take_signals(p)) {
            finish_killed(s, p);
            return;
        }
    }
    if (st == VM_WAIT) {
        atomic_store(&p->status, PS_WAITING);
        /* A signal or the timer may have come in meanwhile. */
        bool pending;
        pthread_mutex_lock(&p->inq_lock);
        pending = p->inq != NULL;
        pthread_mutex_unlock(&p->inq_lock);
        if (pending || (atomic_load(&p->flags) & PF_TIMED_OUT))
            wake(s, p);
        return;
    }
    atomic_store(&p->status, PS_RUNNABLE);
    pthread_mutex_lock(&s->lock);
    enqueue_locked(s, p);
    pthread_mutex_unlock(&s->lock);
}

void sched_run_until_exit(Runtime *rt, Process *main)
{
    Sched *s = rt->sched;
    while (atomic_load(&main->status) != PS_FREE) {
        uint64_t next = run_timers(s);
        Process *p = dequeue(s);
        if (p) {
            run_one(s, p, main);
            continue;
        }
        if (s->rq_head)
            continue;
        next = run_timers(s);
        if (s->rq_head)
            continue;
        /* Idle: sleep until the next timer or a wake-up from a thread. */
        pthread_mutex_lock(&s->lock);
        if (!s->rq_head) {
            if (next == UINT64_MAX) {
                pthread_cond_wait(&s->wake, &s->lock);
            } else {
                struct timespec ts;
                clock_gettime(CLOCK_MONOTONIC, &ts);
                uint64_t ns = (uint64_t)ts.tv_nsec + next * 1000u;
                ts.tv_sec += (time_t)(ns / 1000000000u);
                ts.tv_nsec = (long)(ns % 1000000000u);
                pthread_cond_timedwait(&s->wake, &s->lock, &ts);
            }
        }
        pthread_mutex_unlock(&s->lock);
    }
}

/* process.h - a lightweight process: what the VM, the scheduler and the
 * builtins see.
 *
 * The VM (vm.c) runs a process until it yields, waits, exits or traps.
 * While a process is not running, its registers live here: pc, CP, the
 * live x registers, and its own stack (a GC array; frames never touch the
 * C stack).
 *
 * Signals.  Anything sent to a process (a message, an exit signal) is
 * appended to its incoming queue `inq` under the short lock `inq_lock`,
 * by any thread.  Only the process itself takes signals out of it
 * (proc_take_signals, at receive and when it is scheduled in): messages
 * move to the private message queue in arrival order, exit signals are
 * acted on there.  So messages and exit signals from one sender keep their
 * order, as Erlang requires.  The private queue and everything below the
 * "owner" line are touched only by the scheduler thread running the
 * process (links and monitors are updated by the scheduler thread, see
 * sched.c).
 */
#ifndef ELFE_PROCESS_H
#define ELFE_PROCESS_H

#include <pthread.h>
#include <stdatomic.h>

#include "term.h"

typedef union Instr Instr;
typedef struct Runtime Runtime;
typedef struct Timer Timer;

/* The kinds of signal in a process's incoming queue. */
typedef enum SigKind {
    SIG_MESSAGE,   /* term: the message                               */
    SIG_EXIT,      /* exit/2: term the reason, from the sender         */
    SIG_EXIT_LINK, /* a linked process died: term the reason           */
} SigKind;

typedef struct Signal {
    struct Signal *next;
    Term term;
    Term from;
    uintptr_t kind;
} Signal;

/* A process's state, changed atomically (several schedulers later). */
typedef enum ProcStatus {
    PS_RUNNABLE, /* in a run queue                                      */
    PS_RUNNING,  /* on a scheduler                                      */
    PS_WAITING,  /* in receive with nothing to match                    */
    PS_EXITING,  /* finished; links and monitors being told             */
    PS_FREE,     /* gone                                                */
} ProcStatus;

/* A monitor held or suffered, in a short linked list. */
typedef struct Monitor {
    struct Monitor *next;
    Term ref;
    Term pid;   /* the other end */
    Term name;  /* monitored by name: the name, else NIL */
    Term tag;   /* monitor/3's {tag, T}: the DOWN message's first element;
                 * 0 (never a term) for 'DOWN' */
} Monitor;

enum {
    PF_TRAP_EXIT = 1,
    PF_ATTENTION = 2, /* the VM must hand back to the scheduler soon   */
    PF_TIMED_OUT = 4, /* the receive timer fired                       */
    PF_HIBERNATE = 8,
};

typedef struct Process {
    Term pid;
    Runtime *rt;
    _Atomic int status;
    _Atomic int flags;

    /* Incoming signals, appended by any thread under inq_lock. */
    pthread_mutex_t inq_lock;
    Signal *inq;
    Signal **inq_last;

    /* ---- owner: the scheduler running this process ---- */
    /* Saved machine state (valid while not running). */
    const Instr *pc;
    const Instr *cp;
    Term *stack_lo;   /* the stack block, grows down from stack_hi */
    Term *stack_hi;
    Term *sp;         /* E: the top frame (lowest used address)     */
    Term *xsave;      /* live x registers while switched out         */
    uint32_t nlive;
    uint32_t catches; /* active catches, innermost last in catch_at   */
    uint32_t catch_cap;
    size_t *catch_at; /* each catch slot as its distance below stack_hi */
    int32_t reds;     /* reductions left in this slice               */

    /* The exception being raised: set by a BIF that returns NONE. */
    Term exc_class;   /* error, exit or throw                         */
    Term exc_reason;
    Term exc_trace;   /* stack trace (a list), or NONE: the VM builds it */
    /* Set by erlang:error/exit/throw (bif_raise_in_caller): the exception
     * is the calling function's own, so the BIF gets no frame; exc_args
     * (a list, or NONE) replaces the caller frame's arity and exc_opts
     * (error/3's options) extends its location.  Cleared on raise. */
    bool exc_in_caller;
    Term exc_args;
    Term exc_opts;

    /* The message queue, and the receive's save pointer into it. */
    Signal *mq;
    Signal **mq_last;
    Signal **save;
    uint32_t mq_len;
    Timer *tmo;       /* the pending receive timeout, if any          */

    Term links;       /* list of pids                                 */
    Monitor *monitors;     /* monitors this process holds              */
    Monitor *monitored_by; /* monitors others hold on it               */
    Term exit_reason; /* set when killed by a signal, else NONE       */

    Term dict;        /* process dictionary: a map                    */
    Term group_leader;
    Term reg_name;    /* registered name, or NIL                      */
    Term initial_call; /* {M, F, A}                                   */
    Term priority;
    Term hibernate;   /* {M, F, Args} of a pending erlang:hibernate    */
    struct Process *rq_next; /* run queue link                        */
    uint64_t reductions; /* total, for process_info                   */
} Process;

#endif

/* process.h - a lightweight process: what the VM and the builtins see.
 *
 * The VM (vm.c) runs a process until it yields, waits, exits or traps.
 * While a process is not running, its registers live here: pc, CP, the
 * live x registers, and its own stack (a GC array; frames never touch the
 * C stack).  Mailbox, links, monitors and timers join with the processes
 * issue; the fields below are what the sequential VM and BIFs need.
 */
#ifndef ELFE_PROCESS_H
#define ELFE_PROCESS_H

#include "term.h"

typedef union Instr Instr;
typedef struct Runtime Runtime;

typedef struct Process {
    Term pid;
    Runtime *rt;

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

    Term dict;        /* process dictionary: a map                    */
    Term group_leader;
    uint64_t reductions; /* total, for process_info                   */
} Process;

#endif

/* sched.h - processes at run time: the process table, spawning, signals
 * (messages and exit signals), links, monitors, registered names, timers
 * and the scheduler loop.
 *
 * The structures are built for several schedulers (atomic process status,
 * a run queue per scheduler, short-locked incoming queues, a process
 * table indexed by pid number with atomic slots); this version runs one
 * scheduler thread, and link and monitor tables are changed only by it.
 * Other threads (I/O) may send messages with sched_send.
 */
#ifndef ELFE_SCHED_H
#define ELFE_SCHED_H

#include "process.h"

typedef struct Sched Sched;

/* Set up the scheduler of rt (once; code_new_runtime calls it). */
void sched_init(Runtime *rt);

/* The process with this pid if it is alive (not exiting), else NULL. */
Process *sched_lookup(Runtime *rt, Term pid);
/* A new process that will run M:F(Args...) (Args a proper list) or, with
 * module NONE, the fun in f applied to Args.  It inherits parent's group
 * leader (parent may be NULL).  The process is runnable at once. */
Process *sched_spawn(Runtime *rt, Process *parent, Term module, Term f,
                     Term args);
/* Run the process until it exits, scheduling all the others meanwhile
 * (the main process of `elfe -e` and scripts). */
void sched_run_until_exit(Runtime *rt, Process *p);

/* Send msg to a pid (dropped if the process is gone).  Any thread. */
void sched_send(Runtime *rt, Term to, Term msg);
/* Send an exit signal (exit/2) from `from` to `to`. */
void sched_exit_signal(Runtime *rt, Term from, Term to, Term reason);
/* Move p's incoming signals to its message queue, acting on exit
 * signals.  False when a signal killed p (p->exit_reason is set). */
bool sched_take_signals(Process *p);

/* link/unlink between p and a pid; link to a dead pid gives p noproc. */
void sched_link(Process *p, Term other);
void sched_unlink(Process *p, Term other);
/* p monitors target (a pid; name is the registered name used, or NIL);
 * returns the reference.  A dead target gives an immediate DOWN. */
Term sched_monitor(Process *p, Term target, Term name);
/* Give the monitor ref held by p a DOWN tag (monitor/3's {tag, T});
 * false if p holds no such monitor. */
bool sched_monitor_set_tag(Process *p, Term ref, Term tag);
/* Drop the monitor ref held by p; false if p holds no such monitor. */
bool sched_demonitor(Process *p, Term ref);

/* Registered names: 0 ok, -1 badarg. */
int sched_register(Runtime *rt, Term name, Term pid);
int sched_unregister(Runtime *rt, Term name);
/* The pid registered as name, or NONE. */
Term sched_whereis(Runtime *rt, Term name);
/* All registered names (a list). */
Term sched_registered(Runtime *rt);
/* All live pids, oldest first (a list), and their number. */
Term sched_processes(Runtime *rt);
uint64_t sched_process_count(Runtime *rt);

/* The monotonic clock in microseconds. */
uint64_t sched_now_us(void);
/* Arm p's receive timeout, ms from now. */
void sched_set_receive_timeout(Process *p, uint64_t ms);
/* Disarm it (message received, or the timeout handled). */
void sched_cancel_receive_timeout(Process *p);
/* Timers: erlang:send_after (wrap false) and start_timer (wrap true):
 * at the deadline (sched_now_us's clock), send msg (or {timeout, Ref,
 * msg}) to dest (a pid or a registered name).  Returns the reference. */
Term sched_start_timer(Runtime *rt, uint64_t deadline, Term dest, Term msg,
                       bool wrap);
/* Cancel a timer: the ms that were left, or -1 if it is not pending. */
int64_t sched_cancel_timer(Runtime *rt, Term ref);
/* The ms left on a timer, or -1. */
int64_t sched_read_timer(Runtime *rt, Term ref);

/* The standard output process ('user'), NIL before it exists. */
Term sched_user_pid(Runtime *rt);
void sched_set_user_pid(Runtime *rt, Term pid);
/* Start the user process (lib/elfe_user.lfe), registered as user: the io
 * server for standard input and output and the group leader of the
 * processes started after it.  Once per runtime. */
void sched_start_user(Runtime *rt);

#endif

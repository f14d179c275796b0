/* bif.h - built-in functions: C leaves the VM calls directly.
 *
 * A BIF takes its arguments as an array and returns the result, or NONE
 * after recording an exception in the process (bif_error and friends);
 * the VM then raises it, adding {Module, Function, Args} as the top frame
 * of the stack trace as the BEAM does.  A BIF never calls back into the
 * VM (STYLE.md): higher-order functions are written in LFE in lib/.
 *
 * Every BIF is listed once in bifs.def:
 *   BIF(module, name, arity, c_function, flags)
 * which fills the export table at start-up, so `(erlang:abs -1)`,
 * `(abs -1)` and `#'erlang:abs/1` all reach the same C function.
 */
#ifndef ELFE_BIF_H
#define ELFE_BIF_H

#include "process.h"

typedef Term (*BifFn)(Process *p, const Term *args);

enum {
    BIF_GUARD = 1, /* allowed in guards (an exception there is false) */
    BIF_PURE = 2   /* no side effects: the compiler may fold it        */
};

typedef struct BifInfo {
    const char *module;
    const char *name;
    uint32_t arity;
    BifFn fn;
    uint32_t flags;
} BifInfo;

/* The table built from bifs.def, and its length. */
extern const BifInfo bif_table[];
extern const size_t bif_count;

/* Record an exception of class error with this reason; returns NONE. */
Term bif_error(Process *p, Term reason);
/* Record an exception that the calling function raises itself
 * (erlang:error/1,2,3, exit/1, throw/1): no frame for the BIF; args, a
 * list or NONE, replaces the caller frame's arity, opts (a list) extends
 * its location.  Returns NONE. */
Term bif_raise_in_caller(Process *p, Term cls, Term reason, Term args,
                         Term opts);
/* bif_error(p, badarg). */
Term bif_badarg(Process *p);
/* Record an exception of any class (error, exit, throw); returns NONE. */
Term bif_raise(Process *p, Term cls, Term reason);

#endif

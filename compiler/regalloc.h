/* regalloc.h - register allocation over one function's VM assembly.
 *
 * codegen.c gives every variable and temporary its own y slot; this pass
 * (regalloc.c) keeps only the slots whose values live across a call in the
 * frame, moves the others to x registers, drops stores nobody reads, and
 * removes the frame of a function that calls nothing but in tail position.
 */
#ifndef ELFE_REGALLOC_H
#define ELFE_REGALLOC_H

#include "../runtime/term.h"

/* Rewrite one function's instructions (*code)[0..*n): in place, or into
 * a new array put in *code; *n changes.  nslots: the y slots the code
 * uses; arity: the function's; next_label: the module's label counter
 * (new labels are taken from it).  The frame size operands are left as
 * they are.  Returns the
 * frame size to patch in: the y slots left, or -1 when the function needs
 * no frame (allocate/deallocate are then gone).  Functions it does not
 * understand (try, catch, receive) come back unchanged with nslots. */
int regalloc_function(Term **code, size_t *n, int nslots, int arity,
                      int *next_label);

#endif

/* vm.h - the bytecode interpreter.
 *
 * Code is direct-threaded: an array of Instr words, each instruction the
 * address of its handler followed by its operands (opcodes.def).  Source
 * operands are one word each: an x register, a y slot, or a literal term.
 * Registers are encoded as special immediates that no term uses:
 *
 *   x register n:  (n << 8) | 0x2F
 *   y slot n:      ((n + 1) << 8) | 0x3F   (the frame's E[n + 1])
 *
 * so decoding a source is one mask-and-compare.  On the stack, a saved CP
 * is the code address | 2 and a catch marker is the handler address | 4:
 * low-bit patterns no term has (term.h), so unwinding can tell them from
 * terms.  vm_run returns a status to its caller (the scheduler); it never
 * recurses for LFE calls.
 */
#ifndef ELFE_VM_H
#define ELFE_VM_H

#include "process.h"

union Instr {
    const void *op;     /* handler address (or opcode number before load) */
    Term t;             /* a source/destination word or a literal          */
    uintptr_t u;        /* an integer operand                              */
    const Instr *label; /* a jump target                                   */
    void *ptr;          /* an export entry, a lambda entry                 */
};

#define XREG_COUNT 1024
/* The last x register is the VM's own: the head of the scheduler's cache
 * of free cons cells (gc_alloc_many); code may not name it. */
#define VM_CONS_CACHE (XREG_COUNT - 1)
#define VM_XREG(n) (((Term)(n) << 8) | 0x2F)
#define VM_YREG(n) (((Term)(n) + 1) << 8 | 0x3F)
#define vm_is_reg(w) (((w)&0xEF) == 0x2F)
#define vm_is_yreg(w) (((w)&0xFF) == 0x3F)
#define vm_reg_index(w) ((w) >> 8)

#define VM_CP_TAG 2
#define VM_CATCH_TAG 4
#define vm_make_cp(pc) ((Term)(uintptr_t)(pc) | VM_CP_TAG)
#define vm_is_cp(w) (((w)&7) == VM_CP_TAG)
#define vm_cp_pc(w) ((const Instr *)(uintptr_t)((w) & ~(Term)7))
#define vm_make_catch(pc) ((Term)(uintptr_t)(pc) | VM_CATCH_TAG)
#define vm_is_catch(w) (((w)&7) == VM_CATCH_TAG)

/* Reductions in one time slice, as the BEAM.  The stress build sets it to
 * 1 (make stress), so every call may switch processes. */
#ifndef VM_SLICE
#define VM_SLICE 4000
#endif

typedef enum VmStatus {
    VM_YIELD, /* slice spent: runnable, resume at p->pc                */
    VM_WAIT,  /* waiting for a message (the processes issue)           */
    VM_EXIT,  /* finished: normally (x0 = value) or with p->exc_*      */
} VmStatus;

typedef enum Opcode {
#define OP(name, kinds, doc) OPC_##name,
#include "opcodes.def"
#undef OP
    OPC_COUNT_
} Opcode;

/* Operand kinds and names of each opcode (from opcodes.def). */
extern const char *const vm_opcode_names[];
extern const char *const vm_opcode_kinds[];
/* The handler address of an opcode, for the loader. */
const void *vm_opcode_address(Opcode op);
/* The opcode of a handler address (the disassembler); -1 if none. */
int vm_opcode_of(const void *address);

/* Run p from p->pc until it yields, waits or exits.  x is the
 * scheduler's register file. */
VmStatus vm_run(Process *p, Term *x);

/* Set p up to call fun/arity entry with args (a C array); the process
 * starts with an empty stack and CP pointing at a stop instruction. */
void vm_setup_call(Process *p, const Instr *entry, const Term *args,
                   uint32_t nargs);
/* A fresh process with its own stack. */
Process *vm_new_process(Runtime *rt, Term pid);
/* Run entry(args) in a fresh process until it finishes, on a register
 * file of its own (so it may be used while another process is suspended,
 * e.g. by the compiler to run a macro).  Returns the value, or NONE when
 * it raised; the process (with exc_class/exc_reason/exc_trace) goes to
 * *proc when proc is not NULL. */
Term vm_call(Runtime *rt, const Instr *entry, const Term *args, uint32_t n,
             Process **proc);

#endif

/* vm.c - the bytecode interpreter (see vm.h and doc/internals/vm.md).
 *
 * vm_run executes one process until its reduction budget is spent, it
 * waits, or it exits, and returns a status to its caller.  LFE calls never
 * use the C stack: a call sets CP and jumps; a function that calls others
 * keeps its frame (saved CP and y slots) on the process's own stack, which
 * grows by copying into a bigger block.
 *
 * Exceptions: the raiser records class and reason in the process and
 * jumps to `raise`, which builds the stack trace (up to TRACE_DEPTH frames,
 * as the BEAM's default backtrace depth) and unwinds to the nearest catch
 * marker; with none left, the process exits.
 */
#include "vm.h"

#include "arith.h"
#include "atom.h"
#include "binary.h"
#include "bits.h"
#include "code.h"
#include "compare.h"
#include "gc.h"
#include "map.h"
#include "sched.h"

#define TRACE_DEPTH 8
#define INITIAL_STACK 32

const char *const vm_opcode_names[] = {
#define OP(name, kinds, doc) #name,
#include "opcodes.def"
#undef OP
};

const char *const vm_opcode_kinds[] = {
#define OP(name, kinds, doc) kinds,
#include "opcodes.def"
#undef OP
};

static const void *const *handler_table;
static Instr stop_code[1];

static void ensure_handlers(void)
{
    if (!handler_table)
        (void)vm_run(NULL, NULL);
}

const void *vm_opcode_address(Opcode op)
{
    ensure_handlers();
    return handler_table[op];
}

int vm_opcode_of(const void *address)
{
    ensure_handlers();
    for (int i = 0; i < OPC_COUNT_; i++)
        if (handler_table[i] == address)
            return i;
    return -1;
}

Process *vm_new_process(Runtime *rt, Term pid)
{
    ensure_handlers();
    Process *p = gc_alloc(sizeof *p);
    p->pid = pid;
    p->rt = rt;
    p->stack_lo = gc_alloc(INITIAL_STACK * sizeof(Term));
    p->stack_hi = p->stack_lo + INITIAL_STACK;
    p->sp = p->stack_hi;
    p->pc = stop_code;
    p->cp = stop_code;
    p->exc_class = NONE;
    p->exc_reason = NONE;
    p->exc_trace = NIL;
    p->dict = map_new();
    p->group_leader = NIL;
    pthread_mutex_init(&p->inq_lock, NULL);
    p->inq_last = &p->inq;
    p->mq_last = &p->mq;
    p->save = &p->mq;
    p->links = NIL;
    p->exit_reason = NONE;
    p->reg_name = NIL;
    p->initial_call = NIL;
    p->priority = ATOM_normal;
    return p;
}

void vm_setup_call(Process *p, const Instr *entry, const Term *args,
                   uint32_t nargs)
{
    p->pc = entry;
    p->cp = stop_code;
    p->sp = p->stack_hi;
    p->catches = 0;
    p->nlive = nargs;
    p->xsave = gc_alloc((nargs ? nargs : 1) * sizeof(Term));
    for (uint32_t i = 0; i < nargs; i++)
        p->xsave[i] = args[i];
    p->exc_class = NONE;
}

Term vm_call(Runtime *rt, const Instr *entry, const Term *args, uint32_t n,
             Process **proc)
{
    Term *x = gc_alloc(XREG_COUNT * sizeof(Term));
    Process *p = vm_new_process(rt, make_local_pid(rt->next_pid++));
    vm_setup_call(p, entry, args, n);
    VmStatus st;
    while ((st = vm_run(p, x)) == VM_YIELD)
        ;
    if (st == VM_WAIT) {
        /* Nothing can send to this process: a receive would never end. */
        p->exc_class = ATOM_error;
        p->exc_reason = atom_from_cstr("receive_outside_process");
        p->exc_trace = NIL;
    }
    if (proc)
        *proc = p;
    return p->exc_class == NONE ? x[0] : NONE;
}

/* ---- helpers for the slow paths (kept out of the dispatch loop) ---- */

/* Make room for at least `need` more words below E. */
static Term *grow_stack(Process *p, Term *E, size_t need)
{
    size_t used = (size_t)(p->stack_hi - E);
    size_t old = (size_t)(p->stack_hi - p->stack_lo);
    size_t size = old * 2;
    while (size < used + need + 8)
        size *= 2;
    Term *lo = gc_alloc(size * sizeof(Term));
    Term *hi = lo + size;
    memcpy(hi - used, E, used * sizeof(Term));
    p->stack_lo = lo;
    p->stack_hi = hi;
    return hi - used;
}

/* {M, F, ArityOrArgs, Location} for the function holding pc. */
static Term frame_for(Runtime *rt, const Instr *pc)
{
    Module *m;
    FuncInfo *f;
    uint32_t line;
    if (!code_locate(rt, pc, &m, &f, &line))
        return NONE;
    Term loc = NIL;
    if (line) {
        loc = make_cons(make_tuple2(ATOM_line, make_small(line)), loc);
        if (m->file != NIL)
            loc = make_cons(make_tuple2(ATOM_file, m->file), loc);
    }
    Term e[4] = {m->name, f->name, make_small(f->arity), loc};
    return make_tuplev(4, e);
}

static const FuncInfo *func_of(Runtime *rt, const Instr *pc)
{
    Module *m;
    FuncInfo *f;
    uint32_t line;
    return code_locate(rt, pc, &m, &f, &line) ? f : NULL;
}

/* The top frame of an exception raised by a BIF: its arguments, and as
 * on OTP 25 an error_info location naming the module that explains the
 * error (erl_erts_errors for erlang's BIFs, erl_stdlib_errors else). */
static Term bif_frame(Term module, Term function, Term args)
{
    Term explainer = atom_from_cstr(module == atom_from_cstr("erlang")
                                        ? "erl_erts_errors"
                                        : "erl_stdlib_errors");
    Term info = map_put(map_new(), ATOM_module, explainer);
    Term loc = make_cons(make_tuple2(atom_from_cstr("error_info"), info), NIL);
    return make_tuplev(4, (Term[]){module, function, args, loc});
}

/* The frame of a function that raised an exception itself with
 * erlang:error/2,3: Args instead of the arity, error/3's options after
 * the location. */
static Term raising_frame(Process *p, Term f)
{
    Term *e = tuple_elems(f);
    Term loc = list_reverse(list_reverse(e[3], NIL), p->exc_opts);
    Term arity = p->exc_args != NONE ? p->exc_args : e[2];
    return make_tuplev(4, (Term[]){e[0], e[1], arity, loc});
}

/* The stack trace of an exception raised at pc: the BIF frame `top` if
 * any, the current function, the caller in CP if it is not on the stack
 * yet, then every return address on the stack. */
static Term build_trace(Process *p, const Instr *pc, const Instr *cp,
                        const Term *E, Term top)
{
    Term frames[TRACE_DEPTH];
    int n = 0;
    if (top != NONE)
        frames[n++] = top;
    Term f = frame_for(p->rt, pc);
    if (f != NONE && p->exc_in_caller)
        f = raising_frame(p, f);
    if (f != NONE && n < TRACE_DEPTH)
        frames[n++] = f;
    const Instr *saved = E < p->stack_hi && vm_is_cp(E[0]) ? vm_cp_pc(E[0])
                                                           : NULL;
    if (cp != stop_code && cp != saved && n < TRACE_DEPTH &&
        func_of(p->rt, cp) != func_of(p->rt, pc)) {
        f = frame_for(p->rt, cp - 1);
        if (f != NONE)
            frames[n++] = f;
    }
    for (const Term *s = E; s < p->stack_hi && n < TRACE_DEPTH; s++) {
        if (!vm_is_cp(*s) || vm_cp_pc(*s) == stop_code)
            continue;
        f = frame_for(p->rt, vm_cp_pc(*s) - 1);
        if (f != NONE)
            frames[n++] = f;
    }
    return list_from_array(frames, (size_t)n);
}

static void push_catch(Process *p, Term *slot)
{
    if (p->catches == p->catch_cap) {
        uint32_t cap = p->catch_cap ? p->catch_cap * 2 : 8;
        size_t *a = gc_alloc_atomic(cap * sizeof(size_t));
        if (p->catches)
            memcpy(a, p->catch_at, p->catches * sizeof(size_t));
        p->catch_at = a;
        p->catch_cap = cap;
    }
    p->catch_at[p->catches++] = (size_t)(p->stack_hi - slot);
}

static BitsSeg seg_of(uintptr_t info, Term value, Term size)
{
    BitsSeg sg;
    sg.type = (BitsType)(info & 0xF);
    sg.flags = (uint32_t)((info >> 4) & 0xF);
    sg.unit = (uint32_t)(info >> 8);
    sg.value = value;
    sg.size = size;
    return sg;
}

/* The value of (catch Expr) after an exception. */
static Term catch_value(Term cls, Term reason, Term trace)
{
    Term exit_atom = atom_from_cstr("EXIT");
    if (cls == ATOM_throw_)
        return reason;
    if (cls == ATOM_exit)
        return make_tuple2(exit_atom, reason);
    return make_tuple2(exit_atom, make_tuple2(reason, trace));
}

/* Both small integers: one test on the two tags. */
#define BOTH_SMALL_T(a, b) (((((a) ^ TAG_SMALL) | ((b) ^ TAG_SMALL)) & TAG_MASK) == 0)

/* Small-integer + and - on the tagged words (v << 4 | 3): the 64-bit
 * operation overflows exactly when the result does not fit a small. */
static inline bool small_add(Term a, Term b, Term *r)
{
    int64_t s;
    if (!BOTH_SMALL_T(a, b) ||
        __builtin_add_overflow((int64_t)a, (int64_t)(b - TAG_SMALL), &s))
        return false;
    *r = (Term)s;
    return true;
}

static inline bool small_sub(Term a, Term b, Term *r)
{
    int64_t s;
    if (!BOTH_SMALL_T(a, b) ||
        __builtin_sub_overflow((int64_t)a, (int64_t)b, &s))
        return false;
    *r = (Term)s | TAG_SMALL;
    return true;
}

/* A cons cell from the register file's cache of free cells (one batch
 * from the collector at a time: far cheaper than an allocation per cell).
 * The cache head lives in x[VM_CONS_CACHE], which the collector scans. */
static inline Term cons_cached(Term *x, Term h, Term t)
{
    void **c = (void **)(uintptr_t)x[VM_CONS_CACHE];
    if (!c)
        c = gc_alloc_many(sizeof(Cons));
    x[VM_CONS_CACHE] = (Term)(uintptr_t)*c;
    Cons *cell = (Cons *)c;
    cell->car = h;
    cell->cdr = t;
    return make_cons_ptr(cell);
}

static bool small_mul(Term a, Term b, Term *r)
{
    if (!term_is_small(a) || !term_is_small(b))
        return false;
    int64_t s;
    if (__builtin_mul_overflow(small_val(a), small_val(b), &s) ||
        !small_fits(s))
        return false;
    *r = make_small(s);
    return true;
}

static bool small_bsl(Term a, Term b, Term *r)
{
    if (!term_is_small(a) || !term_is_small(b) || small_val(b) < 0 ||
        small_val(b) > 61)
        return false;
    int64_t s;
    if (__builtin_mul_overflow(small_val(a), (int64_t)1 << small_val(b), &s) ||
        !small_fits(s))
        return false;
    *r = make_small(s);
    return true;
}

static Term fun_arity_error(Term fun, const Term *x, uint32_t arity)
{
    return make_tuple2(ATOM_badarity,
                       make_tuple2(fun, list_from_array(x, arity)));
}

/* ---- the interpreter --------------------------------------------------- */

#define SRC(w)                                                              \
    (vm_is_reg(w) ? (vm_is_yreg(w) ? E[vm_reg_index(w)] : x[vm_reg_index(w)]) \
                  : (w))
#define STORE(w, v)                                                         \
    do {                                                                    \
        Term w_ = (w);                                                      \
        if (vm_is_yreg(w_))                                                 \
            E[vm_reg_index(w_)] = (v);                                      \
        else                                                                \
            x[vm_reg_index(w_)] = (v);                                      \
    } while (0)
/* The comparison tests on a and b (generic and specialised forms). */
#define LT_COND                                                             \
    (BOTH_SMALL_T(a, b) ? (int64_t)a < (int64_t)b : term_compare(a, b) < 0)
#define GE_COND                                                             \
    (BOTH_SMALL_T(a, b) ? (int64_t)a >= (int64_t)b : term_compare(a, b) >= 0)
#define EQ_COND                                                             \
    (a == b || ((!term_is_small(a) || !term_is_small(b)) && term_equal(a, b)))
#define NE_COND                                                             \
    (a != b && ((term_is_small(a) && term_is_small(b)) || !term_equal(a, b)))
#define EQX_COND                                                            \
    (a == b || (!term_is_immediate(a) && !term_is_immediate(b) &&           \
                term_exact_equal(a, b)))
#define NEX_COND                                                            \
    (a != b && (term_is_immediate(a) || term_is_immediate(b) ||             \
                !term_exact_equal(a, b)))
#define DISPATCH() goto *pc->op
#define NEXT(n)                                                             \
    do {                                                                    \
        pc += (n);                                                          \
        DISPATCH();                                                         \
    } while (0)
/* Pop a frame of n y slots: restore CP, move E up.  The slots are not
 * cleared: nothing reads below E (allocate clears a new frame before the
 * stack trace or a catch could see it), and a stale word there costs at
 * most some retention by the conservative GC. */
#define POP_FRAME(nslots)                                                   \
    do {                                                                    \
        cp = vm_cp_pc(E[0]);                                                \
        E += (size_t)(nslots) + 1;                                          \
    } while (0)
/* A test failed: go to its fail label. */
#define FAIL_TO(lbl)                                                        \
    do {                                                                    \
        pc = (lbl);                                                         \
        DISPATCH();                                                         \
    } while (0)
#define RAISE(cls, reason)                                                  \
    do {                                                                    \
        p->exc_class = (cls);                                               \
        p->exc_reason = (reason);                                           \
        p->exc_trace = NONE;                                                \
        goto raise;                                                         \
    } while (0)
#define ERROR(reason) RAISE(ATOM_error, reason)
/* Calls count their reduction in the local reds only; p->reductions
 * catches up before a BIF (process_info may read it) and on leaving. */
#define SYNC_REDS()                                                         \
    do {                                                                    \
        p->reductions += (uint64_t)(reds_synced - reds);                    \
        reds_synced = reds;                                                 \
    } while (0)

VmStatus vm_run(Process *p, Term *x)
{
    static const void *const handlers[] = {
#define OP(name, kinds, doc) &&op_##name,
#include "opcodes.def"
#undef OP
    };
    if (p == NULL) {
        handler_table = handlers;
        stop_code[0].op = &&op_i_stop;
        return VM_EXIT;
    }

    Runtime *rt = p->rt;
    const Instr *pc = p->pc;
    const Instr *cp = p->cp;
    Term *E = p->sp;
    int32_t reds = VM_SLICE;
    int32_t reds_synced = VM_SLICE; /* p->reductions counts up to here */
    uint32_t live;     /* argument count of the call being made */
    Export *ext;       /* the export entry of the call being made */
    Term top = NONE;   /* the BIF frame of an exception, if any    */
    Term arith_a = NIL, arith_b = NIL, arith_r = NIL; /* i_add/i_sub slow path */
    const char *arith_op = "+";
    Term select_v = NIL; /* select_val's value */
    for (uint32_t i = 0; i < p->nlive; i++)
        x[i] = p->xsave[i];
    DISPATCH();

op_move:
    STORE(pc[2].t, SRC(pc[1].t));
    NEXT(3);

op_jump:
    FAIL_TO(pc[1].label);

op_return:
    pc = cp;
    DISPATCH();

op_allocate: {
    size_t n = pc[1].u + 1;
    if ((size_t)(E - p->stack_lo) < n)
        E = grow_stack(p, E, n);
    E -= n;
    E[0] = vm_make_cp(cp);
    for (size_t i = 1; i < n; i++)
        E[i] = NIL;
    NEXT(3);
}

op_deallocate: {
    POP_FRAME(pc[1].u);
    NEXT(2);
}

op_deallocate_return:
    POP_FRAME(pc[1].u);
    pc = cp;
    DISPATCH();

op_move_return:
    x[0] = SRC(pc[1].t);
    pc = cp;
    DISPATCH();

op_move_return_x:
    x[0] = x[pc[1].u];
    pc = cp;
    DISPATCH();

op_move_return_y:
    x[0] = E[pc[1].u];
    pc = cp;
    DISPATCH();

op_move_return_c:
    x[0] = pc[1].t;
    pc = cp;
    DISPATCH();

op_move_deallocate_return:
    x[0] = SRC(pc[1].t);
    POP_FRAME(pc[2].u);
    pc = cp;
    DISPATCH();

op_move2:
    STORE(pc[2].t, SRC(pc[1].t));
    STORE(pc[4].t, SRC(pc[3].t));
    NEXT(5);

op_init:
    STORE(pc[1].t, NIL);
    NEXT(2);

    /* ---- calls ---- */

op_call:
    live = (uint32_t)pc[1].u;
    cp = pc + 3;
    pc = pc[2].label;
    goto do_call;

op_call_last: {
    live = (uint32_t)pc[1].u;
    POP_FRAME(pc[3].u);
    pc = pc[2].label;
    goto do_call;
}

op_call_only:
    live = (uint32_t)pc[1].u;
    pc = pc[2].label;
    goto do_call;

do_call:
    if (__builtin_expect(--reds <= 0, 0))
        goto yield;
    DISPATCH();

op_call_ext:
    live = (uint32_t)pc[1].u;
    ext = pc[2].ptr;
    cp = pc + 3;
    goto do_call_ext;

op_call_ext_last: {
    live = (uint32_t)pc[1].u;
    ext = pc[2].ptr;
    POP_FRAME(pc[3].u);
    goto do_call_ext;
}

op_call_ext_only:
    live = (uint32_t)pc[1].u;
    ext = pc[2].ptr;
    goto do_call_ext;

do_call_ext:
    if (ext->code) {
        pc = ext->code;
        goto do_call;
    }
    if (ext == rt->apply2 || ext == rt->apply3) {
        /* apply(Fun, Args) / apply(M, F, Args): spread the list. */
        Term fm = x[0], f2 = x[1];
        Term list = x[live - 1];
        uint32_t n = 0;
        Term l = list;
        for (; term_is_cons(l) && n < 255; l = CDR(l))
            n++;
        if (l != NIL)
            ERROR(ATOM_badarg);
        l = list;
        for (uint32_t i = 0; i < n; i++, l = CDR(l))
            x[i] = CAR(l);
        live = n;
        if (ext == rt->apply2) {
            x[n] = fm;
            goto do_call_fun;
        }
        x[n] = fm;
        x[n + 1] = f2;
        goto do_apply;
    }
    if (ext->bif) {
        reds--;
        SYNC_REDS();
        Term r = ext->bif(p, x);
        if (r == NONE) {
            if (!p->exc_in_caller)
                top = bif_frame(ext->module, ext->function,
                                list_from_array(x, live));
            goto raise_recorded;
        }
        x[0] = r;
        pc = cp;
        if (atomic_load_explicit(&p->flags, memory_order_relaxed) &
            (PF_ATTENTION | PF_HIBERNATE)) {
            live = 1;
            goto yield;
        }
        DISPATCH();
    }
    if (code_ensure_loaded(rt, ext->module) && (ext->code || ext->bif))
        goto do_call_ext;
    top = make_tuplev(4, (Term[]){ext->module, ext->function,
                                  list_from_array(x, live), NIL});
    p->exc_class = ATOM_error;
    p->exc_reason = ATOM_undef;
    p->exc_trace = NONE;
    goto raise_recorded;

op_bif: {
    Export *e = pc[1].ptr;
    const Instr *fail = pc[2].label;
    uint32_t n = (uint32_t)pc[3].u;
    Term args[256];
    for (uint32_t i = 0; i < n; i++)
        args[i] = SRC(pc[4 + i].t);
    SYNC_REDS();
    Term r = e->bif(p, args);
    if (r == NONE) {
        if (fail)
            FAIL_TO(fail);
        if (!p->exc_in_caller)
            top = bif_frame(e->module, e->function, list_from_array(args, n));
        goto raise_recorded;
    }
    STORE(pc[4 + n].t, r);
    NEXT(5 + n);
}

op_make_fun: {
    const Lambda *l = pc[1].ptr;
    uint32_t nfree = (uint32_t)pc[2].u;
    Fun *f = gc_alloc(sizeof(Fun) + nfree * sizeof(Term));
    f->header = make_header(BOX_FUN, nfree);
    f->module = l->module;
    f->name = l->name;
    f->arity = l->arity;
    f->index = l->index;
    f->uniq = l->uniq;
    f->code = (void *)l;
    for (uint32_t i = 0; i < nfree; i++)
        f->env[i] = x[i];
    x[0] = make_box(f);
    NEXT(3);
}

op_call_fun:
    live = (uint32_t)pc[1].u;
    cp = pc + 2;
    goto do_call_fun;

op_call_fun_last: {
    live = (uint32_t)pc[1].u;
    POP_FRAME(pc[2].u);
    goto do_call_fun;
}

do_call_fun: {
    Term f = x[live];
    if (term_is_box_of(f, BOX_FUN)) {
        Fun *fn = (Fun *)box_ptr(f);
        const Lambda *l = fn->code;
        if (l->arity != live)
            ERROR(fun_arity_error(f, x, live));
        uint32_t nfree = (uint32_t)box_size(f);
        for (uint32_t i = 0; i < nfree; i++)
            x[live + i] = fn->env[i];
        live += nfree;
        pc = l->code;
        goto do_call;
    }
    if (term_is_box_of(f, BOX_EXPORT)) {
        ExportFun *ef = (ExportFun *)box_ptr(f);
        if ((uint32_t)small_val(ef->arity) != live)
            ERROR(fun_arity_error(f, x, live));
        ext = code_export(rt, ef->module, ef->function, live);
        goto do_call_ext;
    }
    ERROR(make_tuple2(ATOM_badfun, f));
}

op_apply:
    live = (uint32_t)pc[1].u;
    cp = pc + 2;
    goto do_apply;

op_apply_last: {
    live = (uint32_t)pc[1].u;
    POP_FRAME(pc[2].u);
    goto do_apply;
}

do_apply: {
    Term m = x[live], f = x[live + 1];
    if (!term_is_atom(m) || !term_is_atom(f))
        ERROR(ATOM_badarg);
    ext = code_export(rt, m, f, live);
    goto do_call_ext;
}

    /* ---- type tests ---- */

#define TYPE_TEST(name, cond)                                               \
    op_##name : {                                                           \
        Term v = SRC(pc[2].t);                                              \
        if (!(cond))                                                        \
            FAIL_TO(pc[1].label);                                           \
        NEXT(3);                                                            \
    }
    TYPE_TEST(is_integer, term_is_integer(v))
    TYPE_TEST(is_float, term_is_float(v))
    TYPE_TEST(is_number, term_is_number(v))
    TYPE_TEST(is_atom, term_is_atom(v))
    TYPE_TEST(is_boolean, v == ATOM_true_ || v == ATOM_false_)
    TYPE_TEST(is_nil, v == NIL)
    TYPE_TEST(is_list, term_is_list(v))
    TYPE_TEST(is_nonempty_list, term_is_cons(v))
    TYPE_TEST(is_tuple, term_is_tuple(v))
    TYPE_TEST(is_map, term_is_map(v))
    TYPE_TEST(is_binary, term_is_binary(v))
    TYPE_TEST(is_bitstring, term_is_bitstring(v))
    TYPE_TEST(is_pid, term_is_pid(v))
    TYPE_TEST(is_reference, term_is_ref(v))
    TYPE_TEST(is_port, term_is_port(v))
    TYPE_TEST(is_function, term_is_fun(v))
#undef TYPE_TEST

op_is_function2: {
    Term f = SRC(pc[2].t), a = SRC(pc[3].t);
    if (!term_is_small(a) || !term_is_fun(f))
        FAIL_TO(pc[1].label);
    int64_t want = small_val(a);
    int64_t have = term_is_box_of(f, BOX_FUN)
                       ? ((Fun *)box_ptr(f))->arity
                       : small_val(((ExportFun *)box_ptr(f))->arity);
    if (want != have)
        FAIL_TO(pc[1].label);
    NEXT(4);
}

op_test_arity: {
    Term t = SRC(pc[2].t);
    if (!term_is_tuple(t) || tuple_arity(t) != pc[3].u)
        FAIL_TO(pc[1].label);
    NEXT(4);
}

op_is_tagged_tuple: {
    Term t = SRC(pc[2].t);
    if (!term_is_tuple(t) || tuple_arity(t) != pc[3].u ||
        tuple_elems(t)[0] != pc[4].t)
        FAIL_TO(pc[1].label);
    NEXT(5);
}

#define COMPARE_TEST(name, cond)                                            \
    op_##name : {                                                           \
        Term a = SRC(pc[2].t), b = SRC(pc[3].t);                            \
        if (!(cond))                                                        \
            FAIL_TO(pc[1].label);                                           \
        NEXT(4);                                                            \
    }
    COMPARE_TEST(is_lt, LT_COND)
    COMPARE_TEST(is_ge, GE_COND)
    COMPARE_TEST(is_eq, EQ_COND)
    COMPARE_TEST(is_ne, NE_COND)
    COMPARE_TEST(is_eq_exact, EQX_COND)
    COMPARE_TEST(is_ne_exact, NEX_COND)
#undef COMPARE_TEST

op_select_val:
    select_v = SRC(pc[1].t);
select_val: {
    Term v = select_v;
    uint32_t n = (uint32_t)pc[3].u;
    const Instr *pairs = pc + 4;
    for (uint32_t i = 0; i < n; i++) {
        Term c = pairs[2 * i].t;
        if (c == v || (term_is_boxed(c) && term_exact_equal(c, v)))
            FAIL_TO(pairs[2 * i + 1].label);
    }
    FAIL_TO(pc[2].label);
}

op_select_tuple_arity: {
    Term t = SRC(pc[1].t);
    if (!term_is_tuple(t))
        FAIL_TO(pc[2].label);
    Term arity = make_small(tuple_arity(t));
    uint32_t n = (uint32_t)pc[3].u;
    const Instr *pairs = pc + 4;
    for (uint32_t i = 0; i < n; i++)
        if (pairs[2 * i].t == arity)
            FAIL_TO(pairs[2 * i + 1].label);
    FAIL_TO(pc[2].label);
}

    /* ---- arithmetic ---- */

#define ARITH(name, fast, slow, opname)                                     \
    op_##name : {                                                           \
        Term a = SRC(pc[2].t), b = SRC(pc[3].t), r;                         \
        if (!fast(a, b, &r)) {                                              \
            r = slow(a, b);                                                 \
            if (r == NONE) {                                                \
                if (pc[1].label)                                            \
                    FAIL_TO(pc[1].label);                                   \
                top = bif_frame(atom_from_cstr("erlang"),                   \
                                atom_from_cstr(opname),                     \
                                list_from_array((Term[]){a, b}, 2));        \
                ERROR_TOP(ATOM_badarith);                                   \
            }                                                               \
        }                                                                   \
        STORE(pc[4].t, r);                                                  \
        NEXT(5);                                                            \
    }
#define ERROR_TOP(reason)                                                   \
    do {                                                                    \
        p->exc_class = ATOM_error;                                          \
        p->exc_reason = (reason);                                           \
        p->exc_trace = NONE;                                                \
        goto raise_recorded;                                                \
    } while (0)
#define NO_FAST(a, b, r) ((void)(a), (void)(b), (void)(r), false)
    ARITH(i_add, small_add, arith_add, "+")
    ARITH(i_sub, small_sub, arith_sub, "-")
    ARITH(i_mul, NO_FAST, arith_mul, "*")
#undef ARITH

    /* ---- lists and tuples ---- */

op_get_list: {
    Term l = SRC(pc[1].t);
    STORE(pc[2].t, CAR(l));
    STORE(pc[3].t, CDR(l));
    NEXT(4);
}

op_get_hd:
    STORE(pc[2].t, CAR(SRC(pc[1].t)));
    NEXT(3);

op_get_tl:
    STORE(pc[2].t, CDR(SRC(pc[1].t)));
    NEXT(3);

op_put_list: {
    Term h = SRC(pc[1].t), t = SRC(pc[2].t);
    STORE(pc[3].t, cons_cached(x, h, t));
    NEXT(4);
}

op_put_tuple: {
    uint32_t n = (uint32_t)pc[2].u;
    Term t = make_tuple(n);
    Term *el = tuple_elems(t);
    for (uint32_t i = 0; i < n; i++)
        el[i] = SRC(pc[3 + i].t);
    STORE(pc[1].t, t);
    NEXT(3 + n);
}

op_get_tuple_element:
    STORE(pc[3].t, tuple_elems(SRC(pc[1].t))[pc[2].u]);
    NEXT(4);

    /* ---- maps ---- */

op_put_map_assoc: {
    Term m = SRC(pc[2].t);
    if (!term_is_map(m)) {
        if (pc[1].label)
            FAIL_TO(pc[1].label);
        ERROR(make_tuple2(ATOM_badmap, m));
    }
    uint32_t n = (uint32_t)pc[4].u;
    for (uint32_t i = 0; i < n; i++)
        m = map_put(m, SRC(pc[5 + 2 * i].t), SRC(pc[6 + 2 * i].t));
    STORE(pc[3].t, m);
    NEXT(5 + 2 * n);
}

op_put_map_exact: {
    Term m = SRC(pc[2].t);
    if (!term_is_map(m)) {
        if (pc[1].label)
            FAIL_TO(pc[1].label);
        ERROR(make_tuple2(ATOM_badmap, m));
    }
    uint32_t n = (uint32_t)pc[4].u;
    for (uint32_t i = 0; i < n; i++) {
        Term k = SRC(pc[5 + 2 * i].t);
        Term m2 = map_update(m, k, SRC(pc[6 + 2 * i].t));
        if (m2 == NONE) {
            if (pc[1].label)
                FAIL_TO(pc[1].label);
            ERROR(make_tuple2(ATOM_badkey, k));
        }
        m = m2;
    }
    STORE(pc[3].t, m);
    NEXT(5 + 2 * n);
}

op_get_map_elements: {
    Term m = SRC(pc[2].t);
    if (!term_is_map(m))
        FAIL_TO(pc[1].label);
    uint32_t n = (uint32_t)pc[3].u;
    for (uint32_t i = 0; i < n; i++) {
        Term v = map_get(m, SRC(pc[4 + 2 * i].t));
        if (v == NONE)
            FAIL_TO(pc[1].label);
        STORE(pc[5 + 2 * i].t, v);
    }
    NEXT(4 + 2 * n);
}

op_has_map_fields: {
    Term m = SRC(pc[2].t);
    if (!term_is_map(m))
        FAIL_TO(pc[1].label);
    uint32_t n = (uint32_t)pc[3].u;
    for (uint32_t i = 0; i < n; i++)
        if (map_get(m, SRC(pc[4 + i].t)) == NONE)
            FAIL_TO(pc[1].label);
    NEXT(4 + n);
}

    /* ---- the bit syntax ---- */

op_bs_create: {
    uint32_t n = (uint32_t)pc[3].u;
    /* <<Acc/binary, I:8/16/32>> with a small I: straight into the buffer
     * binary_extend claims (the general path below gives the same). */
    if (n == 2 && pc[4].u == (BITS_BINARY | 8 << 8) && pc[6].t == ATOM_all &&
        pc[7].u == (BITS_INTEGER | 1 << 8)) {
        Term acc = SRC(pc[5].t), v = SRC(pc[8].t), sz = SRC(pc[9].t);
        uint64_t nb = sz == ATOM_undefined ? 8
                      : term_is_small(sz) ? (uint64_t)small_val(sz) : 0;
        if (term_is_bitstring(acc) && term_is_small(v) &&
            (nb == 8 || nb == 16 || nb == 32) &&
            ((binary_ptr(acc)->size | binary_ptr(acc)->offset) & 7) == 0) {
            uint8_t *data;
            uint64_t pos;
            Term r = binary_extend(acc, nb, &data, &pos);
            uint8_t *d = data + (pos >> 3);
            uint64_t u = (uint64_t)small_val(v);
            for (uint64_t k = nb; k; k -= 8)
                *d++ = (uint8_t)(u >> (k - 8));
            STORE(pc[2].t, r);
            NEXT(10);
        }
    }
    BitsSeg segs[256];
    for (uint32_t i = 0; i < n && i < 256; i++) {
        const Instr *w = pc + 4 + 3 * i;
        segs[i] = seg_of(w[0].u, SRC(w[1].t), SRC(w[2].t));
    }
    Term reason = ATOM_badarg;
    Term r = n <= 256 ? bits_create(segs, n, &reason) : NONE;
    if (r == NONE) {
        if (pc[1].label)
            FAIL_TO(pc[1].label);
        ERROR(reason);
    }
    STORE(pc[2].t, r);
    NEXT(4 + 3 * n);
}

op_bs_get: {
    Term bin = SRC(pc[2].t);
    BitsSeg sg = seg_of(pc[3].u, NIL, SRC(pc[4].t));
    Term v, rest;
    if (!term_is_bitstring(bin) || !bits_match(bin, &sg, &v, &rest))
        FAIL_TO(pc[1].label);
    STORE(pc[5].t, v);
    STORE(pc[6].t, rest);
    NEXT(7);
}

op_bs_test_tail: {
    Term bin = SRC(pc[2].t);
    if (!term_is_bitstring(bin) || binary_bit_size(bin) != pc[3].u)
        FAIL_TO(pc[1].label);
    NEXT(4);
}

    /* ---- match contexts (binary.h) ---- */

op_bs_start_match: {
    Term bin = SRC(pc[2].t);
    if (!term_is_bitstring(bin))
        FAIL_TO(pc[1].label);
    STORE(pc[3].t, binary_ctx_new(bin));
    NEXT(4);
}

op_bs_ctx_start: {
    Term v = SRC(pc[1].t);
    if (term_is_bitstring(v)) {
        if (binary_is_ctx(v)) {
            MatchCtx *m = (MatchCtx *)box_ptr(v);
            m->start_offset = m->bin.offset;
            m->start_size = m->bin.size;
        } else {
            v = binary_ctx_new(v);
        }
    }
    STORE(pc[2].t, v);
    NEXT(3);
}

op_bs_restore: {
    Term v = SRC(pc[2].t);
    if (!binary_is_ctx(v))
        FAIL_TO(pc[1].label);
    MatchCtx *m = (MatchCtx *)box_ptr(v);
    m->bin.offset = m->start_offset;
    m->bin.size = m->start_size;
    NEXT(3);
}

op_bs_match: {
    Term ctx = SRC(pc[2].t);
    Binary *b = binary_ptr(ctx);
    uintptr_t info = pc[3].u;
    Term size = SRC(pc[4].t);
    Term v;
    /* Unsigned big-endian integers of 8, 16 or 32 bits at a byte
     * boundary, inline. */
    if (info == (BITS_INTEGER | 1 << 8) && (b->offset & 7) == 0) {
        uint64_t n = size == ATOM_undefined ? 8
                     : term_is_small(size) ? (uint64_t)small_val(size)
                                           : 0;
        if ((n == 8 || n == 16 || n == 32) && n <= b->size) {
            const uint8_t *d = b->buf->data + (b->offset >> 3);
            uint64_t u = d[0];
            if (n >= 16)
                u = u << 8 | d[1];
            if (n == 32)
                u = u << 16 | (uint64_t)d[2] << 8 | d[3];
            b->offset += n;
            b->size -= n;
            STORE(pc[5].t, make_small((int64_t)u));
            NEXT(6);
        }
    }
    BitsSeg sg = seg_of(info, NIL, size);
    if (!bits_match_ctx(ctx, &sg, &v))
        FAIL_TO(pc[1].label);
    STORE(pc[5].t, v);
    NEXT(6);
}

op_bs_skip: {
    Term ctx = SRC(pc[2].t);
    BitsSeg sg = seg_of(pc[3].u, NIL, SRC(pc[4].t));
    if (!bits_match_ctx(ctx, &sg, NULL))
        FAIL_TO(pc[1].label);
    NEXT(5);
}

op_bs_test_unit: {
    Term ctx = SRC(pc[2].t);
    if (binary_bit_size(ctx) % pc[3].u)
        FAIL_TO(pc[1].label);
    NEXT(4);
}

op_bs_get_tail: {
    Term ctx = SRC(pc[1].t);
    STORE(pc[2].t, binary_sub(ctx, 0, binary_bit_size(ctx)));
    NEXT(3);
}

op_bs_tail_own: {
    Term ctx = SRC(pc[1].t);
    binary_ctx_release(ctx);
    STORE(pc[2].t, ctx);
    NEXT(3);
}

op_bs_ctx_to_bin: {
    Term v = SRC(pc[1].t);
    STORE(pc[2].t, binary_is_ctx(v) ? binary_ctx_start_bin(v) : v);
    NEXT(3);
}

    /* ---- errors ---- */

op_func_info: {
    uint32_t n = (uint32_t)pc[3].u;
    Term loc = NIL;
    Term f = frame_for(rt, pc);
    if (f != NONE)
        loc = tuple_elems(f)[3];
    top = make_tuplev(4, (Term[]){pc[1].t, pc[2].t, list_from_array(x, n), loc});
    p->exc_class = ATOM_error;
    p->exc_reason = ATOM_function_clause;
    p->exc_trace = NONE;
    /* The clause frame replaces the current-function frame. */
    pc = cp;
    goto raise_recorded;
}

op_badmatch:
    ERROR(make_tuple2(ATOM_badmatch, SRC(pc[1].t)));

op_case_end:
    ERROR(make_tuple2(ATOM_case_clause, SRC(pc[1].t)));

op_if_end:
    ERROR(ATOM_if_clause);

op_try_case_end:
    ERROR(make_tuple2(ATOM_try_clause, SRC(pc[1].t)));

op_raise:
    RAISE(SRC(pc[1].t), SRC(pc[2].t));

    /* ---- exceptions ---- */

op_try:
op_catch: {
    Term w = pc[1].t;
    Term *slot = vm_is_yreg(w) ? &E[vm_reg_index(w)] : NULL;
    if (!slot)
        ERROR(ATOM_badarg); /* the loader only makes y operands here */
    *slot = vm_make_catch(pc[2].label);
    push_catch(p, slot);
    NEXT(3);
}

op_try_end:
    STORE(pc[1].t, NIL);
    p->catches--;
    NEXT(2);

op_try_case:
    STORE(pc[1].t, NIL);
    x[0] = x[1];
    x[1] = x[2];
    x[2] = x[3];
    NEXT(2);

op_catch_end:
    STORE(pc[1].t, NIL);
    if (x[0] != NONE)
        p->catches--;
    if (x[0] == NONE)
        x[0] = catch_value(x[1], x[2], x[3]);
    NEXT(2);

    /* ---- specialised forms (opcodes.def): operands decoded at load ---- */

#define OX(i) x[pc[i].u]
#define OY(i) E[pc[i].u]
#define OC(i) pc[i].t
#define MOVE_V(sfx, S, D)                                                   \
    op_move_##sfx : D(2) = S(1);                                            \
    NEXT(3);
    MOVE_V(xx, OX, OX)
    MOVE_V(xy, OX, OY)
    MOVE_V(yx, OY, OX)
    MOVE_V(yy, OY, OY)
    MOVE_V(cx, OC, OX)
    MOVE_V(cy, OC, OY)
#undef MOVE_V

#define CMP_V(name, sfx, A_, B_, cond)                                      \
    op_##name##_##sfx : {                                                   \
        Term a = A_(2), b = B_(3);                                          \
        if (!(cond))                                                        \
            FAIL_TO(pc[1].label);                                           \
        NEXT(4);                                                            \
    }
#define CMP_ALL(name, cond)                                                 \
    CMP_V(name, xx, OX, OX, cond)                                           \
    CMP_V(name, xy, OX, OY, cond)                                           \
    CMP_V(name, xc, OX, OC, cond)                                           \
    CMP_V(name, yx, OY, OX, cond)                                           \
    CMP_V(name, yy, OY, OY, cond)                                           \
    CMP_V(name, yc, OY, OC, cond)                                           \
    CMP_V(name, cx, OC, OX, cond)                                           \
    CMP_V(name, cy, OC, OY, cond)
#undef CMP_V
    /* < and >=: small integers compare as their tagged words. */
#define CMP_V(name, sfx, A_, B_, cond)                                      \
    op_##name##_##sfx : {                                                   \
        Term a = A_(2), b = B_(3);                                          \
        if (__builtin_expect(BOTH_SMALL_T(a, b), 1)) {                      \
            if ((int64_t)a cond(int64_t) b)                                 \
                NEXT(4);                                                    \
            FAIL_TO(pc[1].label);                                           \
        }                                                                   \
        if (term_compare(a, b) cond 0)                                      \
            NEXT(4);                                                        \
        FAIL_TO(pc[1].label);                                               \
    }
    CMP_ALL(is_lt, <)
    CMP_ALL(is_ge, >=)
#undef CMP_V
#define CMP_V(name, sfx, A_, B_, cond)                                      \
    op_##name##_##sfx : {                                                   \
        Term a = A_(2), b = B_(3);                                          \
        if (!(cond))                                                        \
            FAIL_TO(pc[1].label);                                           \
        NEXT(4);                                                            \
    }
    CMP_ALL(is_eq, EQ_COND)
    CMP_ALL(is_ne, NE_COND)
    CMP_ALL(is_eq_exact, EQX_COND)
    CMP_ALL(is_ne_exact, NEX_COND)
#undef CMP_ALL
#undef CMP_V

    /* i_add/i_sub: a small-integer fast path inline; anything else goes
     * through the generic handler's slow path with the same operands. */
#define ARITH_V(name, sfx, A_, B_, fast, generic)                           \
    op_##name##_##sfx : {                                                   \
        Term a = A_(2), b = B_(3), r;                                       \
        if (!fast(a, b, &r)) {                                              \
            arith_a = a;                                                    \
            arith_b = b;                                                    \
            goto generic;                                                   \
        }                                                                   \
        OX(4) = r;                                                          \
        NEXT(5);                                                            \
    }
#define ARITH_ALL(name, fast, generic)                                      \
    ARITH_V(name, xxx, OX, OX, fast, generic)                               \
    ARITH_V(name, xyx, OX, OY, fast, generic)                               \
    ARITH_V(name, xcx, OX, OC, fast, generic)                               \
    ARITH_V(name, yxx, OY, OX, fast, generic)                               \
    ARITH_V(name, yyx, OY, OY, fast, generic)                               \
    ARITH_V(name, ycx, OY, OC, fast, generic)                               \
    ARITH_V(name, cxx, OC, OX, fast, generic)                               \
    ARITH_V(name, cyx, OC, OY, fast, generic)
    ARITH_ALL(i_add, small_add, add_slow)
    ARITH_ALL(i_sub, small_sub, sub_slow)
#undef ARITH_ALL
#undef ARITH_V

add_slow:
    arith_r = arith_add(arith_a, arith_b);
    arith_op = "+";
    goto arith_slow;
sub_slow:
    arith_r = arith_sub(arith_a, arith_b);
    arith_op = "-";
arith_slow:
    /* pc is a specialised i_add/i_sub: destination x(pc[4]). */
    if (arith_r == NONE) {
        if (pc[1].label)
            FAIL_TO(pc[1].label);
        top = bif_frame(atom_from_cstr("erlang"), atom_from_cstr(arith_op),
                        list_from_array((Term[]){arith_a, arith_b}, 2));
        ERROR_TOP(ATOM_badarith);
    }
    OX(4) = arith_r;
    NEXT(5);

#define PUT_LIST_V(sfx, A_, B_)                                             \
    op_put_list_##sfx : OX(3) = cons_cached(x, A_(1), B_(2));               \
    NEXT(4);
    PUT_LIST_V(xxx, OX, OX)
    PUT_LIST_V(xyx, OX, OY)
    PUT_LIST_V(xcx, OX, OC)
    PUT_LIST_V(yxx, OY, OX)
    PUT_LIST_V(yyx, OY, OY)
    PUT_LIST_V(ycx, OY, OC)
    PUT_LIST_V(cxx, OC, OX)
    PUT_LIST_V(cyx, OC, OY)
#undef PUT_LIST_V

op_get_list_xxx: {
    Term l = OX(1);
    OX(2) = CAR(l);
    OX(3) = CDR(l);
    NEXT(4);
}

op_get_list_yxx: {
    Term l = OY(1);
    OX(2) = CAR(l);
    OX(3) = CDR(l);
    NEXT(4);
}

#define GTE_V(sfx, S, D)                                                    \
    op_get_tuple_element_##sfx : D(3) = tuple_elems(S(1))[pc[2].u];         \
    NEXT(4);
    GTE_V(xx, OX, OX)
    GTE_V(yx, OY, OX)
    GTE_V(xy, OX, OY)
    GTE_V(yy, OY, OY)
#undef GTE_V

#define TEST_V(name, S, n, cond)                                            \
    op_##name : {                                                           \
        Term v = S(2);                                                      \
        if (!(cond))                                                        \
            FAIL_TO(pc[1].label);                                           \
        NEXT(n);                                                            \
    }
    TEST_V(is_nonempty_list_x, OX, 3, term_is_cons(v))
    TEST_V(is_nonempty_list_y, OY, 3, term_is_cons(v))
    TEST_V(is_nil_x, OX, 3, v == NIL)
    TEST_V(is_nil_y, OY, 3, v == NIL)
    TEST_V(is_tuple_x, OX, 3, term_is_tuple(v))
    TEST_V(is_tuple_y, OY, 3, term_is_tuple(v))
    TEST_V(is_integer_x, OX, 3, term_is_integer(v))
    TEST_V(is_integer_y, OY, 3, term_is_integer(v))
    TEST_V(is_atom_x, OX, 3, term_is_atom(v))
    TEST_V(is_atom_y, OY, 3, term_is_atom(v))
    TEST_V(test_arity_x, OX, 4,
           term_is_tuple(v) && tuple_arity(v) == pc[3].u)
    TEST_V(test_arity_y, OY, 4,
           term_is_tuple(v) && tuple_arity(v) == pc[3].u)
    TEST_V(is_tagged_tuple_x, OX, 5,
           term_is_tuple(v) && tuple_arity(v) == pc[3].u &&
               tuple_elems(v)[0] == pc[4].t)
    TEST_V(is_tagged_tuple_y, OY, 5,
           term_is_tuple(v) && tuple_arity(v) == pc[3].u &&
               tuple_elems(v)[0] == pc[4].t)
#undef TEST_V

#define MOVE2_V(sfx, S1, D1, S2, D2)                                        \
    op_move2_##sfx : D1(2) = S1(1);                                         \
    D2(4) = S2(3);                                                          \
    NEXT(5);
    MOVE2_V(yxyx, OY, OX, OY, OX)
    MOVE2_V(xxxx, OX, OX, OX, OX)
    MOVE2_V(yxxx, OY, OX, OX, OX)
    MOVE2_V(xxyx, OX, OX, OY, OX)
    MOVE2_V(xyxy, OX, OY, OX, OY)
    MOVE2_V(xyyx, OX, OY, OY, OX)
    MOVE2_V(xxcx, OX, OX, OC, OX)
    MOVE2_V(xyxx, OX, OY, OX, OX)
    MOVE2_V(xxxy, OX, OX, OX, OY)
    MOVE2_V(xycx, OX, OY, OC, OX)
    MOVE2_V(yxcx, OY, OX, OC, OX)
    MOVE2_V(cxxx, OC, OX, OX, OX)
    MOVE2_V(cxcx, OC, OX, OC, OX)
#undef MOVE2_V

    /* A small-integer literal operand: only the register's tag is tested;
     * anything else takes the generic paths. */
#define ARITH_N(name, S, expr, generic)                                     \
    op_##name : {                                                           \
        Term a = S(2), b = OC(3);                                           \
        int64_t r_;                                                         \
        if (__builtin_expect(!term_is_small(a) || expr, 0)) {               \
            arith_a = a;                                                    \
            arith_b = b;                                                    \
            goto generic;                                                   \
        }                                                                   \
        OX(4) = (Term)r_ | TAG_SMALL;                                       \
        NEXT(5);                                                            \
    }
    ARITH_N(i_add_xnx, OX, __builtin_add_overflow((int64_t)a, (int64_t)(b - TAG_SMALL), &r_), add_slow)
    ARITH_N(i_add_ynx, OY, __builtin_add_overflow((int64_t)a, (int64_t)(b - TAG_SMALL), &r_), add_slow)
    ARITH_N(i_sub_xnx, OX, __builtin_sub_overflow((int64_t)a, (int64_t)b, &r_), sub_slow)
    ARITH_N(i_sub_ynx, OY, __builtin_sub_overflow((int64_t)a, (int64_t)b, &r_), sub_slow)
#undef ARITH_N

#define CMP_N(name, A_, B_, T, op, cmpop)                                   \
    op_##name : {                                                           \
        Term a = A_(2), b = B_(3);                                          \
        if (__builtin_expect(term_is_small(T), 1)) {                        \
            if ((int64_t)a op(int64_t) b)                                   \
                NEXT(4);                                                    \
            FAIL_TO(pc[1].label);                                           \
        }                                                                   \
        if (term_compare(a, b) cmpop 0)                                     \
            NEXT(4);                                                        \
        FAIL_TO(pc[1].label);                                               \
    }
    CMP_N(is_lt_xn, OX, OC, a, <, <)
    CMP_N(is_lt_yn, OY, OC, a, <, <)
    CMP_N(is_lt_nx, OC, OX, b, <, <)
    CMP_N(is_lt_ny, OC, OY, b, <, <)
    CMP_N(is_ge_xn, OX, OC, a, >=, >=)
    CMP_N(is_ge_yn, OY, OC, a, >=, >=)
    CMP_N(is_ge_nx, OC, OX, b, >=, >=)
    CMP_N(is_ge_ny, OC, OY, b, >=, >=)
#undef CMP_N

    /* Tests fused with a return (regalloc's fuse_returns); small
     * integers compare as their tagged words. */
#define TEST_RET(name, A_, B_, op)                                          \
    op_##name : {                                                           \
        Term a = A_(2), b = B_(3);                                          \
        if (__builtin_expect(BOTH_SMALL_T(a, b), 1)) {                      \
            if ((int64_t)a op(int64_t) b) {                                 \
                pc = cp;                                                    \
                DISPATCH();                                                 \
            }                                                               \
            FAIL_TO(pc[1].label);                                           \
        }                                                                   \
        if (term_compare(a, b) op 0) {                                      \
            pc = cp;                                                        \
            DISPATCH();                                                     \
        }                                                                   \
        FAIL_TO(pc[1].label);                                               \
    }
#define SRCW(i) SRC(pc[i].t)
    TEST_RET(is_lt_ret, SRCW, SRCW, <)
    TEST_RET(is_ge_ret, SRCW, SRCW, >=)
    TEST_RET(is_lt_ret_xn, OX, OC, <)
    TEST_RET(is_lt_ret_xx, OX, OX, <)
    TEST_RET(is_ge_ret_xn, OX, OC, >=)
    TEST_RET(is_ge_ret_xx, OX, OX, >=)
#undef TEST_RET
#define TEST_ELSE_RET(name, S_, A_, B_, op)                                 \
    op_##name : {                                                           \
        Term a = A_(2), b = B_(3);                                          \
        if (__builtin_expect(BOTH_SMALL_T(a, b), 1)) {                      \
            if ((int64_t)a op(int64_t) b)                                   \
                NEXT(4);                                                    \
            x[0] = S_(1);                                                   \
            pc = cp;                                                        \
            DISPATCH();                                                     \
        }                                                                   \
        if (term_compare(a, b) op 0)                                        \
            NEXT(4);                                                        \
        x[0] = S_(1);                                                       \
        pc = cp;                                                            \
        DISPATCH();                                                         \
    }
    TEST_ELSE_RET(is_lt_else_ret, SRCW, SRCW, SRCW, <)
    TEST_ELSE_RET(is_ge_else_ret, SRCW, SRCW, SRCW, >=)
    TEST_ELSE_RET(is_lt_else_ret_xxx, OX, OX, OX, <)
    TEST_ELSE_RET(is_lt_else_ret_xxn, OX, OX, OC, <)
    TEST_ELSE_RET(is_ge_else_ret_xxx, OX, OX, OX, >=)
    TEST_ELSE_RET(is_ge_else_ret_xxn, OX, OX, OC, >=)
#undef TEST_ELSE_RET
#undef SRCW


op_select_val_x:
    select_v = OX(1);
    goto select_val;
op_select_val_y:
    select_v = OY(1);
    goto select_val;

op_allocate_args: {
    size_t n = pc[1].u + 1, k = pc[2].u;
    if ((size_t)(E - p->stack_lo) < n)
        E = grow_stack(p, E, n);
    E -= n;
    E[0] = vm_make_cp(cp);
    /* Frames are small: branches, not loops or jump tables. */
    Term *d = E + 1;
    if (k >= 1) {
        d[0] = x[0];
        if (k >= 2) {
            d[1] = x[1];
            if (k >= 3) {
                d[2] = x[2];
                for (size_t i = 3; i < k; i++)
                    d[i] = x[i];
            }
        }
    }
    for (size_t i = k + 1; i < n; i++)
        E[i] = NIL;
    NEXT(3);
}

    /* ---- two-argument BIFs with a fast path (loader: special_bif) ---- */

#define BIF2(name, fast)                                                    \
    op_##name : {                                                           \
        Term a = SRC(pc[3].t), b = SRC(pc[4].t), r = NONE;                  \
        if (!(fast)) {                                                      \
            Term args2[2] = {a, b};                                         \
            Export *e = pc[1].ptr;                                          \
            r = e->bif(p, args2);                                           \
            if (r == NONE) {                                                \
                if (pc[2].label)                                            \
                    FAIL_TO(pc[2].label);                                   \
                top = bif_frame(e->module, e->function,                     \
                                list_from_array(args2, 2));                 \
                goto raise_recorded;                                        \
            }                                                               \
        }                                                                   \
        STORE(pc[5].t, r);                                                  \
        NEXT(6);                                                            \
    }
#define BOTH_SMALL (term_is_small(a) && term_is_small(b))
#define SV(t) small_val(t)
    BIF2(i_rem, BOTH_SMALL && SV(b) != 0 && ((r = make_small(SV(a) % SV(b))), true))
    BIF2(i_div, BOTH_SMALL && SV(b) != 0 && small_fits(SV(a) / SV(b)) &&
                    ((r = make_small(SV(a) / SV(b))), true))
    BIF2(i_band, BOTH_SMALL && ((r = make_small(SV(a) & SV(b))), true))
    BIF2(i_bor, BOTH_SMALL && ((r = make_small(SV(a) | SV(b))), true))
    BIF2(i_bxor, BOTH_SMALL && ((r = make_small(SV(a) ^ SV(b))), true))
    BIF2(i_bsr, BOTH_SMALL && SV(b) >= 0 && SV(b) < 64 &&
                    ((r = make_small(SV(a) >> SV(b))), true))
    BIF2(i_bsl, small_bsl(a, b, &r))
    BIF2(i_mul2, small_mul(a, b, &r))
    BIF2(i_lt, BOTH_SMALL && ((r = make_bool(SV(a) < SV(b))), true))
    BIF2(i_le, BOTH_SMALL && ((r = make_bool(SV(a) <= SV(b))), true))
    BIF2(i_gt, BOTH_SMALL && ((r = make_bool(SV(a) > SV(b))), true))
    BIF2(i_ge, BOTH_SMALL && ((r = make_bool(SV(a) >= SV(b))), true))
    BIF2(i_eq, (a == b || BOTH_SMALL) && ((r = make_bool(a == b)), true))
    BIF2(i_ne, (a == b || BOTH_SMALL) && ((r = make_bool(a != b)), true))
    BIF2(i_eqx, (a == b || (term_is_immediate(a) && term_is_immediate(b))) &&
                    ((r = make_bool(a == b)), true))
    BIF2(i_nex, (a == b || (term_is_immediate(a) && term_is_immediate(b))) &&
                    ((r = make_bool(a != b)), true))
#undef BIF2
    /* The same with a small-integer literal B: only A's tag is tested. */
#define BIF2_N(name, S, fast)                                               \
    op_##name : {                                                           \
        Term a = S(3), b = OC(4), r = NONE;                                 \
        if (__builtin_expect(!(term_is_small(a) && (fast)), 0)) {           \
            Term args2[2] = {a, b};                                         \
            Export *e = pc[1].ptr;                                          \
            r = e->bif(p, args2);                                           \
            if (r == NONE) {                                                \
                if (pc[2].label)                                            \
                    FAIL_TO(pc[2].label);                                   \
                top = bif_frame(e->module, e->function,                     \
                                list_from_array(args2, 2));                 \
                goto raise_recorded;                                        \
            }                                                               \
        }                                                                   \
        OX(5) = r;                                                          \
        NEXT(6);                                                            \
    }
    BIF2_N(i_band_xnx, OX, ((r = a & b), true))
    BIF2_N(i_band_ynx, OY, ((r = a & b), true))
    BIF2_N(i_rem_xnx, OX, SV(b) != 0 && ((r = make_small(SV(a) % SV(b))), true))
    BIF2_N(i_rem_ynx, OY, SV(b) != 0 && ((r = make_small(SV(a) % SV(b))), true))
    BIF2_N(i_mul2_xnx, OX, small_mul(a, b, &r))
    BIF2_N(i_mul2_ynx, OY, small_mul(a, b, &r))
    BIF2_N(i_eq_xnx, OX, ((r = make_bool(a == b)), true))
    BIF2_N(i_eq_ynx, OY, ((r = make_bool(a == b)), true))
    BIF2_N(i_ne_xnx, OX, ((r = make_bool(a != b)), true))
    BIF2_N(i_ne_ynx, OY, ((r = make_bool(a != b)), true))
    BIF2_N(i_eqx_xnx, OX, ((r = make_bool(a == b)), true))
    BIF2_N(i_eqx_ynx, OY, ((r = make_bool(a == b)), true))
    BIF2_N(i_nex_xnx, OX, ((r = make_bool(a != b)), true))
    BIF2_N(i_nex_ynx, OY, ((r = make_bool(a != b)), true))
    BIF2_N(i_lt_xnx, OX, ((r = make_bool((int64_t)a < (int64_t)b)), true))
    BIF2_N(i_gt_xnx, OX, ((r = make_bool((int64_t)a > (int64_t)b)), true))
    BIF2_N(i_le_xnx, OX, ((r = make_bool((int64_t)a <= (int64_t)b)), true))
    BIF2_N(i_ge_xnx, OX, ((r = make_bool((int64_t)a >= (int64_t)b)), true))
#undef BIF2_N
#undef SV
#undef BOTH_SMALL

op_call_fun_only:
    live = (uint32_t)pc[1].u;
    goto do_call_fun;

op_apply_only:
    live = (uint32_t)pc[1].u;
    goto do_apply;

    /* ---- receive ---- */

op_loop_rec:
    if (!*p->save) {
        if (p->inq && !sched_take_signals(p))
            goto killed;
        if (!*p->save)
            FAIL_TO(pc[1].label);
    }
    STORE(pc[2].t, (*p->save)->term);
    NEXT(3);

op_loop_rec_end:
    p->save = &(*p->save)->next;
    FAIL_TO(pc[1].label);

op_remove_message: {
    Signal *m = *p->save;
    *p->save = m->next;
    if (p->mq_last == &m->next)
        p->mq_last = p->save;
    p->save = &p->mq;
    p->mq_len--;
    if (p->tmo || (atomic_load(&p->flags) & PF_TIMED_OUT))
        sched_cancel_receive_timeout(p);
    NEXT(1);
}

op_wait:
    pc = pc[1].label;
    goto wait;

op_wait_timeout: {
    if (atomic_load(&p->flags) & PF_TIMED_OUT)
        NEXT(3);
    Term t = SRC(pc[2].t);
    if (t != ATOM_infinity) {
        if (!term_is_small(t) || small_val(t) < 0)
            ERROR(atom_from_cstr("timeout_value"));
        if (t == make_small(0))
            NEXT(3);
        sched_set_receive_timeout(p, (uint64_t)small_val(t));
    }
    pc = pc[1].label;
    goto wait;
}

op_timeout:
    p->save = &p->mq;
    sched_cancel_receive_timeout(p);
    NEXT(1);

wait:
    SYNC_REDS();
    p->pc = pc;
    p->cp = cp;
    p->sp = E;
    p->nlive = 0;
    return VM_WAIT;

killed:
    SYNC_REDS();
    p->pc = stop_code;
    p->cp = stop_code;
    p->sp = p->stack_hi;
    p->catches = 0;
    return VM_EXIT;

    /* ---- leaving vm_run ---- */

op_i_stop:
    SYNC_REDS();
    p->pc = stop_code;
    p->cp = stop_code;
    p->sp = E;
    p->exc_class = NONE;
    return VM_EXIT;

yield:
    SYNC_REDS();
    p->pc = pc;
    p->cp = cp;
    p->sp = E;
    p->nlive = live;
    p->xsave = gc_alloc((live ? live : 1) * sizeof(Term));
    for (uint32_t i = 0; i < live; i++)
        p->xsave[i] = x[i];
    return VM_YIELD;

raise:
    top = NONE;
raise_recorded:
    if (p->exc_trace == NONE)
        p->exc_trace = build_trace(p, pc, cp, E, top);
    p->exc_in_caller = false;
    top = NONE;
    if (p->catches > 0) {
        /* The innermost catch; the handler (try_case / catch_end) runs
         * with it already popped. */
        Term *s = p->stack_hi - p->catch_at[--p->catches];
        if (vm_is_catch(*s)) {
            const Instr *handler = vm_cp_pc(*s);
            Term *f = s - 1;
            while (!vm_is_cp(*f))
                f--;
            E = f;
            x[0] = NONE;
            x[1] = p->exc_class;
            x[2] = p->exc_reason;
            x[3] = p->exc_trace;
            pc = handler;
            DISPATCH();
        }
    }
    SYNC_REDS();
    p->pc = stop_code;
    p->cp = stop_code;
    p->sp = p->stack_hi;
    p->catches = 0;
    return VM_EXIT;
}

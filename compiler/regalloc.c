/* regalloc.c - register allocation over one function's VM assembly (see
 * regalloc.h).
 *
 * The code generator gives every argument, variable and temporary a y slot
 * of its own, which is always correct but makes every function build a
 * frame and copy each value in and out of it.  This pass works on the
 * finished instruction list of one function:
 *
 *  1. liveness of the y slots, backwards over the control-flow graph (the
 *     operand kinds of opcodes.def say which operands are read, written,
 *     or jumped to);
 *  2. a store into a slot that nothing reads afterwards is dropped;
 *  3. a slot that is never live across a non-tail call (which clobbers the
 *     x registers) becomes an x register of its own, above every x
 *     register the function names, so no argument set-up can clobber it;
 *  4. the slots left are renumbered densely; with none left and no
 *     non-tail call the function needs no frame at all: allocate and
 *     deallocate go and the tail calls become their frameless forms.
 *
 * try/catch: every instruction between a try (or catch) and its handler
 * may jump to the handler, which is entered with the x registers
 * clobbered, so what it reads stays in the frame, as do the catch
 * markers.  wait and wait_timeout keep no x register (like a call).
 */
#include "regalloc.h"

#include <stdio.h>

#include "../runtime/atom.h"
#include "../runtime/compare.h"
#include "../runtime/gc.h"
#include "../runtime/vm.h"

enum { OP_LABEL = -1, OP_LINE = -2 };

typedef struct RIns {
    Term t;
    int op;
    int label;      /* OP_LABEL: its number */
    bool fall;      /* control may go on to the next instruction */
    bool call;      /* a non-tail call: every x register is clobbered */
    bool dead;
    int *succ;      /* jump targets (instruction indexes) */
    int nsucc;
    uint64_t *use, *def, *in;
} RIns;

typedef struct Ctx {
    RIns *ins;
    size_t n;
    int nslots, words;
    int maxx;       /* highest x register named or implied */
    bool bad;       /* something not understood: leave the function */
    /* while walking one instruction */
    RIns *cur;
    int *labels;    /* collected label numbers */
    int nlabels, labels_cap;
    const Term *repl; /* rewrite mode: slot -> new operand */
} Ctx;

static Term opname_atoms[OPC_COUNT_];
static Term atom_label, atom_line, atom_x, atom_y, atom_f;

static void init_atoms(void)
{
    if (atom_label)
        return;
    for (int i = 0; i < OPC_COUNT_; i++)
        opname_atoms[i] = atom_from_cstr(vm_opcode_names[i]);
    atom_line = atom_from_cstr("line");
    atom_x = atom_from_cstr("x");
    atom_y = atom_from_cstr("y");
    atom_f = atom_from_cstr("f");
    atom_label = atom_from_cstr("label");
}

static int opcode(Term name)
{
    for (int i = 0; i < OPC_COUNT_; i++)
        if (opname_atoms[i] == name)
            return i;
    return -3;
}

static bool op_is(int op, const char *name)
{
    return op >= 0 && !strcmp(vm_opcode_names[op], name);
}

/* (tag N) with N a small integer: N, else -1. */
static int64_t tagged(Term t, Term tag)
{
    if (!term_is_cons(t) || CAR(t) != tag || !term_is_cons(CDR(t)) ||
        CDR(CDR(t)) != NIL || !term_is_small(CAR(CDR(t))))
        return -1;
    return small_val(CAR(CDR(t)));
}

static void set_bit(uint64_t *b, int i) { b[i / 64] |= (uint64_t)1 << (i % 64); }
static bool get_bit(const uint64_t *b, int i)
{
    return (b[i / 64] >> (i % 64)) & 1;
}

/* One source (role 'u') or destination ('d') operand. */
static Term reg_operand(Ctx *x, Term op, char role)
{
    int64_t n = tagged(op, atom_x);
    if (n >= 0) {
        if (n > x->maxx)
            x->maxx = (int)n;
        return op;
    }
    n = tagged(op, atom_y);
    if (n < 0)
        return op;
    if (n >= x->nslots) {
        x->bad = true;
        return op;
    }
    if (x->repl)
        return x->repl[n];
    set_bit(role == 'u' ? x->cur->use : x->cur->def, (int)n);
    return op;
}

static void add_label(Ctx *x, Term l)
{
    int64_t n = tagged(l, atom_f);
    if (n <= 0)
        return; /* 0: raise instead of jumping */
    if (x->nlabels == x->labels_cap) {
        x->labels_cap = x->labels_cap ? x->labels_cap * 2 : 8;
        int *nl = gc_alloc_atomic((size_t)x->labels_cap * sizeof(int));
        if (x->nlabels)
            memcpy(nl, x->labels, (size_t)x->nlabels * sizeof(int));
        x->labels = nl;
    }
    x->labels[x->nlabels++] = (int)n;
}

static Term map_list(Ctx *x, Term l, const char *roles)
{
    /* roles: per element of each item; "u" a plain operand list, "uu",
     * "ud" pairs, "-uu" bit syntax segments, "-l" select pairs */
    Term out = NIL;
    for (; term_is_cons(l); l = CDR(l)) {
        Term item = CAR(l);
        if (roles[1] == 0) {
            out = make_cons(reg_operand(x, item, roles[0]), out);
            continue;
        }
        Term it = NIL;
        const char *r = roles;
        for (Term e = item; term_is_cons(e); e = CDR(e), r += *r ? 1 : 0) {
            Term v = CAR(e);
            if (*r == 'u' || *r == 'd')
                v = reg_operand(x, v, *r);
            else if (*r == 'l')
                add_label(x, v);
            it = make_cons(v, it);
        }
        out = make_cons(list_reverse(it, NIL), out);
    }
    return list_reverse(out, NIL);
}

/* Walk one instruction's operands by kind: collect uses, definitions and
 * labels, or (x->repl) rebuild it with the slots replaced. */
static Term walk(Ctx *x, int op, Term ins)
{
    const char *kinds = vm_opcode_kinds[op];
    Term args = CDR(ins), out = NIL;
    for (const char *k = kinds; *k; k++) {
        if (!term_is_cons(args)) {
            x->bad = true;
            return ins;
        }
        Term a = CAR(args);
        args = CDR(args);
        switch (*k) {
        case 's':
            a = reg_operand(x, a, 'u');
            break;
        case 'd':
            a = reg_operand(x, a, 'd');
            break;
        case 'l':
            add_label(x, a);
            break;
        case 'S':
            a = map_list(x, a, "u");
            break;
        case 'P':
            a = map_list(x, a, "uu");
            break;
        case 'G':
            a = map_list(x, a, "ud");
            break;
        case 'B':
            a = map_list(x, a, "-uu");
            break;
        case 'V':
            a = map_list(x, a, "-l");
            break;
        default:
            break;
        }
        out = make_cons(a, out);
    }
    if (args != NIL)
        x->bad = true;
    return make_cons(CAR(ins), list_reverse(out, NIL));
}

/* The instructions that hold a catch marker in their y operand: the slot
 * must stay in the frame (the unwinder finds it there). */
static bool catch_op(int op)
{
    static const char *const names[] = {"try", "try_end", "try_case", "catch",
                                        "catch_end", NULL};
    for (int i = 0; names[i]; i++)
        if (op_is(op, names[i]))
            return true;
    return false;
}

static bool no_fallthrough(int op)
{
    static const char *const names[] = {
        "jump", "return", "call_last", "call_only", "call_ext_last",
        "call_ext_only", "call_fun_last", "call_fun_only", "apply_last",
        "apply_only", "func_info", "badmatch", "case_end", "if_end",
        "try_case_end", "raise", "select_val", "select_tuple_arity",
        "i_stop", "wait", "deallocate_return", "move_return",
        "move_deallocate_return", NULL};
    for (int i = 0; names[i]; i++)
        if (op_is(op, names[i]))
            return true;
    return false;
}

static bool is_call(int op)
{
    return op_is(op, "call") || op_is(op, "call_ext") ||
           op_is(op, "call_fun") || op_is(op, "apply");
}

/* The integer operand at position i (after the opcode), or 0. */
static int int_arg(Term ins, int i)
{
    Term t = CDR(ins);
    while (i-- > 0 && term_is_cons(t))
        t = CDR(t);
    return term_is_cons(t) && term_is_small(CAR(t)) ? (int)small_val(CAR(t))
                                                    : 0;
}

static Term with_name(Term ins, const char *name, int keep)
{
    /* (name operand_0 .. operand_{keep-1}) */
    Term out = NIL, t = CDR(ins);
    for (int i = 0; i < keep && term_is_cons(t); i++, t = CDR(t))
        out = make_cons(CAR(t), out);
    return make_cons(atom_from_cstr(name), list_reverse(out, NIL));
}

/* ---- shrink-wrapping: the tests at the top of a function run before
 * its frame is built ------------------------------------------------- */

typedef struct Wrap {
    Term *from;     /* prologue destinations ... */
    Term *to;       /* ... and the argument registers they copy */
    int nmap;
    Term *out;      /* instructions being built */
    size_t nout, cap;
} Wrap;

static void wput(Wrap *w, Term t)
{
    if (w->nout == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 32;
        Term *nc = gc_alloc(w->cap * sizeof(Term));
        if (w->nout)
            memcpy(nc, w->out, w->nout * sizeof(Term));
        w->out = nc;
    }
    w->out[w->nout++] = t;
}

/* An operand read before the frame exists: a prologue destination is its
 * argument register; another y slot cannot be read (NONE). */
static Term unframed(const Wrap *w, Term op)
{
    for (int i = 0; i < w->nmap; i++)
        if (term_exact_equal(w->from[i], op))
            return w->to[i];
    return tagged(op, atom_y) >= 0 ? NONE : op;
}

static bool pure_test(int op)
{
    static const char *const names[] = {
        "is_lt", "is_ge", "is_eq", "is_ne", "is_eq_exact", "is_ne_exact",
        "is_integer", "is_float", "is_number", "is_atom", "is_boolean",
        "is_nil", "is_list", "is_nonempty_list", "is_tuple", "is_map",
        "is_binary", "is_bitstring", "is_pid", "is_reference", "is_port",
        "is_function", "test_arity", "is_tagged_tuple", NULL};
    for (int i = 0; names[i]; i++)
        if (op_is(op, names[i]))
            return true;
    return false;
}

/* The frameless copy of the straight-line block at code[i]: moves, then
 * deallocate, then return or a tail call.  False when the block is
 * anything else, or when a move would overwrite an argument register
 * that a later instruction still reads as a prologue destination. */
static bool copy_block(Wrap *w, const Term *code, size_t n, size_t i)
{
    size_t mark = w->nout;
    uint64_t written = 0; /* argument registers 0..63 overwritten */
    bool dealloc = false;
    for (; i < n; i++) {
        Term t = code[i];
        if (CAR(t) == atom_label || CAR(t) == atom_line) {
            wput(w, t);
            continue;
        }
        int op = opcode(CAR(t));
        if (op_is(op, "deallocate")) {
            dealloc = true;
            continue;
        }
        if (op_is(op, "move") && !dealloc) {
            Term src = unframed(w, CAR(CDR(t))), dst = CAR(CDR(CDR(t)));
            int64_t xs = tagged(src, atom_x), xd = tagged(dst, atom_x);
            if (src == NONE || xd < 0 || xd >= 64 ||
                (xs >= 0 && xs < 64 && (written >> xs & 1) &&
                 !term_exact_equal(src, CAR(CDR(t)))))
                break;
            written |= (uint64_t)1 << xd;
            if (!term_exact_equal(src, dst))
                wput(w, make_cons(CAR(t), make_cons(src, CDR(CDR(t)))));
            continue;
        }
        if (!dealloc)
            break;
        if (op_is(op, "return")) {
            wput(w, t);
            return true;
        }
        if (op_is(op, "call_last") || op_is(op, "call_ext_last")) {
            wput(w, with_name(t, op_is(op, "call_last") ? "call_only"
                                                        : "call_ext_only",
                              2));
            return true;
        }
        break;
    }
    w->nout = mark;
    return false;
}

/* Move the leading tests of a framed function in front of its allocate,
 * reading the argument registers, each jumping to a frameless copy of
 * the block it leads to when that block is simple (a base case that
 * returns a value or tail-calls).  The framed code is left as it was and
 * repeats the tests, so any path may still go there. */
static Term *shrink_wrap(Term *code, size_t *np, int arity, int *next_label)
{
    size_t n = *np;
    size_t a = 0;
    while (a < n && !(term_is_cons(code[a]) && op_is(opcode(CAR(code[a])),
                                                        "allocate")))
        a++;
    if (a == 0 || a >= n || CAR(code[a - 1]) != atom_label)
        return code;
    Wrap w = {0};
    w.from = gc_alloc((size_t)(arity + 1) * sizeof(Term));
    w.to = gc_alloc((size_t)(arity + 1) * sizeof(Term));
    size_t j = a + 1;
    for (; j < n && op_is(opcode(CAR(code[j])), "move"); j++) {
        Term src = CAR(CDR(code[j])), dst = CAR(CDR(CDR(code[j])));
        int64_t xs = tagged(src, atom_x), xd = tagged(dst, atom_x);
        if (xs < 0 || xs >= arity || (xd >= 0 && xd < arity) ||
            w.nmap >= arity)
            break;
        w.from[w.nmap] = dst;
        w.to[w.nmap++] = src;
    }
    /* label -> index, for the fail targets */
    Term *tests = gc_alloc(n * sizeof(Term));
    int ntests = 0;
    /* the framed code need not repeat a hoisted test: it is only reached
     * when the test passed (or, for the last one, failed) */
    bool *drop = gc_alloc_atomic(n);
    memset(drop, 0, n);
    size_t failed_test = n;
    Wrap blocks = {0};
    int entry = -1;
    for (; j < n; j++) {
        Term t = code[j];
        if (CAR(t) == atom_line)
            continue;
        int op = opcode(CAR(t));
        if (!pure_test(op))
            break;
        int64_t fl = tagged(CAR(CDR(t)), atom_f);
        if (fl <= 0)
            break;
        /* the test on argument registers */
        Term ops = NIL;
        bool ok = true;
        for (Term o = CDR(CDR(t)); term_is_cons(o); o = CDR(o)) {
            Term u = unframed(&w, CAR(o));
            if (u == NONE)
                ok = false;
            ops = make_cons(u, ops);
        }
        if (!ok)
            break;
        ops = list_reverse(ops, NIL);
        size_t target = 0;
        while (target < n && !(CAR(code[target]) == atom_label &&
                               int_arg(code[target], 0) == fl))
            target++;
        Wrap bw = w;
        bw.out = blocks.out;
        bw.nout = blocks.nout;
        bw.cap = blocks.cap;
        int lc = ++*next_label;
        wput(&bw, make_cons(atom_label, make_cons(make_small(lc), NIL)));
        if (target < n && copy_block(&bw, code, n, target + 1)) {
            blocks.out = bw.out;
            blocks.nout = bw.nout;
            blocks.cap = bw.cap;
            tests[ntests++] = make_cons(
                CAR(t), make_cons(make_cons(atom_f, make_cons(make_small(lc), NIL)),
                                  ops));
            drop[j] = true;
            continue;
        }
        /* the fallthrough block instead: the test jumps to the framed
         * entry when it fails */
        Wrap fw = w;
        fw.out = tests;
        fw.nout = (size_t)ntests + 1;
        fw.cap = n;
        if (copy_block(&fw, code, n, j + 1)) {
            entry = ++*next_label;
            tests = fw.out;
            tests[ntests] = make_cons(
                CAR(t), make_cons(make_cons(atom_f, make_cons(make_small(entry), NIL)),
                                  ops));
            ntests = (int)fw.nout;
            failed_test = j;
        }
        break;
    }
    if (ntests == 0)
        return code;
    size_t total = n + (size_t)ntests + 1 + blocks.nout;
    Term *res = gc_alloc(total * sizeof(Term));
    size_t k = 0;
    for (size_t i = 0; i < a; i++)
        res[k++] = code[i];
    for (int i = 0; i < ntests; i++)
        res[k++] = tests[i];
    if (entry > 0)
        res[k++] = make_cons(atom_label, make_cons(make_small(entry), NIL));
    for (size_t i = a; i < n; i++) {
        if (drop[i])
            continue;
        if (i == failed_test) /* known to fail: straight to its label */
            res[k++] = make_cons(atom_from_cstr("jump"),
                                 make_cons(CAR(CDR(code[i])), NIL));
        else
            res[k++] = code[i];
    }
    for (size_t i = 0; i < blocks.nout; i++)
        res[k++] = blocks.out[i];
    *np = k;
    return res;
}

/* (allocate N L) (move (x 0) (y 0)) .. (move (x K-1) (y K-1)) is
 * (allocate_args N K): the frame is built with the arguments in it. */
static void fuse_allocate(Term *code, size_t *np)
{
    size_t n = *np, a = 0;
    while (a < n && !(term_is_cons(code[a]) &&
                      op_is(opcode(CAR(code[a])), "allocate")))
        a++;
    if (a >= n)
        return;
    int k = 0;
    while (a + 1 + (size_t)k < n) {
        Term t = code[a + 1 + (size_t)k];
        if (!op_is(opcode(CAR(t)), "move") ||
            tagged(CAR(CDR(t)), atom_x) != k ||
            tagged(CAR(CDR(CDR(t))), atom_y) != k)
            break;
        k++;
    }
    if (k == 0)
        return;
    code[a] = make_cons(atom_from_cstr("allocate_args"),
                        make_cons(CAR(CDR(code[a])),
                                  make_cons(make_small(k), NIL)));
    memmove(code + a + 1, code + a + 1 + k,
            (n - a - 1 - (size_t)k) * sizeof(Term));
    *np = n - (size_t)k;
}

/* Code after an instruction that never falls through is unreachable up
 * to the next label; a jump to the label right after it is nothing. */
static void drop_dead(Term *code, size_t *np)
{
    size_t n = *np, out = 0;
    bool dead = false;
    for (size_t i = 0; i < n; i++) {
        Term t = code[i];
        if (CAR(t) == atom_label)
            dead = false;
        if (dead && CAR(t) != atom_line)
            continue;
        code[out++] = t;
        int op = CAR(t) == atom_label || CAR(t) == atom_line ? -3
                                                            : opcode(CAR(t));
        if (op >= 0 && no_fallthrough(op))
            dead = true;
    }
    n = out;
    out = 0;
    for (size_t i = 0; i < n; i++) {
        Term t = code[i];
        /* (deallocate N) (return) is (deallocate_return N) */
        if (CAR(t) != atom_label && CAR(t) != atom_line &&
            op_is(opcode(CAR(t)), "deallocate") && i + 1 < n &&
            CAR(code[i + 1]) != atom_label && CAR(code[i + 1]) != atom_line &&
            op_is(opcode(CAR(code[i + 1])), "return")) {
            code[out++] = make_cons(atom_from_cstr("deallocate_return"), CDR(t));
            i++;
            continue;
        }
        if (CAR(t) != atom_label && op_is(opcode(CAR(t)), "jump")) {
            int64_t l = tagged(CAR(CDR(t)), atom_f);
            size_t j = i + 1;
            bool next = false;
            for (; j < n && (CAR(code[j]) == atom_label ||
                             CAR(code[j]) == atom_line); j++)
                if (CAR(code[j]) == atom_label && int_arg(code[j], 0) == l)
                    next = true;
            if (next)
                continue;
        }
        code[out++] = t;
    }
    *np = out;
}

/* Occurrences of the operand op anywhere in t. */
static int count_op(Term t, Term op)
{
    if (term_is_cons(t)) {
        if (term_exact_equal(t, op))
            return 1;
        return count_op(CAR(t), op) + count_op(CDR(t), op);
    }
    return 0;
}

/* t with every occurrence of the operand from replaced by to. */
static Term replace_op(Term t, Term from, Term to)
{
    if (!term_is_cons(t))
        return t;
    if (term_exact_equal(t, from))
        return to;
    return make_cons(replace_op(CAR(t), from, to),
                     replace_op(CDR(t), from, to));
}

static bool is_move(Term t)
{
    return CAR(t) != atom_label && CAR(t) != atom_line &&
           op_is(opcode(CAR(t)), "move");
}

/* Copies into the x registers of their own that slots became (numbered
 * from temp_base up: no call or other instruction names them
 * implicitly), each written once and read once:
 *   (move A T) (I ... T ...)          => (I ... A ...)
 *   (move A T) moves... (move T D)    => (move A D) moves...
 * the second when the moves in between neither read nor write D (the
 * argument set-up of a call whose last argument was computed first). */
/* Whether instruction t writes the operand op (a d operand or a G pair's
 * destination). */
static bool writes_op(Term t, Term op)
{
    int o = opcode(CAR(t));
    if (o < 0)
        return true;
    Term a = CDR(t);
    for (const char *kd = vm_opcode_kinds[o]; *kd && term_is_cons(a);
         kd++, a = CDR(a)) {
        if (*kd == 'd' && term_exact_equal(CAR(a), op))
            return true;
        if (*kd == 'G')
            for (Term l = CAR(a); term_is_cons(l); l = CDR(l))
                if (term_is_cons(CAR(l)) && term_is_cons(CDR(CAR(l))) &&
                    term_exact_equal(CAR(CDR(CAR(l))), op))
                    return true;
    }
    return false;
}

/* Whether the temporary x register tmp (above every register calls and
 * funs name) is dead after code[k]: straight-line code reaches a write
 * of it, a call, or the end of the function (return, tail call) before
 * any read.  Labels and branches: not known, so no. */
static bool dead_after(Term *code, size_t n, size_t k, Term tmp)
{
    /* code[k] itself may branch to where tmp is read */
    int ok = opcode(CAR(code[k]));
    if (ok < 0 || no_fallthrough(ok) || strchr(vm_opcode_kinds[ok], 'l') ||
        strchr(vm_opcode_kinds[ok], 'V'))
        return is_call(ok) || (ok >= 0 && (op_is(ok, "return") ||
                                           op_is(ok, "call_last") ||
                                           op_is(ok, "call_only")));
    for (size_t j = k + 1; j < n; j++) {
        Term t = code[j];
        if (t == NONE || CAR(t) == atom_line)
            continue;
        if (CAR(t) == atom_label)
            return false;
        int op = opcode(CAR(t));
        if (op < 0)
            return false;
        bool w = writes_op(t, tmp);
        if (count_op(CDR(t), tmp) > (w ? 1 : 0))
            return false; /* read */
        if (w || is_call(op))
            return true;
        if (op_is(op, "return") || op_is(op, "call_last") ||
            op_is(op, "call_only") || op_is(op, "call_ext_last") ||
            op_is(op, "call_ext_only") || op_is(op, "call_fun_last") ||
            op_is(op, "call_fun_only") || op_is(op, "apply_last") ||
            op_is(op, "apply_only"))
            return true;
        if (no_fallthrough(op) || strchr(vm_opcode_kinds[op], 'l') ||
            strchr(vm_opcode_kinds[op], 'V'))
            return false;
    }
    return true;
}

static bool is_op(Term t, const char *name);

static void copy_prop(Term *code, size_t *np, int temp_base)
{
    size_t n = *np;
    Term all = NIL;
    for (size_t i = n; i-- > 0;)
        all = make_cons(code[i], all);
    bool changed = false;
    for (size_t i = 0; i + 1 < n; i++) {
        Term t = code[i];
        if (t == NONE || !is_move(t))
            continue;
        Term a = CAR(CDR(t)), tmp = CAR(CDR(CDR(t)));
        if (tagged(tmp, atom_x) < temp_base || term_exact_equal(a, tmp))
            continue;
        /* used once in all (the classic case), or its value dies at the
         * use found below */
        bool once = count_op(all, tmp) == 2;
        size_t j = i + 1;
        while (j < n && code[j] != NONE && CAR(code[j]) == atom_line)
            j++;
        if (j >= n || code[j] == NONE || CAR(code[j]) == atom_label)
            continue;
        Term u = code[j];
        /* (get_map_elements stores a value before it has read every
         * key: it must not read A after writing it) */
        if (count_op(u, tmp) == 1 && !writes_op(u, tmp) &&
            !(is_op(u, "get_map_elements") && writes_op(u, a)) &&
            (once || dead_after(code, n, j, tmp)) &&
            !(is_move(u) && term_exact_equal(CAR(CDR(u)), tmp) &&
              term_exact_equal(CAR(CDR(CDR(u))), a))) {
            /* the next instruction reads it: read A instead (A cannot have
             * changed in between) */
            code[j] = replace_op(u, tmp, a);
            code[i] = NONE;
            changed = true;
            continue;
        }
        /* a run of moves ending in (move T D) */
        for (size_t k = j; k < n && code[k] != NONE && is_move(code[k]); k++) {
            Term mk = code[k];
            if (!term_exact_equal(CAR(CDR(mk)), tmp))
                continue;
            Term d = CAR(CDR(CDR(mk)));
            bool ok = (count_op(a, d) == 0 || term_exact_equal(a, d)) &&
                      (once || dead_after(code, n, k, tmp));
            for (size_t m = j; m < k && ok; m++)
                if (count_op(code[m], d) || count_op(code[m], tmp))
                    ok = false;
            if (ok) {
                code[i] = make_cons(CAR(t), make_cons(a, make_cons(d, NIL)));
                code[k] = NONE;
                if (term_exact_equal(a, d))
                    code[i] = NONE;
                changed = true;
            }
            break;
        }
    }
    if (!changed)
        return;
    size_t out = 0;
    for (size_t i = 0; i < n; i++)
        if (code[i] != NONE)
            code[out++] = code[i];
    *np = out;
}

/* Whether instruction r writes x register k (an operand, or x0..x2 as
 * make_fun, try_case and catch_end do). */
static bool writes_x(RIns *r, int k)
{
    if (op_is(r->op, "make_fun") || op_is(r->op, "catch_end"))
        if (k == 0)
            return true;
    if (op_is(r->op, "try_case") && k <= 2)
        return true;
    const char *kinds = vm_opcode_kinds[r->op];
    Term a = CDR(r->t);
    for (const char *kd = kinds; *kd && term_is_cons(a); kd++, a = CDR(a)) {
        if (*kd == 'd' && tagged(CAR(a), atom_x) == k)
            return true;
        if (*kd == 'G')
            for (Term l = CAR(a); term_is_cons(l); l = CDR(l))
                if (term_is_cons(CAR(l)) && term_is_cons(CDR(CAR(l))) &&
                    tagged(CAR(CDR(CAR(l))), atom_x) == k)
                    return true;
    }
    return false;
}

/* The x register slot s can share instead of getting one of its own, or
 * -1: every store into the slot copies the same x register k (an
 * argument on entry, a pattern's scratch register), no other slot shares
 * k, and nothing else writes k while the slot is still to be read (nor,
 * for get_map_elements, which stores before it has read all its keys, in
 * an instruction that reads the slot).  Then k holds the slot's value
 * wherever the slot is live, and the copies go. */
static int shared_reg(Ctx *x, int s, const bool *claimed)
{
    int k = -1;
    for (size_t i = 0; i < x->n; i++) {
        RIns *r = &x->ins[i];
        if (r->op < 0 || !get_bit(r->def, s))
            continue;
        if (!op_is(r->op, "move") || r->dead)
            return -1;
        int64_t from = tagged(CAR(CDR(r->t)), atom_x);
        if (from < 0 || (k >= 0 && from != k) || from > x->maxx)
            return -1;
        k = (int)from;
    }
    if (k < 0 || claimed[k])
        return -1;
    for (size_t i = 0; i < x->n; i++) {
        RIns *r = &x->ins[i];
        if (r->op < 0 || !writes_x(r, k))
            continue;
        bool live = r->fall && i + 1 < x->n && get_bit(x->ins[i + 1].in, s);
        for (int j = 0; j < r->nsucc && !live; j++)
            live = get_bit(x->ins[r->succ[j]].in, s);
        if (live || (get_bit(r->use, s) && op_is(r->op, "get_map_elements")))
            return -1;
    }
    return k;
}

static bool is_op(Term t, const char *name)
{
    return CAR(t) != atom_label && CAR(t) != atom_line &&
           op_is(opcode(CAR(t)), name);
}

/* Two adjacent moves are one move2 (one dispatch instead of two); a move
 * into x0 before return or deallocate_return is move_return or
 * move_deallocate_return. */
static void fuse_moves(Term *code, size_t *np)
{
    size_t n = *np, out = 0;
    for (size_t i = 0; i < n; i++) {
        Term t = code[i];
        if (i + 1 < n && is_move(t) &&
            tagged(CAR(CDR(CDR(t))), atom_x) == 0 &&
            (is_op(code[i + 1], "return") ||
             is_op(code[i + 1], "deallocate_return"))) {
            Term src = CAR(CDR(t));
            code[out++] = is_op(code[i + 1], "return")
                              ? make_cons(atom_from_cstr("move_return"),
                                          make_cons(src, NIL))
                              : make_cons(atom_from_cstr("move_deallocate_return"),
                                          make_cons(src, CDR(code[i + 1])));
            i++;
            continue;
        }
        if (i + 1 < n && is_move(t) && is_move(code[i + 1])) {
            Term u = code[i + 1];
            code[out++] = make_cons(
                atom_from_cstr("move2"),
                make_cons(CAR(CDR(t)),
                          make_cons(CAR(CDR(CDR(t))),
                                    make_cons(CAR(CDR(u)),
                                              make_cons(CAR(CDR(CDR(u))), NIL)))));
            i++;
            continue;
        }
        code[out++] = t;
    }
    *np = out;
}

/* Base cases in one dispatch: (is_lt (f L) A B) (return) is
 * (is_lt_ret (f L) A B); a test whose fail label leads straight to
 * (move_return S) is (is_lt_else_ret S A B) (is_ge likewise). */
static void fuse_returns(Term *code, size_t *np)
{
    size_t n = *np;
    for (size_t i = 0; i + 1 < n; i++) {
        Term t = code[i];
        bool lt = is_op(t, "is_lt"), ge = is_op(t, "is_ge");
        if (!lt && !ge)
            continue;
        if (is_op(code[i + 1], "return")) {
            code[i] = make_cons(atom_from_cstr(lt ? "is_lt_ret" : "is_ge_ret"),
                                CDR(t));
            memmove(code + i + 1, code + i + 2, (n - i - 2) * sizeof(Term));
            n--;
            continue;
        }
        int64_t l = tagged(CAR(CDR(t)), atom_f);
        if (l <= 0)
            continue;
        size_t j = 0;
        while (j < n && !(CAR(code[j]) == atom_label && int_arg(code[j], 0) == l))
            j++;
        while (j < n && (CAR(code[j]) == atom_label || CAR(code[j]) == atom_line))
            j++;
        if (j < n && is_op(code[j], "move_return"))
            code[i] = make_cons(atom_from_cstr(lt ? "is_lt_else_ret"
                                                  : "is_ge_else_ret"),
                                make_cons(CAR(CDR(code[j])), CDR(CDR(t))));
    }
    *np = n;
}

int regalloc_function(Term **codep, size_t *np, int nslots, int arity,
                      int *next_label)
{
    Term *code = *codep;
    init_atoms();
    size_t n = *np;
    if (nslots <= 0 && n == 0)
        return nslots;
    Ctx cx = {0};
    Ctx *x = &cx;
    x->n = n;
    x->nslots = nslots;
    x->words = (nslots + 63) / 64;
    if (x->words == 0)
        x->words = 1;
    x->maxx = arity;
    x->ins = gc_alloc(n * sizeof(RIns));
    uint64_t *bits = gc_alloc_atomic(n * 3 * (size_t)x->words * sizeof(uint64_t));
    memset(bits, 0, n * 3 * (size_t)x->words * sizeof(uint64_t));
    int maxlabel = 0;
    size_t alloc_at = n;

    /* Decode: opcode, uses, definitions, successors. */
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        r->t = code[i];
        r->use = bits + (i * 3) * (size_t)x->words;
        r->def = r->use + x->words;
        r->in = r->def + x->words;
        Term t = code[i];
        if (!term_is_cons(t) || !term_is_atom(CAR(t)))
            return nslots;
        if (CAR(t) == atom_label) {
            r->op = OP_LABEL;
            r->label = int_arg(t, 0);
            r->fall = true;
            if (r->label > maxlabel)
                maxlabel = r->label;
            continue;
        }
        if (CAR(t) == atom_line) {
            r->op = OP_LINE;
            r->fall = true;
            continue;
        }
        r->op = opcode(CAR(t));
        if (r->op < 0)
            return nslots;
        if (op_is(r->op, "allocate") && alloc_at == n)
            alloc_at = i;
        x->cur = r;
        x->nlabels = 0;
        (void)walk(x, r->op, t);
        if (x->bad)
            return nslots;
        r->fall = !no_fallthrough(r->op);
        /* waiting in receive keeps no x register either */
        r->call = is_call(r->op) || op_is(r->op, "wait") ||
                  op_is(r->op, "wait_timeout");
        if (r->call || op_is(r->op, "call_last") || op_is(r->op, "call_only") ||
            op_is(r->op, "call_ext_last") || op_is(r->op, "call_ext_only") ||
            op_is(r->op, "call_fun_last") || op_is(r->op, "apply_last") ||
            op_is(r->op, "func_info") || op_is(r->op, "make_fun")) {
            int a = int_arg(t, op_is(r->op, "func_info") ? 2 : 0) + 2;
            if (a > x->maxx)
                x->maxx = a;
        }
        /* A local call's label is another function's entry (or this
         * one's, for a self call): not a successor within this function. */
        if (op_is(r->op, "call") || op_is(r->op, "call_last") ||
            op_is(r->op, "call_only"))
            x->nlabels = 0;
        if (x->nlabels) {
            r->succ = gc_alloc_atomic((size_t)x->nlabels * sizeof(int));
            memcpy(r->succ, x->labels, (size_t)x->nlabels * sizeof(int));
            r->nsucc = x->nlabels;
        }
    }
    if (alloc_at == n)
        return nslots;
    /* Label numbers to instruction indexes. */
    int *where = gc_alloc_atomic((size_t)(maxlabel + 1) * sizeof(int));
    for (int i = 0; i <= maxlabel; i++)
        where[i] = -1;
    for (size_t i = 0; i < n; i++)
        if (x->ins[i].op == OP_LABEL && x->ins[i].label >= 0)
            where[x->ins[i].label] = (int)i;
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        for (int k = 0; k < r->nsucc; k++) {
            int l = r->succ[k];
            if (l > maxlabel || where[l] < 0)
                return nslots; /* a jump out of the function */
            r->succ[k] = where[l];
        }
    }

    /* An exception anywhere between try/catch and its handler's label
     * goes to the handler: every instruction there may jump to it. */
    int *handler = gc_alloc_atomic(n * sizeof(int));
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        handler[i] = (op_is(r->op, "try") || op_is(r->op, "catch")) &&
                             r->nsucc == 1
                         ? r->succ[0]
                         : -1;
    }
    for (size_t i = 0; i < n; i++) {
        int h = handler[i];
        if (h < 0)
            continue;
        for (size_t k = i + 1; k < (size_t)h && h >= 0; k++) {
            RIns *q = &x->ins[k];
            int *ns = gc_alloc_atomic((size_t)(q->nsucc + 1) * sizeof(int));
            if (q->nsucc)
                memcpy(ns, q->succ, (size_t)q->nsucc * sizeof(int));
            ns[q->nsucc++] = h;
            q->succ = ns;
        }
    }

    /* Liveness: in = use | (out_fall & ~def) | out_jumps.  A definition
     * by an instruction that can also jump happens only when it goes on. */
    int w = x->words;
    uint64_t *fall = gc_alloc_atomic((size_t)w * sizeof(uint64_t));
    uint64_t *jmp = gc_alloc_atomic((size_t)w * sizeof(uint64_t));
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = n; i-- > 0;) {
            RIns *r = &x->ins[i];
            memset(fall, 0, (size_t)w * sizeof(uint64_t));
            memset(jmp, 0, (size_t)w * sizeof(uint64_t));
            if (r->fall && i + 1 < n)
                memcpy(fall, x->ins[i + 1].in, (size_t)w * sizeof(uint64_t));
            for (int k = 0; k < r->nsucc; k++)
                for (int j = 0; j < w; j++)
                    jmp[j] |= x->ins[r->succ[k]].in[j];
            for (int j = 0; j < w; j++) {
                uint64_t v = r->use[j] | (fall[j] & ~r->def[j]) | jmp[j];
                if (v != r->in[j]) {
                    r->in[j] = v;
                    changed = true;
                }
            }
        }
    }

    /* Which slots stay in the frame: live across a call, or read before
     * any write (allocate's [] is what they hold then). */
    bool *keep = gc_alloc_atomic((size_t)(nslots ? nslots : 1));
    memset(keep, 0, (size_t)(nslots ? nslots : 1));
    bool calls = false;
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        if (!r->call)
            continue;
        calls = true;
        if (r->fall && i + 1 < n)
            for (int s = 0; s < nslots; s++)
                if (get_bit(x->ins[i + 1].in, s))
                    keep[s] = true;
        for (int k = 0; k < r->nsucc; k++) /* wait: where it resumes */
            for (int s = 0; s < nslots; s++)
                if (get_bit(x->ins[r->succ[k]].in, s))
                    keep[s] = true;
    }
    for (int s = 0; s < nslots; s++)
        if (get_bit(x->ins[alloc_at].in, s))
            keep[s] = true;
    /* Catch markers stay in the frame, and so does whatever a handler
     * reads: it is entered with the x registers clobbered. */
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        if (!catch_op(r->op))
            continue;
        for (int s = 0; s < nslots; s++)
            if (get_bit(r->def, s) || get_bit(r->use, s))
                keep[s] = true;
        if (handler[i] >= 0)
            for (int s = 0; s < nslots; s++)
                if (get_bit(x->ins[handler[i]].in, s))
                    keep[s] = true;
    }
    /* Dead stores: (move Src (y S)) with S not live afterwards. */
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        if (!op_is(r->op, "move"))
            continue;
        int64_t s = tagged(CAR(CDR(CDR(r->t))), atom_y);
        if (s >= 0 && !(i + 1 < n && get_bit(x->ins[i + 1].in, (int)s)))
            r->dead = true;
    }
    /* New operands. */
    Term *repl = gc_alloc((size_t)(nslots ? nslots : 1) * sizeof(Term));
    int ny = 0, nx = x->maxx + 1;
    bool *claimed = gc_alloc_atomic((size_t)x->maxx + 1);
    memset(claimed, 0, (size_t)x->maxx + 1);
    for (int s = 0; s < nslots; s++) {
        int k = keep[s] ? -1 : shared_reg(x, s, claimed);
        if (k >= 0) {
            claimed[k] = true;
            repl[s] = make_cons(atom_x, make_cons(make_small(k), NIL));
        } else if (keep[s] || nx >= XREG_COUNT - 8) {
            repl[s] = make_cons(atom_y, make_cons(make_small(ny++), NIL));
        } else {
            repl[s] = make_cons(atom_x, make_cons(make_small(nx++), NIL));
        }
    }
    bool frameless = ny == 0 && !calls;
    x->repl = repl;
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        RIns *r = &x->ins[i];
        if (r->dead)
            continue;
        Term t = r->t;
        if (r->op >= 0) {
            t = walk(x, r->op, t);
            if (op_is(r->op, "move") &&
                term_exact_equal(CAR(CDR(t)), CAR(CDR(CDR(t)))))
                continue;
            if (frameless) {
                if (op_is(r->op, "allocate") || op_is(r->op, "deallocate"))
                    continue;
                if (op_is(r->op, "call_last"))
                    t = with_name(t, "call_only", 2);
                else if (op_is(r->op, "call_ext_last"))
                    t = with_name(t, "call_ext_only", 2);
                else if (op_is(r->op, "call_fun_last"))
                    t = with_name(t, "call_fun_only", 1);
                else if (op_is(r->op, "apply_last"))
                    t = with_name(t, "apply_only", 1);
            }
        }
        code[out++] = t;
    }
    *np = out;
    if (!frameless) {
        *codep = code = shrink_wrap(code, np, arity, next_label);
        fuse_allocate(code, np);
    }
    drop_dead(*codep, np);
    copy_prop(*codep, np, x->maxx + 1);
    fuse_moves(*codep, np);
    fuse_returns(*codep, np);
    return frameless ? -1 : ny;
}

/* codegen.c - lowering core forms to the VM's assembly.
 *
 * A first, deliberately simple code generator, correct before fast:
 *  - every function has a frame; its arguments and every variable bound in
 *    it get their own y slot, so no call can clobber a live value;
 *  - an expression leaves its value in x0; compound arguments of a call go
 *    through temporary y slots, variables and literals are used in place;
 *  - clauses are matched one after another, each pattern test jumping to
 *    the next clause on failure (no decision trees yet); pattern values
 *    are taken apart into scratch x registers, bindings go to y slots;
 *  - local functions (let-function, letrec-function) and lambdas are
 *    lambda-lifted to module functions taking their free variables as
 *    extra arguments; funs close over them with make_fun;
 *  - calls in tail position become call_last / call_ext_last /
 *    call_fun_last, so loops run in constant space.
 * LFE semantics to remember: a variable in a pattern is always a new
 * binding (it shadows), except a repeat inside the same pattern, which
 * must match the same term.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "autoimport.h"
#include "../reader/print.h"
#include "../runtime/atom.h"
#include "../runtime/bif.h"
#include "../runtime/bits.h"
#include "../runtime/compare.h"
#include "../runtime/vm.h"
#include "../runtime/gc.h"
#include "../runtime/map.h"
#include "compile.h"
#include "regalloc.h"

/* ---- terms for building instructions -------------------------------- */

static Term A(const char *s) { return atom_from_cstr(s); }
static Term L1(Term a) { return make_cons(a, NIL); }
static Term L2(Term a, Term b) { return make_cons(a, L1(b)); }
static Term L3(Term a, Term b, Term c) { return make_cons(a, L2(b, c)); }
static Term L4(Term a, Term b, Term c, Term d) { return make_cons(a, L3(b, c, d)); }
static Term L5(Term a, Term b, Term c, Term d, Term e) { return make_cons(a, L4(b, c, d, e)); }
static Term XR(int n) { return L2(A("x"), make_small(n)); }
static Term YR(int n) { return L2(A("y"), make_small(n)); }
static Term FL(int n) { return L2(A("f"), make_small(n)); }
static Term EXT(Term m, Term f, int a) { return L4(A("extfunc"), m, f, make_small(a)); }
static Term LIT(Term t) { return term_is_immediate(t) ? t : L2(ATOM_quote, t); }
/* The placeholder for the frame size, patched when the function ends. */
#define FRAME A("$frame")


/* ---- compiler state --------------------------------------------------- */

typedef struct Var {
    Term name;
    int id;
    int slot;
} Var;

/* A local function: top-level define-function or lifted local one. */
typedef struct LocalFun {
    Term name;       /* name as called in source */
    int arity;       /* source arity */
    int label;       /* entry label */
    Term lifted;     /* module-level function name */
    int nfree;
    int free_ids[64]; /* variable ids passed as extra arguments */
    int lambda;      /* index of its fun entry for (function f a), or -1 */
    int scope;       /* 0: module level */
} LocalFun;

typedef struct Mod {
    Term name;
    const char *file;
    SrcMap *pos;
    int next_label;
    int next_var_id;
    Term functions; /* reversed list of function assemblies */
    Term lambdas;   /* reversed list of (name arity nfree label) */
    int nlambdas;
    LocalFun *funs;
    int nfuns, funs_cap;
    Term records;   /* list of (name fields) */
    Term struct_default; /* the module's struct with its defaults, or NONE */
    Term imports;   /* list of (fun arity mod) */
    int fun_counter;
    jmp_buf fail;
    CompileError *err;
    Term last_form; /* innermost form being compiled: where an error in a
                       symbol (which has no position of its own) is */
} Mod;

typedef struct Cx {
    Mod *m;
    Term fname;     /* enclosing top-level function, for lambda names */
    int farity;
    Term *code;
    size_t n, cap;
    Var *vars;
    int nvars, vars_cap;
    int slots;      /* next free y slot */
    int max_slots;
    int nfuns_visible; /* local functions visible: m->funs[0..n) */
    int guard_fail; /* in a guard: the label to fail to, else 0 */
    int xnext;      /* next scratch x register while matching */
    Term handover;  /* tail variables of this clause's binary patterns that
                       may stay match contexts (see ctx_handover) */
} Cx;

static void fail_at(Mod *m, Term form, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));

static void fail_at(Mod *m, Term form, const char *fmt, ...)
{
    CompileError *e = m->err;
    snprintf(e->file, sizeof e->file, "%s", m->file);
    SrcPos p;
    e->line = e->col = 0;
    if (m->pos && (srcmap_get(m->pos, form, &p) ||
                   srcmap_get(m->pos, m->last_form, &p))) {
        e->line = p.line;
        e->col = p.col;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    longjmp(m->fail, 1);
}

static const char *show(Term t)
{
    StrBuf b;
    strbuf_init(&b);
    PrintOpts o = print_default_opts();
    o.depth = 6;
    print_lfe_write(&b, t, &o);
    return b.data;
}

static void emit(Cx *c, Term ins)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        Term *nc = gc_alloc(c->cap * sizeof(Term));
        if (c->n)
            memcpy(nc, c->code, c->n * sizeof(Term));
        c->code = nc;
    }
    c->code[c->n++] = ins;
}

static int new_label(Cx *c) { return ++c->m->next_label; }
static void emit_label(Cx *c, int l) { emit(c, L2(A("label"), make_small(l))); }

static void emit_line(Cx *c, Term form)
{
    SrcPos p;
    if (c->m->pos && term_is_cons(form) && srcmap_get(c->m->pos, form, &p))
        emit(c, L2(A("line"), make_small(p.line)));
}

static int new_slot(Cx *c)
{
    int s = c->slots++;
    if (c->slots > c->max_slots)
        c->max_slots = c->slots;
    return s;
}

static Var *bind(Cx *c, Term name)
{
    if (c->nvars == c->vars_cap) {
        c->vars_cap = c->vars_cap ? c->vars_cap * 2 : 32;
        Var *nv = gc_alloc_atomic(c->vars_cap * sizeof(Var));
        if (c->nvars)
            memcpy(nv, c->vars, c->nvars * sizeof(Var));
        c->vars = nv;
    }
    Var *v = &c->vars[c->nvars++];
    v->name = name;
    v->id = ++c->m->next_var_id;
    v->slot = new_slot(c);
    return v;
}

static Var *lookup(Cx *c, Term name)
{
    for (int i = c->nvars - 1; i >= 0; i--)
        if (c->vars[i].name == name)
            return &c->vars[i];
    return NULL;
}

static Var *lookup_id(Cx *c, int id)
{
    for (int i = c->nvars - 1; i >= 0; i--)
        if (c->vars[i].id == id)
            return &c->vars[i];
    return NULL;
}

static LocalFun *find_fun(Cx *c, Term name, int arity)
{
    for (int i = c->nfuns_visible - 1; i >= 0; i--) {
        LocalFun *f = &c->m->funs[i];
        if (f->name == name && f->arity == arity)
            return f;
    }
    return NULL;
}

static LocalFun *add_fun(Mod *m)
{
    if (m->nfuns == m->funs_cap) {
        m->funs_cap = m->funs_cap ? m->funs_cap * 2 : 64;
        LocalFun *nf = gc_alloc(m->funs_cap * sizeof(LocalFun));
        if (m->nfuns)
            memcpy(nf, m->funs, m->nfuns * sizeof(LocalFun));
        m->funs = nf;
    }
    LocalFun *f = &m->funs[m->nfuns++];
    memset(f, 0, sizeof *f);
    f->lambda = -1;
    return f;
}

static bool is_sym(Term t, const char *s)
{
    return term_is_atom(t) && strcmp(atom_name(t), s) == 0;
}

static Term nth(Term l, int n)
{
    while (n-- > 0 && term_is_cons(l))
        l = CDR(l);
    return term_is_cons(l) ? CAR(l) : NONE;
}

static int64_t len(Term l) { return list_length(l); }

static bool in_list(Term a, Term l)
{
    for (; term_is_cons(l); l = CDR(l))
        if (CAR(l) == a)
            return true;
    return false;
}

/* ---- literals -------------------------------------------------------- */

static bool is_string_list(Term t)
{
    for (; term_is_cons(t); t = CDR(t))
        if (!term_is_small(CAR(t)) || small_val(CAR(t)) < 0)
            return false;
    return t == NIL;
}

/* The literal value of a self-quoting or quoted form, or NONE. */
static Term literal_of(Term e)
{
    if (term_is_cons(e)) {
        if (CAR(e) == ATOM_quote && len(e) == 2)
            return CAR(CDR(e));
        if (is_string_list(e))
            return e;
        return NONE;
    }
    if (term_is_atom(e))
        return NONE; /* a variable */
    return e; /* numbers, (), binaries, tuples, maps */
}

/* ---- expressions ----------------------------------------------------- */

static void expr(Cx *c, Term e, bool tail);
static void body(Cx *c, Term forms, bool tail);
static void match(Cx *c, Term pat, Term src, int fail, Var **pvars,
                  int *npvars);
static void match_var(Cx *c, Term name, Term src, int fail, Var **pvars,
                      int *npvars);

/* Return from the function with x0 (tail) or leave it in x0. */
static void done(Cx *c, bool tail)
{
    if (tail) {
        emit(c, L2(A("deallocate"), FRAME));
        emit(c, L1(A("return")));
    }
}

/* A source operand for e if it needs no code (variable or literal). */
static Term operand(Cx *c, Term e)
{
    if (term_is_atom(e)) {
        Var *v = lookup(c, e);
        if (!v)
            fail_at(c->m, e, "symbol %s is unbound", show(e));
        return YR(v->slot);
    }
    Term lit = literal_of(e);
    return lit == NONE ? NONE : LIT(lit);
}

/* Evaluate e and keep its value somewhere safe; returns the operand. */
static Term value(Cx *c, Term e)
{
    Term op = operand(c, e);
    if (op != NONE)
        return op;
    expr(c, e, false);
    int s = new_slot(c);
    emit(c, L3(A("move"), XR(0), YR(s)));
    return YR(s);
}

/* Evaluate a list of expressions; returns a C array of operands. */
static Term *values(Cx *c, Term es, int *n)
{
    int k = (int)len(es);
    Term *ops = gc_alloc((k ? k : 1) * sizeof(Term));
    int i = 0;
    for (; term_is_cons(es); es = CDR(es))
        ops[i++] = value(c, CAR(es));
    *n = k;
    return ops;
}

static Term ops_list(Term *ops, int n)
{
    return list_from_array(ops, (size_t)n);
}

static void load_args(Cx *c, const Term *ops, int n)
{
    for (int i = 0; i < n; i++)
        emit(c, L3(A("move"), ops[i], XR(i)));
}

/* Call a BIF by name with operands; x0 = result. */
static void bif_call(Cx *c, const char *mod, const char *name, Term *ops,
                     int n, bool tail)
{
    emit(c, L5(A("bif"), EXT(A(mod), A(name), n),
               c->guard_fail ? FL(c->guard_fail) : make_small(0),
               ops_list(ops, n), XR(0)));
    done(c, tail);
}

static const BifInfo *find_bif(Term mod, Term name, int arity)
{
    const char *m = atom_name(mod), *f = atom_name(name);
    for (size_t i = 0; i < bif_count; i++)
        if (bif_table[i].arity == (uint32_t)arity &&
            !strcmp(bif_table[i].name, f) && !strcmp(bif_table[i].module, m))
            return &bif_table[i];
    return NULL;
}

static bool is_bif(Term mod, Term name, int arity)
{
    return find_bif(mod, name, arity) != NULL;
}

/* Allowed in a guard: Erlang's guard BIFs and type tests. */
static bool is_guard_bif(Term mod, Term name, int arity)
{
    const BifInfo *b = find_bif(mod, name, arity);
    return b && (b->flags & BIF_GUARD);
}

/* Load ops into x0.. and emit the call: (OP Arity [Target]), or in tail
 * position (OP_last Arity [Target] Frame), which also drops the frame. */
static void emit_call(Cx *c, const char *op, const Term *ops, int n,
                      int arity, Term target, bool tail, Term form)
{
    load_args(c, ops, n);
    emit_line(c, form);
    char name[32];
    snprintf(name, sizeof name, tail ? "%s_last" : "%s", op);
    Term rest = tail ? L1(FRAME) : NIL;
    if (target != NONE)
        rest = make_cons(target, rest);
    emit(c, make_cons(A(name), make_cons(make_small(arity), rest)));
}

static void remote_call(Cx *c, Term mod, Term fname, Term args, bool tail,
                        Term form)
{
    if (c->guard_fail) {
        int n = (int)len(args);
        if (!is_guard_bif(mod, fname, n))
            fail_at(c->m, form, "illegal guard expression");
        int k;
        Term *ops = values(c, args, &k);
        bif_call(c, atom_name(mod), atom_name(fname), ops, k, false);
        return;
    }
    int saved = c->slots;
    int n;
    Term *ops = values(c, args, &n);
    emit_call(c, "call_ext", ops, n, n, EXT(mod, fname, n), tail, form);
    c->slots = saved;
}

static void local_call(Cx *c, LocalFun *f, Term args, bool tail, Term form)
{
    if (c->guard_fail)
        fail_at(c->m, form, "illegal guard expression");
    int saved = c->slots;
    int n;
    Term *ops = values(c, args, &n);
    Term *all = gc_alloc((size_t)(n + f->nfree + 1) * sizeof(Term));
    memcpy(all, ops, (size_t)n * sizeof(Term));
    for (int i = 0; i < f->nfree; i++) {
        Var *v = lookup_id(c, f->free_ids[i]);
        if (!v)
            fail_at(c->m, form, "internal: lost free variable");
        all[n + i] = YR(v->slot);
    }
    int total = n + f->nfree;
    emit_call(c, "call", all, total, total, FL(f->label), tail, form);
    c->slots = saved;
}

/* Fold a variadic operator: (+ a b c) is ((a + b) + c). */
static void arith_chain(Cx *c, const char *op, Term args, bool tail,
                        Term form)
{
    int n = (int)len(args);
    if (n == 1) {
        if (!strcmp(op, "+") || !strcmp(op, "-")) {
            Term o = value(c, CAR(args));
            bif_call(c, "erlang", op, &o, 1, tail);
            return;
        }
        expr(c, CAR(args), tail);
        return;
    }
    if (n < 1)
        fail_at(c->m, form, "bad arity of %s", op);
    int saved = c->slots;
    Term acc = value(c, CAR(args));
    for (Term a = CDR(args); term_is_cons(a); a = CDR(a)) {
        Term ops[2] = {acc, value(c, CAR(a))};
        bif_call(c, "erlang", op, ops, 2, false);
        if (term_is_cons(CDR(a))) {
            int s = new_slot(c);
            emit(c, L3(A("move"), XR(0), YR(s)));
            acc = YR(s);
        }
    }
    c->slots = saved;
    done(c, tail);
}

/* (< a b c ...): LFE 2.2.1 compiles this as a progn of the adjacent
 * comparisons, so only the last pair decides (checked on the reference:
 * (< 1 3 2 4) is true, (>= 5 6 4) is true).  Every argument is still
 * evaluated, in order. */
static void compare_chain(Cx *c, const char *op, Term args, bool tail,
                          Term form)
{
    int n = (int)len(args);
    if (n < 2)
        fail_at(c->m, form, "bad arity of %s", op);
    int saved = c->slots;
    int k;
    Term *ops = values(c, args, &k);
    Term pr[2] = {ops[k - 2], ops[k - 1]};
    bif_call(c, "erlang", op, pr, 2, false);
    c->slots = saved;
    done(c, tail);
}

/* (andalso a b ...) / (orelse a b ...): each operand but the last must be
 * true or false; the first false (andalso) or true (orelse) is the value,
 * else the last operand's value, whatever it is.  A non-boolean before the
 * last raises {badarg, V} as LFE and Erlang do (in a guard: the guard
 * fails). */
static void andalso_orelse(Cx *c, bool is_and, Term args, bool tail)
{
    Term go_on = is_and ? ATOM_true_ : ATOM_false_;
    Term stop = is_and ? ATOM_false_ : ATOM_true_;
    if (args == NIL) {
        emit(c, L3(A("move"), go_on, XR(0)));
        done(c, tail);
        return;
    }
    int out = new_label(c), shortcut = new_label(c), bad = new_label(c);
    for (; term_is_cons(args); args = CDR(args)) {
        expr(c, CAR(args), false);
        if (CDR(args) != NIL)
            emit(c, L4(A("is_eq_exact"), FL(shortcut), XR(0), go_on));
    }
    emit(c, L2(A("jump"), FL(out)));
    emit_label(c, shortcut);
    emit(c, L4(A("is_eq_exact"), FL(c->guard_fail ? c->guard_fail : bad),
               XR(0), stop));
    emit(c, L2(A("jump"), FL(out)));
    emit_label(c, bad);
    emit(c, L3(A("put_tuple"), XR(0), L2(ATOM_badarg, XR(0))));
    emit(c, L3(A("raise"), ATOM_error, XR(0)));
    emit_label(c, out);
    done(c, tail);
}

static void make_list(Cx *c, Term args, bool tail)
{
    int saved = c->slots;
    int n;
    Term *ops = values(c, args, &n);
    emit(c, L3(A("move"), NIL, XR(0)));
    for (int i = n - 1; i >= 0; i--)
        emit(c, L4(A("put_list"), ops[i], XR(0), XR(0)));
    c->slots = saved;
    done(c, tail);
}

/* Build a fun for lambda entry `index` closing over free variable ids. */
static void make_closure(Cx *c, int index, const int *ids, int nfree,
                         bool tail)
{
    for (int i = 0; i < nfree; i++) {
        Var *v = lookup_id(c, ids[i]);
        emit(c, L3(A("move"), YR(v->slot), XR(i)));
    }
    emit(c, L3(A("make_fun"), make_small(index), make_small(nfree)));
    done(c, tail);
}

static void collect_free(Cx *c, Term form, int *ids, int *n, int max);

static void collect_free(Cx *c, Term form, int *ids, int *n, int max)
{
    if (term_is_atom(form)) {
        Var *v = lookup(c, form);
        if (!v)
            return;
        for (int i = 0; i < *n; i++)
            if (ids[i] == v->id)
                return;
        if (*n >= max)
            fail_at(c->m, form, "too many free variables in a fun");
        ids[(*n)++] = v->id;
        return;
    }
    if (!term_is_cons(form) || CAR(form) == ATOM_quote)
        return;
    for (Term t = form; term_is_cons(t); t = CDR(t))
        collect_free(c, CAR(t), ids, n, max);
}

static int compile_function(Mod *m, Term name, int arity, Term def,
                            int label, const int *free_ids, int nfree,
                            Cx *outer, int nfuns_visible);

static Term lambda_name(Cx *c)
{
    char buf[300];
    snprintf(buf, sizeof buf, "-%s/%d-fun-%d-", atom_name(c->fname),
             c->farity, c->m->fun_counter++);
    return A(buf);
}

static int def_arity(Cx *c, Term def)
{
    if (term_is_cons(def) && CAR(def) == ATOM_lambda && len(def) >= 2)
        return (int)len(nth(def, 1));
    if (term_is_cons(def) && CAR(def) == ATOM_match_lambda &&
        len(def) >= 2 && term_is_cons(nth(def, 1)))
        return (int)len(CAR(nth(def, 1)));
    fail_at(c->m, def, "bad function definition");
}

static int add_lambda(Mod *m, Term name, int arity, int nfree, int label)
{
    m->lambdas = make_cons(L4(name, make_small(arity), make_small(nfree),
                              make_small(label)),
                           m->lambdas);
    return m->nlambdas++;
}

static void lambda_expr(Cx *c, Term def, bool tail)
{
    int arity = def_arity(c, def);
    int ids[64], nfree = 0;
    collect_free(c, def, ids, &nfree, 64);
    Term name = lambda_name(c);
    int label = new_label(c);
    compile_function(c->m, name, arity + nfree, def, label, ids, nfree, c,
                     c->nfuns_visible);
    int idx = add_lambda(c->m, name, arity, nfree, label);
    make_closure(c, idx, ids, nfree, tail);
}

/* let-function / letrec-function: lift each definition. */
static void local_functions(Cx *c, Term defs, Term rest, bool tail,
                            bool rec)
{
    int start = c->m->nfuns;
    int ids[64], nfree = 0;
    for (Term d = defs; term_is_cons(d); d = CDR(d))
        collect_free(c, nth(CAR(d), 1), ids, &nfree, 64);
    for (Term d = defs; term_is_cons(d); d = CDR(d)) {
        Term nm = nth(CAR(d), 0), def = nth(CAR(d), 1);
        if (!term_is_atom(nm) || def == NONE)
            fail_at(c->m, CAR(d), "bad local function definition");
        LocalFun *f = add_fun(c->m);
        f->name = nm;
        f->arity = def_arity(c, def);
        f->label = new_label(c);
        f->lifted = lambda_name(c);
        f->nfree = nfree;
        memcpy(f->free_ids, ids, sizeof ids);
        f->scope = 1;
    }
    int visible_after = c->m->nfuns;
    int i = start;
    for (Term d = defs; term_is_cons(d); d = CDR(d), i++) {
        LocalFun *f = &c->m->funs[i];
        compile_function(c->m, f->lifted, f->arity + nfree, nth(CAR(d), 1),
                         f->label, ids, nfree, c,
                         rec ? visible_after : start);
    }
    int saved_visible = c->nfuns_visible;
    c->nfuns_visible = visible_after;
    body(c, rest, tail);
    c->nfuns_visible = saved_visible;
}

/* (function f a) and (function m f a). */
static void function_ref(Cx *c, Term e, bool tail)
{
    int64_t n = len(e);
    if (n == 4) {
        /* erlang:make_fun/3 at run time: a fun has no literal syntax
         * that survives a module file. */
        int saved = c->slots;
        Term mod = nth(e, 1), fn = nth(e, 2), ar = nth(e, 3);
        if (!term_is_atom(mod) || !term_is_atom(fn) || !term_is_small(ar))
            fail_at(c->m, e, "bad function reference");
        Term ops[3] = {mod, fn, ar};
        bif_call(c, "erlang", "make_fun", ops, 3, tail);
        c->slots = saved;
        return;
    }
    Term nm = nth(e, 1), ar = nth(e, 2);
    if (n != 3 || !term_is_atom(nm) || !term_is_small(ar))
        fail_at(c->m, e, "bad function reference");
    LocalFun *f = find_fun(c, nm, (int)small_val(ar));
    if (!f) {
        /* An auto-imported BIF: fun erlang:F/A. */
        if (autoimport_find(nm, (int)small_val(ar)) != AUTOIMPORT_NO) {
            Term ops[3] = {A("erlang"), nm, ar};
            bif_call(c, "erlang", "make_fun", ops, 3, tail);
            return;
        }
        fail_at(c->m, e, "function %s/%lld undefined", atom_name(nm),
                (long long)small_val(ar));
    }
    if (f->lambda < 0)
        f->lambda = add_lambda(c->m, f->lifted, f->arity, f->nfree, f->label);
    make_closure(c, f->lambda, f->free_ids, f->nfree, tail);
}

/* ---- the bit syntax ---------------------------------------------------- */

typedef struct Seg {
    Term value; /* the value form (expression or pattern) */
    int type;
    int flags;
    int unit;
    Term size;  /* size form, or NONE for the default */
} Seg;

static int seg_type(Term a)
{
    static const char *const names[][2] = {
        {"integer", "0"}, {"float", "1"}, {"binary", "2"}, {"bytes", "2"},
        {"bitstring", "3"}, {"bits", "3"}, {"utf8", "4"}, {"utf-8", "4"},
        {"utf16", "5"}, {"utf-16", "5"}, {"utf32", "6"}, {"utf-32", "6"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(atom_name(a), names[i][0]))
            return names[i][1][0] - '0';
    return -1;
}

static void parse_seg(Cx *c, Term seg, Seg *out)
{
    out->type = BITS_INTEGER;
    out->flags = 0;
    out->unit = 0;
    out->size = NONE;
    if (!term_is_cons(seg) || is_string_list(seg) || CAR(seg) == ATOM_quote) {
        out->value = seg;
    } else {
        out->value = CAR(seg);
        for (Term sp = CDR(seg); term_is_cons(sp); sp = CDR(sp)) {
            Term s1 = CAR(sp);
            int t;
            if (term_is_atom(s1) && (t = seg_type(s1)) >= 0) {
                out->type = t;
            } else if (is_sym(s1, "signed")) {
                out->flags |= BITS_SIGNED;
            } else if (is_sym(s1, "unsigned")) {
                out->flags &= ~BITS_SIGNED;
            } else if (is_sym(s1, "little")) {
                out->flags |= BITS_LITTLE;
            } else if (is_sym(s1, "big")) {
                out->flags &= ~(BITS_LITTLE | BITS_NATIVE);
            } else if (is_sym(s1, "native")) {
                out->flags |= BITS_NATIVE;
            } else if (term_is_cons(s1) && is_sym(CAR(s1), "size") &&
                       len(s1) == 2) {
                out->size = nth(s1, 1);
            } else if (term_is_cons(s1) && is_sym(CAR(s1), "unit") &&
                       len(s1) == 2 && term_is_small(nth(s1, 1)) &&
                       small_val(nth(s1, 1)) >= 1 &&
                       small_val(nth(s1, 1)) <= 256) {
                out->unit = (int)small_val(nth(s1, 1));
            } else {
                fail_at(c->m, seg, "bad binary segment type %s", show(s1));
            }
        }
    }
    if (!out->unit)
        out->unit = out->type == BITS_BINARY ? 8 : 1;
}

static Term seg_info(const Seg *sg)
{
    return make_small(sg->type | sg->flags << 4 | sg->unit << 8);
}

/* Segments with a string literal value become one segment per character. */
static Term expand_string_segs(Term segs)
{
    Term out = NIL;
    for (; term_is_cons(segs); segs = CDR(segs)) {
        Term sg = CAR(segs);
        Term v = term_is_cons(sg) && !is_string_list(sg) ? CAR(sg) : sg;
        Term spec = term_is_cons(sg) && !is_string_list(sg) ? CDR(sg) : NIL;
        if (is_string_list(v) && v != NIL) {
            for (Term ch = v; term_is_cons(ch); ch = CDR(ch))
                out = make_cons(spec == NIL ? CAR(ch) : make_cons(CAR(ch), spec),
                                out);
        } else {
            out = make_cons(sg, out);
        }
    }
    return list_reverse(out, NIL);
}

/* The size operand of a segment. */
static Term seg_size(Cx *c, const Seg *sg, bool last_in_pattern)
{
    if (sg->size != NONE) {
        if (is_sym(sg->size, "all"))
            return ATOM_all;
        return value(c, sg->size);
    }
    if (sg->type == BITS_BINARY || sg->type == BITS_BITSTRING)
        return (void)last_in_pattern, ATOM_all;
    return ATOM_undefined;
}

static void binary_expr(Cx *c, Term e, bool tail)
{
    int saved = c->slots;
    Term segs = NIL;
    for (Term s1 = expand_string_segs(CDR(e)); term_is_cons(s1); s1 = CDR(s1)) {
        Seg sg;
        parse_seg(c, CAR(s1), &sg);
        Term v = value(c, sg.value);
        Term sz = seg_size(c, &sg, false);
        segs = make_cons(L3(seg_info(&sg), v, sz), segs);
    }
    emit(c, L4(A("bs_create"),
               c->guard_fail ? FL(c->guard_fail) : make_small(0), XR(0),
               list_reverse(segs, NIL)));
    c->slots = saved;
    done(c, tail);
}

/* ---- patterns -------------------------------------------------------- */

static int scratch(Cx *c)
{
    if (c->xnext >= XREG_COUNT - 8)
        fail_at(c->m, NIL, "pattern too large");
    return c->xnext++;
}

/* Record field index (1-based tuple position, so the name is element 1). */
static int record_index(Cx *c, Term rec, Term field, Term form)
{
    for (Term r = c->m->records; term_is_cons(r); r = CDR(r)) {
        Term def = CAR(r);
        if (nth(def, 0) != rec)
            continue;
        int i = 2;
        for (Term f = nth(def, 1); term_is_cons(f); f = CDR(f), i++) {
            Term fd = CAR(f);
            Term fname = term_is_cons(fd) ? CAR(fd) : fd;
            if (fname == field)
                return i;
        }
        fail_at(c->m, form, "record %s has no field %s", atom_name(rec),
                show(field));
    }
    fail_at(c->m, form, "record %s undefined", show(rec));
}

static Term record_fields(Cx *c, Term rec, Term form)
{
    for (Term r = c->m->records; term_is_cons(r); r = CDR(r))
        if (nth(CAR(r), 0) == rec)
            return nth(CAR(r), 1);
    fail_at(c->m, form, "record %s undefined", show(rec));
}

static void match_var(Cx *c, Term name, Term src, int fail, Var **pvars,
                      int *npvars)
{
    if (name == A("_"))
        return;
    for (int i = 0; i < *npvars; i++)
        if (pvars[i]->name == name) {
            emit(c, L4(A("is_eq_exact"), FL(fail), src, YR(pvars[i]->slot)));
            return;
        }
    Var *v = bind(c, name);
    pvars[(*npvars)++] = v;
    if (term_is_cons(src) && CAR(src) == A("y")) {
        /* The value already sits in a frame slot that outlives this
         * binding: name it instead of copying it. */
        c->slots--;
        v->slot = (int)small_val(CAR(CDR(src)));
        return;
    }
    emit(c, L3(A("move"), src, YR(v->slot)));
}

/* The segments of a binary pattern matched through the match context in
 * ctx (binary.h): each segment is taken at the context's position, which
 * moves past it.  A trailing binary/bitstring segment without a size is
 * the rest: when `own` (the context is this pattern's own) the context
 * itself becomes that binary; otherwise (a function argument's context,
 * rewound for the next clause) it is copied, unless its variable is in
 * c->handover, to be passed on as a context to the function itself. */
static void match_segs(Cx *c, Term segs, Term ctx, bool own, int fail,
                       Var **pvars, int *npvars)
{
    bool consumed_all = false;
    for (Term s1 = expand_string_segs(segs); term_is_cons(s1); s1 = CDR(s1)) {
        Seg sg;
        parse_seg(c, CAR(s1), &sg);
        Term sz;
        if (sg.size != NONE && term_is_atom(sg.size) &&
            !is_sym(sg.size, "all")) {
            Var *sv = lookup(c, sg.size);
            if (!sv)
                fail_at(c->m, sg.size, "symbol %s is unbound", show(sg.size));
            sz = YR(sv->slot);
        } else if (sg.size != NONE && !term_is_small(sg.size) &&
                   !is_sym(sg.size, "all")) {
            fail_at(c->m, CAR(s1), "illegal size in binary pattern");
        } else {
            sz = seg_size(c, &sg, CDR(s1) == NIL);
        }
        if (CDR(s1) == NIL && sz == ATOM_all &&
            (sg.type == BITS_BINARY || sg.type == BITS_BITSTRING)) {
            if (sg.unit > 1)
                emit(c, L4(A("bs_test_unit"), FL(fail), ctx,
                           make_small(sg.unit)));
            Term v = sg.value;
            if (v == A("_"))
                return;
            if (!own && term_is_atom(v) && in_list(v, c->handover)) {
                match_var(c, v, ctx, fail, pvars, npvars);
                return;
            }
            int r = scratch(c);
            emit(c, L3(A(own ? "bs_tail_own" : "bs_get_tail"), ctx, XR(r)));
            match(c, v, XR(r), fail, pvars, npvars);
            return;
        }
        consumed_all = sz == ATOM_all;
        if (sg.value == A("_")) {
            emit(c, L5(A("bs_skip"), FL(fail), ctx, seg_info(&sg), sz));
            continue;
        }
        int xv = scratch(c);
        emit(c, make_cons(A("bs_match"),
                          make_cons(FL(fail),
                                    L4(ctx, seg_info(&sg), sz, XR(xv)))));
        match(c, sg.value, XR(xv), fail, pvars, npvars);
    }
    (void)consumed_all;
    emit(c, L4(A("bs_test_tail"), FL(fail), ctx, make_small(0)));
}

static void match(Cx *c, Term pat, Term src, int fail, Var **pvars,
                  int *npvars)
{
    if (*npvars > 250)
        fail_at(c->m, pat, "too many variables in a pattern");
    if (term_is_atom(pat)) {
        match_var(c, pat, src, fail, pvars, npvars);
        return;
    }
    Term lit = literal_of(pat);
    if (lit != NONE) {
        emit(c, L4(A("is_eq_exact"), FL(fail), src, LIT(lit)));
        return;
    }
    if (!term_is_cons(pat))
        fail_at(c->m, pat, "illegal pattern %s", show(pat));
    Term head = CAR(pat), args = CDR(pat);
    int64_t n = len(args);
    if (head == A("cons") && n == 2) {
        int h = scratch(c), t = scratch(c);
        emit(c, L3(A("is_nonempty_list"), FL(fail), src));
        emit(c, L4(A("get_list"), src, XR(h), XR(t)));
        match(c, CAR(args), XR(h), fail, pvars, npvars);
        match(c, CAR(CDR(args)), XR(t), fail, pvars, npvars);
        return;
    }
    if (head == ATOM_list) {
        Term cur = src;
        for (Term a = args; term_is_cons(a); a = CDR(a)) {
            int h = scratch(c), t = scratch(c);
            emit(c, L3(A("is_nonempty_list"), FL(fail), cur));
            emit(c, L4(A("get_list"), cur, XR(h), XR(t)));
            match(c, CAR(a), XR(h), fail, pvars, npvars);
            cur = XR(t);
        }
        emit(c, L3(A("is_nil"), FL(fail), cur));
        return;
    }
    if (head == ATOM_tuple) {
        /* (tuple 'tag ...): one is_tagged_tuple test (tuple, arity and
         * first element at once). */
        Term tag = n > 0 && !term_is_atom(CAR(args)) ? literal_of(CAR(args))
                                                     : NONE;
        if (tag != NONE && term_is_atom(tag))
            emit(c, L5(A("is_tagged_tuple"), FL(fail), src, make_small(n),
                       tag));
        else
            emit(c, L4(A("test_arity"), FL(fail), src, make_small(n)));
        int i = 0;
        for (Term a = args; term_is_cons(a); a = CDR(a), i++) {
            if (CAR(a) == A("_") || (i == 0 && tag != NONE && term_is_atom(tag)))
                continue;
            int r = scratch(c);
            emit(c, L4(A("get_tuple_element"), src, make_small(i), XR(r)));
            match(c, CAR(a), XR(r), fail, pvars, npvars);
        }
        return;
    }
    if (head == A("=") && n == 2) {
        match(c, CAR(args), src, fail, pvars, npvars);
        match(c, CAR(CDR(args)), src, fail, pvars, npvars);
        return;
    }
    if (head == ATOM_map && n % 2 == 0) {
        emit(c, L3(A("is_map"), FL(fail), src));
        for (Term a = args; term_is_cons(a); a = CDR(CDR(a))) {
            Term k = literal_of(CAR(a));
            if (k == NONE) {
                Var *kv = term_is_atom(CAR(a)) ? lookup(c, CAR(a)) : NULL;
                if (!kv)
                    fail_at(c->m, CAR(a), "illegal map key in pattern");
                k = NONE;
                int r = scratch(c);
                emit(c, L4(A("get_map_elements"), FL(fail), src,
                           L1(L2(YR(kv->slot), XR(r)))));
                match(c, CAR(CDR(a)), XR(r), fail, pvars, npvars);
                continue;
            }
            int r = scratch(c);
            emit(c, L4(A("get_map_elements"), FL(fail), src,
                       L1(L2(LIT(k), XR(r)))));
            match(c, CAR(CDR(a)), XR(r), fail, pvars, npvars);
        }
        return;
    }
    if (head == A("++") && n == 2) {
        Term prefix = literal_of(CAR(args));
        if (prefix == NONE || !is_string_list(prefix))
            fail_at(c->m, pat, "illegal pattern %s", show(pat));
        Term cur = src;
        for (Term p = prefix; term_is_cons(p); p = CDR(p)) {
            int h = scratch(c), t = scratch(c);
            emit(c, L3(A("is_nonempty_list"), FL(fail), cur));
            emit(c, L4(A("get_list"), cur, XR(h), XR(t)));
            emit(c, L4(A("is_eq_exact"), FL(fail), XR(h), CAR(p)));
            cur = XR(t);
        }
        match(c, CAR(CDR(args)), cur, fail, pvars, npvars);
        return;
    }
    if ((head == A("record") || head == A("make-record")) && n >= 1) {
        Term rec = CAR(args);
        Term fields = record_fields(c, rec, pat);
        int size = (int)len(fields) + 1;
        emit(c, L5(A("is_tagged_tuple"), FL(fail), src, make_small(size),
                   rec));
        for (Term a = CDR(args); term_is_cons(a); a = CDR(CDR(a))) {
            int idx = record_index(c, rec, CAR(a), pat);
            int r = scratch(c);
            emit(c, L4(A("get_tuple_element"), src, make_small(idx - 1),
                       XR(r)));
            match(c, CAR(CDR(a)), XR(r), fail, pvars, npvars);
        }
        return;
    }
    if (head == A("struct") && n >= 1) {
        /* A struct is a map with __struct__ => Mod: match it as one. */
        Term kvs = L2(L2(ATOM_quote, A("__struct__")), L2(ATOM_quote, CAR(args)));
        Term out = NIL;
        for (Term a = CDR(args); term_is_cons(a) && term_is_cons(CDR(a)); a = CDR(CDR(a)))
            out = make_cons(CAR(CDR(a)), make_cons(L2(ATOM_quote, CAR(a)), out));
        Term mp = make_cons(ATOM_map, list_reverse(list_reverse(kvs, NIL), list_reverse(out, NIL)));
        match(c, mp, src, fail, pvars, npvars);
        return;
    }
    if (head == A("binary")) {
        if (args == NIL) {
            emit(c, L4(A("bs_test_tail"), FL(fail), src, make_small(0)));
            return;
        }
        int ctx = scratch(c);
        emit(c, L4(A("bs_start_match"), FL(fail), src, XR(ctx)));
        match_segs(c, args, XR(ctx), true, fail, pvars, npvars);
        return;
    }
    fail_at(c->m, pat, "illegal pattern %s", show(pat));
}

/* A comparison of two operands or a type test, recognised before any of
 * its code is emitted. */
typedef struct Test {
    const char *op;  /* the VM's test instruction */
    Term forms[2];   /* the argument forms, in source order */
    Term ops[2];     /* their operands, once evaluated */
    int n;
    bool swap;       /* the instruction takes them the other way round */
} Test;

static bool test_shape(Cx *c, Term e, Test *t)
{
    if (!term_is_cons(e) || !term_is_atom(CAR(e)))
        return false;
    const char *h = atom_name(CAR(e));
    Term args = CDR(e);
    int64_t n = len(args);
    static const char *const cmp[][3] = {
        {"<", "is_lt", "0"},  {">", "is_lt", "1"},  {">=", "is_ge", "0"},
        {"=<", "is_ge", "1"}, {"==", "is_eq", "0"}, {"/=", "is_ne", "0"},
        {"=:=", "is_eq_exact", "0"}, {"=/=", "is_ne_exact", "0"}};
    if (n == 2) {
        for (size_t i = 0; i < sizeof cmp / sizeof cmp[0]; i++) {
            if (strcmp(h, cmp[i][0]) != 0)
                continue;
            if (find_fun(c, CAR(e), 2))
                return false;
            t->op = cmp[i][1];
            t->forms[0] = nth(args, 0);
            t->forms[1] = nth(args, 1);
            t->n = 2;
            t->swap = cmp[i][2][0] == '1';
            return true;
        }
    }
    static const char *const types[] = {
        "is_integer", "is_float", "is_number", "is_atom", "is_boolean",
        "is_list", "is_tuple", "is_map", "is_binary", "is_bitstring",
        "is_pid", "is_reference", "is_port", "is_function", NULL};
    if (n == 1)
        for (int i = 0; types[i]; i++)
            if (!strcmp(h, types[i]) && !find_fun(c, CAR(e), 1)) {
                t->op = types[i];
                t->forms[0] = CAR(args);
                t->n = 1;
                t->swap = false;
                return true;
            }
    return false;
}

static void test_values(Cx *c, Test *t)
{
    for (int i = 0; i < t->n; i++)
        t->ops[i] = value(c, t->forms[i]);
}

/* The test instruction: on to the next one when true, to fail if not. */
static void test_emit(Cx *c, const Test *t, int fail)
{
    if (t->n == 1)
        emit(c, L3(A(t->op), FL(fail), t->ops[0]));
    else
        emit(c, L4(A(t->op), FL(fail), t->ops[t->swap ? 1 : 0],
                   t->ops[t->swap ? 0 : 1]));
}

/* If e is a two-operand comparison or a type test, or an (or ...) or
 * (and ...) of them, emit the VM's tests (which jump to fail when e is
 * false) and return true.  or and and are strict: every operand is
 * evaluated, left to right, before the first test (the tests themselves
 * cannot raise, so only the operands' own errors are seen, in order). */
static bool test_jump(Cx *c, Term e, int fail)
{
    Test t;
    if (test_shape(c, e, &t)) {
        test_values(c, &t);
        test_emit(c, &t, fail);
        return true;
    }
    if (!term_is_cons(e) || !(is_sym(CAR(e), "or") || is_sym(CAR(e), "and")))
        return false;
    int64_t n = len(CDR(e));
    if (n < 2 || n > 16 || find_fun(c, CAR(e), (int)n))
        return false;
    Test ts[16];
    int i = 0;
    for (Term a = CDR(e); term_is_cons(a); a = CDR(a), i++)
        if (!test_shape(c, CAR(a), &ts[i]))
            return false;
    for (i = 0; i < n; i++)
        test_values(c, &ts[i]);
    if (is_sym(CAR(e), "and")) {
        for (i = 0; i < n; i++)
            test_emit(c, &ts[i], fail);
        return true;
    }
    int ok = new_label(c);
    for (i = 0; i < n - 1; i++) {
        int next = new_label(c);
        test_emit(c, &ts[i], next);
        emit(c, L2(A("jump"), FL(ok)));
        emit_label(c, next);
    }
    test_emit(c, &ts[n - 1], fail);
    emit_label(c, ok);
    return true;
}

/* A guard: (when g ...), each must be true; fails to `fail`. */
static void guard(Cx *c, Term g, int fail)
{
    if (g == NONE)
        return;
    /* A let binding (pat guard value) whose guard is no (when ...) form:
     * the expander rejects it first, but never take it apart blindly. */
    if (!term_is_cons(g) || !is_sym(CAR(g), "when") || len(g) < 0)
        fail_at(c->m, g, "bad guard %s", show(g));
    int saved_fail = c->guard_fail;
    c->guard_fail = fail;
    for (Term t = CDR(g); term_is_cons(t); t = CDR(t)) {
        int saved = c->slots;
        if (!test_jump(c, CAR(t), fail)) {
            expr(c, CAR(t), false);
            emit(c, L4(A("is_eq_exact"), FL(fail), XR(0), ATOM_true_));
        }
        c->slots = saved;
    }
    c->guard_fail = saved_fail;
}

static bool is_when(Term t)
{
    return term_is_cons(t) && is_sym(CAR(t), "when");
}

/* Match pats (a list) against srcs, then the guard; bindings stay bound.
 * Returns the number of variables it bound (to unbind later). */
static void clause_head(Cx *c, Term pats, Term *srcs, Term g, int fail)
{
    Var *pvars[256];
    int npvars = 0;
    int x0 = c->xnext;
    int i = 0;
    for (Term p = pats; term_is_cons(p); p = CDR(p), i++)
        match(c, CAR(p), srcs[i], fail, pvars, &npvars);
    c->xnext = x0;
    guard(c, g, fail);
}

/* Each clause (pattern [guard] body...) matched against src in turn: on
 * a match the instruction on_match (if not NULL), the body, and a jump to
 * out unless in tail position; when no clause matches, control falls
 * through past the last one. */
static void clause_bodies(Cx *c, Term cls, Term src, bool tail, int out,
                          const char *on_match)
{
    for (; term_is_cons(cls); cls = CDR(cls)) {
        Term cl = CAR(cls);
        if (!term_is_cons(cl))
            fail_at(c->m, cl, "bad clause");
        Term pat = CAR(cl), rest = CDR(cl);
        Term g = NONE;
        if (term_is_cons(rest) && is_when(CAR(rest))) {
            g = CAR(rest);
            rest = CDR(rest);
        }
        int next = new_label(c);
        int nv = c->nvars, slots = c->slots;
        clause_head(c, L1(pat), &src, g, next);
        if (on_match)
            emit(c, L1(A(on_match)));
        body(c, rest, tail);
        if (!tail)
            emit(c, L2(A("jump"), FL(out)));
        c->nvars = nv;
        c->slots = slots;
        emit_label(c, next);
    }
}

/* Clauses (pattern [guard] body...) against one value. */
static void clauses(Cx *c, Term cls, Term src, bool tail, int nomatch,
                    Term nomatch_value)
{
    int out = new_label(c);
    clause_bodies(c, cls, src, tail, out, NULL);
    if (nomatch == 0) {
        emit(c, L3(A("move"), LIT(nomatch_value), XR(0)));
        done(c, tail);
    } else {
        emit(c, L2(A(nomatch == 1 ? "case_end" : "try_case_end"), src));
    }
    emit_label(c, out);
}

/* ---- control forms ----------------------------------------------------- */

static void let_form(Cx *c, Term e, bool tail)
{
    Term bindings = nth(e, 1);
    if (len(bindings) < 0)
        fail_at(c->m, e, "bad let bindings");
    int nv = c->nvars;
    /* Values are computed in the outer scope, then matched. */
    int n = (int)len(bindings);
    Term *srcs = gc_alloc((n ? n : 1) * sizeof(Term));
    int i = 0;
    for (Term b = bindings; term_is_cons(b); b = CDR(b), i++) {
        Term bd = CAR(b);
        int64_t bl = len(bd);
        if (bl < 2 || bl > 3)
            fail_at(c->m, bd, "bad let binding");
        Term ex = bl == 2 ? nth(bd, 1) : nth(bd, 2);
        Term v = value(c, ex);
        srcs[i] = v;
    }
    i = 0;
    for (Term b = bindings; term_is_cons(b); b = CDR(b), i++) {
        Term bd = CAR(b);
        Term pat = nth(bd, 0);
        Term g = len(bd) == 3 ? nth(bd, 1) : NONE;
        if (term_is_atom(pat) && g == NONE) {
            Var *pv[1];
            int np = 0;
            match_var(c, pat, srcs[i], 0, pv, &np);
            continue;
        }
        int bad = new_label(c), ok = new_label(c);
        clause_head(c, L1(pat), &srcs[i], g, bad);
        emit(c, L2(A("jump"), FL(ok)));
        emit_label(c, bad);
        emit(c, L2(A("badmatch"), srcs[i]));
        emit_label(c, ok);
    }
    body(c, CDR(CDR(e)), tail);
    c->nvars = nv;
}

static void case_form(Cx *c, Term e, bool tail)
{
    int saved = c->slots;
    Term v = value(c, nth(e, 1));
    if (!term_is_cons(v) || CAR(v) != A("y")) {
        int s = new_slot(c);
        emit(c, L3(A("move"), v, YR(s)));
        v = YR(s);
    }
    clauses(c, CDR(CDR(e)), v, tail, 1, NONE);
    c->slots = saved;
}

static void if_form(Cx *c, Term e, bool tail)
{
    int64_t n = len(e);
    if (n < 3 || n > 4)
        fail_at(c->m, e, "bad if form");
    int els = new_label(c), bad = new_label(c), out = new_label(c);
    int saved = c->slots;
    if (test_jump(c, nth(e, 1), els)) {
        /* the test is boolean by construction: no case_clause path */
        c->slots = saved;
        expr(c, nth(e, 2), tail);
        if (!tail)
            emit(c, L2(A("jump"), FL(out)));
        emit_label(c, els);
        if (n == 4)
            expr(c, nth(e, 3), tail);
        else {
            emit(c, L3(A("move"), ATOM_false_, XR(0)));
            done(c, tail);
        }
        emit_label(c, bad);
        emit_label(c, out);
        return;
    }
    expr(c, nth(e, 1), false);
    emit(c, L4(A("is_eq_exact"), FL(els), XR(0), ATOM_true_));
    expr(c, nth(e, 2), tail);
    if (!tail)
        emit(c, L2(A("jump"), FL(out)));
    emit_label(c, els);
    emit(c, L4(A("is_eq_exact"), FL(bad), XR(0), ATOM_false_));
    if (n == 4)
        expr(c, nth(e, 3), tail);
    else {
        emit(c, L3(A("move"), ATOM_false_, XR(0)));
        done(c, tail);
    }
    if (!tail)
        emit(c, L2(A("jump"), FL(out)));
    emit_label(c, bad);
    emit(c, L2(A("case_end"), XR(0)));
    emit_label(c, out);
}

static void cond_form(Cx *c, Term e, bool tail)
{
    int out = new_label(c);
    for (Term cls = CDR(e); term_is_cons(cls); cls = CDR(cls)) {
        Term cl = CAR(cls);
        if (!term_is_cons(cl))
            fail_at(c->m, cl, "bad cond clause");
        Term test = CAR(cl), rest = CDR(cl);
        int next = new_label(c);
        int nv = c->nvars, slots = c->slots;
        if (is_sym(test, "else")) {
            body(c, rest, tail);
        } else if (term_is_cons(test) && is_sym(CAR(test), "?=")) {
            int64_t tl = len(test);
            Term pat = nth(test, 1);
            Term g = tl == 4 ? nth(test, 2) : NONE;
            Term v = value(c, tl == 4 ? nth(test, 3) : nth(test, 2));
            clause_head(c, L1(pat), &v, g, next);
            body(c, rest, tail);
        } else {
            int saved_slots = c->slots;
            /* a comparison or type test needs no boolean in x0 */
            if (rest != NIL && test_jump(c, test, next)) {
                c->slots = saved_slots;
                body(c, rest, tail);
                if (!tail)
                    emit(c, L2(A("jump"), FL(out)));
                c->nvars = nv;
                c->slots = slots;
                emit_label(c, next);
                continue;
            }
            expr(c, test, false);
            emit(c, L4(A("is_eq_exact"), FL(next), XR(0), ATOM_true_));
            if (rest == NIL) {
                emit(c, L3(A("move"), ATOM_true_, XR(0)));
                done(c, tail);
            } else {
                body(c, rest, tail);
            }
        }
        if (!tail)
            emit(c, L2(A("jump"), FL(out)));
        c->nvars = nv;
        c->slots = slots;
        emit_label(c, next);
    }
    emit(c, L3(A("move"), ATOM_false_, XR(0)));
    done(c, tail);
    emit_label(c, out);
}

static void catch_form(Cx *c, Term e, bool tail)
{
    int s = new_slot(c);
    int handler = new_label(c);
    emit(c, L3(A("catch"), YR(s), FL(handler)));
    body(c, CDR(e), false);
    emit_label(c, handler);
    emit(c, L2(A("catch_end"), YR(s)));
    done(c, tail);
}

/* (receive clause... [(after Timeout body...)]): the BEAM's loop over
 * the message queue with the save pointer:
 *
 *   loop:  loop_rec wait, x0        the next message, or go to wait
 *          <clauses: on a match remove_message, then the body>
 *          loop_rec_end loop        no clause matched: try the next one
 *   wait:  wait loop  |  wait_timeout loop, T ; timeout ; after body
 */
static void receive_form(Cx *c, Term e, bool tail)
{
    if (c->guard_fail)
        fail_at(c->m, e, "illegal guard expression");
    Term cls = NIL, after = NONE;
    for (Term t = CDR(e); term_is_cons(t); t = CDR(t)) {
        Term cl = CAR(t);
        if (term_is_cons(cl) && is_sym(CAR(cl), "after") && CDR(t) == NIL)
            after = cl;
        else
            cls = make_cons(cl, cls);
    }
    cls = list_reverse(cls, NIL);
    int saved = c->slots;
    Term tmo = NONE;
    if (after != NONE) {
        if (!term_is_cons(CDR(after)))
            fail_at(c->m, after, "bad after clause");
        tmo = value(c, CAR(CDR(after)));
    }
    int msg = new_slot(c);
    int loop = new_label(c), wait = new_label(c), out = new_label(c);
    emit_label(c, loop);
    emit(c, L3(A("loop_rec"), FL(wait), YR(msg)));
    clause_bodies(c, cls, YR(msg), tail, out, "remove_message");
    emit(c, L2(A("loop_rec_end"), FL(loop)));
    emit_label(c, wait);
    if (after == NONE) {
        emit(c, L2(A("wait"), FL(loop)));
    } else {
        emit(c, L3(A("wait_timeout"), FL(loop), tmo));
        emit(c, L1(A("timeout")));
        body(c, CDR(CDR(after)), tail);
    }
    emit_label(c, out);
    c->slots = saved;
}

static Term section(Term e, const char *name)
{
    for (Term t = CDR(CDR(e)); term_is_cons(t); t = CDR(t))
        if (term_is_cons(CAR(t)) && is_sym(CAR(CAR(t)), name))
            return CDR(CAR(t));
    return NONE;
}

static void try_form(Cx *c, Term e, bool tail)
{
    Term cases = section(e, "case"), catches = section(e, "catch");
    Term after = section(e, "after");
    int marker = new_slot(c);
    int result = new_slot(c);
    int handler = new_label(c), out = new_label(c);
    int after_slot = -1, rethrow = -1;
    if (after != NONE) {
        after_slot = new_slot(c); /* an outer catch around everything */
        rethrow = new_label(c);
        emit(c, L3(A("try"), YR(after_slot), FL(rethrow)));
    }
    emit(c, L3(A("try"), YR(marker), FL(handler)));
    expr(c, nth(e, 1), false);
    emit(c, L2(A("try_end"), YR(marker)));
    if (cases != NONE) {
        emit(c, L3(A("move"), XR(0), YR(result)));
        clauses(c, cases, YR(result), false, 2, NONE);
    }
    emit(c, L2(A("jump"), FL(out)));
    emit_label(c, handler);
    emit(c, L2(A("try_case"), YR(marker)));
    if (catches != NONE) {
        /* Match clauses against #(class reason trace). */
        emit(c, L3(A("put_tuple"), XR(0), L3(XR(0), XR(1), XR(2))));
        emit(c, L3(A("move"), XR(0), YR(result)));
        int reraise = new_label(c);
        int cout = new_label(c);
        clause_bodies(c, catches, YR(result), false, cout, NULL);
        emit_label(c, reraise);
        emit(c, L4(A("get_tuple_element"), YR(result), make_small(0), XR(0)));
        emit(c, L4(A("get_tuple_element"), YR(result), make_small(1), XR(1)));
        emit(c, L3(A("raise"), XR(0), XR(1)));
        emit_label(c, cout);
    } else {
        emit(c, L3(A("raise"), XR(0), XR(1)));
    }
    emit_label(c, out);
    if (after != NONE) {
        int done_l = new_label(c);
        emit(c, L2(A("try_end"), YR(after_slot)));
        emit(c, L3(A("move"), XR(0), YR(result)));
        body(c, after, false);
        emit(c, L3(A("move"), YR(result), XR(0)));
        emit(c, L2(A("jump"), FL(done_l)));
        emit_label(c, rethrow);
        emit(c, L2(A("try_case"), YR(after_slot)));
        emit(c, L3(A("put_tuple"), XR(0), L2(XR(0), XR(1))));
        emit(c, L3(A("move"), XR(0), YR(result)));
        body(c, after, false);
        emit(c, L4(A("get_tuple_element"), YR(result), make_small(0), XR(0)));
        emit(c, L4(A("get_tuple_element"), YR(result), make_small(1), XR(1)));
        emit(c, L3(A("raise"), XR(0), XR(1)));
        emit_label(c, done_l);
    }
    done(c, tail);
}

/* A let directly in a maybe body is part of that body, as LFE translates
 * it: each binding (p [guard] e) becomes
 *   (?= p (let ((-maybe-let-val- e))
 *           (case -maybe-let-val- (p [guard] -maybe-let-val-)
 *             (_ (erlang:error (tuple 'badmatch -maybe-let-val-))))))
 * (a match that never fails the maybe: a mismatch is badmatch), and its
 * body's forms follow, so a ?= among them ends the maybe. */
static Term flatten_maybe_lets(Term b)
{
    Term out = NIL;
    Term val = A("-maybe-let-val-");
    for (; term_is_cons(b); b = CDR(b)) {
        Term x = CAR(b);
        bool flat = term_is_cons(x) && is_sym(CAR(x), "let") && len(x) >= 2;
        for (Term l = flat ? nth(x, 1) : NIL; flat && l != NIL; l = CDR(l)) {
            int64_t n = term_is_cons(l) ? len(CAR(l)) : -1;
            flat = n == 2 || (n == 3 && term_is_cons(nth(CAR(l), 1)) &&
                              is_sym(CAR(nth(CAR(l), 1)), "when"));
        }
        if (!flat) {
            out = make_cons(x, out);
            continue;
        }
        for (Term l = nth(x, 1); term_is_cons(l); l = CDR(l)) {
            Term bd = CAR(l), pat = CAR(bd);
            bool guarded = len(bd) == 3;
            Term ex = nth(bd, guarded ? 2 : 1);
            Term ok = guarded ? L3(pat, nth(bd, 1), val) : L2(pat, val);
            Term bad = L2(A("_"), L4(A("call"), L2(ATOM_quote, A("erlang")),
                                     L2(ATOM_quote, A("error")),
                                     L3(A("tuple"),
                                        L2(ATOM_quote, A("badmatch")), val)));
            Term chk = L4(A("case"), val, ok, bad);
            out = make_cons(L3(A("?="), pat,
                               L3(A("let"), L1(L2(val, ex)), chk)),
                            out);
        }
        for (Term l = flatten_maybe_lets(CDR(CDR(x))); term_is_cons(l);
             l = CDR(l))
            out = make_cons(CAR(l), out);
    }
    return list_reverse(out, NIL);
}

/* (maybe e ... (?= p [g] e) ... [(else clause ...)]): a failed ?= makes
 * its value the value of the maybe, or hands it to the else clauses. */
static void maybe_form(Cx *c, Term e, bool tail)
{
    Term forms = flatten_maybe_lets(CDR(e)), els = NONE;
    Term body_forms = NIL;
    for (Term f = forms; term_is_cons(f); f = CDR(f)) {
        if (term_is_cons(CAR(f)) && is_sym(CAR(CAR(f)), "else") &&
            CDR(f) == NIL)
            els = CDR(CAR(f));
        else
            body_forms = make_cons(CAR(f), body_forms);
    }
    body_forms = list_reverse(body_forms, NIL);
    int nv = c->nvars;
    int vs = new_slot(c);
    int failed = new_label(c), out = new_label(c);
    if (body_forms == NIL)
        emit(c, L3(A("move"), NIL, XR(0)));
    for (Term f = body_forms; term_is_cons(f); f = CDR(f)) {
        Term x = CAR(f);
        if (term_is_cons(x) && is_sym(CAR(x), "?=")) {
            int64_t xl = len(x);
            if (xl != 3 && xl != 4)
                fail_at(c->m, x, "bad ?= form");
            Term pat = nth(x, 1);
            Term g = xl == 4 ? nth(x, 2) : NONE;
            expr(c, xl == 4 ? nth(x, 3) : nth(x, 2), false);
            /* Its own slot: variables bound by the pattern may name it. */
            int si = new_slot(c);
            emit(c, L3(A("move"), XR(0), YR(si)));
            Term src = YR(si);
            int nomatch = new_label(c), matched = new_label(c);
            clause_head(c, L1(pat), &src, g, nomatch);
            emit(c, L2(A("jump"), FL(matched)));
            emit_label(c, nomatch);
            emit(c, L3(A("move"), YR(si), YR(vs)));
            emit(c, L2(A("jump"), FL(failed)));
            emit_label(c, matched);
            emit(c, L3(A("move"), YR(si), XR(0)));
        } else {
            expr(c, x, false);
        }
    }
    emit(c, L2(A("jump"), FL(out)));
    emit_label(c, failed);
    if (els == NONE) {
        emit(c, L3(A("move"), YR(vs), XR(0)));
    } else {
        int bad = new_label(c), done_l = new_label(c);
        for (Term cls = els; term_is_cons(cls); cls = CDR(cls)) {
            Term cl = CAR(cls);
            Term pat = CAR(cl), rest = CDR(cl), g = NONE;
            if (term_is_cons(rest) && is_when(CAR(rest))) {
                g = CAR(rest);
                rest = CDR(rest);
            }
            int next = new_label(c);
            int nv2 = c->nvars, slots = c->slots;
            Term src = YR(vs);
            /* else clauses are written like match-lambda: ((p) body) */
            if (len(pat) != 1)
                fail_at(c->m, cl, "bad else clause in maybe");
            clause_head(c, pat, &src, g, next);
            body(c, rest, false);
            emit(c, L2(A("jump"), FL(done_l)));
            c->nvars = nv2;
            c->slots = slots;
            emit_label(c, next);
        }
        emit_label(c, bad);
        emit(c, L3(A("put_tuple"), XR(0),
                   L2(A("else_clause"), YR(vs))));
        emit(c, L3(A("raise"), ATOM_error, XR(0)));
        emit_label(c, done_l);
    }
    emit_label(c, out);
    c->nvars = nv;
    done(c, tail);
}

/* (lc (qual ...) e) as a local recursive function per generator. */
static Term gensym(Cx *c, const char *base)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s$%d", base, c->m->fun_counter++);
    return A(buf);
}

/* Comprehensions as local recursive functions, one per generator.  For
 * lc the pieces are joined with ++, for bc as binary segments. */
static Term comp_join(bool bin, Term inner, Term recur)
{
    if (!bin)
        return L3(A("++"), inner, recur);
    return L3(A("binary"), L2(inner, A("bitstring")), L2(recur, A("bitstring")));
}

static Term comp_empty(bool bin)
{
    return bin ? L1(A("binary")) : NIL;
}

static Term comp_rewrite(Cx *c, Term quals, Term e, bool bin)
{
    if (quals == NIL)
        return bin ? e : L2(ATOM_list, e);
    Term q = CAR(quals), rest = CDR(quals);
    bool list_gen = term_is_cons(q) && is_sym(CAR(q), "<-");
    bool bin_gen = term_is_cons(q) && is_sym(CAR(q), "<=");
    if (list_gen || bin_gen) {
        int64_t ql = len(q);
        if (ql != 3 && ql != 4)
            fail_at(c->m, q, "bad generator %s", show(q));
        Term pat = nth(q, 1);
        Term g = ql == 4 ? nth(q, 2) : NONE;
        Term src = ql == 4 ? nth(q, 3) : nth(q, 2);
        Term fn = gensym(c, "comp"), l = gensym(c, "l"), t = gensym(c, "t");
        Term inner = comp_rewrite(c, rest, e, bin);
        Term recur = L2(fn, t);
        Term head, skip;
        if (list_gen) {
            head = L3(A("cons"), pat, t);
            skip = L3(A("cons"), A("_"), t);
        } else {
            if (!term_is_cons(pat) || !is_sym(CAR(pat), "binary"))
                fail_at(c->m, q, "a binary generator needs a binary pattern");
            Term tailseg = L1(L2(t, A("bitstring")));
            head = make_cons(A("binary"), list_reverse(list_reverse(CDR(pat), NIL), tailseg));
            skip = NONE;
        }
        Term body1 = comp_join(bin, inner, recur);
        Term cl1 = g == NONE ? L2(head, body1) : L3(head, g, body1);
        Term cls;
        if (list_gen)
            cls = L3(cl1, L2(skip, recur), L2(NIL, comp_empty(bin)));
        else if (g == NONE)
            cls = L2(cl1, L2(A("_"), comp_empty(bin)));
        else /* a failed guard skips the element */
            cls = L3(cl1, L2(head, recur), L2(A("_"), comp_empty(bin)));
        Term lam = L3(ATOM_lambda, L1(l), make_cons(A("case"), make_cons(l, cls)));
        return L3(A("letrec-function"), L1(L2(fn, lam)), L2(fn, src));
    }
    return L4(A("if"), q, comp_rewrite(c, rest, e, bin), comp_empty(bin));
}

/* ---- the dispatcher -------------------------------------------------- */

static void map_form(Cx *c, Term base, Term kvs, const char *op, bool tail,
                     Term form)
{
    if (len(kvs) < 0 || len(kvs) % 2 != 0)
        fail_at(c->m, form, "bad map form");
    int saved = c->slots;
    Term b = base == NONE ? LIT(map_new()) : value(c, base);
    Term pairs = NIL;
    Term *ops;
    int n;
    ops = values(c, kvs, &n);
    for (int i = n - 2; i >= 0; i -= 2)
        pairs = make_cons(L2(ops[i], ops[i + 1]), pairs);
    emit(c, L5(A(op), c->guard_fail ? FL(c->guard_fail) : make_small(0), b,
               XR(0), pairs));
    c->slots = saved;
    done(c, tail);
}

static void record_make(Cx *c, Term e, bool tail)
{
    Term rec = nth(e, 1);
    Term fields = record_fields(c, rec, e);
    int nf = (int)len(fields);
    Term *vals = gc_alloc((size_t)(nf + 1) * sizeof(Term));
    int saved = c->slots;
    for (int i = 0; i < nf; i++)
        vals[i] = NONE;
    for (Term a = CDR(CDR(e)); term_is_cons(a); a = CDR(CDR(a))) {
        int idx = record_index(c, rec, CAR(a), e);
        vals[idx - 2] = value(c, CAR(CDR(a)));
    }
    int i = 0;
    for (Term f = fields; term_is_cons(f); f = CDR(f), i++) {
        if (vals[i] != NONE)
            continue;
        Term fd = CAR(f);
        vals[i] = term_is_cons(fd) && len(fd) >= 2 ? value(c, nth(fd, 1))
                                                   : ATOM_undefined;
    }
    Term srcs = NIL;
    for (int k = nf - 1; k >= 0; k--)
        srcs = make_cons(vals[k], srcs);
    emit(c, L3(A("put_tuple"), XR(0), make_cons(LIT(rec), srcs)));
    c->slots = saved;
    done(c, tail);
}

/* Check that v (an operand) is a record `rec`, else badrecord. */
static void record_check(Cx *c, Term v, Term rec, Term form)
{
    int size = (int)len(record_fields(c, rec, form)) + 1;
    int ok = new_label(c), bad = new_label(c);
    emit(c, L5(A("is_tagged_tuple"), FL(c->guard_fail ? c->guard_fail : bad),
               v, make_small(size), rec));
    emit(c, L2(A("jump"), FL(ok)));
    emit_label(c, bad);
    emit(c, L3(A("put_tuple"), XR(0), L2(ATOM_badrecord, v)));
    emit(c, L3(A("raise"), ATOM_error, XR(0)));
    emit_label(c, ok);
}

static void call_form(Cx *c, Term e, bool tail)
{
    Term head = CAR(e), args = CDR(e);
    int n = (int)len(args);
    if (n < 0)
        fail_at(c->m, e, "bad call");
    const char *h = atom_name(head);
    /* Operators and BIF-like core functions. */
    if (!strcmp(h, "+") || !strcmp(h, "-") || !strcmp(h, "*") ||
        !strcmp(h, "/") || !strcmp(h, "div") || !strcmp(h, "rem") ||
        !strcmp(h, "band") || !strcmp(h, "bor") || !strcmp(h, "bxor") ||
        !strcmp(h, "bsl") || !strcmp(h, "bsr") || !strcmp(h, "and") ||
        !strcmp(h, "or") || !strcmp(h, "xor")) {
        arith_chain(c, h, args, tail, e);
        return;
    }
    if (!strcmp(h, "==") || !strcmp(h, "/=") || !strcmp(h, "=:=") ||
        !strcmp(h, "=/=") || !strcmp(h, "<") || !strcmp(h, ">") ||
        !strcmp(h, "=<") || !strcmp(h, ">=")) {
        compare_chain(c, h, args, tail, e);
        return;
    }
    if (!strcmp(h, "andalso") || !strcmp(h, "orelse")) {
        andalso_orelse(c, h[0] == 'a', args, tail);
        return;
    }
    if ((!strcmp(h, "++") || !strcmp(h, "--")) && n >= 1) {
        if (n == 1) {
            expr(c, CAR(args), tail);
            return;
        }
        /* right to left: (++ a b c) is a ++ (b ++ c) */
        int saved = c->slots;
        int k;
        Term *ops = values(c, args, &k);
        Term acc = ops[k - 1];
        for (int i = k - 2; i >= 0; i--) {
            Term pr[2] = {ops[i], acc};
            bif_call(c, "erlang", h, pr, 2, false);
            if (i > 0) {
                int s = new_slot(c);
                emit(c, L3(A("move"), XR(0), YR(s)));
                acc = YR(s);
            }
        }
        c->slots = saved;
        done(c, tail);
        return;
    }
    /* Local functions, then imports, then auto-imported BIFs. */
    LocalFun *f = find_fun(c, head, n);
    if (f) {
        if (f->scope == 0 && autoimport_find(head, n) == AUTOIMPORT_OLD)
            fail_at(c->m, e,
                    "ambiguous call of overridden pre R14 auto-imported BIF "
                    "%s/%d\n - use erlang:%s/%d or \"-compile({no_auto_import,"
                    "[%s/%d]}).\" to resolve name clash",
                    h, n, h, n, h, n);
        local_call(c, f, args, tail, e);
        return;
    }
    for (Term im = c->m->imports; term_is_cons(im); im = CDR(im)) {
        Term i3 = CAR(im);
        if (nth(i3, 0) == head && small_val(nth(i3, 1)) == n) {
            remote_call(c, nth(i3, 2), nth(i3, 3), args, tail, e);
            return;
        }
    }
    if (c->guard_fail && !is_guard_bif(A("erlang"), head, n))
        fail_at(c->m, e, "illegal guard expression");
    bool imported = autoimport_find(head, n) != AUTOIMPORT_NO;
    if (imported && is_bif(A("erlang"), head, n)) {
        if (c->guard_fail || !tail) {
            int saved = c->slots;
            int k;
            Term *ops = values(c, args, &k);
            emit_line(c, e);
            bif_call(c, "erlang", h, ops, k, tail);
            c->slots = saved;
            return;
        }
        remote_call(c, A("erlang"), head, args, tail, e);
        return;
    }
    if (imported && !c->guard_fail) {
        remote_call(c, A("erlang"), head, args, tail, e);
        return;
    }
    fail_at(c->m, e, "function %s/%d undefined", h, n);
}

static void expr(Cx *c, Term e, bool tail)
{
    Term lit = literal_of(e);
    if (lit != NONE) {
        emit(c, L3(A("move"), LIT(lit), XR(0)));
        done(c, tail);
        return;
    }
    if (term_is_atom(e)) {
        emit(c, L3(A("move"), operand(c, e), XR(0)));
        done(c, tail);
        return;
    }
    if (!term_is_cons(e) || len(e) < 0)
        fail_at(c->m, e, "illegal expression %s", show(e));
    SrcPos here;
    if (c->m->pos && srcmap_get(c->m->pos, e, &here))
        c->m->last_form = e;
    Term head = CAR(e), args = CDR(e);
    int64_t n = len(args);
    if (!term_is_atom(head)) {
        if (term_is_cons(head) && (CAR(head) == ATOM_lambda ||
                                   CAR(head) == ATOM_match_lambda)) {
            expr(c, make_cons(A("funcall"), e), tail);
            return;
        }
        fail_at(c->m, e, "illegal function call %s", show(e));
    }
    const char *h = atom_name(head);
    if (!strcmp(h, "progn")) {
        body(c, args, tail);
    } else if (!strcmp(h, "prog1") || !strcmp(h, "prog2")) {
        int k = h[4] == '1' ? 0 : 1;
        int saved = c->slots;
        int s = new_slot(c), i = 0;
        for (Term a = args; term_is_cons(a); a = CDR(a), i++) {
            expr(c, CAR(a), false);
            if (i == k)
                emit(c, L3(A("move"), XR(0), YR(s)));
        }
        emit(c, L3(A("move"), YR(s), XR(0)));
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "cons") && n == 2) {
        int saved = c->slots;
        int k;
        Term *ops = values(c, args, &k);
        emit(c, L4(A("put_list"), ops[0], ops[1], XR(0)));
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "list")) {
        make_list(c, args, tail);
    } else if (!strcmp(h, "tuple")) {
        int saved = c->slots;
        int k;
        Term *ops = values(c, args, &k);
        emit(c, L3(A("put_tuple"), XR(0), ops_list(ops, k)));
        c->slots = saved;
        done(c, tail);
    } else if ((!strcmp(h, "car") || !strcmp(h, "cdr")) && n == 1) {
        Term o = value(c, CAR(args));
        bif_call(c, "erlang", h[1] == 'a' ? "hd" : "tl", &o, 1, tail);
    } else if (!strcmp(h, "tref") && n == 2) {
        int saved = c->slots;
        Term ops[2];
        ops[1] = value(c, nth(args, 0));
        ops[0] = value(c, nth(args, 1));
        bif_call(c, "erlang", "element", ops, 2, tail);
        c->slots = saved;
    } else if (!strcmp(h, "tset") && n == 3) {
        int saved = c->slots;
        Term ops[3];
        ops[1] = value(c, nth(args, 0));
        ops[0] = value(c, nth(args, 1));
        ops[2] = value(c, nth(args, 2));
        bif_call(c, "erlang", "setelement", ops, 3, tail);
        c->slots = saved;
    } else if (!strcmp(h, "map")) {
        map_form(c, NONE, args, "put_map_assoc", tail, e);
    } else if ((!strcmp(h, "map-set") || !strcmp(h, "mset")) && n >= 1) {
        map_form(c, CAR(args), CDR(args), "put_map_assoc", tail, e);
    } else if ((!strcmp(h, "map-update") || !strcmp(h, "mupd")) && n >= 1) {
        map_form(c, CAR(args), CDR(args), "put_map_exact", tail, e);
    } else if ((!strcmp(h, "map-get") || !strcmp(h, "mref")) && n == 2) {
        int saved = c->slots;
        Term ops[2];
        ops[1] = value(c, nth(args, 0));
        ops[0] = value(c, nth(args, 1));
        bif_call(c, "erlang", "map_get", ops, 2, tail);
        c->slots = saved;
    } else if ((!strcmp(h, "map-size") || !strcmp(h, "msiz")) && n == 1) {
        Term o = value(c, CAR(args));
        bif_call(c, "erlang", "map_size", &o, 1, tail);
    } else if ((!strcmp(h, "map-remove") || !strcmp(h, "mrem")) && n >= 1) {
        int saved = c->slots;
        Term m = value(c, CAR(args));
        for (Term k = CDR(args); term_is_cons(k); k = CDR(k)) {
            Term ops[2] = {value(c, CAR(k)), m};
            bif_call(c, "maps", "remove", ops, 2, false);
            int s = new_slot(c);
            emit(c, L3(A("move"), XR(0), YR(s)));
            m = YR(s);
        }
        emit(c, L3(A("move"), m, XR(0)));
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "lambda") || !strcmp(h, "match-lambda")) {
        lambda_expr(c, e, tail);
    } else if (!strcmp(h, "function")) {
        function_ref(c, e, tail);
    } else if (!strcmp(h, "let")) {
        let_form(c, e, tail);
    } else if (!strcmp(h, "let-function")) {
        local_functions(c, nth(e, 1), CDR(CDR(e)), tail, false);
    } else if (!strcmp(h, "letrec-function")) {
        local_functions(c, nth(e, 1), CDR(CDR(e)), tail, true);
    } else if (!strcmp(h, "if")) {
        if_form(c, e, tail);
    } else if (!strcmp(h, "case")) {
        case_form(c, e, tail);
    } else if (!strcmp(h, "cond")) {
        cond_form(c, e, tail);
    } else if (!strcmp(h, "catch")) {
        catch_form(c, e, tail);
    } else if (!strcmp(h, "try")) {
        try_form(c, e, tail);
    } else if ((!strcmp(h, "lc") || !strcmp(h, "list-comp")) && n == 2) {
        expr(c, comp_rewrite(c, nth(args, 0), nth(args, 1), false), tail);
    } else if (!strcmp(h, "funcall") && n >= 1) {
        int saved = c->slots;
        int k;
        Term *ops = values(c, args, &k);
        /* the arguments in x0..x(k-2), then the fun */
        Term *in = gc_alloc((size_t)k * sizeof(Term));
        memcpy(in, ops + 1, (size_t)(k - 1) * sizeof(Term));
        in[k - 1] = ops[0];
        emit_call(c, "call_fun", in, k, k - 1, NONE, tail, e);
        c->slots = saved;
    } else if (!strcmp(h, "call") && n >= 2) {
        Term mq = literal_of(nth(args, 0)), fq = literal_of(nth(args, 1));
        if (mq != NONE && fq != NONE && term_is_atom(mq) && term_is_atom(fq)) {
            remote_call(c, mq, fq, CDR(CDR(args)), tail, e);
            return;
        }
        int saved = c->slots;
        int k;
        Term *ops = values(c, args, &k);
        /* the arguments in x0..x(k-3), then the module and the function */
        Term *in = gc_alloc((size_t)k * sizeof(Term));
        memcpy(in, ops + 2, (size_t)(k - 2) * sizeof(Term));
        in[k - 2] = ops[0];
        in[k - 1] = ops[1];
        emit_call(c, "apply", in, k, k - 2, NONE, tail, e);
        c->slots = saved;
    } else if ((!strcmp(h, "record") || !strcmp(h, "make-record")) && n >= 1) {
        record_make(c, e, tail);
    } else if (!strcmp(h, "struct") && n >= 1) {
        Term mod = CAR(args);
        Term pairs = NIL;
        for (Term a = CDR(args); term_is_cons(a) && term_is_cons(CDR(a)); a = CDR(CDR(a)))
            pairs = make_cons(L3(ATOM_tuple, L2(ATOM_quote, CAR(a)), CAR(CDR(a))), pairs);
        if (mod == c->m->name && c->m->struct_default != NONE) {
            Term kvs = NIL;
            for (Term a = CDR(args); term_is_cons(a) && term_is_cons(CDR(a)); a = CDR(CDR(a)))
                kvs = make_cons(CAR(CDR(a)), make_cons(L2(ATOM_quote, CAR(a)), kvs));
            kvs = list_reverse(kvs, NIL);
            map_form(c, L2(ATOM_quote, c->m->struct_default), kvs, "put_map_exact", tail, e);
        } else {
            expr(c, L4(A("call"), L2(ATOM_quote, mod), L2(ATOM_quote, A("__struct__")),
                       make_cons(ATOM_list, list_reverse(pairs, NIL))), tail);
        }
    } else if (!strcmp(h, "is-struct") && (n == 1 || n == 2)) {
        int saved = c->slots;
        Term v = value(c, nth(args, 0));
        int no = new_label(c), out = new_label(c);
        int r = scratch(c);
        emit(c, L3(A("is_map"), FL(no), v));
        emit(c, L4(A("get_map_elements"), FL(no), v,
                   L1(L2(A("__struct__"), XR(r)))));
        if (n == 2)
            emit(c, L4(A("is_eq_exact"), FL(no), XR(r), LIT(nth(args, 1))));
        else
            emit(c, L3(A("is_atom"), FL(no), XR(r)));
        c->xnext = 0;
        emit(c, L3(A("move"), ATOM_true_, XR(0)));
        emit(c, L2(A("jump"), FL(out)));
        emit_label(c, no);
        emit(c, L3(A("move"), ATOM_false_, XR(0)));
        emit_label(c, out);
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "struct-field") && n == 3) {
        int saved = c->slots;
        Term ops[2] = {LIT(nth(args, 2)), value(c, nth(args, 0))};
        bif_call(c, "erlang", "map_get", ops, 2, tail);
        c->slots = saved;
    } else if (!strcmp(h, "struct-update") && n >= 2) {
        Term kvs = NIL;
        for (Term a = CDR(CDR(args)); term_is_cons(a) && term_is_cons(CDR(a)); a = CDR(CDR(a)))
            kvs = make_cons(CAR(CDR(a)), make_cons(L2(ATOM_quote, CAR(a)), kvs));
        map_form(c, nth(args, 0), list_reverse(kvs, NIL), "put_map_exact", tail, e);
    } else if (!strcmp(h, "is-record") && n == 2) {
        int saved = c->slots;
        Term v = value(c, nth(args, 0));
        Term rec = literal_of(nth(args, 1));
        if (rec == NONE)
            rec = nth(args, 1);
        int size = (int)len(record_fields(c, rec, e)) + 1;
        int no = new_label(c), out = new_label(c);
        emit(c, L5(A("is_tagged_tuple"), FL(no), v, make_small(size), rec));
        emit(c, L3(A("move"), ATOM_true_, XR(0)));
        emit(c, L2(A("jump"), FL(out)));
        emit_label(c, no);
        emit(c, L3(A("move"), ATOM_false_, XR(0)));
        emit_label(c, out);
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "record-index") && n == 2) {
        int idx = record_index(c, nth(args, 0), nth(args, 1), e);
        emit(c, L3(A("move"), make_small(idx), XR(0)));
        done(c, tail);
    } else if (!strcmp(h, "record-field") && n == 3) {
        int saved = c->slots;
        Term v = value(c, nth(args, 0));
        Term rec = nth(args, 1);
        record_check(c, v, rec, e);
        int idx = record_index(c, rec, nth(args, 2), e);
        emit(c, L4(A("get_tuple_element"), v, make_small(idx - 1), XR(0)));
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "record-update") && n >= 2) {
        int saved = c->slots;
        Term v = value(c, nth(args, 0));
        Term rec = nth(args, 1);
        record_check(c, v, rec, e);
        Term cur = v;
        for (Term a = CDR(CDR(args)); term_is_cons(a); a = CDR(CDR(a))) {
            int idx = record_index(c, rec, CAR(a), e);
            Term ops[3] = {make_small(idx), cur, value(c, CAR(CDR(a)))};
            bif_call(c, "erlang", "setelement", ops, 3, false);
            int s = new_slot(c);
            emit(c, L3(A("move"), XR(0), YR(s)));
            cur = YR(s);
        }
        emit(c, L3(A("move"), cur, XR(0)));
        c->slots = saved;
        done(c, tail);
    } else if (!strcmp(h, "binary")) {
        binary_expr(c, e, tail);
    } else if ((!strcmp(h, "bc") || !strcmp(h, "binary-comp")) && n == 2) {
        expr(c, comp_rewrite(c, nth(args, 0), nth(args, 1), true), tail);
    } else if (!strcmp(h, "maybe")) {
        maybe_form(c, e, tail);
    } else if (!strcmp(h, "receive")) {
        receive_form(c, e, tail);
    } else {
        call_form(c, e, tail);
    }
}

static void body(Cx *c, Term forms, bool tail)
{
    if (forms == NIL) {
        emit(c, L3(A("move"), NIL, XR(0)));
        done(c, tail);
        return;
    }
    for (; term_is_cons(forms); forms = CDR(forms))
        expr(c, CAR(forms), tail && CDR(forms) == NIL);
}

/* ---- match contexts across a function's clauses ------------------------ */

/* Whether argument i of a function's clauses can be kept as a match
 * context from entry on (bs_ctx_start), each clause rewinding it
 * (bs_restore): some clause matches it with a binary pattern and every
 * clause has a binary pattern or a variable there. */
static bool ctx_param(Term cls, int i)
{
    bool any = false;
    for (; term_is_cons(cls); cls = CDR(cls)) {
        if (!term_is_cons(CAR(cls)))
            return false;
        Term p = nth(CAR(CAR(cls)), i);
        if (term_is_atom(p))
            continue;
        if (!term_is_cons(p) || CAR(p) != A("binary"))
            return false;
        if (CDR(p) != NIL)
            any = true;
    }
    return any;
}

/* Occurrences of the symbol a in a form (many, to be safe, in a map). */
static int count_atom(Term t, Term a)
{
    if (t == a)
        return 1;
    if (term_is_cons(t))
        return count_atom(CAR(t), a) + count_atom(CDR(t), a);
    if (term_is_tuple(t)) {
        int n = 0;
        for (uint32_t i = 0; i < tuple_arity(t); i++)
            n += count_atom(tuple_elems(t)[i], a);
        return n;
    }
    return term_is_map(t) ? 100 : 0;
}

static bool core_form_name(Term a)
{
    static const char *const names[] = {
        "progn", "prog1", "prog2", "cons", "list", "tuple", "car", "cdr",
        "hd", "tl", "tref", "tset", "map", "map-set", "mset", "map-update",
        "mupd", "map-get", "mref", "map-size", "msiz", "map-remove", "mrem",
        "lambda", "match-lambda", "function", "let", "let-function",
        "letrec-function", "if", "case", "cond", "catch", "try", "lc",
        "list-comp", "funcall", "call", "apply", "record", "make-record",
        "struct", "is-struct", "struct-field", "struct-update", "is-record",
        "record-index", "record-field", "record-update", "binary", "bc",
        "binary-comp", "maybe", "receive", "quote", "andalso", "orelse",
        "++", "--", NULL};
    for (int i = 0; names[i]; i++)
        if (!strcmp(atom_name(a), names[i]))
            return true;
    return false;
}

/* Whether every occurrence of the symbol v in the form e, in tail
 * position, is an argument of a call of this function itself (name/arity)
 * at a context position, once per call, with no other use of v. */
static bool tail_passes(Term e, Term v, Term name, int arity, const bool *ctxp)
{
    if (count_atom(e, v) == 0)
        return true;
    if (!term_is_cons(e) || !term_is_atom(CAR(e)))
        return false;
    Term h = CAR(e), args = CDR(e);
    if (h == name && len(args) == arity) {
        if (count_atom(args, v) != 1)
            return false;
        int j = 0;
        for (Term a = args; term_is_cons(a); a = CDR(a), j++)
            if (CAR(a) == v && !ctxp[j])
                return false;
        return true;
    }
    if (h == A("progn") || h == A("let")) {
        Term body = args;
        if (h == A("let")) {
            if (!term_is_cons(args) || count_atom(CAR(args), v))
                return false;
            body = CDR(args);
        }
        for (; term_is_cons(body); body = CDR(body))
            if (CDR(body) == NIL
                    ? !tail_passes(CAR(body), v, name, arity, ctxp)
                    : count_atom(CAR(body), v) != 0)
                return false;
        return true;
    }
    if (h == A("if")) {
        if (!term_is_cons(args) || count_atom(CAR(args), v))
            return false;
        for (Term b = CDR(args); term_is_cons(b); b = CDR(b))
            if (!tail_passes(CAR(b), v, name, arity, ctxp))
                return false;
        return true;
    }
    if (h == A("case")) {
        if (!term_is_cons(args) || count_atom(CAR(args), v))
            return false;
        for (Term cl = CDR(args); term_is_cons(cl); cl = CDR(cl)) {
            Term k = CAR(cl);
            if (!term_is_cons(k) || count_atom(CAR(k), v))
                return false;
            Term body = CDR(k);
            if (term_is_cons(body) && is_when(CAR(body))) {
                if (count_atom(CAR(body), v))
                    return false;
                body = CDR(body);
            }
            for (; term_is_cons(body); body = CDR(body))
                if (CDR(body) == NIL
                        ? !tail_passes(CAR(body), v, name, arity, ctxp)
                        : count_atom(CAR(body), v) != 0)
                    return false;
        }
        return true;
    }
    return false;
}

/* The tail variables of a clause's binary patterns that can be passed on
 * as match contexts: the variable ends a binary pattern on a context
 * argument (`(rest binary)`), and its only other uses are as arguments, at
 * context positions, of calls of the function itself in tail position
 * (through progn, let, if and case).  The callee's bs_ctx_start then
 * reuses the context: a loop over a binary allocates nothing per step. */
static Term ctx_handover(Cx *c, Term name, int arity, int label,
                         const bool *ctxp, Term pats, Term g, Term forms)
{
    if (core_form_name(name))
        return NIL;
    LocalFun *f = find_fun(c, name, arity);
    if (!f || f->label != label || f->nfree)
        return NIL;
    Term out = NIL;
    int i = 0;
    for (Term p = pats; term_is_cons(p); p = CDR(p), i++) {
        Term pat = CAR(p);
        if (i >= arity || !ctxp[i] || !term_is_cons(pat) ||
            CAR(pat) != A("binary") || CDR(pat) == NIL)
            continue;
        Term last = CDR(pat);
        while (term_is_cons(CDR(last)))
            last = CDR(last);
        Seg sg;
        parse_seg(c, CAR(last), &sg);
        Term v = sg.value;
        if (!term_is_atom(v) || v == A("_") || sg.size != NONE ||
            (sg.type != BITS_BINARY && sg.type != BITS_BITSTRING))
            continue;
        if (count_atom(pats, v) != 1 || (g != NONE && count_atom(g, v)))
            continue;
        if (tail_passes(make_cons(A("progn"), forms), v, name, arity, ctxp))
            out = make_cons(v, out);
    }
    return out;
}

/* Patterns against a function's arguments (as clause_head), the context
 * arguments through their contexts. */
static void clause_head_ctx(Cx *c, Term pats, const Term *srcs,
                            const bool *ctxp, Term g, int fail)
{
    Var *pvars[256];
    int npvars = 0;
    int x0 = c->xnext;
    int i = 0;
    for (Term p = pats; term_is_cons(p); p = CDR(p), i++) {
        Term pat = CAR(p);
        if (!ctxp[i]) {
            match(c, pat, srcs[i], fail, pvars, &npvars);
        } else if (term_is_atom(pat)) {
            if (pat == A("_"))
                continue;
            int r = scratch(c);
            emit(c, L3(A("bs_ctx_to_bin"), srcs[i], XR(r)));
            match_var(c, pat, XR(r), fail, pvars, &npvars);
        } else {
            emit(c, L3(A("bs_restore"), FL(fail), srcs[i]));
            if (CDR(pat) == NIL)
                emit(c, L4(A("bs_test_tail"), FL(fail), srcs[i], make_small(0)));
            else
                match_segs(c, CDR(pat), srcs[i], false, fail, pvars, &npvars);
        }
    }
    c->xnext = x0;
    guard(c, g, fail);
}

/* ---- functions and modules -------------------------------------------- */

static Term patch_frame(Term ins, int frame)
{
    if (!term_is_cons(ins))
        return ins;
    bool has = false;
    for (Term t = ins; term_is_cons(t); t = CDR(t))
        if (CAR(t) == FRAME)
            has = true;
    if (!has)
        return ins;
    Term out = NIL;
    for (Term t = ins; term_is_cons(t); t = CDR(t))
        out = make_cons(CAR(t) == FRAME ? make_small(frame) : CAR(t), out);
    return list_reverse(out, NIL);
}

static int compile_function(Mod *m, Term name, int arity, Term def,
                            int label, const int *free_ids, int nfree,
                            Cx *outer, int nfuns_visible)
{
    Cx cx = {0};
    Cx *c = &cx;
    c->m = m;
    c->handover = NIL;
    c->xnext = arity; /* pattern scratch registers above the arguments */
    c->fname = outer ? outer->fname : name;
    c->farity = outer ? outer->farity : arity;
    c->nfuns_visible = nfuns_visible;
    int info = new_label(c);
    emit_label(c, info);
    emit_line(c, def);
    emit(c, L4(A("func_info"), LIT(m->name), LIT(name), make_small(arity)));
    emit_label(c, label);
    emit(c, L3(A("allocate"), FRAME, make_small(arity)));
    int nargs = arity - nfree;
    for (int i = 0; i < arity; i++) {
        int s = new_slot(c);
        emit(c, L3(A("move"), XR(i), YR(s)));
    }
    bool ctxp[256] = {false};
    if (CAR(def) != ATOM_lambda)
        for (int i = 0; i < nargs && i < 256; i++)
            if ((ctxp[i] = ctx_param(CDR(def), i)))
                emit(c, L3(A("bs_ctx_start"), YR(i), YR(i)));
    /* Free variables: same ids as in the outer function, new slots. */
    for (int i = 0; i < nfree; i++) {
        Var *ov = outer ? lookup_id(outer, free_ids[i]) : NULL;
        if (!ov)
            fail_at(m, def, "internal: free variable not found");
        Var *v = bind(c, ov->name);
        c->slots--; /* bind took a new slot: use the argument's instead */
        c->max_slots = c->max_slots > c->slots ? c->max_slots : c->slots;
        v->id = ov->id;
        v->slot = nargs + i;
    }
    Term head = CAR(def);
    if (head == ATOM_lambda) {
        Term params = nth(def, 1);
        if (len(params) != nargs)
            fail_at(m, def, "bad lambda");
        int i = 0;
        for (Term p = params; term_is_cons(p); p = CDR(p), i++) {
            if (!term_is_atom(CAR(p)))
                fail_at(m, CAR(p), "bad lambda argument %s", show(CAR(p)));
            Var *v = bind(c, CAR(p));
            c->slots--;
            v->slot = i;
        }
        body(c, CDR(CDR(def)), true);
    } else {
        Term srcs[256];
        for (int i = 0; i < nargs && i < 256; i++)
            srcs[i] = YR(i);
        for (Term cls = CDR(def); term_is_cons(cls); cls = CDR(cls)) {
            Term cl = CAR(cls);
            if (!term_is_cons(cl) || len(CAR(cl)) != nargs)
                fail_at(m, cl, "bad match-lambda clause");
            Term rest = CDR(cl), g = NONE;
            if (term_is_cons(rest) && is_when(CAR(rest))) {
                g = CAR(rest);
                rest = CDR(rest);
            }
            int next = new_label(c);
            int nv = c->nvars, slots = c->slots;
            c->handover = outer ? NIL
                                : ctx_handover(c, name, arity, label, ctxp,
                                               CAR(cl), g, rest);
            clause_head_ctx(c, CAR(cl), srcs, ctxp, g, next);
            c->handover = NIL;
            body(c, rest, true);
            c->nvars = nv;
            c->slots = slots;
            emit_label(c, next);
        }
        for (int i = 0; i < arity; i++)
            emit(c, L3(A(i < 256 && ctxp[i] ? "bs_ctx_to_bin" : "move"),
                       YR(i), XR(i)));
        emit(c, L2(A("deallocate"), FRAME));
        emit(c, L2(A("jump"), FL(info)));
    }
    /* (move A B) (move B A): the second move changes nothing. */
    size_t kept = 0;
    for (size_t i = 0; i < c->n; i++) {
        Term ins = c->code[i];
        if (kept > 0 && is_sym(CAR(ins), "move") &&
            is_sym(CAR(c->code[kept - 1]), "move") &&
            term_exact_equal(nth(ins, 1), nth(c->code[kept - 1], 2)) &&
            term_exact_equal(nth(ins, 2), nth(c->code[kept - 1], 1)))
            continue;
        c->code[kept++] = ins;
    }
    c->n = kept;
    int frame = regalloc_function(&c->code, &c->n, c->max_slots, arity,
                                  &m->next_label);
    c->cap = c->n;
    Term code = NIL;
    for (size_t i = c->n; i > 0; i--) {
        Term ins = c->code[i - 1];
        code = make_cons(frame < 0 ? ins : patch_frame(ins, frame), code);
    }
    m->functions = make_cons(
        make_cons(A("function"),
                  make_cons(name, make_cons(make_small(arity),
                                            make_cons(make_small(label), code)))),
        m->functions);
    return 0;
}

static int find_label_of(Mod *m, Term name, int arity)
{
    for (int i = 0; i < m->nfuns; i++)
        if (m->funs[i].scope == 0 && m->funs[i].name == name &&
            m->funs[i].arity == arity)
            return m->funs[i].label;
    return -1;
}

static int cmp_terms(const void *a, const void *b)
{
    return term_compare(*(const Term *)a, *(const Term *)b);
}

/* The exports in term order, each once, as LFE hands them to the Erlang
 * compiler (module_info/0,1 follow them). */
static Term usort_exports(Term l)
{
    int64_t n = len(l);
    if (n <= 0)
        return NIL;
    Term *v = gc_alloc((size_t)n * sizeof(Term));
    int64_t i = 0;
    for (; term_is_cons(l); l = CDR(l))
        v[i++] = CAR(l);
    qsort(v, (size_t)n, sizeof(Term), cmp_terms);
    Term out = NIL;
    for (i = n - 1; i >= 0; i--)
        if (i == n - 1 || term_compare(v[i], v[i + 1]) != 0)
            out = make_cons(v[i], out);
    return out;
}

/* Compile one module: forms from its define-module up to the next. */
static Term compile_module(Mod *m, Term def, Term forms)
{
    /* (extend-module meta attrs) forms add their attributes to the
     * define-module's, in order. */
    Term attrs_in = list_reverse(nth(def, 3), NIL);
    for (Term f = forms; term_is_cons(f); f = CDR(f))
        if (term_is_cons(CAR(f)) && is_sym(CAR(CAR(f)), "extend-module") &&
            len(CAR(f)) == 3)
            for (Term a = nth(CAR(f), 2); term_is_cons(a); a = CDR(a))
                attrs_in = make_cons(CAR(a), attrs_in);
    attrs_in = list_reverse(attrs_in, NIL);
    Term exports = NIL;
    bool export_all = false;
    Term attrs = NIL;
    for (Term a = attrs_in; term_is_cons(a); a = CDR(a)) {
        Term at = CAR(a);
        if (!term_is_cons(at) || !term_is_atom(CAR(at)))
            fail_at(m, at, "bad module attribute %s", show(at));
        const char *k = atom_name(CAR(at));
        if (!strcmp(k, "export")) {
            for (Term e = CDR(at); term_is_cons(e); e = CDR(e)) {
                if (is_sym(CAR(e), "all"))
                    export_all = true;
                else if (len(CAR(e)) == 2 && term_is_atom(nth(CAR(e), 0)) &&
                         term_is_small(nth(CAR(e), 1)))
                    exports = make_cons(CAR(e), exports);
                else
                    fail_at(m, CAR(e), "bad export %s", show(CAR(e)));
            }
        } else if (!strcmp(k, "import")) {
            for (Term i = CDR(at); term_is_cons(i); i = CDR(i)) {
                Term spec = CAR(i);
                if (!term_is_cons(spec))
                    continue;
                Term mod = nth(spec, 1);
                bool rename = is_sym(CAR(spec), "rename");
                for (Term f = CDR(CDR(spec)); term_is_cons(f); f = CDR(f)) {
                    Term fa = CAR(f);
                    if (rename) /* ((f 1) g) */
                        m->imports = make_cons(
                            L4(nth(fa, 1), nth(CAR(fa), 1), mod,
                               nth(CAR(fa), 0)),
                            m->imports);
                    else
                        m->imports = make_cons(
                            L4(nth(fa, 0), nth(fa, 1), mod, nth(fa, 0)),
                            m->imports);
                }
            }
        } else if (!strcmp(k, "module-alias") || !strcmp(k, "doc")) {
            /* nothing at run time */
        } else if (!strcmp(k, "export-macro")) {
            /* kept, as LFE does: {'export-macro', [Name ...]} */
            attrs = make_cons(L2(CAR(at), CDR(at)), attrs);
        } else {
            /* As LFE: one value stands alone, several make a list. */
            Term v = len(CDR(at)) == 1 ? CAR(CDR(at)) : CDR(at);
            /* and, as the Erlang compiler stores them, always a list */
            if (!term_is_list(v))
                v = make_cons(v, NIL);
            attrs = make_cons(L2(CAR(at), v), attrs);
        }
    }
    /* LFE's generated functions: LFE-EXPAND-EXPORTED-MACRO/3 (exported
     * macros are not supported yet: it always answers no) and __info__/1. */
    Term q = ATOM_quote;
    Term leem = L4(A("define-function"), A("LFE-EXPAND-EXPORTED-MACRO"), NIL,
                   L3(ATOM_lambda, L3(A("_"), A("_"), A("_")), L2(q, A("no"))));
    Term gmi = L2(q, A("get_module_info"));
    Term mq = L2(q, m->name), eq = L2(q, A("erlang"));
    Term info_cls = list_from_array(
        (Term[]){L2(L1(L2(q, ATOM_module)), mq),
                 L2(L1(L2(q, A("functions"))),
                    L5(A("call"), eq, gmi, mq, L2(q, A("functions")))),
                 L2(L1(L2(q, A("macros"))), NIL),
                 L2(L1(L2(q, A("deprecated"))), NIL),
                 L2(L1(L2(q, A("attributes"))),
                    L5(A("call"), eq, gmi, mq, L2(q, A("attributes")))),
                 L2(L1(L2(q, A("compile"))),
                    L5(A("call"), eq, gmi, mq, L2(q, A("compile")))),
                 L2(L1(L2(q, A("md5"))),
                    L5(A("call"), eq, gmi, mq, L2(q, A("md5"))))},
        7);
    Term info = L4(A("define-function"), A("__info__"), NIL,
                   make_cons(ATOM_match_lambda, info_cls));
    /* define-struct: the default struct and __struct__/0,1. */
    for (Term f = forms; term_is_cons(f); f = CDR(f)) {
        if (!is_sym(CAR(CAR(f)), "define-struct"))
            continue;
        Term keys[256], vals[256];
        int n = 0;
        keys[n] = A("__struct__");
        vals[n++] = m->name;
        for (Term fl = nth(CAR(f), 1); term_is_cons(fl) && n < 256; fl = CDR(fl)) {
            Term fd = CAR(fl);
            keys[n] = term_is_cons(fd) ? CAR(fd) : fd;
            Term dv = term_is_cons(fd) && len(fd) >= 2 ? nth(fd, 1) : ATOM_nil;
            vals[n++] = literal_of(dv) != NONE ? literal_of(dv) : dv;
        }
        m->struct_default = map_from_pairs(keys, vals, (size_t)n);
        Term dq = L2(q, m->struct_default);
        Term s0 = L4(A("define-function"), A("__struct__"), NIL,
                     L3(ATOM_lambda, NIL, dq));
        Term upd = L3(ATOM_lambda, L2(A("kv"), A("acc")),
                      L4(A("map-update"), A("acc"),
                         L3(A("element"), make_small(1), A("kv")),
                         L3(A("element"), make_small(2), A("kv"))));
        Term s1 = L4(A("define-function"), A("__struct__"), NIL,
                     L3(ATOM_lambda, L1(A("fields")),
                        make_cons(A("call"),
                                  list_from_array((Term[]){L2(q, A("lists")),
                                                           L2(q, A("foldl")),
                                                           upd, dq,
                                                           A("fields")},
                                                  5))));
        forms = list_reverse(list_reverse(forms, NIL), L2(s0, s1));
        exports = make_cons(L2(A("__struct__"), make_small(0)), exports);
        exports = make_cons(L2(A("__struct__"), make_small(1)), exports);
        break;
    }
    bool has_leem = false;
    for (Term f = forms; term_is_cons(f); f = CDR(f))
        if (is_sym(CAR(CAR(f)), "define-function") &&
            nth(CAR(f), 1) == A("LFE-EXPAND-EXPORTED-MACRO"))
            has_leem = true;
    if (!has_leem)
        forms = list_reverse(list_reverse(forms, NIL), L2(leem, info));
    else
        forms = list_reverse(list_reverse(forms, NIL), L1(info));
    exports = make_cons(L2(A("__info__"), make_small(1)), exports);
    exports = make_cons(L2(A("LFE-EXPAND-EXPORTED-MACRO"), make_small(3)),
                        exports);

    /* Local functions first, so calls may go forward. */
    for (Term f = forms; term_is_cons(f); f = CDR(f)) {
        Term form = CAR(f);
        if (is_sym(CAR(form), "define-function")) {
            Term nm = nth(form, 1), d = nth(form, 3);
            Cx tmp = {.m = m};
            LocalFun *lf = add_fun(m);
            lf->name = nm;
            lf->arity = def_arity(&tmp, d);
            lf->lifted = nm;
            lf->label = ++m->next_label;
            for (int i = 0; i < m->nfuns - 1; i++)
                if (m->funs[i].name == nm && m->funs[i].arity == lf->arity)
                    fail_at(m, form, "function %s/%d already defined",
                            atom_name(nm), lf->arity);
        } else if (is_sym(CAR(form), "define-record")) {
            m->records = make_cons(CDR(form), m->records);
        }
    }
    /* m->funs[i] is the i-th define-function: walk both together. */
    int ntop = m->nfuns;
    int done_funs = 0;
    for (Term f = forms; term_is_cons(f) && done_funs < ntop; f = CDR(f)) {
        if (!is_sym(CAR(CAR(f)), "define-function"))
            continue;
        LocalFun top = m->funs[done_funs++];
        compile_function(m, top.name, top.arity, nth(CAR(f), 3), top.label,
                         NULL, 0, NULL, ntop);
    }
    if (export_all) {
        exports = NIL;
        for (int i = ntop - 1; i >= 0; i--)
            exports = make_cons(L2(m->funs[i].name, make_small(m->funs[i].arity)),
                                exports);
    } else {
        exports = list_reverse(exports, NIL);
        for (Term e = exports; term_is_cons(e); e = CDR(e))
            if (find_label_of(m, nth(CAR(e), 0), (int)small_val(nth(CAR(e), 1))) < 0)
                fail_at(m, CAR(e), "function %s/%lld undefined",
                        atom_name(nth(CAR(e), 0)),
                        (long long)small_val(nth(CAR(e), 1)));
    }
    exports = usort_exports(exports);
    /* module_info/0,1: the loader keeps exports and attributes */
    Term mi0 = L3(ATOM_lambda, NIL,
             L4(A("call"), L2(ATOM_quote, A("erlang")),
                L2(ATOM_quote, A("get_module_info")),
                L2(ATOM_quote, m->name)));
    Term mi1 = L3(ATOM_lambda, L1(A("key")),
                  L5(A("call"), L2(ATOM_quote, A("erlang")),
                     L2(ATOM_quote, A("get_module_info")),
                     L2(ATOM_quote, m->name), A("key")));
    int l0 = ++m->next_label, l1 = ++m->next_label;
    compile_function(m, A("module_info"), 0, mi0, l0, NULL, 0, NULL, 0);
    compile_function(m, A("module_info"), 1, mi1, l1, NULL, 0, NULL, 0);
    exports = list_reverse(
        make_cons(L2(A("module_info"), make_small(1)),
                  make_cons(L2(A("module_info"), make_small(0)),
                            list_reverse(exports, NIL))),
        NIL);
    Term e7[7] = {ATOM_module, m->name, exports, list_reverse(attrs, NIL),
                  list_from_cstr(m->file), list_reverse(m->functions, NIL),
                  list_reverse(m->lambdas, NIL)};
    return make_tuplev(7, e7);
}

/* compile_module behind the error trap (a failure longjmps here). */
static Term guarded_compile(Mod *m, Term def, Term forms)
{
    if (setjmp(m->fail))
        return NONE;
    return compile_module(m, def, forms);
}

int compile_core(Term core, const char *file, SrcMap *positions,
                 Term *modules, CompileError *err)
{
    Term out = NIL;
    Term f = core;
    while (term_is_cons(f)) {
        Term form = CAR(f);
        if (!term_is_cons(form) || !is_sym(CAR(form), "define-module")) {
            f = CDR(f);
            continue;
        }
        Term forms = NIL;
        Term g = CDR(f);
        for (; term_is_cons(g); g = CDR(g)) {
            if (term_is_cons(CAR(g)) && is_sym(CAR(CAR(g)), "define-module"))
                break;
            forms = make_cons(CAR(g), forms);
        }
        Mod *m = gc_alloc(sizeof *m);
        m->name = nth(form, 1);
        m->file = file;
        m->pos = positions;
        m->err = err;
        m->functions = m->lambdas = m->records = m->imports = NIL;
        m->struct_default = NONE;
        m->last_form = NIL;
        if (!term_is_atom(m->name)) {
            memset(err, 0, sizeof *err);
            snprintf(err->file, sizeof err->file, "%s", file);
            snprintf(err->message, sizeof err->message, "bad module name");
            return -1;
        }
        Term asm_ = guarded_compile(m, form, list_reverse(forms, NIL));
        if (asm_ == NONE)
            return -1;
        out = make_cons(asm_, out);
        f = g;
    }
    *modules = list_reverse(out, NIL);
    return 0;
}

int compile_expr_module(Term name, Term expr_form, Term *assembly,
                        CompileError *err)
{
    Term def = L3(ATOM_lambda, NIL, expr_form);
    Term core = L2(L4(A("define-module"), name, NIL,
                      L1(L2(A("export"), L2(name, make_small(0))))),
                   L4(A("define-function"), name, NIL, def));
    Term mods;
    if (compile_core(core, "eval", NULL, &mods, err) < 0)
        return -1;
    *assembly = CAR(mods);
    return 0;
}

void compile_error_format(const CompileError *err, StrBuf *out)
{
    if (err->line)
        strbuf_printf(out, "%s:%u:%u: %s", err->file, err->line, err->col,
                      err->message);
    else
        strbuf_printf(out, "%s: %s", err->file, err->message);
}

/* loader.c - turning a module's assembly into direct-threaded code.
 *
 * The assembly is the term the compiler produces (and elfec writes in LFE
 * syntax), documented in doc/internals/vm.md:
 *
 *   #(module Name Exports Attributes File Functions Lambdas)
 *   Functions: ((function Name Arity EntryLabel Instr ...) ...)
 *   Lambdas:   ((Name Arity NumFree Label) ...), index = position
 *
 * Each instruction is a list (opcode operand ...) whose operands follow the
 * kinds of opcodes.def.  Two passes: the first lays out the code and finds
 * every label's offset, the second writes the words and resolves labels
 * to code addresses.  `(label N)` and `(line N)` are pseudo-instructions
 * that emit nothing.  The loader specialises while it writes: a call of
 * erlang:+/2 as a BIF becomes i_add, with a small-integer fast path.
 */
#include <stdio.h>

#include "../reader/print.h"
#include "atom.h"
#include "code.h"
#include "gc.h"

typedef struct Loader {
    Runtime *rt;
    StrBuf *error;
    Instr *code;        /* NULL in the first pass */
    size_t pos;         /* next word */
    uint32_t *labels;   /* label number -> offset + 1 (0: undefined) */
    size_t nlabels;
    LineEntry *lines;
    size_t nlines, lines_cap;
    Term opnames[OPC_COUNT_];
} Loader;

static int fail(Loader *ld, const char *what, Term t)
{
    if (ld->error->len == 0) {
        strbuf_printf(ld->error, "%s: ", what);
        PrintOpts o = print_default_opts();
        o.depth = 8;
        print_lfe_write(ld->error, t, &o);
    }
    return -1;
}

static void put(Loader *ld, Term w)
{
    if (ld->code)
        ld->code[ld->pos].t = w;
    ld->pos++;
}

static bool is_pair_tagged(Term t, const char *tag, int64_t *n)
{
    if (!term_is_cons(t) || !term_is_atom(CAR(t)) ||
        strcmp(atom_name(CAR(t)), tag) != 0)
        return false;
    Term rest = CDR(t);
    if (!term_is_cons(rest) || CDR(rest) != NIL || !term_is_small(CAR(rest)))
        return false;
    *n = small_val(CAR(rest));
    return true;
}

static int reg(Loader *ld, Term t, bool allow_literal, Term *out)
{
    int64_t n;
    if (is_pair_tagged(t, "x", &n) && n >= 0 && n < VM_CONS_CACHE) {
        *out = VM_XREG(n);
        return 0;
    }
    if (is_pair_tagged(t, "y", &n) && n >= 0 && n < (1 << 24)) {
        *out = VM_YREG(n);
        return 0;
    }
    if (!allow_literal)
        return fail(ld, "bad destination", t);
    if (term_is_cons(t) && CAR(t) == ATOM_quote && term_is_cons(CDR(t)) &&
        CDR(CDR(t)) == NIL) {
        *out = CAR(CDR(t));
        return 0;
    }
    if (term_is_cons(t))
        return fail(ld, "bad source", t);
    *out = t; /* a bare number, atom or () */
    return 0;
}

static int label(Loader *ld, Term t)
{
    int64_t n;
    if (term_is_small(t) && small_val(t) == 0)
        n = 0;
    else if (!is_pair_tagged(t, "f", &n) || n < 0 || (size_t)n >= ld->nlabels)
        return fail(ld, "bad label", t);
    if (ld->code) {
        if (n == 0) {
            ld->code[ld->pos].label = NULL;
        } else {
            if (!ld->labels[n])
                return fail(ld, "undefined label", t);
            ld->code[ld->pos].label = ld->code + ld->labels[n] - 1;
        }
    }
    ld->pos++;
    return 0;
}

static int export_ref(Loader *ld, Term t, Export **out)
{
    Term e[4];
    for (int i = 0; i < 4; i++) {
        if (!term_is_cons(t))
            return fail(ld, "bad extfunc", t);
        e[i] = CAR(t);
        t = CDR(t);
    }
    if (t != NIL || !term_is_atom(e[0]) ||
        strcmp(atom_name(e[0]), "extfunc") != 0 || !term_is_atom(e[1]) ||
        !term_is_atom(e[2]) || !term_is_small(e[3]) || small_val(e[3]) < 0 ||
        small_val(e[3]) > 255)
        return fail(ld, "bad extfunc", t);
    *out = code_export(ld->rt, e[1], e[2], (uint32_t)small_val(e[3]));
    return 0;
}

/* One operand of kind k; advances ld->pos. */
static int operand(Loader *ld, char k, Term t)
{
    Term w;
    int64_t n = list_length(t);
    switch (k) {
    case 's':
    case 'd':
        if (reg(ld, t, k == 's', &w) < 0)
            return -1;
        put(ld, w);
        return 0;
    case 'x':
    case 'y':
    case 'c':
    case 'n':
        /* the specialised forms: an index or the literal itself (n: a
         * small integer) */
        if (reg(ld, t, true, &w) < 0)
            return -1;
        if (k == 'x'   ? !vm_is_reg(w) || vm_is_yreg(w)
            : k == 'y' ? !vm_is_yreg(w)
            : k == 'n' ? !term_is_small(w)
                       : vm_is_reg(w))
            return fail(ld, "bad operand", t);
        put(ld, k == 'c' || k == 'n' ? w : (Term)vm_reg_index(w));
        return 0;
    case 'l':
        return label(ld, t);
    case 'i':
        if (!term_is_small(t) || small_val(t) < 0)
            return fail(ld, "bad integer operand", t);
        put(ld, (Term)small_val(t));
        return 0;
    case 't':
        if (term_is_cons(t) && CAR(t) == ATOM_quote && list_length(t) == 2)
            t = CAR(CDR(t));
        put(ld, t);
        return 0;
    case 'e': {
        Export *e;
        if (export_ref(ld, t, &e) < 0)
            return -1;
        if (ld->code)
            ld->code[ld->pos].ptr = e;
        ld->pos++;
        return 0;
    }
    case 'S':
        if (n < 0 || n > 255)
            return fail(ld, "bad source list", t);
        put(ld, (Term)n);
        for (; term_is_cons(t); t = CDR(t)) {
            if (reg(ld, CAR(t), true, &w) < 0)
                return -1;
            put(ld, w);
        }
        return 0;
    case 'B':
        if (n < 0)
            return fail(ld, "bad segment list", t);
        put(ld, (Term)n);
        for (; term_is_cons(t); t = CDR(t)) {
            Term sg = CAR(t);
            if (list_length(sg) != 3)
                return fail(ld, "bad segment", sg);
            if (operand(ld, 'i', CAR(sg)) < 0 ||
                operand(ld, 's', CAR(CDR(sg))) < 0 ||
                operand(ld, 's', CAR(CDR(CDR(sg)))) < 0)
                return -1;
        }
        return 0;
    case 'V':
    case 'P':
    case 'G':
        if (n < 0)
            return fail(ld, "bad operand list", t);
        put(ld, (Term)n);
        for (; term_is_cons(t); t = CDR(t)) {
            Term pr = CAR(t);
            if (list_length(pr) != 2)
                return fail(ld, "bad pair", pr);
            Term a = CAR(pr), b = CAR(CDR(pr));
            if (k == 'V') {
                if (operand(ld, 't', a) < 0 || label(ld, b) < 0)
                    return -1;
            } else {
                if (operand(ld, 's', a) < 0 ||
                    operand(ld, k == 'P' ? 's' : 'd', b) < 0)
                    return -1;
            }
        }
        return 0;
    default:
        return fail(ld, "internal: bad operand kind", t);
    }
}

static int opcode_of(Loader *ld, Term name)
{
    for (int i = 0; i < OPC_COUNT_; i++)
        if (ld->opnames[i] == name)
            return i;
    return -1;
}

static void emit_op(Loader *ld, Opcode op)
{
    if (ld->code)
        ld->code[ld->pos].op = vm_opcode_address(op);
    ld->pos++;
}

/* A BIF call of an arithmetic operator becomes its specialised opcode. */
static int special_bif(Export *e, uint32_t nargs)
{
    if (nargs != 2 || strcmp(atom_name(e->module), "erlang") != 0)
        return -1;
    const char *f = atom_name(e->function);
    if (!strcmp(f, "+"))
        return OPC_i_add;
    if (!strcmp(f, "-"))
        return OPC_i_sub;
    return -1;
}

/* A BIF call that becomes a fast-path instruction with the BIF kept as
 * its slow path (operands: Export, Fail, A, B, Dst). */
static int fast_bif(Export *e, uint32_t nargs)
{
    static const struct {
        const char *name;
        Opcode op;
    } ops[] = {{"rem", OPC_i_rem},  {"div", OPC_i_div},   {"band", OPC_i_band},
               {"bor", OPC_i_bor},  {"bxor", OPC_i_bxor}, {"bsl", OPC_i_bsl},
               {"bsr", OPC_i_bsr},  {"*", OPC_i_mul2},    {"<", OPC_i_lt},
               {"=<", OPC_i_le},    {">", OPC_i_gt},      {">=", OPC_i_ge},
               {"==", OPC_i_eq},    {"/=", OPC_i_ne},     {"=:=", OPC_i_eqx},
               {"=/=", OPC_i_nex}};
    if (nargs != 2 || strcmp(atom_name(e->module), "erlang") != 0)
        return -1;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(atom_name(e->function), ops[i].name))
            return ops[i].op;
    return -1;
}

/* The specialised forms (opcodes.def: NAME_ followed by x, y or c per
 * source/destination operand): variant[op][code] is the form's opcode + 1,
 * code the letters read as a base-3 number (x 0, y 1, c 2), at most three
 * letters.  Filled once, on the first load. */
#define MAX_SPEC_OPERANDS 4
static int16_t variant[OPC_COUNT_][256];
static bool variants_ready;

static int letter_code(char c)
{
    return c == 'x' ? 0 : c == 'y' ? 1 : c == 'c' ? 2 : 3;
}

static void find_variants(Loader *ld)
{
    if (variants_ready)
        return;
    for (int j = 0; j < OPC_COUNT_; j++) {
        const char *name = vm_opcode_names[j];
        const char *us = strrchr(name, '_');
        if (!us || strspn(us + 1, "xycn") != strlen(us + 1) || !us[1] ||
            strlen(us + 1) > MAX_SPEC_OPERANDS)
            continue;
        char prefix[64];
        size_t pl = (size_t)(us - name);
        if (pl >= sizeof prefix)
            continue;
        memcpy(prefix, name, pl);
        prefix[pl] = 0;
        int i = opcode_of(ld, atom_from_cstr(prefix));
        if (i < 0)
            continue;
        int code = 0;
        for (const char *c = us + 1; *c; c++)
            code = code * 4 + letter_code(*c);
        variant[i][code] = (int16_t)(j + 1);
    }
    variants_ready = true;
}

/* The specialised form of op for these operands, or -1.  A small
 * integer literal picks an `n` form when there is one, else a `c` form. */
static int specialised(int op, Term args)
{
    int code = 0, ccode = 0, n = 0;
    for (const char *k = vm_opcode_kinds[op]; *k; k++, args = CDR(args)) {
        if (*k != 's' && *k != 'd')
            continue;
        Term t = CAR(args);
        int64_t r;
        char c = is_pair_tagged(t, "x", &r)   ? 'x'
                 : is_pair_tagged(t, "y", &r) ? 'y'
                 : term_is_small(t)           ? 'n'
                                              : 'c';
        if (++n > MAX_SPEC_OPERANDS)
            return -1;
        code = code * 4 + letter_code(c);
        ccode = ccode * 4 + letter_code(c == 'n' ? 'c' : c);
    }
    if (!n)
        return -1;
    return variant[op][code] ? variant[op][code] - 1 : variant[op][ccode] - 1;
}

/* Emit op with its operands, in a specialised form when there is one. */
static int emit_with_operands(Loader *ld, int op, Term args)
{
    int sp = specialised(op, args);
    if (sp >= 0)
        op = sp;
    emit_op(ld, (Opcode)op);
    for (const char *k = vm_opcode_kinds[op]; *k; k++, args = CDR(args))
        if (operand(ld, *k, CAR(args)) < 0)
            return -1;
    return 0;
}

static int instruction(Loader *ld, Term ins, Module *m)
{
    if (!term_is_cons(ins) || !term_is_atom(CAR(ins)) ||
        list_length(ins) < 0)
        return fail(ld, "bad instruction", ins);
    const char *name = atom_name(CAR(ins));
    Term args = CDR(ins);
    int64_t n;
    if (!strcmp(name, "label")) {
        if (!is_pair_tagged(ins, "label", &n) || n <= 0 ||
            (size_t)n >= ld->nlabels)
            return fail(ld, "bad label", ins);
        if (!ld->code) {
            if (ld->labels[n])
                return fail(ld, "label defined twice", ins);
            ld->labels[n] = (uint32_t)ld->pos + 1;
        }
        return 0;
    }
    if (!strcmp(name, "line")) {
        if (!is_pair_tagged(ins, "line", &n) || n < 0)
            return fail(ld, "bad line", ins);
        if (ld->code) {
            if (ld->nlines == ld->lines_cap) {
                ld->lines_cap = ld->lines_cap ? ld->lines_cap * 2 : 64;
                LineEntry *nl =
                    gc_alloc_atomic(ld->lines_cap * sizeof(LineEntry));
                if (ld->nlines)
                    memcpy(nl, ld->lines, ld->nlines * sizeof(LineEntry));
                ld->lines = nl;
            }
            ld->lines[ld->nlines++] =
                (LineEntry){(uint32_t)ld->pos, (uint32_t)n};
        }
        return 0;
    }
    if (!strcmp(name, "make_fun")) {
        int64_t idx, nfree;
        if (list_length(args) != 2 || !term_is_small(CAR(args)) ||
            !term_is_small(CAR(CDR(args))))
            return fail(ld, "bad make_fun", ins);
        idx = small_val(CAR(args));
        nfree = small_val(CAR(CDR(args)));
        if (idx < 0 || (size_t)idx >= m->nlambdas || nfree < 0 ||
            nfree > 255)
            return fail(ld, "bad make_fun", ins);
        emit_op(ld, OPC_make_fun);
        if (ld->code)
            ld->code[ld->pos].ptr = &m->lambdas[idx];
        ld->pos++;
        put(ld, (Term)nfree);
        return 0;
    }
    int op = opcode_of(ld, CAR(ins));
    if (op < 0)
        return fail(ld, "unknown instruction", ins);
    const char *kinds = vm_opcode_kinds[op];
    if (list_length(args) != (int64_t)strlen(kinds))
        return fail(ld, "wrong number of operands", ins);
    if (op == OPC_bif) {
        Export *e;
        if (export_ref(ld, CAR(args), &e) < 0)
            return -1;
        if (!e->bif)
            return fail(ld, "not a BIF", CAR(args));
        Term srcs = CAR(CDR(CDR(args)));
        int fb = fast_bif(e, (uint32_t)list_length(srcs));
        if (fb >= 0 && list_length(srcs) == 2)
            return emit_with_operands(
                ld, fb,
                make_cons(CAR(args),
                          make_cons(CAR(CDR(args)),
                                    make_cons(CAR(srcs),
                                              make_cons(CAR(CDR(srcs)),
                                                        CDR(CDR(CDR(args))))))));
        int sp = special_bif(e, (uint32_t)list_length(srcs));
        if (sp >= 0 && list_length(srcs) == 2)
            return emit_with_operands(
                ld, sp,
                make_cons(CAR(CDR(args)),
                          make_cons(CAR(srcs),
                                    make_cons(CAR(CDR(srcs)),
                                              CDR(CDR(CDR(args)))))));
    }
    return emit_with_operands(ld, op, args);
}

/* The elements of a proper list of exactly n items, or false. */
static bool take(Term list, Term *out, int n)
{
    for (int i = 0; i < n; i++) {
        if (!term_is_cons(list))
            return false;
        out[i] = CAR(list);
        list = CDR(list);
    }
    return list == NIL;
}

static int load_pass(Loader *ld, Term functions, Module *m)
{
    size_t fi = 0;
    for (Term fs = functions; term_is_cons(fs); fs = CDR(fs)) {
        Term f = CAR(fs);
        if (list_length(f) < 4 || CAR(f) != atom_from_cstr("function"))
            return fail(ld, "bad function", f);
        Term name = CAR(CDR(f)), arity = CAR(CDR(CDR(f)));
        Term entry = CAR(CDR(CDR(CDR(f))));
        if (!term_is_atom(name) || !term_is_small(arity) ||
            !term_is_small(entry))
            return fail(ld, "bad function", f);
        if (ld->code) {
            FuncInfo *info = &m->funcs[fi];
            info->name = name;
            info->arity = (uint32_t)small_val(arity);
            info->start = ld->code + ld->pos;
            int64_t e = small_val(entry);
            if (e <= 0 || (size_t)e >= ld->nlabels || !ld->labels[e])
                return fail(ld, "bad entry label", f);
            info->entry = ld->code + ld->labels[e] - 1;
        }
        fi++;
        for (Term is = CDR(CDR(CDR(CDR(f)))); term_is_cons(is); is = CDR(is))
            if (instruction(ld, CAR(is), m) < 0)
                return -1;
    }
    return 0;
}

static int64_t max_label(Term functions)
{
    int64_t max = 0, n;
    for (Term fs = functions; term_is_cons(fs); fs = CDR(fs))
        for (Term is = CAR(fs); term_is_cons(is); is = CDR(is))
            if (is_pair_tagged(CAR(is), "label", &n) && n > max)
                max = n;
    return max;
}

int code_load_asm(Runtime *rt, Term assembly, StrBuf *error)
{
    Loader ld = {.rt = rt, .error = error};
    for (int i = 0; i < OPC_COUNT_; i++)
        ld.opnames[i] = atom_from_cstr(vm_opcode_names[i]);
    find_variants(&ld);
    if (!term_is_tuple(assembly) || tuple_arity(assembly) != 7 ||
        tuple_elems(assembly)[0] != ATOM_module)
        return fail(&ld, "not a module assembly", assembly);
    Term *a = tuple_elems(assembly);
    Term name = a[1], exports = a[2], attrs = a[3], file = a[4];
    Term functions = a[5], lambdas = a[6];
    if (!term_is_atom(name) || list_length(exports) < 0 ||
        list_length(attrs) < 0 || list_length(functions) < 0 ||
        list_length(lambdas) < 0 || !term_is_list(file))
        return fail(&ld, "bad module header", assembly);

    Module *m = gc_alloc(sizeof *m);
    m->name = name;
    m->file = file;
    m->path = atom_from_cstr("preloaded");
    m->nfuncs = (size_t)list_length(functions);
    m->funcs = gc_alloc((m->nfuncs ? m->nfuncs : 1) * sizeof(FuncInfo));
    m->nlambdas = (size_t)list_length(lambdas);
    m->lambdas = gc_alloc((m->nlambdas ? m->nlambdas : 1) * sizeof(Lambda));
    ld.nlabels = (size_t)max_label(functions) + 1;
    ld.labels = gc_alloc_atomic(ld.nlabels * sizeof(uint32_t));
    memset(ld.labels, 0, ld.nlabels * sizeof(uint32_t));

    /* Pass 1: sizes and labels.  Pass 2: the code. */
    if (load_pass(&ld, functions, m) < 0)
        return -1;
    m->ncode = ld.pos;
    m->code = gc_alloc((ld.pos ? ld.pos : 1) * sizeof(Instr));
    ld.code = m->code;
    ld.pos = 0;
    /* Lambdas need their code addresses before make_fun is written. */
    size_t li = 0;
    for (Term ls = lambdas; term_is_cons(ls); ls = CDR(ls), li++) {
        Term e[4];
        if (!take(CAR(ls), e, 4) || !term_is_atom(e[0]) ||
            !term_is_small(e[1]) || !term_is_small(e[2]) ||
            !term_is_small(e[3]) || small_val(e[3]) <= 0 ||
            (size_t)small_val(e[3]) >= ld.nlabels ||
            !ld.labels[small_val(e[3])])
            return fail(&ld, "bad lambda", CAR(ls));
        Lambda *l = &m->lambdas[li];
        l->module = name;
        l->name = e[0];
        l->index = (uint32_t)li;
        l->arity = (uint32_t)small_val(e[1]);
        l->nfree = (uint32_t)small_val(e[2]);
        l->uniq = (uint32_t)(atom_index(name) * 2654435761u) ^ (uint32_t)li;
        l->code = m->code + ld.labels[small_val(e[3])] - 1;
    }
    if (load_pass(&ld, functions, m) < 0)
        return -1;
    m->lines = ld.lines;
    m->nlines = ld.nlines;

    /* Exports and attributes. */
    Term exp = NIL;
    for (Term es = exports; term_is_cons(es); es = CDR(es)) {
        Term e[2];
        if (!take(CAR(es), e, 2) || !term_is_atom(e[0]) ||
            !term_is_small(e[1]))
            return fail(&ld, "bad export", CAR(es));
        FuncInfo *found = NULL;
        for (size_t k = 0; k < m->nfuncs; k++)
            if (m->funcs[k].name == e[0] &&
                m->funcs[k].arity == (uint32_t)small_val(e[1]))
                found = &m->funcs[k];
        if (!found)
            return fail(&ld, "exported function not defined", CAR(es));
        exp = make_cons(make_tuple2(e[0], e[1]), exp);
    }
    m->exports = list_reverse(exp, NIL);
    Term at = NIL;
    for (Term as = attrs; term_is_cons(as); as = CDR(as)) {
        Term e[2];
        if (!take(CAR(as), e, 2))
            return fail(&ld, "bad attribute", CAR(as));
        at = make_cons(make_tuple2(e[0], e[1]), at);
    }
    m->attributes = list_reverse(at, NIL);

    /* Install: the module table, then the export entries. */
    pthread_mutex_lock(&rt->lock);
    size_t slot = rt->nmodules;
    for (size_t i = 0; i < rt->nmodules; i++)
        if (rt->modules[i]->name == name)
            slot = i;
    if (slot == rt->nmodules) {
        if (rt->nmodules == rt->modules_cap) {
            rt->modules_cap = rt->modules_cap ? rt->modules_cap * 2 : 64;
            Module **nm = gc_alloc(rt->modules_cap * sizeof(Module *));
            if (rt->nmodules)
                memcpy(nm, rt->modules, rt->nmodules * sizeof(Module *));
            rt->modules = nm;
        }
        rt->nmodules++;
    }
    rt->modules[slot] = m;
    pthread_mutex_unlock(&rt->lock);
    for (Term es = m->exports; term_is_cons(es); es = CDR(es)) {
        Term fa = CAR(es);
        Term fname = tuple_elems(fa)[0];
        uint32_t ar = (uint32_t)small_val(tuple_elems(fa)[1]);
        for (size_t k = 0; k < m->nfuncs; k++)
            if (m->funcs[k].name == fname && m->funcs[k].arity == ar)
                code_export(rt, name, fname, ar)->code = m->funcs[k].entry;
    }
    return 0;
}

/* compare.c - Erlang's total term order, == and =:=.
 *
 * One comparison routine serves two modes, as the BEAM's: the ordinary
 * order (numbers by value, so 1 == 1.0) and the "exact" order used for map
 * keys, where every integer sorts before every float and 0 means =:=.
 * The classes are ordered
 *
 *   number < atom < reference < fun < port < pid < tuple < map < nil
 *   < list < bitstring
 *
 * and within a class the BEAM's rules apply: atoms by their UTF-8 names,
 * local funs before export funs, pids by serial then number then node,
 * ports and refs by node then numbers, tuples by arity then elements, maps
 * by size then keys (exact order) then values, lists element by element
 * with improper tails compared as terms, bitstrings bit by bit then by
 * length.  OTP 25 treats 0.0 and -0.0 as the same float (=:=).
 *
 * Long lists never grow the C stack: tails (and the last element of a
 * tuple) are walked in a loop, and pending pairs sit on an explicit
 * stack, so only the nesting of map keys and values uses the C stack.
 */
#include "compare.h"

#include "arith.h"
#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "map.h"

/* Class ranks in the term order; local funs and export funs share the fun
 * class and are told apart inside it. */
enum {
    CLASS_NUMBER,
    CLASS_ATOM,
    CLASS_REF,
    CLASS_FUN,
    CLASS_PORT,
    CLASS_PID,
    CLASS_TUPLE,
    CLASS_MAP,
    CLASS_NIL,
    CLASS_LIST,
    CLASS_BITSTRING,
    CLASS_OTHER /* NONE, runtime-private boxes: never user values */
};

static int class_of(Term t)
{
    switch (term_tag(t)) {
    case TAG_SMALL:
        return CLASS_NUMBER;
    case TAG_ATOM:
        return CLASS_ATOM;
    case TAG_PID:
        return CLASS_PID;
    case TAG_CONS:
        return CLASS_LIST;
    case TAG_SPECIAL:
        return t == NIL ? CLASS_NIL : CLASS_OTHER;
    case TAG_BOXED:
        if (t == 0)
            return CLASS_OTHER;
        switch (box_type(t)) {
        case BOX_TUPLE:
            return CLASS_TUPLE;
        case BOX_FLOAT:
        case BOX_POS_BIG:
        case BOX_NEG_BIG:
            return CLASS_NUMBER;
        case BOX_BINARY:
            return CLASS_BITSTRING;
        case BOX_FLATMAP:
        case BOX_HAMTMAP:
            return CLASS_MAP;
        case BOX_FUN:
        case BOX_EXPORT:
            return CLASS_FUN;
        case BOX_REF:
            return CLASS_REF;
        case BOX_EXTPID:
            return CLASS_PID;
        case BOX_PORT:
            return CLASS_PORT;
        default:
            return CLASS_OTHER;
        }
    default:
        return CLASS_OTHER;
    }
}

#define SIGN(x) ((x) < 0 ? -1 : (x) > 0)
#define CMP3(a, b) ((a) < (b) ? -1 : (a) > (b))

/* ---- numbers ------------------------------------------------------ */

/* Two integers, either of which may be a bignum (bignums are normalised:
 * a bignum is always outside the small range). */
static int compare_integers(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b))
        return CMP3(small_val(a), small_val(b));
    if (term_is_small(a))
        return box_type(b) == BOX_NEG_BIG ? 1 : -1;
    if (term_is_small(b))
        return box_type(a) == BOX_NEG_BIG ? -1 : 1;
    bool an = box_type(a) == BOX_NEG_BIG, bn = box_type(b) == BOX_NEG_BIG;
    if (an != bn)
        return an ? -1 : 1;
    uint64_t la = box_size(a), lb = box_size(b);
    int mag = 0;
    if (la != lb) {
        mag = la < lb ? -1 : 1;
    } else {
        const uint64_t *x = ((Bignum *)box_ptr(a))->limbs;
        const uint64_t *y = ((Bignum *)box_ptr(b))->limbs;
        for (uint64_t i = la; i-- > 0;) {
            if (x[i] != y[i]) {
                mag = x[i] < y[i] ? -1 : 1;
                break;
            }
        }
    }
    return an ? -mag : mag;
}

static int compare_numbers(Term a, Term b, bool exact)
{
    bool af = term_is_float(a), bf = term_is_float(b);
    if (af && bf) {
        double x = float_val(a), y = float_val(b);
        return CMP3(x, y); /* 0.0 and -0.0 are equal, as OTP 25 */
    }
    if (!af && !bf)
        return compare_integers(a, b);
    if (exact) /* map key order: every integer before every float */
        return af ? 1 : -1;
    return arith_compare(a, b);
}

/* ---- atoms, bitstrings ------------------------------------------- */

static int compare_atoms(Term a, Term b)
{
    if (a == b)
        return 0;
    size_t la = atom_length(a), lb = atom_length(b);
    int c = memcmp(atom_name(a), atom_name(b), la < lb ? la : lb);
    if (c != 0)
        return SIGN(c);
    return CMP3(la, lb);
}

static int compare_bits(Term a, Term b)
{
    uint64_t na = binary_bit_size(a), nb = binary_bit_size(b);
    uint64_t n = na < nb ? na : nb;
    uint64_t whole = n >> 3;
    if (binary_is_aligned(a) && binary_is_aligned(b)) {
        int c = whole ? memcmp(binary_bytes(a), binary_bytes(b), whole) : 0;
        if (c != 0)
            return SIGN(c);
    } else {
        for (uint64_t i = 0; i < whole; i++) {
            uint8_t x = binary_get_byte(a, i * 8), y = binary_get_byte(b, i * 8);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    if (n & 7) {
        uint8_t mask = (uint8_t)(0xFF << (8 - (n & 7)));
        uint8_t x = binary_get_byte(a, whole * 8) & mask;
        uint8_t y = binary_get_byte(b, whole * 8) & mask;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return CMP3(na, nb);
}

/* ---- pids, ports, refs ------------------------------------------- */

/* A node as the BEAM compares it: name, then creation.  Local pids carry
 * no creation; they count as creation 0 here. */
static int compare_nodes(Term na, uint32_t ca, Term nb, uint32_t cb)
{
    int c = compare_atoms(na, nb);
    return c ? c : CMP3(ca, cb);
}

/* Pid parts: the BEAM orders pids by serial, then number, then node.  A
 * local pid's number splits as term.h says: N = n & 0x7fff, S = n >> 15. */
typedef struct PidParts {
    uint64_t serial, number;
    Term node;
    uint32_t creation;
    bool local;
} PidParts;

static PidParts pid_parts(Term t)
{
    PidParts p;
    if (term_is_local_pid(t)) {
        uint64_t n = local_pid_number(t);
        p.serial = n >> LOCAL_PID_NUMBER_BITS;
        p.number = n & ((UINT64_C(1) << LOCAL_PID_NUMBER_BITS) - 1);
        p.node = node_name();
        p.creation = 0;
        p.local = true;
    } else {
        ExtPid *e = (ExtPid *)box_ptr(t);
        p.serial = e->serial;
        p.number = e->id;
        p.node = e->node;
        p.creation = e->creation;
        p.local = false;
    }
    return p;
}

static int compare_pids(Term a, Term b)
{
    if (term_is_local_pid(a) && term_is_local_pid(b))
        return CMP3(local_pid_number(a), local_pid_number(b));
    PidParts x = pid_parts(a), y = pid_parts(b);
    if (x.serial != y.serial)
        return CMP3(x.serial, y.serial);
    if (x.number != y.number)
        return CMP3(x.number, y.number);
    int c = compare_nodes(x.node, x.creation, y.node, y.creation);
    if (c)
        return c;
    /* Only a remote pid naming this very node ties here: keep the order
     * total by putting the local one first. */
    return CMP3(y.local, x.local);
}

static int compare_ports(Term a, Term b)
{
    Port *x = (Port *)box_ptr(a), *y = (Port *)box_ptr(b);
    int c = compare_nodes(x->node, x->creation, y->node, y->creation);
    return c ? c : CMP3(x->id, y->id);
}

static int compare_refs(Term a, Term b)
{
    Ref *x = (Ref *)box_ptr(a), *y = (Ref *)box_ptr(b);
    int c = compare_nodes(x->node, x->creation, y->node, y->creation);
    if (c)
        return c;
    for (int i = 2; i >= 0; i--) /* most significant word last, as the BEAM */
        if (x->ids[i] != y->ids[i])
            return CMP3(x->ids[i], y->ids[i]);
    return 0;
}

/* ---- the general comparison -------------------------------------- */

static int compare(Term a, Term b, bool exact);

/* Maps: by size, then the keys in map key order (always exact), then the
 * values in that key order (in the caller's mode). */
static int compare_maps(Term a, Term b, bool exact)
{
    size_t na = map_size(a), nb = map_size(b);
    if (na != nb)
        return CMP3(na, nb);
    if (na == 0)
        return 0;
    const Term *ka, *kb, *va, *vb;
    Term *tmp;
    if (box_type(a) == BOX_FLATMAP && box_type(b) == BOX_FLATMAP) {
        ka = ((FlatMap *)box_ptr(a))->kv;
        va = ka + na;
        kb = ((FlatMap *)box_ptr(b))->kv;
        vb = kb + nb;
    } else {
        /* GC memory: the collector must see the keys and values copied
         * here, whatever happens to a and b meanwhile. */
        tmp = gc_alloc(4 * na * sizeof(Term));
        map_sorted_pairs(a, tmp, tmp + na);
        map_sorted_pairs(b, tmp + 2 * na, tmp + 3 * na);
        ka = tmp;
        va = tmp + na;
        kb = tmp + 2 * na;
        vb = tmp + 3 * na;
    }
    int c = 0;
    for (size_t i = 0; i < na && c == 0; i++)
        if (ka[i] != kb[i])
            c = compare(ka[i], kb[i], true);
    for (size_t i = 0; i < na && c == 0; i++)
        if (va[i] != vb[i])
            c = compare(va[i], vb[i], exact);
    return c;
}

/* Pairs still to compare, left to right: list tails, later tuple
 * elements, later closure variables.  A small array on the C stack (the
 * collector scans it), grown in GC memory for deep terms, so nesting depth
 * costs heap, never C stack. */
typedef struct Pending {
    Term *pairs; /* a0 b0 a1 b1 ... */
    size_t n, cap;
    Term local[64];
} Pending;

static void push_pair(Pending *st, Term a, Term b)
{
    if (st->n + 2 > st->cap) {
        size_t cap = st->cap * 2;
        Term *np = gc_alloc(cap * sizeof(Term));
        memcpy(np, st->pairs, st->n * sizeof(Term));
        st->pairs = np;
        st->cap = cap;
    }
    st->pairs[st->n++] = a;
    st->pairs[st->n++] = b;
}

static int compare(Term a, Term b, bool exact)
{
    Pending st;
    st.pairs = st.local;
    st.n = 0;
    st.cap = sizeof st.local / sizeof st.local[0];
    int c;
    for (;;) {
        if (a == b)
            goto next;
        if (term_is_small(a) && term_is_small(b))
            return CMP3(small_val(a), small_val(b));
        if (term_is_atom(a) && term_is_atom(b)) {
            if ((c = compare_atoms(a, b)))
                return c;
            goto next;
        }
        int ca = class_of(a), cb = class_of(b);
        if (ca != cb)
            return CMP3(ca, cb);
        switch (ca) {
        case CLASS_NUMBER:
            c = compare_numbers(a, b, exact);
            break;
        case CLASS_REF:
            c = compare_refs(a, b);
            break;
        case CLASS_PORT:
            c = compare_ports(a, b);
            break;
        case CLASS_PID:
            c = compare_pids(a, b);
            break;
        case CLASS_BITSTRING:
            c = compare_bits(a, b);
            break;
        case CLASS_MAP:
            c = compare_maps(a, b, exact);
            break;
        case CLASS_LIST:
            /* the head now, the tails (whatever they are) later */
            push_pair(&st, CDR(a), CDR(b));
            a = CAR(a);
            b = CAR(b);
            continue;
        case CLASS_TUPLE: {
            uint32_t n = tuple_arity(a), m = tuple_arity(b);
            if (n != m)
                return CMP3(n, m);
            if (n == 0)
                goto next;
            const Term *x = tuple_elems(a), *y = tuple_elems(b);
            for (uint32_t i = n - 1; i > 0; i--)
                if (x[i] != y[i])
                    push_pair(&st, x[i], y[i]);
            a = x[0];
            b = y[0];
            continue;
        }
        case CLASS_FUN: {
            bool ea = box_type(a) == BOX_EXPORT, eb = box_type(b) == BOX_EXPORT;
            if (ea != eb)
                return ea ? 1 : -1; /* local funs before export funs */
            if (ea) {
                ExportFun *x = (ExportFun *)box_ptr(a);
                ExportFun *y = (ExportFun *)box_ptr(b);
                c = compare_atoms(x->module, y->module);
                if (!c)
                    c = compare_atoms(x->function, y->function);
                if (!c)
                    c = CMP3(small_val(x->arity), small_val(y->arity));
                break;
            }
            Fun *x = (Fun *)box_ptr(a), *y = (Fun *)box_ptr(b);
            c = compare_atoms(x->module, y->module);
            if (!c)
                c = CMP3(x->index, y->index);
            if (!c)
                c = CMP3(x->uniq, y->uniq);
            uint64_t n = box_size(a), m = box_size(b);
            if (!c)
                c = CMP3(n, m);
            if (c)
                return c;
            for (uint64_t i = n; i > 0; i--)
                if (x->env[i - 1] != y->env[i - 1])
                    push_pair(&st, x->env[i - 1], y->env[i - 1]);
            goto next;
        }
        case CLASS_NIL:
        case CLASS_OTHER:
        default:
            c = CMP3(a, b); /* nil == nil; junk: any fixed order */
            break;
        }
        if (c)
            return c;
    next:
        if (st.n == 0)
            return 0;
        b = st.pairs[--st.n];
        a = st.pairs[--st.n];
    }
}

int term_compare(Term a, Term b)
{
    return compare(a, b, false);
}

int term_compare_exact(Term a, Term b)
{
    return compare(a, b, true);
}

bool term_equal(Term a, Term b)
{
    if (a == b)
        return true;
    /* Two different immediates are never equal (a small is never == to
     * another small, atom or pid); only numbers cross representations. */
    if (term_tag(a) != TAG_BOXED && term_tag(a) != TAG_CONS &&
        term_tag(b) != TAG_BOXED && term_tag(b) != TAG_CONS)
        return false;
    return compare(a, b, false) == 0;
}

/* ---- =:= ----------------------------------------------------------- */

static bool exact_equal_maps(Term a, Term b)
{
    size_t n = map_size(a);
    if (n != map_size(b))
        return false;
    if (box_type(a) == BOX_FLATMAP && box_type(b) == BOX_FLATMAP) {
        const Term *x = ((FlatMap *)box_ptr(a))->kv;
        const Term *y = ((FlatMap *)box_ptr(b))->kv;
        for (size_t i = 0; i < 2 * n; i++)
            if (!term_exact_equal(x[i], y[i]))
                return false;
        return true;
    }
    /* A map's representation and iteration order depend only on its keys
     * (see map.h), so equal maps iterate in step. */
    MapIter ia, ib;
    Term ka, va, kb, vb;
    map_iter_init(&ia, a);
    map_iter_init(&ib, b);
    while (map_iter_next(&ia, &ka, &va)) {
        if (!map_iter_next(&ib, &kb, &vb) || !term_exact_equal(ka, kb) ||
            !term_exact_equal(va, vb))
            return false;
    }
    return true;
}

bool term_exact_equal(Term a, Term b)
{
    for (;;) {
        if (a == b)
            return true;
        Term tag = term_tag(a);
        if (tag != term_tag(b))
            return false;
        if (tag == TAG_CONS) {
            /* a head that is a container goes through the iterative
             * compare, so deep nesting never recurses on the C stack */
            Term x = CAR(a), y = CAR(b);
            if (x != y && (!term_is_immediate(x) || !term_is_immediate(y))) {
                if (compare(x, y, true) != 0)
                    return false;
            } else if (x != y) {
                return false;
            }
            a = CDR(a);
            b = CDR(b);
            continue;
        }
        if (tag != TAG_BOXED || a == 0 || b == 0)
            return false; /* distinct immediates */
        Term ha = box_ptr(a)[0], hb = box_ptr(b)[0];
        if (term_is_map(a) && term_is_map(b))
            return exact_equal_maps(a, b);
        if (header_type(ha) != header_type(hb))
            return false;
        switch (header_type(ha)) {
        case BOX_TUPLE: {
            if (ha != hb)
                return false;
            uint32_t n = tuple_arity(a);
            if (n == 0)
                return true;
            const Term *x = tuple_elems(a), *y = tuple_elems(b);
            for (uint32_t i = 0; i + 1 < n; i++)
                if (x[i] != y[i] &&
                    (term_is_immediate(x[i]) || term_is_immediate(y[i]) ||
                     compare(x[i], y[i], true) != 0))
                    return false;
            a = x[n - 1];
            b = y[n - 1];
            continue;
        }
        case BOX_FLOAT:
            return float_val(a) == float_val(b);
        case BOX_POS_BIG:
        case BOX_NEG_BIG:
            return ha == hb &&
                   memcmp(((Bignum *)box_ptr(a))->limbs,
                          ((Bignum *)box_ptr(b))->limbs,
                          header_size(ha) * sizeof(uint64_t)) == 0;
        case BOX_BINARY:
            return binary_bit_size(a) == binary_bit_size(b) &&
                   compare_bits(a, b) == 0;
        case BOX_FUN:
        case BOX_EXPORT: /* the exact order is 0 only for =:= terms */
            return compare(a, b, true) == 0;
        case BOX_REF:
            return compare_refs(a, b) == 0;
        case BOX_EXTPID:
            return compare_pids(a, b) == 0;
        case BOX_PORT:
            return compare_ports(a, b) == 0;
        default:
            return false;
        }
    }
}

/* term.h - the tagged one-word term and the layout of every heap object.
 *
 * A Term is one 64-bit word.  The low four bits say what it is:
 *
 *   63                                             4 3  0
 *  +-----------------------------------------------+----+
 *  | pointer to a boxed object (16-byte aligned)     0000 |  boxed
 *  | pointer to a Cons cell                          0001 |  cons (ptr + 1)
 *  | signed 60-bit integer                           0011 |  small integer
 *  | atom index                                      0111 |  atom
 *  | local process number                            1011 |  local pid
 *  | special constant: nil, none                     1111 |  special
 *  +-----------------------------------------------+----+
 *
 * Boehm allocations are 16-byte aligned, so pointer tags fit below the
 * address; gc_init registers displacement 1 so a cons pointer keeps its cell
 * alive.  Immediates never look like registered pointers (their low bits are
 * 0011, 0111, 1011, 1111), so the collector ignores them.
 *
 * A boxed object starts with a header word:
 *
 *   63                                    8 7        0
 *  +---------------------------------------+----------+
 *  | size: arity, limb count, pair count... | BoxType  |
 *  +---------------------------------------+----------+
 *
 * Every heap object is immutable once its term has escaped.  Objects are
 * allocated with gc_alloc (they may hold terms) or gc_alloc_atomic (floats,
 * bignums: pointer-free), see gc.h.
 */
#ifndef ELFE_TERM_H
#define ELFE_TERM_H

#include <string.h>

#include "types.h"

/* ---- tags ---------------------------------------------------------- */

#define TAG_MASK ((Term)0xF)
#define TAG_BOXED ((Term)0x0)
#define TAG_CONS ((Term)0x1)
#define TAG_SMALL ((Term)0x3)
#define TAG_ATOM ((Term)0x7)
#define TAG_PID ((Term)0xB)
#define TAG_SPECIAL ((Term)0xF)
#define TAG_BITS 4

/* The empty list () / []. */
#define NIL ((Term)0x0F)
/* "No term": a return value meaning failure, an empty slot.  Never a value
 * visible to LFE code. */
#define NONE ((Term)0x1F)

#define term_tag(t) ((t) & TAG_MASK)
/* Not a pointer: small, atom, local pid or special (tags 0011 0111 1011
 * 1111).  Two immediates are =:= exactly when their words are equal. */
#define term_is_immediate(t) (((t) & 0xE) != 0)

/* ---- small integers ------------------------------------------------ */

#define SMALL_BITS 60
#define SMALL_MAX ((int64_t)((UINT64_C(1) << (SMALL_BITS - 1)) - 1))
#define SMALL_MIN (-SMALL_MAX - 1)

#define term_is_small(t) (term_tag(t) == TAG_SMALL)
#define small_fits(n) ((n) >= SMALL_MIN && (n) <= SMALL_MAX)

static inline Term make_small(int64_t n)
{
    return ((uint64_t)n << TAG_BITS) | TAG_SMALL;
}

static inline int64_t small_val(Term t)
{
    return (int64_t)t >> TAG_BITS; /* arithmetic shift (GCC, clang) */
}

/* ---- atoms, local pids, nil --------------------------------------- */

#define term_is_atom(t) (term_tag(t) == TAG_ATOM)
#define make_atom(index) (((Term)(index) << TAG_BITS) | TAG_ATOM)
#define atom_index(t) ((uint32_t)((t) >> TAG_BITS))

/* A local pid's number n prints as <0.N.S> with N = n & 0x7fff and
 * S = n >> 15: the BEAM's 15-bit pid number and its serial (checked with
 * erl: the 40,000th process is <0.7310.1>).  Printers, phash2, term order
 * and the external term format all use this split. */
#define LOCAL_PID_NUMBER_BITS 15
#define term_is_local_pid(t) (term_tag(t) == TAG_PID)
#define make_local_pid(n) (((Term)(n) << TAG_BITS) | TAG_PID)
#define local_pid_number(t) ((uint64_t)(t) >> TAG_BITS)

#define term_is_nil(t) ((t) == NIL)

/* ---- cons cells ---------------------------------------------------- */

struct Cons {
    Term car;
    Term cdr;
};

#define term_is_cons(t) (term_tag(t) == TAG_CONS)
#define term_is_list(t) (term_is_cons(t) || term_is_nil(t))
#define cons_ptr(t) ((Cons *)((t) - TAG_CONS))
#define make_cons_ptr(p) ((Term)(uintptr_t)(p) | TAG_CONS)
#define CAR(t) (cons_ptr(t)->car)
#define CDR(t) (cons_ptr(t)->cdr)

/* ---- boxed objects ------------------------------------------------- */

typedef enum BoxType {
    BOX_TUPLE = 1,   /* size = arity, then the elements            */
    BOX_FLOAT,       /* a double                                   */
    BOX_POS_BIG,     /* size = limb count, limbs least significant */
    BOX_NEG_BIG,     /*   first; magnitude only, sign in the type  */
    BOX_BINARY,      /* a bitstring: buffer + bit offset + bit size */
    BOX_FLATMAP,     /* size = pairs: sorted keys then values      */
    BOX_HAMTMAP,     /* a large map: hash array mapped trie root    */
    BOX_FUN,         /* a closure: code, arity, free variables      */
    BOX_EXPORT,      /* fun mod:name/arity                          */
    BOX_REF,         /* a reference                                 */
    BOX_EXTPID,      /* a pid on another node                       */
    BOX_PORT,        /* a port                                      */
    BOX_INTERNAL     /* runtime-private data (never a user value)   */
} BoxType;

#define term_is_boxed(t) (term_tag(t) == TAG_BOXED && (t) != 0)
#define box_ptr(t) ((Term *)(uintptr_t)(t))
#define make_box(p) ((Term)(uintptr_t)(p))
#define HDR_TYPE_BITS 8
#define make_header(type, size) (((Term)(size) << HDR_TYPE_BITS) | (Term)(type))
#define header_type(h) ((BoxType)((h)&0xFF))
#define header_size(h) ((uint64_t)(h) >> HDR_TYPE_BITS)
#define box_type(t) header_type(box_ptr(t)[0])
#define box_size(t) header_size(box_ptr(t)[0])

static inline bool term_is_box_of(Term t, BoxType type)
{
    return term_is_boxed(t) && box_type(t) == type;
}

/* Tuples. */
struct Tuple {
    Term header;
    Term elems[];
};
#define term_is_tuple(t) term_is_box_of(t, BOX_TUPLE)
#define tuple_arity(t) ((uint32_t)box_size(t))
#define tuple_elems(t) (((Tuple *)box_ptr(t))->elems)
#define TUPLE_MAX_ARITY (1u << 24) /* as the BEAM: 16,777,215 */

/* Floats. */
struct Float {
    Term header;
    double value;
};
#define term_is_float(t) term_is_box_of(t, BOX_FLOAT)
#define float_val(t) (((Float *)box_ptr(t))->value)

/* Bignums: see bignum.h for the operations. */
struct Bignum {
    Term header;
    uint64_t limbs[]; /* mp_limb_t, least significant first */
};
static inline bool term_is_bignum(Term t)
{
    return term_is_boxed(t) &&
           (box_type(t) == BOX_POS_BIG || box_type(t) == BOX_NEG_BIG);
}
#define term_is_integer(t) (term_is_small(t) || term_is_bignum(t))
#define term_is_number(t) (term_is_integer(t) || term_is_float(t))

/* Binaries and bitstrings: see binary.h.  Every binary is a window
 * (bit offset, bit size) on a shared, pointer-free byte buffer, so
 * sub-binaries cost no copy and appending can extend a buffer in place. */
struct BinBuf {
    size_t capacity; /* bytes allocated in data[]               */
    _Atomic uint64_t used; /* bits claimed by some binary (CAS) */
    uint8_t data[];
};
struct Binary {
    Term header;
    BinBuf *buf;
    uint64_t offset; /* in bits */
    uint64_t size;   /* in bits */
};
#define term_is_bitstring(t) term_is_box_of(t, BOX_BINARY)
#define term_is_binary(t) \
    (term_is_bitstring(t) && (((Binary *)box_ptr(t))->size & 7) == 0)

/* Maps: see map.h. */
static inline bool term_is_map(Term t)
{
    return term_is_boxed(t) &&
           (box_type(t) == BOX_FLATMAP || box_type(t) == BOX_HAMTMAP);
}
/* Small maps: the header size is the number of pairs n; keys[0..n) are
 * sorted in term order (=:= distinct), vals[i] belongs to keys[i]. */
struct FlatMap {
    Term header;
    Term kv[]; /* keys[n] then values[n] */
};
#define FLATMAP_MAX 32 /* as the BEAM: a bigger map becomes a HAMT */

/* Funs.  A closure names its defining module and its index in that
 * module's fun table; the VM issue fills in code and free variables. */
struct Fun {
    Term header;   /* size = number of free variables */
    Term module;   /* atom */
    Term name;     /* atom: the generated function name, e.g. -main/0-fun-0- */
    uint32_t arity;
    uint32_t index;   /* index in the module's fun table */
    uint32_t uniq;    /* hash of the fun's code, as the BEAM's old uniq */
    uint32_t pad;
    void *code;       /* runtime code entry (filled by the VM) */
    Term env[];
};
#define term_is_fun(t) \
    (term_is_box_of(t, BOX_FUN) || term_is_box_of(t, BOX_EXPORT))
struct ExportFun {
    Term header;
    Term module; /* atom */
    Term function; /* atom */
    Term arity;    /* small */
};

/* References: node, creation and three 32-bit words, as the BEAM. */
struct Ref {
    Term header;
    Term node; /* atom */
    uint32_t creation;
    uint32_t ids[3];
};
#define term_is_ref(t) term_is_box_of(t, BOX_REF)

/* Pids on other nodes. */
struct ExtPid {
    Term header;
    Term node; /* atom */
    uint32_t id;
    uint32_t serial;
    uint32_t creation;
    uint32_t pad;
};
#define term_is_pid(t) (term_is_local_pid(t) || term_is_box_of(t, BOX_EXTPID))

/* Ports, local or remote. */
struct Port {
    Term header;
    Term node; /* atom */
    uint64_t id;
    uint32_t creation;
    uint32_t pad;
};
#define term_is_port(t) term_is_box_of(t, BOX_PORT)

/* ---- constructors (term.c) ----------------------------------------- */

Term make_cons(Term car, Term cdr);
/* A tuple of the given arity; elements are set to NIL: fill before use. */
Term make_tuple(uint32_t arity);
Term make_tuple2(Term a, Term b);
Term make_tuple3(Term a, Term b, Term c);
Term make_tuplev(uint32_t arity, const Term *elems);
Term make_float(double d);
/* An integer of any size: small when it fits, else a bignum. */
Term make_int64(int64_t n);
Term make_uint64(uint64_t n);
Term make_export_fun(Term module, Term function, uint32_t arity);
Term make_ext_pid(Term node, uint32_t id, uint32_t serial, uint32_t creation);
Term make_ref(Term node, uint32_t creation, const uint32_t ids[3]);
Term make_port(Term node, uint64_t id, uint32_t creation);

/* Lists. */
/* Length of a proper list, or -1 when t is not a proper list. */
int64_t list_length(Term t);
/* A list of n terms from an array. */
Term list_from_array(const Term *elems, size_t n);
/* A list of integers from bytes: a string in LFE's sense. */
Term list_from_bytes(const uint8_t *s, size_t n);
Term list_from_cstr(const char *s);
/* Reverse a proper list onto tail. */
Term list_reverse(Term list, Term tail);

/* The local node's name; 'nonode@nohost' until distribution starts. */
Term node_name(void);

#endif

/* bif_etf.c - the erlang BIFs of the external term format:
 * term_to_binary/1,2, term_to_iovec/1,2, binary_to_term/1,2 and
 * external_size/1,2, over etf.c.  Options are checked as OTP 25 checks
 * them: anything unknown, or an improper option list, is badarg.
 */
#include "bif.h"

#include "atom.h"
#include "binary.h"
#include "etf.h"
#include "gc.h"

#include "bifs.def"

static bool is_atom_named(Term t, const char *name)
{
    return term_is_atom(t) && t == atom_lookup(name, strlen(name));
}

/* {Name, Int} with lo <= Int <= hi. */
static bool int_option(Term t, const char *name, int lo, int hi, int *out)
{
    if (!term_is_tuple(t) || tuple_arity(t) != 2 ||
        !is_atom_named(tuple_elems(t)[0], name))
        return false;
    Term v = tuple_elems(t)[1];
    if (!term_is_small(v) || small_val(v) < lo || small_val(v) > hi)
        return false;
    *out = (int)small_val(v);
    return true;
}

/* term_to_binary/2's options; false for a bad list. */
static bool encode_options(Process *p, Term opts, EtfEncodeOpts *o,
                           bool size_only)
{
    *o = etf_encode_defaults();
    o->fun_pid = p->pid;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        Term x = CAR(opts);
        int v;
        if (!size_only && is_atom_named(x, "compressed"))
            o->compress = 6;
        else if (!size_only && int_option(x, "compressed", 0, 9, &v))
            o->compress = v;
        else if (int_option(x, "minor_version", 0, size_only ? 1 : 2, &v))
            o->minor_version = v;
        else if (!size_only && is_atom_named(x, "deterministic"))
            o->deterministic = true;
        else
            return false;
    }
    return term_is_nil(opts);
}

static Term to_binary(Process *p, Term t, Term opts)
{
    EtfEncodeOpts o;
    if (!encode_options(p, opts, &o, false))
        return bif_badarg(p);
    Term reason;
    Term bin = etf_encode(t, &o, &reason);
    return bin == NONE ? bif_error(p, reason) : bin;
}

Term bif_etf_term_to_binary_1(Process *p, const Term *args)
{
    return to_binary(p, args[0], NIL);
}

Term bif_etf_term_to_binary_2(Process *p, const Term *args)
{
    return to_binary(p, args[0], args[1]);
}

/* term_to_iovec: the same bytes as one binary in a list (OTP may split
 * off large binaries; iolist_to_binary of both is the same). */
Term bif_etf_term_to_iovec_1(Process *p, const Term *args)
{
    Term bin = to_binary(p, args[0], NIL);
    return bin == NONE ? NONE : make_cons(bin, NIL);
}

Term bif_etf_term_to_iovec_2(Process *p, const Term *args)
{
    Term bin = to_binary(p, args[0], args[1]);
    return bin == NONE ? NONE : make_cons(bin, NIL);
}

static Term from_binary(Process *p, Term bin, Term opts)
{
    EtfDecodeOpts o = {false, p->rt, bin};
    bool want_used = false;
    for (; term_is_cons(opts); opts = CDR(opts)) {
        if (is_atom_named(CAR(opts), "safe"))
            o.safe = true;
        else if (is_atom_named(CAR(opts), "used"))
            want_used = true;
        else
            return bif_badarg(p);
    }
    if (!term_is_nil(opts) || !term_is_binary(bin))
        return bif_badarg(p);
    size_t n = binary_byte_size(bin), used = 0;
    const uint8_t *bytes;
    if (binary_is_aligned(bin)) {
        bytes = binary_bytes(bin);
    } else {
        uint8_t *tmp = gc_alloc_atomic(n ? n : 1);
        binary_copy_bits(bin, 0, n * 8, tmp);
        bytes = tmp;
    }
    Term reason;
    Term t = etf_decode(bytes, n, &o, &used, &reason);
    (void)bin; /* keeps bytes alive until here */
    if (t == NONE)
        return bif_error(p, reason);
    return want_used ? make_tuple2(t, make_small((int64_t)used)) : t;
}

Term bif_etf_binary_to_term_1(Process *p, const Term *args)
{
    return from_binary(p, args[0], NIL);
}

Term bif_etf_binary_to_term_2(Process *p, const Term *args)
{
    return from_binary(p, args[0], args[1]);
}

static Term size_of(Process *p, Term t, Term opts)
{
    EtfEncodeOpts o;
    if (!encode_options(p, opts, &o, true))
        return bif_badarg(p);
    Term reason;
    int64_t n = etf_encoded_size(t, &o, &reason);
    return n < 0 ? bif_error(p, reason) : make_small(n);
}

Term bif_etf_external_size_1(Process *p, const Term *args)
{
    return size_of(p, args[0], NIL);
}

Term bif_etf_external_size_2(Process *p, const Term *args)
{
    return size_of(p, args[0], args[1]);
}

/* bif_extra.c - erlang BIFs on tuples and on the text forms of
 * identifiers: insert_element/3, delete_element/2, pid_to_list/1,
 * list_to_pid/1, ref_to_list/1, port_to_list/1, fun_to_list/1 and
 * is_builtin/3.
 *
 * The text forms are what the Erlang printer writes (~w), so
 * pid_to_list(P) and io_lib:format("~w", [P]) agree, as on the BEAM.
 */
#include "bif.h"

#include <string.h>

#include "../reader/print.h"
#include "atom.h"
#include "strbuf.h"

#include "bifs.def"

/* ---- tuples ------------------------------------------------------- */

Term bif_extra_insert_element_3(Process *p, const Term *args)
{
    Term i = args[0], t = args[1];
    if (!term_is_tuple(t) || !term_is_small(i))
        return bif_badarg(p);
    uint32_t n = tuple_arity(t);
    int64_t k = small_val(i);
    if (k < 1 || k > (int64_t)n + 1 || n + 1 >= TUPLE_MAX_ARITY)
        return bif_badarg(p);
    Term r = make_tuple(n + 1);
    Term *src = tuple_elems(t), *dst = tuple_elems(r);
    memcpy(dst, src, (size_t)(k - 1) * sizeof(Term));
    dst[k - 1] = args[2];
    memcpy(dst + k, src + k - 1, (size_t)(n - (uint32_t)k + 1) * sizeof(Term));
    return r;
}

Term bif_extra_delete_element_2(Process *p, const Term *args)
{
    Term i = args[0], t = args[1];
    if (!term_is_tuple(t) || !term_is_small(i))
        return bif_badarg(p);
    uint32_t n = tuple_arity(t);
    int64_t k = small_val(i);
    if (k < 1 || k > (int64_t)n)
        return bif_badarg(p);
    Term r = make_tuple(n - 1);
    Term *src = tuple_elems(t), *dst = tuple_elems(r);
    memcpy(dst, src, (size_t)(k - 1) * sizeof(Term));
    memcpy(dst + k - 1, src + k, (size_t)(n - (uint32_t)k) * sizeof(Term));
    return r;
}

/* ---- text forms ---------------------------------------------------- */

/* The term as ~w writes it, as a list of characters. */
static Term written(Term t)
{
    StrBuf s;
    strbuf_init(&s);
    PrintOpts o = print_default_opts();
    print_erl_write(&s, t, &o);
    return list_from_bytes((const uint8_t *)s.data, s.len);
}

Term bif_extra_pid_to_list_1(Process *p, const Term *args)
{
    return term_is_pid(args[0]) ? written(args[0]) : bif_badarg(p);
}

Term bif_extra_ref_to_list_1(Process *p, const Term *args)
{
    return term_is_ref(args[0]) ? written(args[0]) : bif_badarg(p);
}

Term bif_extra_port_to_list_1(Process *p, const Term *args)
{
    return term_is_port(args[0]) ? written(args[0]) : bif_badarg(p);
}

Term bif_extra_fun_to_list_1(Process *p, const Term *args)
{
    return term_is_fun(args[0]) ? written(args[0]) : bif_badarg(p);
}

/* A decimal number from the list at *l up to the character stop. */
static bool number(Term *l, char stop, uint64_t *out)
{
    uint64_t v = 0;
    int digits = 0;
    Term t = *l;
    for (; term_is_cons(t); t = CDR(t)) {
        Term c = CAR(t);
        if (!term_is_small(c))
            return false;
        int64_t ch = small_val(c);
        if (ch == stop)
            break;
        if (ch < '0' || ch > '9' || digits >= 18)
            return false;
        v = v * 10 + (uint64_t)(ch - '0');
        digits++;
    }
    if (!digits || !term_is_cons(t))
        return false;
    *l = CDR(t);
    *out = v;
    return true;
}

/* list_to_pid("<0.N.S>"): local pids only (node 0), N < 2^15, S < 2^13. */
Term bif_extra_list_to_pid_1(Process *p, const Term *args)
{
    Term l = args[0];
    uint64_t node, num, serial;
    if (!term_is_cons(l) || CAR(l) != make_small('<'))
        return bif_badarg(p);
    l = CDR(l);
    if (!number(&l, '.', &node) || !number(&l, '.', &num) ||
        !number(&l, '>', &serial) || !term_is_nil(l) || node != 0 ||
        num >= (1u << LOCAL_PID_NUMBER_BITS) || serial >= (1u << 13))
        return bif_badarg(p);
    return make_local_pid(num | serial << LOCAL_PID_NUMBER_BITS);
}

/* is_builtin(M, F, A): whether M:F/A is one of our C built-ins. */
Term bif_extra_is_builtin_3(Process *p, const Term *args)
{
    Term m = args[0], f = args[1], a = args[2];
    if (!term_is_atom(m) || !term_is_atom(f) || !term_is_small(a) || small_val(a) < 0)
        return bif_badarg(p);
    for (size_t i = 0; i < bif_count; i++) {
        const BifInfo *b = &bif_table[i];
        if (b->arity == (uint64_t)small_val(a) && !strcmp(b->module, atom_name(m)) &&
            !strcmp(b->name, atom_name(f)))
            return ATOM_true_;
    }
    return ATOM_false_;
}

/* bif_erlang.c - erlang module BIFs on terms: type tests, numbers, tuples,
 * lists, sizes, exceptions, the process dictionary and display/1.
 *
 * Conversions to and from text live in bif_convert.c, binaries in
 * bif_binary.c, the operators in bif_ops.c.  Every error reason is
 * OTP 25's (checked with erl): badarg for a bad argument, {badmap,M} and
 * {badkey,K} for the map BIFs.
 */
#include "bif.h"

#include <stdio.h>
#include <stdlib.h>

#include "../reader/print.h"
#include "arith.h"
#include "atom.h"
#include "binary.h"
#include "compare.h"
#include "hash.h"
#include "map.h"
#include "strbuf.h"

#include "bifs.def"

/* ---- type tests --------------------------------------------------- */

Term bif_erlang_is_atom_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_atom(args[0]));
}

Term bif_erlang_is_binary_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_binary(args[0]));
}

Term bif_erlang_is_bitstring_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_bitstring(args[0]));
}

Term bif_erlang_is_boolean_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(args[0] == ATOM_true_ || args[0] == ATOM_false_);
}

Term bif_erlang_is_float_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_float(args[0]));
}

Term bif_erlang_is_function_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_fun(args[0]));
}

/* is_function(F, Arity): Arity must be a non-negative integer. */
Term bif_erlang_is_function_2(Process *p, const Term *args)
{
    Term f = args[0], a = args[1];
    if (!term_is_small(a) || small_val(a) < 0)
        return bif_badarg(p);
    if (term_is_box_of(f, BOX_FUN))
        return make_bool(((Fun *)box_ptr(f))->arity == small_val(a));
    if (term_is_box_of(f, BOX_EXPORT))
        return make_bool(((ExportFun *)box_ptr(f))->arity == a);
    return ATOM_false_;
}

Term bif_erlang_is_integer_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_integer(args[0]));
}

Term bif_erlang_is_list_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_list(args[0]));
}

Term bif_erlang_is_map_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_map(args[0]));
}

Term bif_erlang_is_map_key_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return bif_error(p, make_tuple2(ATOM_badmap, args[1]));
    return make_bool(map_get(args[1], args[0]) != NONE);
}

Term bif_erlang_is_number_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_number(args[0]));
}

Term bif_erlang_is_pid_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_pid(args[0]));
}

Term bif_erlang_is_port_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_port(args[0]));
}

/* is_record(T, Tag): a tuple whose first element is the atom Tag. */
Term bif_erlang_is_record_2(Process *p, const Term *args)
{
    Term t = args[0], tag = args[1];
    if (!term_is_atom(tag))
        return bif_badarg(p);
    return make_bool(term_is_tuple(t) && tuple_arity(t) >= 1 &&
                     tuple_elems(t)[0] == tag);
}

/* is_record(T, Tag, Size): also of exactly Size elements. */
Term bif_erlang_is_record_3(Process *p, const Term *args)
{
    Term t = args[0], tag = args[1], size = args[2];
    if (!term_is_atom(tag) || !term_is_small(size))
        return bif_badarg(p);
    return make_bool(term_is_tuple(t) && tuple_arity(t) >= 1 &&
                     (int64_t)tuple_arity(t) == small_val(size) &&
                     tuple_elems(t)[0] == tag);
}

Term bif_erlang_is_reference_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_ref(args[0]));
}

Term bif_erlang_is_tuple_1(Process *p, const Term *args)
{
    (void)p;
    return make_bool(term_is_tuple(args[0]));
}

/* ---- numbers ------------------------------------------------------ */

/* The result of a one-argument arith function, badarg on NONE. */
static Term number_or_badarg(Process *p, Term r)
{
    return r != NONE ? r : bif_badarg(p);
}

Term bif_erlang_abs_1(Process *p, const Term *args)
{
    if (!term_is_number(args[0]))
        return bif_badarg(p);
    return number_or_badarg(p, arith_abs(args[0]));
}

/* min/max return the first argument when the two compare equal. */
Term bif_erlang_min_2(Process *p, const Term *args)
{
    (void)p;
    return term_compare(args[0], args[1]) <= 0 ? args[0] : args[1];
}

Term bif_erlang_max_2(Process *p, const Term *args)
{
    (void)p;
    return term_compare(args[0], args[1]) >= 0 ? args[0] : args[1];
}

Term bif_erlang_float_1(Process *p, const Term *args)
{
    return number_or_badarg(p, arith_to_float(args[0]));
}

Term bif_erlang_round_1(Process *p, const Term *args)
{
    if (!term_is_number(args[0]))
        return bif_badarg(p);
    return number_or_badarg(p, arith_round(args[0]));
}

Term bif_erlang_trunc_1(Process *p, const Term *args)
{
    if (!term_is_number(args[0]))
        return bif_badarg(p);
    return number_or_badarg(p, arith_trunc(args[0]));
}

Term bif_erlang_floor_1(Process *p, const Term *args)
{
    if (!term_is_number(args[0]))
        return bif_badarg(p);
    return number_or_badarg(p, arith_floor(args[0]));
}

Term bif_erlang_ceil_1(Process *p, const Term *args)
{
    if (!term_is_number(args[0]))
        return bif_badarg(p);
    return number_or_badarg(p, arith_ceil(args[0]));
}

/* ---- lists and tuples --------------------------------------------- */

Term bif_erlang_hd_1(Process *p, const Term *args)
{
    return term_is_cons(args[0]) ? CAR(args[0]) : bif_badarg(p);
}

Term bif_erlang_tl_1(Process *p, const Term *args)
{
    return term_is_cons(args[0]) ? CDR(args[0]) : bif_badarg(p);
}

Term bif_erlang_length_1(Process *p, const Term *args)
{
    int64_t n = list_length(args[0]);
    return n >= 0 ? make_small(n) : bif_badarg(p);
}

/* A 1-based tuple index in range, or 0. */
static uint32_t tuple_index(Term index, Term tuple)
{
    if (!term_is_small(index) || !term_is_tuple(tuple))
        return 0;
    int64_t i = small_val(index);
    return i >= 1 && i <= (int64_t)tuple_arity(tuple) ? (uint32_t)i : 0;
}

Term bif_erlang_element_2(Process *p, const Term *args)
{
    uint32_t i = tuple_index(args[0], args[1]);
    return i ? tuple_elems(args[1])[i - 1] : bif_badarg(p);
}

Term bif_erlang_setelement_3(Process *p, const Term *args)
{
    uint32_t i = tuple_index(args[0], args[1]);
    if (!i)
        return bif_badarg(p);
    Term t = make_tuplev(tuple_arity(args[1]), tuple_elems(args[1]));
    tuple_elems(t)[i - 1] = args[2];
    return t;
}

Term bif_erlang_tuple_size_1(Process *p, const Term *args)
{
    if (!term_is_tuple(args[0]))
        return bif_badarg(p);
    return make_small(tuple_arity(args[0]));
}

/* size/1: a tuple's arity or a bitstring's whole bytes. */
Term bif_erlang_size_1(Process *p, const Term *args)
{
    if (term_is_tuple(args[0]))
        return make_small(tuple_arity(args[0]));
    if (term_is_bitstring(args[0]))
        return make_small((int64_t)binary_byte_size(args[0]));
    return bif_badarg(p);
}

/* byte_size/1 rounds a bitstring's size up. */
Term bif_erlang_byte_size_1(Process *p, const Term *args)
{
    if (!term_is_bitstring(args[0]))
        return bif_badarg(p);
    return make_small((int64_t)((binary_bit_size(args[0]) + 7) >> 3));
}

Term bif_erlang_bit_size_1(Process *p, const Term *args)
{
    if (!term_is_bitstring(args[0]))
        return bif_badarg(p);
    return make_small((int64_t)binary_bit_size(args[0]));
}

Term bif_erlang_map_size_1(Process *p, const Term *args)
{
    if (!term_is_map(args[0]))
        return bif_error(p, make_tuple2(ATOM_badmap, args[0]));
    return make_small((int64_t)map_size(args[0]));
}

Term bif_erlang_map_get_2(Process *p, const Term *args)
{
    if (!term_is_map(args[1]))
        return bif_error(p, make_tuple2(ATOM_badmap, args[1]));
    Term v = map_get(args[1], args[0]);
    return v != NONE ? v : bif_error(p, make_tuple2(ATOM_badkey, args[0]));
}

/* A tuple arity from a term: a small in 0..TUPLE_MAX_ARITY-1, or -1. */
static int64_t arity_arg(Term n)
{
    if (!term_is_small(n) || small_val(n) < 0 ||
        small_val(n) >= (int64_t)TUPLE_MAX_ARITY)
        return -1;
    return small_val(n);
}

Term bif_erlang_make_tuple_2(Process *p, const Term *args)
{
    int64_t n = arity_arg(args[0]);
    if (n < 0)
        return bif_badarg(p);
    Term t = make_tuple((uint32_t)n);
    for (int64_t i = 0; i < n; i++)
        tuple_elems(t)[i] = args[1];
    return t;
}

/* make_tuple(N, Default, [{Pos, Value}]): later pairs win. */
Term bif_erlang_make_tuple_3(Process *p, const Term *args)
{
    int64_t n = arity_arg(args[0]);
    if (n < 0 || list_length(args[2]) < 0)
        return bif_badarg(p);
    Term t = make_tuple((uint32_t)n);
    for (int64_t i = 0; i < n; i++)
        tuple_elems(t)[i] = args[1];
    for (Term l = args[2]; term_is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (!term_is_tuple(e) || tuple_arity(e) != 2)
            return bif_badarg(p);
        Term pos = tuple_elems(e)[0];
        if (!term_is_small(pos) || small_val(pos) < 1 || small_val(pos) > n)
            return bif_badarg(p);
        tuple_elems(t)[small_val(pos) - 1] = tuple_elems(e)[1];
    }
    return t;
}

Term bif_erlang_append_element_2(Process *p, const Term *args)
{
    Term t = args[0];
    if (!term_is_tuple(t) || tuple_arity(t) + 1 >= TUPLE_MAX_ARITY)
        return bif_badarg(p);
    uint32_t n = tuple_arity(t);
    Term r = make_tuple(n + 1);
    memcpy(tuple_elems(r), tuple_elems(t), n * sizeof(Term));
    tuple_elems(r)[n] = args[1];
    return r;
}

Term bif_erlang_tuple_to_list_1(Process *p, const Term *args)
{
    if (!term_is_tuple(args[0]))
        return bif_badarg(p);
    return list_from_array(tuple_elems(args[0]), tuple_arity(args[0]));
}

Term bif_erlang_list_to_tuple_1(Process *p, const Term *args)
{
    int64_t n = list_length(args[0]);
    if (n < 0 || n >= (int64_t)TUPLE_MAX_ARITY)
        return bif_badarg(p);
    Term t = make_tuple((uint32_t)n);
    Term *e = tuple_elems(t);
    for (Term l = args[0]; term_is_cons(l); l = CDR(l))
        *e++ = CAR(l);
    return t;
}

Term bif_erlang_phash2_1(Process *p, const Term *args)
{
    (void)p;
    return make_small(hash_phash2(args[0]));
}

/* phash2(T, Range): 1 =< Range =< 2^32. */
Term bif_erlang_phash2_2(Process *p, const Term *args)
{
    Term r = args[1];
    if (!term_is_small(r) || small_val(r) < 1 ||
        small_val(r) > ((int64_t)1 << 32))
        return bif_badarg(p);
    return make_small(hash_phash2_range(args[0], (uint64_t)small_val(r)));
}

/* ---- exceptions --------------------------------------------------- */

/* error/1,2,3, exit/1 and throw/1 raise in their caller: the trace
 * starts at the calling function, as on the BEAM.  error/2,3's Args, when
 * a proper list, stand for that frame's arity; error/3's {error_info, _}
 * option joins its location. */
Term bif_erlang_error_1(Process *p, const Term *args)
{
    return bif_raise_in_caller(p, ATOM_error, args[0], NONE, NIL);
}

static Term frame_args(Term args)
{
    return list_length(args) >= 0 ? args : NONE;
}

Term bif_erlang_error_2(Process *p, const Term *args)
{
    return bif_raise_in_caller(p, ATOM_error, args[0], frame_args(args[1]),
                               NIL);
}

Term bif_erlang_error_3(Process *p, const Term *args)
{
    Term info = NIL;
    for (Term o = args[2]; term_is_cons(o); o = CDR(o)) {
        Term t = CAR(o);
        if (term_is_tuple(t) && tuple_arity(t) == 2 &&
            tuple_elems(t)[0] == atom_from_cstr("error_info"))
            info = make_cons(t, info);
    }
    return bif_raise_in_caller(p, ATOM_error, args[0], frame_args(args[1]),
                               info);
}

Term bif_erlang_exit_1(Process *p, const Term *args)
{
    return bif_raise_in_caller(p, ATOM_exit, args[0], NONE, NIL);
}

Term bif_erlang_throw_1(Process *p, const Term *args)
{
    return bif_raise_in_caller(p, ATOM_throw_, args[0], NONE, NIL);
}

/* One stack trace entry as raise/3 accepts it: {M, F, ArityOrArgs},
 * {M, F, ArityOrArgs, Location} or {Fun, ArityOrArgs, Location}. */
static bool trace_entry_ok(Term e)
{
    if (!term_is_tuple(e))
        return false;
    uint32_t n = tuple_arity(e);
    const Term *x = tuple_elems(e);
    if (n == 3 && term_is_fun(x[0]))
        return (term_is_small(x[1]) || term_is_list(x[1])) &&
               list_length(x[2]) >= 0;
    if (n != 3 && n != 4)
        return false;
    if (!term_is_atom(x[0]) || !term_is_atom(x[1]))
        return false;
    if (!term_is_small(x[2]) && !term_is_list(x[2]))
        return false;
    return n == 3 || list_length(x[3]) >= 0;
}

/* raise(Class, Reason, Stacktrace).  With a bad class or trace it does not
 * raise: it returns the atom badarg, as the BEAM does. */
Term bif_erlang_raise_3(Process *p, const Term *args)
{
    Term cls = args[0];
    if (cls != ATOM_error && cls != ATOM_exit && cls != ATOM_throw_)
        return ATOM_badarg;
    if (list_length(args[2]) < 0)
        return ATOM_badarg;
    for (Term l = args[2]; term_is_cons(l); l = CDR(l))
        if (!trace_entry_ok(CAR(l)))
            return ATOM_badarg;
    bif_raise(p, cls, args[1]);
    p->exc_trace = args[2];
    return NONE;
}

Term bif_erlang_self_0(Process *p, const Term *args)
{
    (void)args;
    return p->pid;
}

Term bif_erlang_node_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return node_name();
}

/* ---- the process dictionary --------------------------------------- */

/* The dictionary map (a process made without one has an empty one). */
static Term dict(Process *p)
{
    if (!term_is_map(p->dict))
        p->dict = map_new();
    return p->dict;
}

Term bif_erlang_put_2(Process *p, const Term *args)
{
    Term old = map_get(dict(p), args[0]);
    p->dict = map_put(p->dict, args[0], args[1]);
    return old != NONE ? old : ATOM_undefined;
}

Term bif_erlang_get_1(Process *p, const Term *args)
{
    Term v = map_get(dict(p), args[0]);
    return v != NONE ? v : ATOM_undefined;
}

/* The dictionary as a list of {Key, Value}. */
static Term dict_pairs(Term d)
{
    Term out = NIL, k, v;
    MapIter it;
    map_iter_init(&it, d);
    while (map_iter_next(&it, &k, &v))
        out = make_cons(make_tuple2(k, v), out);
    return out;
}

Term bif_erlang_get_0(Process *p, const Term *args)
{
    (void)args;
    return dict_pairs(dict(p));
}

Term bif_erlang_erase_1(Process *p, const Term *args)
{
    Term v = map_get(dict(p), args[0]);
    if (v == NONE)
        return ATOM_undefined;
    p->dict = map_remove(p->dict, args[0]);
    return v;
}

Term bif_erlang_erase_0(Process *p, const Term *args)
{
    (void)args;
    Term all = dict_pairs(dict(p));
    p->dict = map_new();
    return all;
}

Term bif_erlang_get_keys_0(Process *p, const Term *args)
{
    (void)args;
    Term out = NIL, k, v;
    MapIter it;
    map_iter_init(&it, dict(p));
    while (map_iter_next(&it, &k, &v))
        out = make_cons(k, out);
    return out;
}

/* get_keys(Value): the keys whose value is =:= Value. */
Term bif_erlang_get_keys_1(Process *p, const Term *args)
{
    Term out = NIL, k, v;
    MapIter it;
    map_iter_init(&it, dict(p));
    while (map_iter_next(&it, &k, &v))
        if (term_exact_equal(v, args[0]))
            out = make_cons(k, out);
    return out;
}

/* ---- display/1 ---------------------------------------------------- */

/* erlang:display/1 writes a term the way the BEAM's internal printer does
 * (not io_lib's): no spaces, floats as %e, Latin-1 strings with only \n
 * and " escaped.  The walk keeps its own stack, so depth is unlimited. */

typedef struct DisplayItem {
    Term term;
    const char *text; /* non-NULL: print this literal instead */
} DisplayItem;

typedef struct DisplayStack {
    DisplayItem *items;
    size_t n, cap;
} DisplayStack;

static void push(DisplayStack *s, Term t, const char *text)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        DisplayItem *grown = realloc(s->items, s->cap * sizeof *grown);
        if (!grown)
            abort();
        s->items = grown;
    }
    s->items[s->n].term = t;
    s->items[s->n].text = text;
    s->n++;
}

/* A list the BEAM's printer shows as "...". */
static bool display_is_string(Term t)
{
    if (!term_is_cons(t))
        return false;
    for (; term_is_cons(t); t = CDR(t)) {
        Term c = CAR(t);
        if (!term_is_small(c))
            return false;
        int64_t v = small_val(c);
        if (!(v == '\t' || v == '\n' || v == '\r' || (v >= 32 && v <= 126) ||
              (v >= 160 && v <= 255)))
            return false;
    }
    return term_is_nil(t);
}

static void display_bits(StrBuf *out, Term b)
{
    uint64_t bytes = binary_byte_size(b), tail = binary_bit_size(b) & 7;
    bool text = bytes > 0 && tail == 0;
    for (uint64_t i = 0; text && i < bytes; i++) {
        uint8_t c = binary_get_byte(b, i * 8);
        text = c >= 32 && c <= 126;
    }
    strbuf_puts(out, "<<");
    if (text) {
        strbuf_putc(out, '"');
        for (uint64_t i = 0; i < bytes; i++) {
            uint8_t c = binary_get_byte(b, i * 8);
            if (c == '"')
                strbuf_putc(out, '\\');
            strbuf_putc(out, (char)c);
        }
        strbuf_putc(out, '"');
    } else {
        for (uint64_t i = 0; i < bytes; i++)
            strbuf_printf(out, "%s%u", i ? "," : "",
                          binary_get_byte(b, i * 8));
        if (tail)
            strbuf_printf(out, "%s%u:%u", bytes ? "," : "",
                          binary_get_byte(b, bytes * 8) >> (8 - tail),
                          (unsigned)tail);
    }
    strbuf_puts(out, ">>");
}

static void display_term(StrBuf *out, Term t)
{
    DisplayStack s = {NULL, 0, 0};
    PrintOpts opts = print_default_opts();
    push(&s, t, NULL);
    while (s.n > 0) {
        DisplayItem it = s.items[--s.n];
        if (it.text) {
            strbuf_puts(out, it.text);
            continue;
        }
        t = it.term;
        if (term_is_float(t)) {
            strbuf_printf(out, "%.6e", float_val(t));
        } else if (term_is_bitstring(t)) {
            display_bits(out, t);
        } else if (display_is_string(t)) {
            strbuf_putc(out, '"');
            for (; term_is_cons(t); t = CDR(t)) {
                int64_t c = small_val(CAR(t));
                if (c == '\n')
                    strbuf_puts(out, "\\n");
                else if (c == '"')
                    strbuf_puts(out, "\\\"");
                else
                    strbuf_putc(out, (char)c);
            }
            strbuf_putc(out, '"');
        } else if (term_is_cons(t)) {
            /* Push in reverse: "]", tail, elements with commas, "[". */
            push(&s, NIL, "]");
            Term l = t;
            size_t start = s.n;
            bool first = true;
            for (; term_is_cons(l); l = CDR(l)) {
                if (!first)
                    push(&s, NIL, ",");
                push(&s, CAR(l), NULL);
                first = false;
            }
            if (!term_is_nil(l)) {
                push(&s, NIL, "|");
                push(&s, l, NULL);
            }
            /* The items went on in list order: reverse them. */
            for (size_t i = start, j = s.n - 1; i < j; i++, j--) {
                DisplayItem tmp = s.items[i];
                s.items[i] = s.items[j];
                s.items[j] = tmp;
            }
            strbuf_putc(out, '[');
        } else if (term_is_tuple(t)) {
            uint32_t n = tuple_arity(t);
            push(&s, NIL, "}");
            for (uint32_t i = n; i-- > 0;) {
                push(&s, tuple_elems(t)[i], NULL);
                if (i)
                    push(&s, NIL, ",");
            }
            strbuf_putc(out, '{');
        } else if (term_is_map(t)) {
            size_t n = map_size(t), i = 0;
            Term *kv = malloc(2 * (n ? n : 1) * sizeof(Term));
            if (!kv)
                abort();
            Term k, v;
            MapIter mi;
            map_iter_init(&mi, t);
            while (map_iter_next(&mi, &k, &v)) {
                kv[2 * i] = k;
                kv[2 * i + 1] = v;
                i++;
            }
            push(&s, NIL, "}");
            for (size_t j = n; j-- > 0;) {
                push(&s, kv[2 * j + 1], NULL);
                push(&s, NIL, "=>");
                push(&s, kv[2 * j], NULL);
                if (j)
                    push(&s, NIL, ",");
            }
            free(kv);
            strbuf_puts(out, "#{");
        } else {
            print_erl_write(out, t, &opts);
        }
    }
    free(s.items);
}

Term bif_erlang_display_1(Process *p, const Term *args)
{
    (void)p;
    StrBuf out;
    strbuf_init(&out);
    display_term(&out, args[0]);
    strbuf_putc(&out, '\n');
    fwrite(out.data, 1, out.len, stdout);
    fflush(stdout);
    return ATOM_true_;
}

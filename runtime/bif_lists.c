/* bif_lists.c - the hot list functions the BEAM also keeps in C:
 * the slices lists:reverse/1,2, member/2, keyfind/3, keymember/3 and
 * keysearch/3 are made of (lib/lists.lfe loops over them).
 * The rest of the lists module is written in LFE (lib/).
 *
 * Errors follow OTP 25: lists:reverse/1 is Erlang code there that
 * fails with function_clause on a non-list; the others are BIFs that
 * raise badarg on an improper list reached before the answer (here
 * raised as the calling lists function's own, with the arguments of
 * the slice that met it and OTP's error_info).
 *
 * Preemption: a builtin runs to its end without the scheduler seeing
 * it, so a builtin that builds a result as long as its input does a
 * bounded slice of it per call.  lists:reverse/2 is LFE (lib/lists.lfe)
 * looping over elfe_lists:reverse/2, which reverses at most
 * REVERSE_SLICE cells, and when more are left returns {Rest, Acc} and
 * asks the VM to hand the process back to the scheduler (PF_ATTENTION,
 * as erlang:yield/0): other processes run between slices.
 */
#include "bif.h"

#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "compare.h"
#include "gc.h"
#include "map.h"

#include "bifs.def"

/* Cells reversed per call: about a fraction of a millisecond. */
#define REVERSE_SLICE 20000

/* [{error_info, #{module => erl_stdlib_errors}}], the location OTP 25
 * gives the frame of a failing lists BIF. */
static Term stdlib_error_info(void)
{
    Term info = map_put(map_new(), ATOM_module,
                        atom_from_cstr("erl_stdlib_errors"));
    return make_cons(make_tuple2(atom_from_cstr("error_info"), info), NIL);
}

/* elfe_lists:reverse(L, Acc), L a non-empty list: L reversed onto Acc
 * (a cons), or {Rest, Acc2} when the slice ran out with Rest (non-empty)
 * left.  An improper tail raises badarg as lists:reverse/2 itself, with
 * this slice's arguments. */
Term bif_elfe_lists_reverse_2(Process *p, const Term *args)
{
    Term l = args[0], acc = args[1];
    for (int n = 0; term_is_cons(l); n++) {
        if (n == REVERSE_SLICE) {
            atomic_fetch_or(&p->flags, PF_ATTENTION);
            return make_tuple2(l, acc);
        }
        acc = make_cons(CAR(l), acc);
        l = CDR(l);
    }
    if (!term_is_nil(l))
        return bif_raise_in_caller(p, ATOM_error, ATOM_badarg,
                                   list_from_array(args, 2), stdlib_error_info());
    return acc;
}

/* member(E, L) and the key searches read the list without building
 * anything; they too stop after a slice of SCAN_SLICE cells, yield, and
 * return the rest of the list (a cons, which no answer of theirs is):
 * lib/lists.lfe calls them again on it. */
#define SCAN_SLICE 100000

static Term scan_more(Process *p, Term rest)
{
    atomic_fetch_or(&p->flags, PF_ATTENTION);
    return rest;
}

/* badarg raised by the lists function calling the slice BIF. */
static Term scan_badarg(Process *p, const Term *args, size_t n)
{
    return bif_raise_in_caller(p, ATOM_error, ATOM_badarg,
                               list_from_array(args, n), stdlib_error_info());
}

/* elfe_lists:member(E, L): true or false (=:=), or the rest of L. */
Term bif_elfe_lists_member_2(Process *p, const Term *args)
{
    Term e = args[0], l = args[1];
    for (int n = 0; term_is_cons(l); l = CDR(l), n++) {
        if (n == SCAN_SLICE)
            return scan_more(p, l);
        if (term_exact_equal(CAR(l), e))
            return ATOM_true_;
    }
    return term_is_nil(l) ? ATOM_false_ : scan_badarg(p, args, 2);
}

/* The first tuple in list whose element n == key (==, so 1 finds 1.0):
 * the tuple, NIL when there is none, the rest of the list when the
 * slice ran out (after asking for a yield), NONE for bad arguments. */
static Term keyfind(Process *p, Term key, Term n, Term list)
{
    if (!term_is_small(n) || small_val(n) < 1)
        return NONE;
    int64_t i = small_val(n);
    for (int k = 0; term_is_cons(list); list = CDR(list), k++) {
        if (k == SCAN_SLICE)
            return scan_more(p, list);
        Term t = CAR(list);
        if (term_is_tuple(t) && (int64_t)tuple_arity(t) >= i &&
            term_equal(tuple_elems(t)[i - 1], key))
            return t;
    }
    return term_is_nil(list) ? NIL : NONE;
}

/* elfe_lists:keyfind(Key, N, L): the tuple, false, or the rest of L. */
Term bif_elfe_lists_keyfind_3(Process *p, const Term *args)
{
    Term t = keyfind(p, args[0], args[1], args[2]);
    if (t == NONE)
        return scan_badarg(p, args, 3);
    return t == NIL ? ATOM_false_ : t;
}

/* elfe_lists:keymember(Key, N, L): true, false, or the rest of L. */
Term bif_elfe_lists_keymember_3(Process *p, const Term *args)
{
    Term t = keyfind(p, args[0], args[1], args[2]);
    if (t == NONE)
        return scan_badarg(p, args, 3);
    if (term_is_cons(t))
        return t;
    return make_bool(t != NIL);
}

/* elfe_lists:keysearch(Key, N, L): {value, Tuple}, false, or the rest. */
Term bif_elfe_lists_keysearch_3(Process *p, const Term *args)
{
    Term t = keyfind(p, args[0], args[1], args[2]);
    if (t == NONE)
        return scan_badarg(p, args, 3);
    if (term_is_cons(t))
        return t;
    return t == NIL ? ATOM_false_ : make_tuple2(ATOM_value, t);
}

/* ---- lists:sort/1 of immediates ------------------------------------
 *
 * When every element is an immediate (small integer, atom, local pid,
 * []), terms that compare equal are identical, so any correct sort gives
 * OTP's result: lib/lists.lfe then sorts in C, in slices.  sort_runs
 * cuts the list into sorted runs of SORT_RUN elements; sort_merge merges
 * two runs, MERGE_SLICE elements per call.  Both yield between slices.
 * Anything else (a boxed or list element, an improper list) makes
 * sort_runs answer false and the LFE merge sort does the work. */
#define SORT_RUN 8192
#define MERGE_SLICE 50000

static inline int compare_immediates(Term a, Term b)
{
    if (term_is_small(a) && term_is_small(b))
        return (int64_t)a < (int64_t)b ? -1 : (int64_t)a > (int64_t)b;
    return term_compare(a, b);
}

/* Bottom-up merge sort of v[0..n) using tmp; the result ends in v. */
static void sort_immediates(Term *v, Term *tmp, size_t n)
{
    Term *src = v, *dst = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = compare_immediates(src[j], src[i]) < 0 ? src[j++]
                                                                  : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        Term *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
}

/* Scratch for sort_runs: immediates only, so plain malloc memory (the
 * collector need not see it), one per thread, kept. */
static _Thread_local Term *sort_scratch;

/* elfe_lists:sort_runs(L, Runs): the next SORT_RUN elements of L sorted
 * (ascending) and pushed on Runs; returns Runs when L is done, {Rest,
 * Runs2} when it is not (and yields), false when L holds a non-immediate
 * or is not a proper list. */
Term bif_elfe_lists_sort_runs_2(Process *p, const Term *args)
{
    Term l = args[0], runs = args[1];
    if (!sort_scratch) {
        sort_scratch = malloc(2 * SORT_RUN * sizeof(Term));
        if (!sort_scratch)
            return ATOM_false_;
    }
    Term *v = sort_scratch;
    size_t n = 0;
    for (; term_is_cons(l) && n < SORT_RUN; l = CDR(l)) {
        Term x = CAR(l);
        if (!term_is_immediate(x))
            return ATOM_false_;
        v[n++] = x;
    }
    if (!term_is_list(l))
        return ATOM_false_;
    sort_immediates(v, v + SORT_RUN, n);
    Term run = NIL;
    while (n > 0)
        run = make_cons(v[--n], run);
    runs = make_cons(run, runs);
    if (term_is_nil(l))
        return runs;
    atomic_fetch_or(&p->flags, PF_ATTENTION);
    return make_tuple2(l, runs);
}

/* elfe_lists:sort_merge(Asc, A, B, Acc): with Asc true, A and B are
 * ascending and the smaller head goes onto Acc first (Acc grows
 * descending); with false, the reverse.  Returns Acc when A and B are
 * both used up, else {A2, B2, Acc2} after MERGE_SLICE elements (and
 * yields). */
Term bif_elfe_lists_sort_merge_4(Process *p, const Term *args)
{
    int sign = args[0] == ATOM_true_ ? 1 : -1;
    Term a = args[1], b = args[2], acc = args[3];
    for (int n = 0; n < MERGE_SLICE; n++) {
        Term take;
        if (term_is_cons(a) && term_is_cons(b)) {
            if (sign * compare_immediates(CAR(b), CAR(a)) < 0) {
                take = CAR(b);
                b = CDR(b);
            } else {
                take = CAR(a);
                a = CDR(a);
            }
        } else if (term_is_cons(a)) {
            take = CAR(a);
            a = CDR(a);
        } else if (term_is_cons(b)) {
            take = CAR(b);
            b = CDR(b);
        } else {
            return acc;
        }
        acc = make_cons(take, acc);
    }
    if (!term_is_cons(a) && !term_is_cons(b))
        return acc;
    atomic_fetch_or(&p->flags, PF_ATTENTION);
    return make_tuplev(3, (Term[]){a, b, acc});
}

/* ---- lists:flatten/1,2 of small lists ------------------------------- */

/* Cells a flatten may visit in one call. */
#define FLATTEN_SLICE 20000

/* elfe_lists:flatten(L, Tail): L flattened onto Tail when L is a proper
 * deep list of at most FLATTEN_SLICE cells in all (a flat L with Tail []
 * is returned as it is); false otherwise, and lib/lists.lfe's loop,
 * which yields, does the work (and raises the errors). */
Term bif_elfe_lists_flatten_2(Process *p, const Term *args)
{
    (void)p;
    Term l = args[0], tail = args[1];
    Term stack[64]; /* the rest of each list entered (depth <= 64) */
    int sp = 0;
    size_t seen = 0;
    bool flat = true;
    /* First pass: count and check, without building anything. */
    for (Term t = l;;) {
        if (++seen > FLATTEN_SLICE)
            return ATOM_false_;
        if (term_is_cons(t)) {
            Term h = CAR(t);
            if (term_is_list(h)) {
                flat = false;
                if (sp == 64)
                    return ATOM_false_;
                stack[sp++] = CDR(t);
                t = h;
            } else {
                t = CDR(t);
            }
        } else if (term_is_nil(t)) {
            if (sp == 0)
                break;
            t = stack[--sp];
        } else {
            return ATOM_false_;
        }
    }
    if (flat && term_is_nil(tail))
        return l;
    /* Second pass: the elements in order into a buffer, then consed from
     * the end onto Tail. */
    Term local[256];
    Term *buf = seen <= 256 ? local : gc_alloc(seen * sizeof(Term));
    size_t n = 0;
    sp = 0;
    for (Term t = l;;) {
        if (term_is_cons(t)) {
            Term h = CAR(t);
            if (term_is_list(h)) {
                stack[sp++] = CDR(t);
                t = h;
            } else {
                buf[n++] = h;
                t = CDR(t);
            }
        } else if (sp == 0) {
            break;
        } else {
            t = stack[--sp];
        }
    }
    Term r = tail;
    while (n > 0)
        r = make_cons(buf[--n], r);
    return r;
}

/* ---- string:tokens/2 ------------------------------------------------- */

#define TOKENS_SLICE 50000
#define TOKENS_MAX_SEPS 64

static Term list_from_terms(const Term *v, size_t n)
{
    Term l = NIL;
    while (n > 0)
        l = make_cons(v[--n], l);
    return l;
}

/* elfe_lists:tokens(S, Seps, Toks, Part): string:tokens over the next
 * TOKENS_SLICE elements of S.  Toks holds the tokens found so far
 * (last first), Part the current token's elements (last first).  Returns
 * Toks with the last token when S is done, {Rest, Toks2, Part2} when it
 * is not (and yields), and false when S or Seps is not a proper list or
 * there are more than TOKENS_MAX_SEPS separators (lib/string.lfe's loop
 * then does the whole work, and raises OTP's errors).  Elements and
 * separators compare with =:=, as lists:member. */
Term bif_elfe_lists_tokens_4(Process *p, const Term *args)
{
    Term s = args[0], toks = args[2], part = args[3];
    Term seps[TOKENS_MAX_SEPS];
    size_t nseps = 0;
    bool all_imm = true;
    Term l = args[1];
    for (; term_is_cons(l); l = CDR(l)) {
        if (nseps == TOKENS_MAX_SEPS)
            return ATOM_false_;
        seps[nseps] = CAR(l);
        all_imm = all_imm && term_is_immediate(seps[nseps]);
        nseps++;
    }
    if (!term_is_nil(l))
        return ATOM_false_;
    /* The current token in buf (first element first). */
    Term local[256];
    Term *buf = local;
    size_t cap = 256, len = 0;
    int64_t plen = list_length(part);
    if (plen < 0)
        return ATOM_false_;
    if ((size_t)plen > cap) {
        cap = (size_t)plen * 2;
        buf = gc_alloc(cap * sizeof(Term));
    }
    len = (size_t)plen;
    for (size_t i = len; term_is_cons(part); part = CDR(part))
        buf[--i] = CAR(part);
    for (int n = 0; term_is_cons(s); s = CDR(s), n++) {
        if (n == TOKENS_SLICE) {
            atomic_fetch_or(&p->flags, PF_ATTENTION);
            Term rpart = NIL;
            for (size_t i = 0; i < len; i++)
                rpart = make_cons(buf[i], rpart);
            return make_tuplev(3, (Term[]){s, toks, rpart});
        }
        Term c = CAR(s);
        bool sep = false;
        if (all_imm && term_is_immediate(c)) {
            for (size_t i = 0; i < nseps && !sep; i++)
                sep = seps[i] == c;
        } else {
            for (size_t i = 0; i < nseps && !sep; i++)
                sep = term_exact_equal(seps[i], c);
        }
        if (sep) {
            if (len > 0) {
                toks = make_cons(list_from_terms(buf, len), toks);
                len = 0;
            }
        } else {
            if (len == cap) {
                Term *bigger = gc_alloc(2 * cap * sizeof(Term));
                memcpy(bigger, buf, len * sizeof(Term));
                buf = bigger;
                cap *= 2;
            }
            buf[len++] = c;
        }
    }
    if (!term_is_nil(s))
        return ATOM_false_;
    if (len > 0)
        toks = make_cons(list_from_terms(buf, len), toks);
    return toks;
}

/* ---- lists:append/2 ------------------------------------------------- */

#define APPEND_SLICE 20000

/* elfe_lists:append(A, B): A ++ B when A is a proper list of at most
 * APPEND_SLICE cells, false otherwise (lib/lists.lfe then appends with
 * two sliced reverses, which also raise badarg for an improper A). */
Term bif_elfe_lists_append_2(Process *p, const Term *args)
{
    (void)p;
    Term a = args[0], b = args[1];
    size_t n = 0;
    Term t = a;
    for (; term_is_cons(t); t = CDR(t))
        if (++n > APPEND_SLICE)
            return ATOM_false_;
    if (!term_is_nil(t))
        return ATOM_false_;
    if (n == 0)
        return b;
    Term head = make_cons(CAR(a), NIL), last = head;
    for (a = CDR(a); term_is_cons(a); a = CDR(a)) {
        Term c = make_cons(CAR(a), NIL);
        CDR(last) = c;
        last = c;
    }
    CDR(last) = b;
    return head;
}

/* bif_binmod.c - the rest of OTP 25's binary module: searching (match,
 * matches, split, replace, compile_pattern), bin_to_list, list_to_bin,
 * common prefixes and suffixes, unsigned and hex encodings.
 * (first, last, at, part and copy live in bif_binary.c.)
 *
 * A search pattern is one non-empty binary, a non-empty list of them, or
 * what compile_pattern returns: {bm, Binary} or {ac, [Binary]}, a plain
 * term (no C pointer), re-read at each use, which costs next to nothing.
 * The search is leftmost-longest as OTP's: at the first position where
 * any pattern matches, the longest pattern that matches there wins.  Each
 * pattern is found with memmem (glibc's two-way search) and its next
 * occurrence is remembered, so k patterns over n bytes cost O(k n) at
 * worst, whatever the bytes' alignment (unaligned subjects are copied).
 *
 * These BIFs do a whole search in one call; lib/binary.lfe calls them
 * (as module elfe_binary) for small subjects and, for big ones, searches
 * in bounded slices with matches_slice/5 from an LFE loop, so a split of
 * 100 MB does not stop the other processes.
 */
#include "bif.h"

#include <stdatomic.h>
#include <stdlib.h>

#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "gc.h"

#include "bifs.def"

/* ---- bytes of a binary ---------------------------------------------- */

/* The bytes of a binary: in place when aligned (the term must stay alive,
 * which it does as a BIF argument), else a fresh copy. */
static const uint8_t *bytes_of(Term b)
{
    if (binary_is_aligned(b))
        return binary_bytes(b);
    size_t n = (size_t)binary_byte_size(b);
    uint8_t *copy = gc_alloc_atomic(n ? n : 1);
    binary_copy_bits(b, 0, (uint64_t)n * 8, copy);
    return copy;
}

/* ---- patterns --------------------------------------------------------- */

#define NOT_FOUND SIZE_MAX
#define UNKNOWN (SIZE_MAX - 1)

typedef struct Matcher {
    const uint8_t *subject;
    size_t n;          /* patterns */
    const uint8_t **pat;
    size_t *len;
    size_t *next;      /* each one's next occurrence, NOT_FOUND, UNKNOWN */
    size_t from;       /* the scope's start                              */
    size_t end;        /* the scope's end                                */
} Matcher;

static Term atom_bm(void) { return atom_from_cstr("bm"); }
static Term atom_ac(void) { return atom_from_cstr("ac"); }

/* The patterns of a pattern argument as a proper list of binaries (a
 * single binary becomes a one-element list), or NONE when not valid. */
static Term pattern_list(Term pat)
{
    if (term_is_tuple(pat) && tuple_arity(pat) == 2 &&
        (tuple_elems(pat)[0] == atom_bm() || tuple_elems(pat)[0] == atom_ac()))
        pat = tuple_elems(pat)[1];
    if (term_is_binary(pat))
        return binary_byte_size(pat) ? make_cons(pat, NIL) : NONE;
    if (!term_is_cons(pat))
        return NONE;
    Term l = pat;
    for (; term_is_cons(l); l = CDR(l))
        if (!term_is_binary(CAR(l)) || binary_byte_size(CAR(l)) == 0)
            return NONE;
    return term_is_nil(l) ? pat : NONE;
}

static bool matcher_init(Matcher *m, Term subject, Term pat)
{
    Term l = pattern_list(pat);
    if (l == NONE)
        return false;
    m->n = (size_t)list_length(l);
    m->pat = gc_alloc(m->n * sizeof *m->pat);
    m->len = gc_alloc_atomic(m->n * sizeof *m->len);
    m->next = gc_alloc_atomic(m->n * sizeof *m->next);
    for (size_t i = 0; term_is_cons(l); l = CDR(l), i++) {
        m->pat[i] = bytes_of(CAR(l));
        m->len[i] = (size_t)binary_byte_size(CAR(l));
    }
    m->subject = bytes_of(subject);
    return true;
}

/* Start searching [from, end). */
static void matcher_scope(Matcher *m, size_t from, size_t end)
{
    m->from = from;
    m->end = end;
    for (size_t i = 0; i < m->n; i++)
        m->next[i] = UNKNOWN;
}

static size_t find_one(const Matcher *m, size_t i, size_t from)
{
    if (from > m->end || m->end - from < m->len[i])
        return NOT_FOUND;
    const uint8_t *hit = memmem(m->subject + from, m->end - from, m->pat[i],
                                m->len[i]);
    return hit ? (size_t)(hit - m->subject) : NOT_FOUND;
}

/* The leftmost-longest match at or after pos (pos never decreases and is
 * never before the scope's start): true with *at and *len. */
static bool matcher_next(Matcher *m, size_t pos, size_t *at, size_t *len)
{
    size_t best = NOT_FOUND, best_len = 0;
    for (size_t i = 0; i < m->n; i++) {
        if (m->next[i] == UNKNOWN || m->next[i] < pos)
            m->next[i] = find_one(m, i, pos);
        size_t h = m->next[i];
        if (h < best || (h == best && h != NOT_FOUND && m->len[i] > best_len)) {
            best = h;
            best_len = m->len[i];
        }
    }
    if (best == NOT_FOUND)
        return false;
    *at = best;
    *len = best_len;
    return true;
}

/* ---- options ----------------------------------------------------------- */

enum { OPT_GLOBAL = 1, OPT_TRIM = 2, OPT_TRIM_ALL = 4, OPT_SCOPE = 8,
       OPT_INSERT = 16 };

typedef struct Opts {
    unsigned flags;
    size_t from, len;   /* the scope, checked against the subject    */
    Term insert;        /* insert_replaced's value, unchecked        */
} Opts;

/* {Start, Len} (Len may be negative) inside size bytes. */
static bool scope_range(Term t, size_t size, size_t *from, size_t *len)
{
    if (!term_is_tuple(t) || tuple_arity(t) != 2)
        return false;
    Term s = tuple_elems(t)[0], l = tuple_elems(t)[1];
    if (!term_is_small(s) || !term_is_small(l))
        return false;
    int64_t start = small_val(s), n = small_val(l);
    if (n < 0) {
        start += n;
        n = -n;
    }
    if (start < 0 || start > (int64_t)size || n > (int64_t)size - start)
        return false;
    *from = (size_t)start;
    *len = (size_t)n;
    return true;
}

/* Parse an option list allowing `allowed` flags; false when bad. */
static bool parse_opts(Term l, unsigned allowed, size_t size, Opts *o)
{
    o->flags = 0;
    o->from = 0;
    o->len = size;
    o->insert = NONE;
    for (; term_is_cons(l); l = CDR(l)) {
        Term x = CAR(l);
        unsigned f = 0;
        if (x == atom_from_cstr("global"))
            f = OPT_GLOBAL;
        else if (x == atom_from_cstr("trim"))
            f = OPT_TRIM;
        else if (x == atom_from_cstr("trim_all"))
            f = OPT_TRIM_ALL;
        else if (term_is_tuple(x) && tuple_arity(x) == 2 &&
                 tuple_elems(x)[0] == atom_from_cstr("scope"))
            f = OPT_SCOPE;
        else if (term_is_tuple(x) && tuple_arity(x) == 2 &&
                 tuple_elems(x)[0] == atom_from_cstr("insert_replaced"))
            f = OPT_INSERT;
        if (!(f & allowed))
            return false;
        if (f == OPT_SCOPE &&
            !scope_range(tuple_elems(x)[1], size, &o->from, &o->len))
            return false;
        if (f == OPT_INSERT)
            o->insert = tuple_elems(x)[1];
        o->flags |= f;
    }
    return term_is_nil(l);
}

/* ---- match, matches -------------------------------------------------- */

static Term match(Process *p, Term subject, Term pat, Term opts, bool all)
{
    Matcher m;
    Opts o;
    if (!term_is_binary(subject) || !matcher_init(&m, subject, pat) ||
        !parse_opts(opts, OPT_SCOPE, (size_t)binary_byte_size(subject), &o))
        return bif_badarg(p);
    matcher_scope(&m, o.from, o.from + o.len);
    size_t pos = o.from, at, len;
    if (!all) {
        if (!matcher_next(&m, pos, &at, &len))
            return atom_from_cstr("nomatch");
        return make_tuple2(make_small((int64_t)at), make_small((int64_t)len));
    }
    Term acc = NIL;
    while (matcher_next(&m, pos, &at, &len)) {
        acc = make_cons(make_tuple2(make_small((int64_t)at),
                                    make_small((int64_t)len)), acc);
        pos = at + len;
    }
    return list_reverse(acc, NIL);
}

Term bif_binmod_match_2(Process *p, const Term *args)
{
    return match(p, args[0], args[1], NIL, false);
}

Term bif_binmod_match_3(Process *p, const Term *args)
{
    return match(p, args[0], args[1], args[2], false);
}

Term bif_binmod_matches_3(Process *p, const Term *args)
{
    return match(p, args[0], args[1], args[2], true);
}

Term bif_binmod_compile_pattern_1(Process *p, const Term *args)
{
    Term pat = args[0];
    if (term_is_tuple(pat) || pattern_list(pat) == NONE)
        return bif_badarg(p);
    return make_tuple2(term_is_binary(pat) ? atom_bm() : atom_ac(), pat);
}

/* ---- searching in slices ------------------------------------------------ */

enum { SLICE_MATCHES = 4096 };

/* elfe_binary:matches_slice(Subject, Pattern, Pos, End, MaxScan): the
 * leftmost-longest matches that start in [Pos, min(Pos + MaxScan, End))
 * and lie inside [Pos, End), at most SLICE_MATCHES of them, as
 * {[{At, Len}...], Next}: Next is where the search goes on, or done.
 * Bounded work per call, so lib/binary.lfe can search a big subject in
 * a loop; each call asks the VM to hand the process back to the
 * scheduler (PF_ATTENTION, as erlang:yield/0), since a reduction does
 * not count the bytes scanned.  (The subject
 * must be byte-aligned: an unaligned one would be copied whole each
 * time; lib/binary.lfe sends those to the one-call BIFs.) */
Term bif_binmod_matches_slice_5(Process *p, const Term *args)
{
    Term subject = args[0];
    Matcher m;
    if (!term_is_binary(subject) || !binary_is_aligned(subject) ||
        !term_is_small(args[2]) || !term_is_small(args[3]) ||
        !term_is_small(args[4]) || small_val(args[4]) <= 0 ||
        !matcher_init(&m, subject, args[1]))
        return bif_badarg(p);
    size_t size = (size_t)binary_byte_size(subject);
    int64_t pos0 = small_val(args[2]), end0 = small_val(args[3]);
    if (pos0 < 0 || end0 < pos0 || (uint64_t)end0 > size)
        return bif_badarg(p);
    size_t pos = (size_t)pos0, end = (size_t)end0;
    size_t maxlen = 0;
    for (size_t i = 0; i < m.n; i++)
        if (m.len[i] > maxlen)
            maxlen = m.len[i];
    size_t max = (size_t)small_val(args[4]);
    size_t limit = end - pos > max ? pos + max : end; /* starts before this */
    size_t scan_end = end - limit > maxlen - 1 ? limit + maxlen - 1 : end;
    matcher_scope(&m, pos, scan_end);
    Term acc = NIL;
    size_t count = 0, at, len;
    while (count < SLICE_MATCHES && matcher_next(&m, pos, &at, &len) &&
           at < limit) {
        acc = make_cons(make_tuple2(make_small((int64_t)at),
                                    make_small((int64_t)len)), acc);
        pos = at + len;
        count++;
    }
    Term next;
    if (count == SLICE_MATCHES)
        next = make_small((int64_t)pos);
    else if (limit == end)
        next = atom_from_cstr("done");
    else
        next = make_small((int64_t)(pos > limit ? pos : limit));
    /* A slice is worth many reductions: let the others run now. */
    atomic_fetch_or(&p->flags, PF_ATTENTION);
    return make_tuple2(list_reverse(acc, NIL), next);
}

/* elfe_binary:aligned(B): whether B is a binary starting on a byte (the
 * slice BIF's condition). */
Term bif_binmod_aligned_1(Process *p, const Term *args)
{
    (void)p;
    return term_is_binary(args[0]) && binary_is_aligned(args[0]) ? ATOM_true_
                                                                 : ATOM_false_;
}

/* elfe_binary:buffer(N): an empty binary over a fresh buffer with room
 * for N bytes, so appending to it up to N bytes never copies (binary.h:
 * an append to a binary that ends at its buffer's claimed mark extends
 * it in place).  lib/binary.lfe builds big results this way, in bounded
 * appends, with no doubling copy of the whole result along the way.
 * Nothing here is mutable: the room beyond the claimed mark is seen by
 * no binary until an append claims and fills it. */
Term bif_binmod_buffer_1(Process *p, const Term *args)
{
    if (!term_is_small(args[0]) || small_val(args[0]) < 0 ||
        small_val(args[0]) > ((int64_t)1 << 40))
        return bif_badarg(p);
    size_t n = (size_t)small_val(args[0]);
    BinBuf *buf = gc_alloc_atomic(sizeof *buf + (n ? n : 1));
    buf->capacity = n;
    atomic_store(&buf->used, 0);
    Binary *b = gc_alloc(sizeof *b);
    b->header = make_header(BOX_BINARY, 3);
    b->buf = buf;
    b->offset = 0;
    b->size = 0;
    return make_box(b);
}

/* ---- split ------------------------------------------------------------- */

static Term split(Process *p, Term subject, Term pat, Term opts)
{
    Matcher m;
    Opts o;
    if (!term_is_binary(subject) || !matcher_init(&m, subject, pat) ||
        !parse_opts(opts, OPT_GLOBAL | OPT_TRIM | OPT_TRIM_ALL | OPT_SCOPE,
                    (size_t)binary_byte_size(subject), &o))
        return bif_badarg(p);
    size_t size = (size_t)binary_byte_size(subject);
    matcher_scope(&m, o.from, o.from + o.len);
    size_t pos = o.from, start = 0, at, len;
    Term acc = NIL; /* parts, last first */
    while (matcher_next(&m, pos, &at, &len)) {
        acc = make_cons(binary_sub(subject, start * 8, (at - start) * 8), acc);
        start = pos = at + len;
        if (!(o.flags & OPT_GLOBAL))
            break;
    }
    acc = make_cons(binary_sub(subject, start * 8, (size - start) * 8), acc);
    if (o.flags & (OPT_TRIM | OPT_TRIM_ALL))
        while (term_is_cons(acc) && binary_bit_size(CAR(acc)) == 0)
            acc = CDR(acc);
    Term out = NIL;
    for (; term_is_cons(acc); acc = CDR(acc))
        if (!(o.flags & OPT_TRIM_ALL) || binary_bit_size(CAR(acc)) != 0)
            out = make_cons(CAR(acc), out);
    return out;
}

Term bif_binmod_split_3(Process *p, const Term *args)
{
    return split(p, args[0], args[1], args[2]);
}

/* ---- replace ----------------------------------------------------------- */

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* insert_replaced's positions, sorted, checked against the replacement's
 * size: their count, or -1 when bad.  *out is gc memory. */
static int64_t insert_positions(Term ins, size_t rsize, size_t **out)
{
    if (ins == NONE) {
        *out = NULL;
        return 0;
    }
    int64_t n = term_is_small(ins) ? 1 : list_length(ins);
    if (n < 0)
        return -1;
    size_t *pos = gc_alloc_atomic((size_t)(n ? n : 1) * sizeof *pos);
    Term l = term_is_small(ins) ? make_cons(ins, NIL) : ins;
    for (int64_t i = 0; i < n; i++, l = CDR(l)) {
        Term x = CAR(l);
        if (!term_is_small(x) || small_val(x) < 0 || small_val(x) > (int64_t)rsize)
            return -1;
        pos[i] = (size_t)small_val(x);
    }
    qsort(pos, (size_t)n, sizeof *pos, cmp_size);
    *out = pos;
    return n;
}

static Term replace(Process *p, const Term *args, Term opts)
{
    Term subject = args[0], repl = args[2];
    Matcher m;
    Opts o;
    if (!term_is_binary(subject) || !term_is_binary(repl) ||
        !parse_opts(opts, OPT_GLOBAL | OPT_SCOPE | OPT_INSERT,
                    (size_t)binary_byte_size(subject), &o) ||
        !matcher_init(&m, subject, args[1]))
        return bif_badarg(p);
    size_t size = (size_t)binary_byte_size(subject);
    size_t rsize = (size_t)binary_byte_size(repl);
    size_t *ins;
    int64_t nins = insert_positions(o.insert, rsize, &ins);
    if (nins < 0)
        return bif_badarg(p);
    const uint8_t *r = bytes_of(repl);

    /* The matches, then the size of the result, then the bytes. */
    size_t cap = 16, nm = 0;
    size_t *hits = malloc(cap * 2 * sizeof *hits);
    if (!hits)
        abort();
    matcher_scope(&m, o.from, o.from + o.len);
    size_t pos = o.from, at, len, total = size;
    while (matcher_next(&m, pos, &at, &len)) {
        if (nm == cap) {
            cap *= 2;
            size_t *grown = realloc(hits, cap * 2 * sizeof *hits);
            if (!grown)
                abort();
            hits = grown;
        }
        hits[2 * nm] = at;
        hits[2 * nm + 1] = len;
        nm++;
        total = total - len + rsize + (size_t)nins * len;
        pos = at + len;
        if (!(o.flags & OPT_GLOBAL))
            break;
    }
    if (nm == 0) {
        free(hits);
        return subject;
    }
    uint8_t *out;
    Term result = binary_alloc(total, &out);
    const uint8_t *s = m.subject;
    size_t w = 0, last = 0;
    for (size_t k = 0; k < nm; k++) {
        at = hits[2 * k];
        len = hits[2 * k + 1];
        memcpy(out + w, s + last, at - last);
        w += at - last;
        size_t rp = 0;
        for (int64_t i = 0; i < nins; i++) {
            memcpy(out + w, r + rp, ins[i] - rp);
            w += ins[i] - rp;
            rp = ins[i];
            memcpy(out + w, s + at, len);
            w += len;
        }
        memcpy(out + w, r + rp, rsize - rp);
        w += rsize - rp;
        last = at + len;
    }
    memcpy(out + w, s + last, size - last);
    free(hits);
    return result;
}

Term bif_binmod_replace_4(Process *p, const Term *args)
{
    return replace(p, args, args[3]);
}

/* ---- lists ------------------------------------------------------------- */

/* bin_to_list(B, {Start, Len}) and bin_to_list(B, Start, Len). */
static Term bin_to_list(Process *p, Term b, Term range)
{
    size_t from, len;
    if (!term_is_binary(b) ||
        !scope_range(range, (size_t)binary_byte_size(b), &from, &len))
        return bif_badarg(p);
    Term l = NIL;
    for (size_t i = from + len; i > from; i--)
        l = make_cons(make_small(binary_get_byte(b, (uint64_t)(i - 1) * 8)), l);
    return l;
}

Term bif_binmod_bin_to_list_2(Process *p, const Term *args)
{
    return bin_to_list(p, args[0], args[1]);
}

Term bif_binmod_bin_to_list_3(Process *p, const Term *args)
{
    return bin_to_list(p, args[0], make_tuple2(args[1], args[2]));
}

/* ---- common prefix and suffix ------------------------------------------- */

static Term common(Process *p, Term list, bool suffix)
{
    int64_t n = list_length(list);
    if (n <= 0)
        return bif_badarg(p);
    for (Term l = list; term_is_cons(l); l = CDR(l))
        if (!term_is_binary(CAR(l)))
            return bif_badarg(p);
    Term first = CAR(list);
    const uint8_t *a = bytes_of(first);
    size_t best = (size_t)binary_byte_size(first);
    for (Term l = CDR(list); term_is_cons(l) && best; l = CDR(l)) {
        const uint8_t *b = bytes_of(CAR(l));
        size_t bn = (size_t)binary_byte_size(CAR(l)), an = binary_byte_size(first);
        size_t k = 0, lim = best < bn ? best : bn;
        if (suffix)
            while (k < lim && a[an - 1 - k] == b[bn - 1 - k])
                k++;
        else
            while (k < lim && a[k] == b[k])
                k++;
        best = k;
    }
    return make_small((int64_t)best);
}

Term bif_binmod_longest_common_prefix_1(Process *p, const Term *args)
{
    return common(p, args[0], false);
}

Term bif_binmod_longest_common_suffix_1(Process *p, const Term *args)
{
    return common(p, args[0], true);
}

/* ---- unsigned integers ------------------------------------------------- */

/* big or little; -1 for anything else. */
static int endianness(Term t)
{
    if (t == atom_from_cstr("big"))
        return 0;
    if (t == atom_from_cstr("little"))
        return 1;
    return -1;
}

static Term encode_unsigned(Process *p, Term n, Term endian)
{
    int little = endianness(endian);
    if (!term_is_integer(n) || little < 0)
        return bif_badarg(p);
    uint64_t tmp[1];
    const uint64_t *limbs;
    bool neg;
    size_t nl = bignum_magnitude(n, tmp, &limbs, &neg);
    if (neg)
        return bif_badarg(p);
    size_t nb = nl * 8;
    while (nb > 1 && ((limbs[(nb - 1) / 8] >> (((nb - 1) % 8) * 8)) & 0xFF) == 0)
        nb--;
    if (nb == 0)
        nb = 1;
    uint8_t *out;
    Term r = binary_alloc(nb, &out);
    for (size_t i = 0; i < nb; i++) {
        uint8_t byte = nl ? (uint8_t)(limbs[i / 8] >> ((i % 8) * 8)) : 0;
        out[little ? i : nb - 1 - i] = byte;
    }
    return r;
}

Term bif_binmod_encode_unsigned_1(Process *p, const Term *args)
{
    return encode_unsigned(p, args[0], atom_from_cstr("big"));
}

Term bif_binmod_encode_unsigned_2(Process *p, const Term *args)
{
    return encode_unsigned(p, args[0], args[1]);
}

static Term decode_unsigned(Process *p, Term b, Term endian)
{
    int little = endianness(endian);
    if (!term_is_binary(b) || little < 0)
        return bif_badarg(p);
    size_t nb = (size_t)binary_byte_size(b);
    const uint8_t *s = bytes_of(b);
    size_t nl = (nb + 7) / 8;
    uint64_t *limbs = gc_alloc_atomic((nl ? nl : 1) * sizeof *limbs);
    memset(limbs, 0, (nl ? nl : 1) * sizeof *limbs);
    for (size_t i = 0; i < nb; i++) {
        uint8_t byte = s[little ? i : nb - 1 - i]; /* i-th least significant */
        limbs[i / 8] |= (uint64_t)byte << ((i % 8) * 8);
    }
    Term r = bignum_from_limbs(limbs, nl, false);
    return r != NONE ? r : bif_error(p, ATOM_system_limit);
}

Term bif_binmod_decode_unsigned_1(Process *p, const Term *args)
{
    return decode_unsigned(p, args[0], atom_from_cstr("big"));
}

Term bif_binmod_decode_unsigned_2(Process *p, const Term *args)
{
    return decode_unsigned(p, args[0], args[1]);
}

/* ---- hex ------------------------------------------------------------------ */

Term bif_binmod_encode_hex_1(Process *p, const Term *args)
{
    static const char digits[] = "0123456789ABCDEF";
    Term b = args[0];
    if (!term_is_binary(b))
        return bif_badarg(p);
    size_t n = (size_t)binary_byte_size(b);
    const uint8_t *s = bytes_of(b);
    uint8_t *out;
    Term r = binary_alloc(2 * n, &out);
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = (uint8_t)digits[s[i] >> 4];
        out[2 * i + 1] = (uint8_t)digits[s[i] & 15];
    }
    return r;
}

static int hex_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Term bif_binmod_decode_hex_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_binary(b) || binary_byte_size(b) % 2)
        return bif_badarg(p);
    size_t n = (size_t)binary_byte_size(b) / 2;
    const uint8_t *s = bytes_of(b);
    uint8_t *out;
    Term r = binary_alloc(n, &out);
    for (size_t i = 0; i < n; i++) {
        int hi = hex_value(s[2 * i]), lo = hex_value(s[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return bif_badarg(p);
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return r;
}

/* ---- sizes ----------------------------------------------------------------- */

/* The bytes of the buffer behind a binary (what a sub-binary keeps alive). */
Term bif_binmod_referenced_byte_size_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_binary(b))
        return bif_badarg(p);
    uint64_t used = binary_ptr(b)->buf->used;
    return make_uint64((used + 7) / 8);
}

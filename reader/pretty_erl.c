/* pretty_erl.c - the ~p printer: OTP 25's io_lib_pretty, rewritten in C.
 *
 * Two passes, as in io_lib_pretty.  First the term becomes a tree of
 * nodes, each knowing the length of its one-line form ("print_length"):
 * leaves are finished text (atoms, numbers, strings, printable binaries,
 * "{...}"), inner nodes are lists, tuples, maps, map pairs and binaries
 * written as byte lists.  Then the layout pass writes a node on one line
 * when it fits, and otherwise breaks it exactly where io_lib_pretty does:
 * a tagged tuple {tag,...} indents its elements after the tag (or by a
 * fixed amount when the tag is long, a choice made once for the whole term
 * by a trial pass, cind), leaves share lines, anything bigger than a leaf
 * starts a new line, map values that do not fit go below their key.
 *
 * Widths follow the reference: Col is the 1-based column, Ll the line
 * length, M the length of the whole term on one line, LD the characters
 * that must follow the node on its last line (closing brackets), W the
 * characters already on the current line since the last break.
 *
 * Terms nested more than PRETTY_MAX_NESTING (1000) containers deep print
 * on one line, as ~w, so that no term can overflow the C stack.
 *
 * With a chars limit (io_lib's chars_limit option) the tree is
 * io_lib_pretty's "intermediate format": the deepest expansion whose
 * one-line form fits the limit (see intermediate()); for a term nesting
 * deeper than PRETTY_MAX_NESTING that search stops at that depth.  Not
 * supported: records (no record definitions at this level).  With opts->strings false (~lp),
 * lists and binaries print as elements, never as text.
 * Lists are strings when every element is a latin-1 printable character,
 * also for ~tp, because the reference runs with +pc latin1 (the default);
 * ~tp differs from ~p in atoms (no \x{...} escapes) and binaries (valid
 * UTF-8 prints as <<"..."/utf8>>).
 */
#include <string.h>

#include "../runtime/atom.h"
#include "../runtime/binary.h"
#include "../runtime/gc.h"
#include "../runtime/map.h"
#include "../runtime/unicode.h"
#include "print_erl_impl.h"

typedef enum NodeKind { N_LEAF, N_LIST, N_TUPLE, N_MAP, N_PAIR, N_BIN } NodeKind;
typedef enum TailKind { T_NONE, T_DOTS, T_ELEM } TailKind;
typedef enum MoreKind { M_NONE, M_REDO, M_TUPLE, M_MAP } MoreKind;

typedef struct Node Node;
struct Node {
    NodeKind kind;
    bool tagged;        /* tuple whose first element is an atom, size > 1 */
    TailKind tail;      /* after the elements: nothing, "...", |Tail       */
    int64_t len;        /* characters of the one-line form                 */
    const char *text;   /* leaf, binary: the one-line text (UTF-8)         */
    size_t nbytes;
    size_t n;           /* elements, pairs (a pair: key and value)         */
    Node **elems;
    Node *tail_elem;
    /* chars_limit (io_lib_pretty's intermediate format): how many "..."
     * the subtree holds, and how to expand the node or its "..." tail
     * one or more levels deeper (OTP's More funs). */
    int64_t dots;
    MoreKind more;      /* M_REDO: the whole node; M_TUPLE, M_MAP: the tail */
    Term mterm;
    int mdepth;         /* depth the node (or tail) was built with      */
    int mdepth0;        /* map: depth of the keys and values            */
    size_t mindex;      /* M_TUPLE, M_MAP: first element not yet built  */
};

typedef struct Ctx {
    StrBuf *out;
    bool uni;
    int64_t ll; /* line length */
    int64_t m;  /* length of the whole term on one line */
    int64_t tind;
    bool fail; /* the cind trial pass threw no_good */
} Ctx;

/* ---- building the tree (print_length) -------------------------------- */

static Node *new_node(NodeKind kind)
{
    Node *n = gc_alloc(sizeof *n);
    memset(n, 0, sizeof *n);
    n->kind = kind;
    return n;
}

static Node *leaf_buf(const StrBuf *b)
{
    Node *n = new_node(N_LEAF);
    n->text = b->data;
    n->nbytes = b->len;
    n->len = (int64_t)print_erl_chars(b->data, b->len);
    return n;
}

static Node *leaf_str(const char *s)
{
    Node *n = new_node(N_LEAF);
    n->text = s;
    n->nbytes = strlen(s);
    n->len = (int64_t)n->nbytes;
    return n;
}

static int down(int d)
{
    return d < 0 ? d : d - 1;
}

/* io_lib_pretty's tsub: T less E, never changing sign (negative T is no
 * limit). */
static int64_t tsub(int64_t t, int64_t e)
{
    return t < 0 ? t : t >= e ? t - e : 0;
}

/* Length and dots of a sequence: open/close chars + elements +
 * separators. */
static void seq_length(Node *n, int64_t brackets)
{
    int64_t len = brackets, dots = 0;
    for (size_t i = 0; i < n->n; i++) {
        len += n->elems[i]->len + (i > 0);
        dots += n->elems[i]->dots;
    }
    if (n->tail == T_DOTS) {
        len += 3 + (n->n > 0);
        dots += 3;
    } else if (n->tail == T_ELEM) {
        len += 1 + n->tail_elem->len;
        dots += n->tail_elem->dots;
    }
    n->len = len;
    n->dots = dots;
}

/* A leaf of three dots or more ("{...}", "<<...>>") that expands by
 * building t again at depth d + dd. */
static Node *redo_leaf(const char *s, Term t, int d)
{
    Node *n = leaf_str(s);
    n->dots = 3;
    n->more = M_REDO;
    n->mterm = t;
    n->mdepth = d;
    return n;
}

/* A growable array of nodes in GC memory. */
typedef struct NodeVec {
    Node **v;
    size_t n, cap;
} NodeVec;

static void vec_push(NodeVec *nv, Node *x)
{
    if (nv->n == nv->cap) {
        size_t cap = nv->cap ? nv->cap * 2 : 8;
        Node **v = gc_alloc(cap * sizeof *v);
        if (nv->n)
            memcpy(v, nv->v, nv->n * sizeof *v);
        nv->v = v;
        nv->cap = cap;
    }
    nv->v[nv->n++] = x;
}

/* What the tree building needs from the options: ~tp's unicode and
 * ~lp's "no strings" (strings false: lists and binaries never print as
 * text). */
typedef struct BuildOpts {
    bool uni;
    bool str;
} BuildOpts;

/* build: io_lib_pretty's print_length(Term, D, T): d the depth (negative:
 * none), t the characters left (negative: no chars_limit). */
static Node *build(Term t, int d, int64_t T, const BuildOpts *bo);

/* The string "..." for the first k elements of list (all when k < 0),
 * followed by "..." when dots. */
static Node *build_string(Term list, long k, bool dots)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '"');
    for (; term_is_cons(list) && k != 0; list = CDR(list), k--)
        print_erl_string_char(&b, (uint32_t)small_val(CAR(list)), '"',
                              ERLSTR_LATIN1);
    strbuf_putc(&b, '"');
    if (dots)
        strbuf_puts(&b, "...");
    return leaf_buf(&b);
}

/* io_lib_pretty's printable_latin1_list(L, N): -1 for "all" (every
 * element printable, within N), else the N left where it stopped (0: N
 * ran out first). */
static int64_t printable_latin1_n(Term l, int64_t n)
{
    for (; term_is_cons(l); l = CDR(l)) {
        if (n == 0)
            return 0;
        Term c = CAR(l);
        if (!term_is_small(c) || !print_erl_printable_char((uint64_t)small_val(c)))
            return n;
        n--;
    }
    return term_is_nil(l) ? -1 : n;
}

/* A list with a chars limit (t >= 0) as a string, or NULL: the whole
 * list, or its first characters followed by "...". */
static Node *limited_string(Term list, int64_t t, bool uni)
{
    int64_t n = tsub(t, 2);
    if (!uni) {
        int64_t r = printable_latin1_n(list, n);
        if (r < 0)
            return build_string(list, -1, false);
        return r == 0 ? build_string(list, (long)n, true) : NULL;
    }
    /* ~tp: the first n grapheme clusters of a flat list */
    Term l = list;
    long k = 0;
    int64_t clusters = 0;
    UnicodeGc gc;
    while (term_is_cons(l)) {
        Term c = CAR(l);
        if (!term_is_small(c) || small_val(c) < 0 || small_val(c) > UNICODE_MAX)
            return NULL;
        uint32_t cp = (uint32_t)small_val(c);
        if (k == 0 || !unicode_gc_extends(&gc, cp)) {
            if (clusters == n)
                break;
            clusters++;
            unicode_gc_start(&gc, cp);
        }
        k++;
        l = CDR(l);
    }
    if (k == 0 || (!term_is_nil(l) && !term_is_cons(l)))
        return NULL;
    if (term_is_nil(l))
        return print_erl_printable_latin1(list) ? build_string(list, -1, false) : NULL;
    Term p = list;
    for (long i = 0; i < k; i++, p = CDR(p))
        if (!print_erl_printable_char((uint64_t)small_val(CAR(p))))
            return NULL;
    return build_string(list, k, true);
}

static Node *build_list(Term t, int d, int64_t T, const BuildOpts *bo)
{
    if (d != 1 && bo->str) {
        Node *s = T < 0 ? (print_erl_printable_latin1(t) ? build_string(t, -1, false) : NULL)
                        : limited_string(t, T, bo->uni);
        if (s)
            return s;
    }
    Node *n = new_node(N_LIST);
    NodeVec nv = {0};
    Term list = t;
    int d0 = d;
    T = tsub(T, 2);
    for (;;) {
        if (term_is_nil(t))
            break;
        if (d == 1 || T == 0) {
            n->tail = T_DOTS;
            break;
        }
        if (!term_is_cons(t)) {
            n->tail = T_ELEM;
            n->tail_elem = build(t, down(d), T, bo);
            break;
        }
        int64_t t1 = term_is_nil(CDR(t)) ? T : tsub(T, 1);
        Node *e = build(CAR(t), down(d), t1, bo);
        vec_push(&nv, e);
        T = tsub(t1, e->len);
        d = down(d);
        t = CDR(t);
    }
    n->elems = nv.v;
    n->n = nv.n;
    seq_length(n, 2);
    if (n->dots > 0) {
        n->more = M_REDO;
        n->mterm = list;
        n->mdepth = d0;
    }
    return n;
}

/* Tuple elements from index i (0-based) at depth d with t characters
 * left, appended to nv; a "..." tail when the depth or the characters
 * run out. */
static void tuple_nodes(Node *n, NodeVec *nv, Term tuple, size_t i, int d, int64_t T,
                        const BuildOpts *bo)
{
    uint32_t arity = tuple_arity(tuple);
    const Term *e = tuple_elems(tuple);
    for (; i < arity; i++) {
        if (d == 1 || T == 0) {
            n->tail = T_DOTS;
            n->more = M_TUPLE;
            n->mterm = tuple;
            n->mindex = i;
            n->mdepth = d;
            return;
        }
        int64_t t1 = i + 1 == arity ? T : tsub(T, 1);
        Node *x = build(e[i], down(d), t1, bo);
        vec_push(nv, x);
        T = tsub(t1, x->len);
        d = down(d);
    }
}

static Node *build_tuple(Term t, int d, int64_t T, const BuildOpts *bo)
{
    uint32_t arity = tuple_arity(t);
    if (arity == 0)
        return leaf_str("{}");
    if (d == 1)
        return redo_leaf("{...}", t, 1);
    Node *n = new_node(N_TUPLE);
    NodeVec nv = {0};
    tuple_nodes(n, &nv, t, 0, d, tsub(T, 2), bo);
    n->elems = nv.v;
    n->n = nv.n;
    n->tagged = term_is_atom(tuple_elems(t)[0]) && arity > 1;
    seq_length(n, 2);
    return n;
}

static Node *build_pair(Term k, Term v, int d0, int64_t T, const BuildOpts *bo)
{
    Node *p = new_node(N_PAIR);
    p->elems = gc_alloc(2 * sizeof(Node *));
    p->elems[0] = build(k, d0, T, bo);
    int64_t kl = p->elems[0]->len + 4;
    p->elems[1] = build(v, d0, tsub(T, kl), bo);
    p->n = 2;
    p->len = kl + p->elems[1]->len;
    p->dots = p->elems[0]->dots + p->elems[1]->dots;
    return p;
}

/* Map pairs (in printing order) from index i, as tuple_elems; keys and
 * values at depth d0 whatever the expansion, as io_lib_pretty. */
static void map_pairs(Node *n, NodeVec *nv, Term map, size_t i, int d, int d0, int64_t T,
                      const BuildOpts *bo)
{
    size_t size = map_size(map), j = 0;
    MapIter it;
    Term k, v;
    map_iter_init_fold(&it, map);
    while (j < i && map_iter_next(&it, &k, &v))
        j++;
    for (; i < size && map_iter_next(&it, &k, &v); i++) {
        if (d == 1 || T == 0) {
            n->tail = T_DOTS;
            n->more = M_MAP;
            n->mterm = map;
            n->mindex = i;
            n->mdepth = d;
            n->mdepth0 = d0;
            return;
        }
        int64_t t1 = i + 1 == size ? T : tsub(T, 1);
        Node *p = build_pair(k, v, d0, t1, bo);
        vec_push(nv, p);
        T = tsub(t1, p->len);
        d = down(d);
    }
}

static Node *build_map(Term t, int d, int64_t T, const BuildOpts *bo)
{
    if (map_size(t) == 0)
        return leaf_str("#{}");
    if (d == 1)
        return redo_leaf("#{...}", t, 1);
    Node *n = new_node(N_MAP);
    NodeVec nv = {0};
    map_pairs(n, &nv, t, 0, d, down(d), tsub(T, 3), bo);
    n->elems = nv.v;
    n->n = nv.n;
    seq_length(n, 3);
    return n;
}

/* <<"text">>, <<"text"...>>, <<"text"/utf8>> or <<"text"/utf8...>> for
 * the code points cps[0..k). */
static Node *bin_string(const uint32_t *cps, size_t k, bool utf8, bool more)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "<<\"");
    for (size_t i = 0; i < k; i++)
        print_erl_string_char(&b, cps[i], '"', ERLSTR_UNICODE);
    strbuf_putc(&b, '"');
    if (utf8)
        strbuf_puts(&b, "/utf8");
    if (more)
        strbuf_puts(&b, "...");
    strbuf_puts(&b, ">>");
    Node *n = leaf_buf(&b);
    if (more)
        n->dots = 3;
    return n;
}

static uint32_t *bytes_cps(const uint8_t *s, size_t k)
{
    uint32_t *cps = gc_alloc_atomic((k + 1) * sizeof *cps);
    for (size_t i = 0; i < k; i++)
        cps[i] = s[i];
    return cps;
}

/* io_lib_pretty's printable_bin for latin-1: NULL when the binary is
 * printed as a byte list. */
static Node *printable_bin_latin1(const uint8_t *s, size_t size, size_t len, int d)
{
    if (len == 0)
        return NULL;
    size_t n = len < 20 ? len : 20;
    size_t p = 0;
    while (p < n && print_erl_printable_char(s[p]))
        p++;
    if (p == n) {
        if (n == size)
            return bin_string(bytes_cps(s, n), n, false, false);
        if (n == len)
            return bin_string(bytes_cps(s, n), n, false, true);
        size_t q = n;
        while (q < len && print_erl_printable_char(s[q]))
            q++;
        size_t nc = len - q;
        if (nc == 0 && size == len)
            return bin_string(bytes_cps(s, size), size, false, false);
        if (d > 0 && (int64_t)(len - nc) >= d)
            return bin_string(bytes_cps(s, len - nc), len - nc, false, true);
        return NULL;
    }
    if (d > 0 && (int64_t)p >= d)
        return bin_string(bytes_cps(s, p), p, false, true);
    return NULL;
}

/* The unicode variant (~tp): valid UTF-8 whose characters are printable
 * (in the latin-1 printable range, the reference's default). */
static Node *printable_bin_unicode(const uint8_t *s, size_t size, size_t len, int d)
{
    if (len == 0)
        return NULL;
    /* valid_utf8: the first len characters (or all) decode */
    size_t pos = 0, k = 0;
    bool valid = true;
    while (pos < size && k < len) {
        uint32_t c;
        int w = utf8_decode(s + pos, size - pos, &c);
        if (w <= 0) {
            valid = false;
            break;
        }
        pos += (size_t)w;
        k++;
    }
    if (!valid)
        return printable_bin_latin1(s, size, len, d);
    uint32_t *cps = gc_alloc_atomic((len + 1) * sizeof *cps);
    size_t i = len, used = 0, nch = 0;
    pos = 0;
    while (i > 0 && pos < size) {
        uint32_t c;
        int w = utf8_decode(s + pos, size - pos, &c);
        if (w <= 0 || !print_erl_printable_char(c))
            break;
        cps[nch++] = c;
        pos += (size_t)w;
        i--;
    }
    used = pos;
    if (used == size)
        return bin_string(cps, nch, size != nch, false);
    if (d > 0 && (int64_t)(len - i) >= d)
        return bin_string(cps, nch, used != nch, true);
    return NULL;
}

/* io_lib:write_binary(Bin, D, T) for a chars limit: the bytes as
 * "<<1,2,...>>"; *cut tells whether any were left out. */
static Node *limited_bytes(Term t, int d, int64_t T, bool *cut)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "<<");
    uint64_t bits = binary_bit_size(t), pos = 0;
    T = tsub(T, 4);
    *cut = false;
    while (pos < bits) {
        if (d == 1 || T == 0) {
            strbuf_puts(&b, "...");
            *cut = true;
            break;
        }
        uint64_t left = bits - pos;
        if (left < 8) {
            strbuf_printf(&b, "%u:%u", binary_get_byte(t, pos) >> (8 - left), (unsigned)left);
            break;
        }
        size_t before = b.len;
        strbuf_printf(&b, "%u", binary_get_byte(t, pos));
        pos += 8;
        if (pos < bits) {
            strbuf_putc(&b, ',');
            T = tsub(T, (int64_t)(b.len - before));
        }
        d = down(d);
    }
    strbuf_puts(&b, ">>");
    Node *n = new_node(N_BIN);
    n->text = b.data;
    n->nbytes = b.len;
    n->len = (int64_t)b.len;
    return n;
}

static Node *build_binary(Term t, int d, int64_t T, const BuildOpts *bo)
{
    uint64_t bits = binary_bit_size(t);
    if (bits == 0)
        return leaf_str("<<>>");
    if (d == 1)
        return redo_leaf("<<...>>", t, 1);
    if (bits % 8 == 0) {
        size_t size = (size_t)(bits / 8);
        const uint8_t *s;
        uint8_t *copy = NULL;
        if (binary_is_aligned(t)) {
            s = binary_bytes(t);
        } else {
            copy = gc_alloc_atomic(size);
            binary_copy_bits(t, 0, bits, copy);
            s = copy;
        }
        int d1 = down(d);
        int64_t t6 = tsub(T, 6);
        size_t len = size;
        if (d1 >= 0) {
            if ((uint64_t)4 * (uint64_t)d1 < size)
                len = (size_t)4 * (size_t)d1;
            if (t6 >= 0 && (uint64_t)t6 < len)
                len = (size_t)t6;
        } else if (t6 >= 0) {
            len = (size_t)t6;
        }
        Node *str = !bo->str ? NULL
                  : bo->uni ? printable_bin_unicode(s, size, len, d1)
                            : printable_bin_latin1(s, size, len, d1);
        if (str) {
            if (str->dots) {
                str->more = M_REDO;
                str->mterm = t;
                str->mdepth = d;
            }
            return str;
        }
    }
    if (T < 0) {
        StrBuf b;
        strbuf_init(&b);
        print_erl_binary(&b, t, d);
        Node *n = new_node(N_BIN);
        n->text = b.data;
        n->nbytes = b.len;
        n->len = (int64_t)b.len;
        return n;
    }
    bool cut;
    Node *n = limited_bytes(t, d, T, &cut);
    if (cut) {
        n->dots = 3;
        n->more = M_REDO;
        n->mterm = t;
        n->mdepth = d;
    }
    return n;
}

static Node *build(Term t, int d, int64_t T, const BuildOpts *bo)
{
    if (term_is_nil(t))
        return leaf_str("[]");
    if (term_is_atom(t)) {
        StrBuf b;
        strbuf_init(&b);
        print_erl_atom_enc(&b, t, bo->uni);
        return leaf_buf(&b);
    }
    if (term_is_cons(t))
        return build_list(t, d, T, bo);
    if (term_is_tuple(t))
        return build_tuple(t, d, T, bo);
    if (term_is_map(t))
        return build_map(t, d, T, bo);
    if (term_is_bitstring(t))
        return build_binary(t, d, T, bo);
    StrBuf b;
    strbuf_init(&b);
    print_erl_simple(&b, t);
    return leaf_buf(&b);
}

/* ---- chars_limit: io_lib_pretty's intermediate ------------------------
 *
 * With a chars limit T the tree is first built one level deep, then
 * expanded (the "..." nodes built again deeper, the finished ones kept)
 * doubling the depth while it fits in T, then a binary search between
 * the last depth that fits and the first that does not. */

static Node *expand(const Node *n, int64_t T, int dd, const BuildOpts *bo);

/* Expand the elements of a tuple or map (brackets l0 characters). */
static Node *expand_seq(const Node *n, int64_t T, int dd, int64_t l0, const BuildOpts *bo)
{
    Node *x = new_node(n->kind);
    x->tagged = n->tagged;
    NodeVec nv = {0};
    T = tsub(T, l0);
    for (size_t i = 0; i < n->n; i++) {
        bool last = i + 1 == n->n && n->tail == T_NONE;
        int64_t t1 = last ? T : tsub(T, 1);
        Node *e = expand(n->elems[i], t1, dd, bo);
        vec_push(&nv, e);
        T = tsub(t1, e->len);
    }
    if (n->tail == T_DOTS && n->more == M_TUPLE)
        tuple_nodes(x, &nv, n->mterm, n->mindex, n->mdepth + dd, T, bo);
    else if (n->tail == T_DOTS && n->more == M_MAP)
        map_pairs(x, &nv, n->mterm, n->mindex, n->mdepth + dd, n->mdepth0, T, bo);
    x->elems = nv.v;
    x->n = nv.n;
    seq_length(x, l0);
    return x;
}

static Node *expand(const Node *n, int64_t T, int dd, const BuildOpts *bo)
{
    if (n->dots == 0 && n->more == M_NONE)
        return (Node *)n;
    if (n->more == M_REDO)
        return build(n->mterm, n->mdepth + dd, T, bo);
    if (n->kind == N_TUPLE)
        return expand_seq(n, T, dd, 2, bo);
    if (n->kind == N_MAP)
        return expand_seq(n, T, dd, 3, bo);
    if (n->kind == N_PAIR) {
        Node *p = new_node(N_PAIR);
        p->elems = gc_alloc(2 * sizeof(Node *));
        p->elems[0] = expand(n->elems[0], tsub(T, 1), dd, bo);
        int64_t kl = p->elems[0]->len + 4;
        p->elems[1] = expand(n->elems[1], tsub(T, kl), dd, bo);
        p->n = 2;
        p->len = kl + p->elems[1]->len;
        p->dots = p->elems[0]->dots + p->elems[1]->dots;
        return p;
    }
    return (Node *)n;
}

static Node *search_depth(Node *lower, Node *upper, int64_t T, int dl, int du,
                          const BuildOpts *bo)
{
    while (du - dl != 1) {
        int d1 = dl + (du - dl) / 2;
        Node *x = expand(lower, T, d1 - dl, bo);
        if (x->len > T) {
            upper = x;
            du = d1;
        } else {
            lower = x;
            dl = d1;
        }
    }
    return lower->len == T ? lower : upper;
}

static Node *intermediate(Term t, int d, int64_t T, const BuildOpts *bo)
{
    Node *lower = build(t, 1, T, bo);
    if (lower->dots == 0 || lower->len > T || d == 1)
        return lower;
    int dl = 1, dd = 2;
    int64_t last_len = lower->len;
    for (;;) {
        int dd2 = dd * 2;
        int d1 = d < 0 ? dl + dd2 : (dl + dd2 < d ? dl + dd2 : d);
        Node *x = expand(lower, T, d1 - dl, bo);
        if (x->dots == 0 || x->len == last_len)
            return x;
        if (x->len <= T && (d1 < d || d < 0)) {
            lower = x;
            dl = d1;
            dd = dd2;
            last_len = x->len;
            continue;
        }
        return search_depth(lower, x, T, dl, d1, bo);
    }
}

/* ---- one-line output (write) ------------------------------------------ */

static void put_spaces(StrBuf *out, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        strbuf_putc(out, ' ');
}

static void write_node(Ctx *c, const Node *n);

static void write_seq(Ctx *c, const Node *n, char sep)
{
    if (n->n == 0 && n->tail == T_DOTS) {
        strbuf_puts(c->out, "...");
        return;
    }
    for (size_t i = 0; i < n->n; i++) {
        if (i > 0)
            strbuf_putc(c->out, ',');
        write_node(c, n->elems[i]);
    }
    if (n->tail == T_DOTS) {
        strbuf_putc(c->out, sep);
        strbuf_puts(c->out, "...");
    } else if (n->tail == T_ELEM) {
        strbuf_putc(c->out, sep);
        write_node(c, n->tail_elem);
    }
}

static void write_node(Ctx *c, const Node *n)
{
    switch (n->kind) {
    case N_LEAF:
    case N_BIN:
        strbuf_append(c->out, n->text, n->nbytes);
        break;
    case N_LIST:
        strbuf_putc(c->out, '[');
        write_seq(c, n, '|');
        strbuf_putc(c->out, ']');
        break;
    case N_TUPLE:
        strbuf_putc(c->out, '{');
        write_seq(c, n, ',');
        strbuf_putc(c->out, '}');
        break;
    case N_MAP:
        strbuf_puts(c->out, "#{");
        write_seq(c, n, ',');
        strbuf_putc(c->out, '}');
        break;
    case N_PAIR:
        write_node(c, n->elems[0]);
        strbuf_puts(c->out, " => ");
        write_node(c, n->elems[1]);
        break;
    }
}

/* ---- the layout pass (pp) ---------------------------------------------- */

static bool is_leaf(const Node *n)
{
    return n->kind == N_LEAF;
}

static bool pair_is_leaf(const Node *p)
{
    return is_leaf(p->elems[0]) && is_leaf(p->elems[1]);
}

/* last_depth: the element at index i is followed by more elements, or is
 * the last one (then the closing characters follow it too). */
static int64_t last_depth(const Node *n, size_t i, int64_t ld)
{
    return i + 1 < n->n ? 0 : ld + 1;
}

static bool fits(const Ctx *c, const Node *n, int64_t col, int64_t ld, int64_t w)
{
    return n->len < c->ll - col - ld && n->len + w + ld <= c->m;
}

/* Whether element e (with its comma) still fits on the current line. */
static bool tail_fits(const Ctx *c, int64_t elen, int64_t col, int64_t ld1, int64_t w)
{
    if (ld1 == 0)
        return elen + 1 < c->ll - col && w + elen + 1 <= c->m;
    return elen < c->ll - col - ld1 && w + elen + ld1 <= c->m;
}

static void pp(Ctx *c, const Node *n, int64_t col, int64_t ind, int64_t ld, int64_t w);

static int64_t pp_element(Ctx *c, const Node *e, int64_t col, int64_t ind,
                          int64_t ld, int64_t w)
{
    if (fits(c, e, col, ld, w) && is_leaf(e)) {
        write_node(c, e);
        return e->len;
    }
    pp(c, e, col, ind, ld, w);
    return c->ll; /* force a new line */
}

static void pp_tail(Ctx *c, const Node *n, size_t k, int64_t col0, int64_t col,
                    int64_t ind, int64_t ld, char sep, int64_t w)
{
    for (; k < n->n; k++) {
        const Node *e = n->elems[k];
        int64_t ld1 = last_depth(n, k, ld);
        int64_t elen = 1 + e->len;
        if (is_leaf(e) && tail_fits(c, elen, col, ld1, w)) {
            strbuf_putc(c->out, ',');
            write_node(c, e);
            col += elen;
            w += elen;
        } else {
            strbuf_puts(c->out, ",\n");
            put_spaces(c->out, ind);
            int64_t we = pp_element(c, e, col0, ind, ld1, 0);
            col = col0 + we;
            w = we;
        }
    }
    if (n->tail == T_DOTS) {
        strbuf_putc(c->out, sep);
        strbuf_puts(c->out, "...");
    } else if (n->tail == T_ELEM) {
        const Node *e = n->tail_elem;
        strbuf_putc(c->out, sep);
        if (e->len + 1 < c->ll - col - (ld + 1) &&
            e->len + 1 + w + (ld + 1) <= c->m && is_leaf(e)) {
            write_node(c, e);
        } else {
            strbuf_putc(c->out, '\n');
            put_spaces(c->out, ind);
            pp(c, e, col0, ind, ld + 1, 0);
        }
    }
}

static void pp_list(Ctx *c, const Node *n, size_t k, int64_t col0, int64_t ind,
                    int64_t ld, char sep, int64_t w)
{
    if (k >= n->n) { /* only "..." left */
        strbuf_puts(c->out, "...");
        return;
    }
    int64_t we = pp_element(c, n->elems[k], col0, ind, last_depth(n, k, ld), w);
    pp_tail(c, n, k + 1, col0, col0 + we, ind, ld, sep, w + we);
}

static void pp_tag_tuple(Ctx *c, const Node *n, int64_t col, int64_t ind,
                         int64_t ld, int64_t w)
{
    const Node *tag = n->elems[0];
    int64_t tlen = tag->len;
    int64_t tagind = tlen + 2;
    int64_t tcol = col + tagind;
    write_node(c, tag);
    if (c->tind > 0 && tagind > c->tind) {
        pp_tail(c, n, 1, col + c->tind, tcol, ind + c->tind, ld, ',', w + tlen);
    } else {
        strbuf_putc(c->out, ',');
        pp_list(c, n, 1, tcol, ind + tagind, ld, ',', w + tlen + 1);
    }
}

static int64_t pp_pair(Ctx *c, const Node *p, int64_t col, int64_t ind,
                       int64_t ld, int64_t w)
{
    if (fits(c, p, col, ld, w)) {
        write_node(c, p);
        return pair_is_leaf(p) ? p->len : c->ll;
    }
    int64_t i = c->tind > 0 ? c->tind : 4;
    pp(c, p->elems[0], col, ind, ld, w);
    strbuf_puts(c->out, " =>\n");
    put_spaces(c->out, ind + i);
    pp(c, p->elems[1], col + i, ind + i, ld, 0);
    return c->ll;
}

static void pp_map(Ctx *c, const Node *n, int64_t col0, int64_t ind, int64_t ld,
                   int64_t w)
{
    int64_t pw = pp_pair(c, n->elems[0], col0, ind, last_depth(n, 0, ld), w);
    int64_t col = col0 + pw;
    w = pw;
    for (size_t k = 1; k < n->n; k++) {
        const Node *p = n->elems[k];
        int64_t ld1 = last_depth(n, k, ld);
        int64_t elen = 1 + p->len;
        if (pair_is_leaf(p) && tail_fits(c, elen, col, ld1, w)) {
            strbuf_putc(c->out, ',');
            write_node(c, p);
            col += elen;
            w += elen;
        } else {
            strbuf_puts(c->out, ",\n");
            put_spaces(c->out, ind);
            pw = pp_pair(c, p, col0, ind, ld1, 0);
            col = col0 + pw;
            w = pw;
        }
    }
    if (n->tail == T_DOTS)
        strbuf_puts(c->out, ",...");
}

/* A byte list <<1,2,...>> that does not fit: fill lines of n characters. */
static void pp_binary(Ctx *c, const Node *n, int64_t col, int64_t ind,
                      int64_t ld, int64_t w)
{
    int64_t room = c->ll - col;
    if (c->m - 4 - w < room)
        room = c->m - 4 - w;
    room -= ld;
    int64_t n0 = room > 8 ? room : 8;
    int64_t left = n0;
    /* the text between "<<" and ">>": items separated by commas, the
     * last one possibly "X:Size" or "..." */
    const char *s = n->text + 2;
    const char *end = n->text + n->nbytes - 2;
    strbuf_puts(c->out, "<<");
    for (;;) {
        const char *comma = memchr(s, ',', (size_t)(end - s));
        if (!comma)
            break;
        int64_t len = (int64_t)(comma - s) + 1;
        if (left - len < 0) {
            strbuf_putc(c->out, '\n');
            put_spaces(c->out, ind);
            left = n0 - len;
        } else {
            left -= len;
        }
        strbuf_append(c->out, s, (size_t)len);
        s = comma + 1;
    }
    if (end - s > left) {
        strbuf_putc(c->out, '\n');
        put_spaces(c->out, ind);
    }
    strbuf_append(c->out, s, (size_t)(end - s));
    strbuf_puts(c->out, ">>");
}

static void pp(Ctx *c, const Node *n, int64_t col, int64_t ind, int64_t ld, int64_t w)
{
    if (fits(c, n, col, ld, w)) {
        write_node(c, n);
        return;
    }
    switch (n->kind) {
    case N_LIST:
        strbuf_putc(c->out, '[');
        pp_list(c, n, 0, col + 1, ind + 1, ld, '|', w + 1);
        strbuf_putc(c->out, ']');
        break;
    case N_TUPLE:
        strbuf_putc(c->out, '{');
        if (n->tagged)
            pp_tag_tuple(c, n, col, ind, ld, w + 1);
        else
            pp_list(c, n, 0, col + 1, ind + 1, ld, ',', w + 1);
        strbuf_putc(c->out, '}');
        break;
    case N_MAP:
        strbuf_puts(c->out, "#{");
        pp_map(c, n, col + 2, ind + 2, ld, w + 1);
        strbuf_putc(c->out, '}');
        break;
    case N_BIN:
        pp_binary(c, n, col + 2, ind + 2, ld, w);
        break;
    case N_LEAF:
    case N_PAIR:
        write_node(c, n);
        break;
    }
}

/* ---- the trial pass (cind): can this tuple indentation be used? ------- */

static void cind(Ctx *c, const Node *n, int64_t col, int64_t ld, int64_t w);

static int64_t cind_element(Ctx *c, const Node *e, int64_t col, int64_t ld, int64_t w)
{
    if (fits(c, e, col, ld, w) && is_leaf(e))
        return e->len;
    cind(c, e, col, ld, w);
    return c->ll;
}

static void cind_tail(Ctx *c, const Node *n, size_t k, int64_t col0, int64_t col,
                      int64_t ld, int64_t w)
{
    for (; k < n->n && !c->fail; k++) {
        const Node *e = n->elems[k];
        int64_t ld1 = last_depth(n, k, ld);
        int64_t elen = 1 + e->len;
        if (is_leaf(e) && tail_fits(c, elen, col, ld1, w)) {
            col += elen;
            w += elen;
        } else {
            int64_t we = cind_element(c, e, col0, ld1, 0);
            col = col0 + we;
            w = we;
        }
    }
    if (c->fail || n->tail != T_ELEM)
        return;
    const Node *e = n->tail_elem;
    if (e->len + 1 < c->ll - col - (ld + 1) && e->len + 1 + w + (ld + 1) <= c->m &&
        is_leaf(e))
        return;
    cind(c, e, col, ld + 1, 0);
}

static void cind_list(Ctx *c, const Node *n, size_t k, int64_t col0, int64_t ld,
                      int64_t w)
{
    if (k >= n->n)
        return;
    int64_t we = cind_element(c, n->elems[k], col0, last_depth(n, k, ld), w);
    cind_tail(c, n, k + 1, col0, col0 + we, ld, w + we);
}

static void cind_tag_tuple(Ctx *c, const Node *n, int64_t col, int64_t ld, int64_t w)
{
    int64_t tlen = n->elems[0]->len;
    int64_t tagind = tlen + 2;
    int64_t tcol = col + tagind;
    if (c->tind > 0 && tagind > c->tind) {
        int64_t col1 = col + c->tind;
        if (c->m + col1 <= c->ll || col1 <= c->ll / 2)
            cind_tail(c, n, 1, col1, tcol, ld, w + tlen);
        else
            c->fail = true;
    } else if (c->m + tcol < c->ll || tcol < c->ll / 2) {
        cind_list(c, n, 1, tcol, ld, w + tlen + 1);
    } else {
        c->fail = true;
    }
}

static int64_t cind_pair(Ctx *c, const Node *p, int64_t col, int64_t ld, int64_t w)
{
    if (fits(c, p, col, ld, w))
        return pair_is_leaf(p) ? p->len : c->ll;
    cind(c, p->elems[0], col, ld, w);
    int64_t i = c->tind > 0 ? c->tind : 4;
    if (!c->fail)
        cind(c, p->elems[1], col + i, ld, 0);
    return c->ll;
}

static void cind_map(Ctx *c, const Node *n, int64_t col0, int64_t ld, int64_t w)
{
    int64_t pw = cind_pair(c, n->elems[0], col0, last_depth(n, 0, ld), w);
    int64_t col = col0 + pw;
    w += pw;
    for (size_t k = 1; k < n->n && !c->fail; k++) {
        const Node *p = n->elems[k];
        int64_t ld1 = last_depth(n, k, ld);
        int64_t elen = 1 + p->len;
        if (pair_is_leaf(p) && tail_fits(c, elen, col, ld1, w)) {
            col += elen;
            w += elen;
        } else {
            pw = cind_pair(c, p, col0, ld1, 0);
            col = col0 + pw;
            w = pw;
        }
    }
}

static void cind(Ctx *c, const Node *n, int64_t col, int64_t ld, int64_t w)
{
    if (c->fail || fits(c, n, col, ld, w))
        return;
    switch (n->kind) {
    case N_LIST:
        cind_list(c, n, 0, col + 1, ld, w + 1);
        break;
    case N_TUPLE:
        if (n->tagged)
            cind_tag_tuple(c, n, col, ld, w + 1);
        else
            cind_list(c, n, 0, col + 1, ld, w + 1);
        break;
    case N_MAP:
        cind_map(c, n, col + 2, ld, w + 2);
        break;
    default:
        break;
    }
}

/* ---- nesting guard ------------------------------------------------------ */

/* Building and laying out recurse once per nesting level on the C stack;
 * a term nested deeper than this prints on one line (as ~w) instead. */
#define PRETTY_MAX_NESTING 1000

typedef struct Visit {
    Term t;
    int level;
} Visit;

/* Whether containers in t nest more than PRETTY_MAX_NESTING deep; walks
 * the term with its own stack. */
static bool nests_too_deep(Term t)
{
    size_t cap = 64, n = 0;
    Visit *st = gc_alloc(cap * sizeof *st);
    st[n++] = (Visit){t, 0};
    while (n > 0) {
        Visit v = st[--n];
        if (v.level > PRETTY_MAX_NESTING)
            return true;
        Term x = v.t;
        size_t need = 0;
        if (term_is_cons(x) || term_is_tuple(x) || term_is_map(x))
            need = 2 + (term_is_tuple(x) ? tuple_arity(x)
                        : term_is_map(x) ? 2 * map_size(x) : 0);
        if (need == 0)
            continue;
        if (n + need > cap) {
            while (n + need > cap)
                cap *= 2;
            Visit *nst = gc_alloc(cap * sizeof *nst);
            memcpy(nst, st, n * sizeof *st);
            st = nst;
        }
        if (term_is_cons(x)) {
            /* the spine is a loop, not nesting: only elements go deeper */
            st[n++] = (Visit){CAR(x), v.level + 1};
            Term rest = CDR(x);
            if (term_is_cons(rest))
                st[n++] = (Visit){rest, v.level};
            else if (!term_is_nil(rest))
                st[n++] = (Visit){rest, v.level + 1};
        } else if (term_is_tuple(x)) {
            for (uint32_t i = 0; i < tuple_arity(x); i++)
                st[n++] = (Visit){tuple_elems(x)[i], v.level + 1};
        } else {
            MapIter it;
            Term k, val;
            map_iter_init_fold(&it, x);
            while (map_iter_next(&it, &k, &val)) {
                st[n++] = (Visit){k, v.level + 1};
                st[n++] = (Visit){val, v.level + 1};
            }
        }
    }
    return false;
}

/* ---- entry point -------------------------------------------------------- */

void print_erl_pretty(StrBuf *out, Term t, const PrintOpts *opts)
{
    PrintOpts o = opts ? *opts : print_default_opts();
    int depth = o.depth < 0 ? -1 : o.depth;
    if (depth == 0 || o.chars_limit == 0) {
        strbuf_puts(out, "...");
        return;
    }
    int64_t col = o.column <= 0 ? 1 : o.column;
    if (term_is_atom(t)) {
        print_erl_atom_enc(out, t, o.unicode);
        return;
    }
    if (!term_is_list(t) && !term_is_tuple(t) && !term_is_map(t) &&
        !term_is_bitstring(t)) {
        print_erl_simple(out, t);
        return;
    }
    if ((depth < 0 || depth > PRETTY_MAX_NESTING) && nests_too_deep(t)) {
        if (o.chars_limit < 0) {
            print_erl_write(out, t, &o);
            return;
        }
        depth = PRETTY_MAX_NESTING; /* a limited print stays limited */
    }
    Ctx c = {.out = out, .uni = o.unicode, .ll = o.line_length};
    BuildOpts bo = {o.unicode, o.strings};
    Node *n = o.chars_limit < 0 ? build(t, depth, -1, &bo)
                                : intermediate(t, depth, o.chars_limit, &bo);
    c.m = n->len;
    if (c.ll == 0 || (n->len < c.ll - col && n->len <= c.m)) {
        write_node(&c, n);
        return;
    }
    /* The tuple indentation: -1 (after the tag) if that layout stays
     * within bounds, else 4, else 1. */
    c.tind = -1;
    cind(&c, n, col, 0, 0);
    if (c.fail) {
        c.fail = false;
        c.tind = 4;
        cind(&c, n, col, 0, 0);
        if (c.fail)
            c.tind = 1;
    }
    c.fail = false;
    pp(&c, n, col, col - 1, 0, 0);
}

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
 * Not supported: chars_limit (io_lib's chars_limit option), records (no
 * record definitions at this level).  With opts->strings false (~lp),
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

/* Length of a sequence: open/close chars + elements + separators. */
static void seq_length(Node *n, int64_t brackets)
{
    int64_t len = brackets;
    for (size_t i = 0; i < n->n; i++)
        len += n->elems[i]->len + (i > 0);
    if (n->tail == T_DOTS)
        len += 3 + (n->n > 0);
    else if (n->tail == T_ELEM)
        len += 1 + n->tail_elem->len;
    n->len = len;
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

static Node *build(Term t, int d, const BuildOpts *bo);

static Node *build_string(Term list)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '"');
    for (; term_is_cons(list); list = CDR(list))
        print_erl_string_char(&b, (uint32_t)small_val(CAR(list)), '"',
                              ERLSTR_LATIN1);
    strbuf_putc(&b, '"');
    return leaf_buf(&b);
}

static Node *build_list(Term t, int d, const BuildOpts *bo)
{
    if (d != 1 && bo->str && print_erl_printable_latin1(t))
        return build_string(t);
    Node *n = new_node(N_LIST);
    NodeVec nv = {0};
    for (;;) {
        if (term_is_nil(t))
            break;
        if (d == 1) {
            n->tail = T_DOTS;
            break;
        }
        if (!term_is_cons(t)) {
            n->tail = T_ELEM;
            n->tail_elem = build(t, down(d), bo);
            break;
        }
        vec_push(&nv, build(CAR(t), down(d), bo));
        d = down(d);
        t = CDR(t);
    }
    n->elems = nv.v;
    n->n = nv.n;
    seq_length(n, 2);
    return n;
}

static Node *build_tuple(Term t, int d, const BuildOpts *bo)
{
    uint32_t arity = tuple_arity(t);
    if (arity == 0)
        return leaf_str("{}");
    if (d == 1)
        return leaf_str("{...}");
    const Term *e = tuple_elems(t);
    Node *n = new_node(N_TUPLE);
    n->elems = gc_alloc(arity * sizeof(Node *));
    for (uint32_t i = 0; i < arity; i++) {
        if (d == 1) {
            n->tail = T_DOTS;
            break;
        }
        n->elems[n->n++] = build(e[i], down(d), bo);
        d = down(d);
    }
    n->tagged = term_is_atom(e[0]) && arity > 1;
    seq_length(n, 2);
    return n;
}

static Node *build_map(Term t, int d, const BuildOpts *bo)
{
    if (map_size(t) == 0)
        return leaf_str("#{}");
    if (d == 1)
        return leaf_str("#{...}");
    int d0 = down(d);
    Node *n = new_node(N_MAP);
    size_t size = map_size(t);
    n->elems = gc_alloc(size * sizeof(Node *));
    MapIter it;
    Term k, v;
    map_iter_init_fold(&it, t);
    while (n->n < size && map_iter_next(&it, &k, &v)) {
        if (d == 1) {
            n->tail = T_DOTS;
            break;
        }
        Node *p = new_node(N_PAIR);
        p->elems = gc_alloc(2 * sizeof(Node *));
        p->elems[0] = build(k, d0, bo);
        p->elems[1] = build(v, d0, bo);
        p->n = 2;
        p->len = p->elems[0]->len + 4 + p->elems[1]->len;
        n->elems[n->n++] = p;
        d = down(d);
    }
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
    return leaf_buf(&b);
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

static Node *build_binary(Term t, int d, const BuildOpts *bo)
{
    uint64_t bits = binary_bit_size(t);
    if (bits == 0)
        return leaf_str("<<>>");
    if (d == 1)
        return leaf_str("<<...>>");
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
        size_t len = size;
        if (d1 >= 0 && (uint64_t)4 * (uint64_t)d1 < size)
            len = (size_t)4 * (size_t)d1;
        Node *str = !bo->str ? NULL
                  : bo->uni ? printable_bin_unicode(s, size, len, d1)
                            : printable_bin_latin1(s, size, len, d1);
        if (str)
            return str;
    }
    StrBuf b;
    strbuf_init(&b);
    print_erl_binary(&b, t, d);
    Node *n = new_node(N_BIN);
    n->text = b.data;
    n->nbytes = b.len;
    n->len = (int64_t)b.len;
    return n;
}

static Node *build(Term t, int d, const BuildOpts *bo)
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
        return build_list(t, d, bo);
    if (term_is_tuple(t))
        return build_tuple(t, d, bo);
    if (term_is_map(t))
        return build_map(t, d, bo);
    if (term_is_bitstring(t))
        return build_binary(t, d, bo);
    StrBuf b;
    strbuf_init(&b);
    print_erl_simple(&b, t);
    return leaf_buf(&b);
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
    if (depth == 0) {
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
        print_erl_write(out, t, &o);
        return;
    }
    Ctx c = {.out = out, .uni = o.unicode, .ll = o.line_length};
    BuildOpts bo = {o.unicode, o.strings};
    Node *n = build(t, depth, &bo);
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

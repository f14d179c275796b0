/* bif_re.c - the re module on PCRE2: compile, run, replace, split,
 * inspect, version.  The only file that includes <pcre2.h>.
 *
 * A compiled pattern is a plain term shaped like OTP's,
 *   {re_pattern, CaptureCount, Unicode (0|1), UseCRLF (0|1), Bin}
 * where Bin holds our own record of the pattern ("ELFE", the option bits,
 * newline and \R conventions, then the pattern's bytes), never a C
 * pointer.  The PCRE2 code behind it lives in a small cache keyed by
 * (pattern, options), shared by every process: the one global here,
 * guarded by a mutex, with a reference count per entry so an entry
 * evicted while another scheduler is matching with it is freed only
 * after that match.
 *
 * run follows OTP 25: one match in C; global matching is OTP's loopexec
 * (after an empty match, try again anchored and not empty at the same
 * offset, else step one character: \r\n counts as one when the newline
 * convention includes CRLF, a UTF-8 character in unicode mode).  replace
 * and split are OTP's re.erl algorithms, so iodata results have the same
 * shape.  Compile errors carry PCRE 8.44's messages, which OTP 25 has,
 * for the common errors (PCRE2 words some of them differently).
 */
#include "bif.h"

#include <pthread.h>
#include <stdlib.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "strbuf.h"

#include "bifs.def"

/* ---- options ----------------------------------------------------------- */

/* Compile options, as bits of our own (stored in the pattern term). */
enum {
    C_UNICODE = 1 << 0, C_ANCHORED = 1 << 1, C_CASELESS = 1 << 2,
    C_DOLLAR_ENDONLY = 1 << 3, C_DOTALL = 1 << 4, C_EXTENDED = 1 << 5,
    C_FIRSTLINE = 1 << 6, C_MULTILINE = 1 << 7, C_NO_AUTO_CAPTURE = 1 << 8,
    C_DUPNAMES = 1 << 9, C_UNGREEDY = 1 << 10, C_NO_START_OPTIMIZE = 1 << 11,
    C_UCP = 1 << 12, C_NEVER_UTF = 1 << 13
};

static const struct {
    const char *name;
    uint32_t bit, pcre;
} copts[] = {
    {"unicode", C_UNICODE, PCRE2_UTF},
    {"anchored", C_ANCHORED, PCRE2_ANCHORED},
    {"caseless", C_CASELESS, PCRE2_CASELESS},
    {"dollar_endonly", C_DOLLAR_ENDONLY, PCRE2_DOLLAR_ENDONLY},
    {"dotall", C_DOTALL, PCRE2_DOTALL},
    {"extended", C_EXTENDED, PCRE2_EXTENDED},
    {"firstline", C_FIRSTLINE, PCRE2_FIRSTLINE},
    {"multiline", C_MULTILINE, PCRE2_MULTILINE},
    {"no_auto_capture", C_NO_AUTO_CAPTURE, PCRE2_NO_AUTO_CAPTURE},
    {"dupnames", C_DUPNAMES, PCRE2_DUPNAMES},
    {"ungreedy", C_UNGREEDY, PCRE2_UNGREEDY},
    {"no_start_optimize", C_NO_START_OPTIMIZE, PCRE2_NO_START_OPTIMIZE},
    {"ucp", C_UCP, PCRE2_UCP},
    {"never_utf", C_NEVER_UTF, PCRE2_NEVER_UTF},
};
#define NCOPTS (sizeof copts / sizeof copts[0])

/* What a pattern is compiled with. */
typedef struct Copts {
    uint32_t bits;
    uint8_t newline; /* 0 default (lf), else a PCRE2_NEWLINE_ value */
    uint8_t bsr;     /* 0 default (unicode), else a PCRE2_BSR_ value */
} Copts;

static Term atom(const char *s) { return atom_from_cstr(s); }

/* The compile-option bit of an atom, or 0. */
static uint32_t copt_bit(Term t)
{
    for (size_t i = 0; i < NCOPTS; i++)
        if (t == atom(copts[i].name))
            return copts[i].bit;
    return 0;
}

/* {newline, NL}: the PCRE2 value, or 0 when not one. */
static uint8_t newline_of(Term t)
{
    if (!term_is_tuple(t) || tuple_arity(t) != 2 || tuple_elems(t)[0] != atom("newline"))
        return 0;
    Term v = tuple_elems(t)[1];
    if (v == atom("cr"))
        return PCRE2_NEWLINE_CR;
    if (v == atom("lf"))
        return PCRE2_NEWLINE_LF;
    if (v == atom("crlf"))
        return PCRE2_NEWLINE_CRLF;
    if (v == atom("anycrlf"))
        return PCRE2_NEWLINE_ANYCRLF;
    if (v == atom("any"))
        return PCRE2_NEWLINE_ANY;
    return 0;
}

static bool is_tag(Term t, const char *tag, uint32_t arity)
{
    return term_is_tuple(t) && tuple_arity(t) == arity && tuple_elems(t)[0] == atom(tag);
}

/* Apply one option to Copts if it is a compile option (OTP's copt/1 plus
 * the options both sides take); false when it is not. */
static bool apply_copt(Copts *c, Term o)
{
    uint32_t bit = copt_bit(o);
    if (bit) {
        c->bits |= bit;
        return true;
    }
    uint8_t nl = newline_of(o);
    if (nl) {
        c->newline = nl;
        return true;
    }
    if (o == atom("bsr_anycrlf")) {
        c->bsr = PCRE2_BSR_ANYCRLF;
        return true;
    }
    if (o == atom("bsr_unicode")) {
        c->bsr = PCRE2_BSR_UNICODE;
        return true;
    }
    return false;
}

static bool crlf_newline(uint8_t nl)
{
    return nl == PCRE2_NEWLINE_CRLF || nl == PCRE2_NEWLINE_ANYCRLF || nl == PCRE2_NEWLINE_ANY;
}

/* ---- the code cache ------------------------------------------------------- */

#define CACHE_SIZE 64

typedef struct Entry {
    uint8_t *src;      /* malloc'd copy of the pattern */
    size_t len;
    Copts opts;
    pcre2_code *code;
    unsigned refs;     /* users now, plus 1 while in the table */
} Entry;

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static Entry *cache[CACHE_SIZE];

static void entry_release(Entry *e)
{
    pthread_mutex_lock(&cache_lock);
    bool last = --e->refs == 0;
    pthread_mutex_unlock(&cache_lock);
    if (last) {
        pcre2_code_free(e->code);
        free(e->src);
        free(e);
    }
}

static size_t slot_of(const uint8_t *src, size_t len, const Copts *o)
{
    uint64_t h = 1469598103934665603u ^ o->bits ^ ((uint64_t)o->newline << 32) ^
                 ((uint64_t)o->bsr << 40);
    for (size_t i = 0; i < len; i++)
        h = (h ^ src[i]) * 1099511628211u;
    return (size_t)(h % CACHE_SIZE);
}

typedef struct CompileError {
    int code;
    size_t offset;
} CompileError;

/* The compiled code for a pattern, from the cache or compiled now; NULL
 * with *err set on a compile error.  Release the entry after use. */
static Entry *code_for(const uint8_t *src, size_t len, const Copts *o, CompileError *err)
{
    size_t slot = slot_of(src, len, o);
    pthread_mutex_lock(&cache_lock);
    Entry *e = cache[slot];
    if (e && e->len == len && !memcmp(&e->opts, o, sizeof *o) &&
        (len == 0 || !memcmp(e->src, src, len))) {
        e->refs++;
        pthread_mutex_unlock(&cache_lock);
        return e;
    }
    pthread_mutex_unlock(&cache_lock);

    uint32_t flags = 0;
    for (size_t i = 0; i < NCOPTS; i++)
        if (o->bits & copts[i].bit)
            flags |= copts[i].pcre;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc)
        abort();
    pcre2_set_newline(cc, o->newline ? o->newline : PCRE2_NEWLINE_LF);
    pcre2_set_bsr(cc, o->bsr ? o->bsr : PCRE2_BSR_UNICODE);
    int code;
    PCRE2_SIZE off;
    pcre2_code *c = pcre2_compile(len ? src : (PCRE2_SPTR) "", len, flags, &code, &off, cc);
    pcre2_compile_context_free(cc);
    if (!c) {
        err->code = code;
        err->offset = off;
        return NULL;
    }
    e = malloc(sizeof *e);
    uint8_t *copy = malloc(len ? len : 1);
    if (!e || !copy)
        abort();
    memcpy(copy, src, len);
    *e = (Entry){copy, len, *o, c, 2};
    pthread_mutex_lock(&cache_lock);
    Entry *old = cache[slot];
    cache[slot] = e;
    bool free_old = old && --old->refs == 0;
    pthread_mutex_unlock(&cache_lock);
    if (free_old) {
        pcre2_code_free(old->code);
        free(old->src);
        free(old);
    }
    return e;
}

/* PCRE 8.44's wording (what OTP 25 reports) for PCRE2's error codes,
 * where the two differ; other errors keep PCRE2's message. */
static const struct {
    int code;
    const char *text;
} old_texts[] = {
    {107, "invalid escape sequence in character class"},
    {109, "nothing to repeat"},
    {114, "missing )"},
    {117, "unknown option bit(s) set"},
    {118, "missing ) after comment"},
    {119, "parentheses nested too deeply"},
    {121, "failed to get memory"},
    {122, "unmatched parentheses"},
    {124, "missing ) after comment"},
    {127, "conditional group contains more than two branches"},
    {128, "assertion expected after (?("},
    {143, "two named subpatterns have the same name"},
    {144, "group name must start with a non-digit"},
    {162, "subpattern name expected"},
    {169, "\\k is not followed by a braced, angle-bracketed, or quoted name"},
};

/* {ErrString, Position} for a compile error. */
static Term compile_error_term(const CompileError *e)
{
    const char *text = NULL;
    for (size_t i = 0; i < sizeof old_texts / sizeof old_texts[0]; i++)
        if (old_texts[i].code == e->code)
            text = old_texts[i].text;
    char buf[256];
    if (!text) {
        if (pcre2_get_error_message(e->code, (PCRE2_UCHAR *)buf, sizeof buf) < 0)
            strcpy(buf, "unknown error");
        text = buf;
    }
    /* PCRE 8.44 reports these two one byte earlier (measured with erl) */
    size_t off = e->offset;
    if ((e->code == 143 || e->code == 169) && off > 0)
        off--;
    return make_tuple2(list_from_cstr(text), make_small((int64_t)off));
}

/* ---- pattern terms ----------------------------------------------------------- */

#define MAGIC "ELFE"

static Term make_mp(const uint8_t *src, size_t len, const Copts *o, uint32_t ncap)
{
    uint8_t *d;
    Term bin = binary_alloc(10 + len, &d);
    memcpy(d, MAGIC, 4);
    for (int i = 0; i < 4; i++)
        d[4 + i] = (uint8_t)(o->bits >> (24 - 8 * i));
    d[8] = o->newline;
    d[9] = o->bsr;
    memcpy(d + 10, src, len);
    Term t = make_tuple(5);
    Term *el = tuple_elems(t);
    el[0] = atom("re_pattern");
    el[1] = make_small(ncap);
    el[2] = make_small((o->bits & C_UNICODE) ? 1 : 0);
    el[3] = make_small(crlf_newline(o->newline) ? 1 : 0);
    el[4] = bin;
    return t;
}

/* Whether t is a compiled pattern term (any re_pattern 5-tuple). */
static bool is_mp(Term t) { return is_tag(t, "re_pattern", 5); }

/* Pattern bytes and options out of one of our pattern terms. */
static bool read_mp(Term t, const uint8_t **src, size_t *len, Copts *o)
{
    Term bin = tuple_elems(t)[4];
    if (!term_is_binary(bin) || binary_byte_size(bin) < 10)
        return false;
    size_t n = (size_t)binary_byte_size(bin);
    uint8_t *d = gc_alloc_atomic(n);
    binary_copy_bits(bin, 0, (uint64_t)n * 8, d);
    if (memcmp(d, MAGIC, 4) != 0)
        return false;
    o->bits = (uint32_t)d[4] << 24 | (uint32_t)d[5] << 16 | (uint32_t)d[6] << 8 | d[7];
    o->newline = d[8];
    o->bsr = d[9];
    *src = d + 10;
    *len = n - 10;
    return true;
}

/* ---- subjects ---------------------------------------------------------------- */

/* OTP's to_binary: a binary as is; else UTF-8 (unicode) or an iolist. */
static Term to_binary(Process *p, Term t, bool unicode)
{
    if (term_is_binary(t))
        return t;
    Term r = unicode ? bif_unicode_characters_to_binary_1(p, &t)
                     : bif_binary_iolist_to_binary_1(p, &t);
    return r != NONE && term_is_binary(r) ? r : NONE;
}

/* Bytes of a binary, NUL-terminated copy (PCRE2 wants no terminator, but
 * an empty subject still needs a valid pointer). */
static const uint8_t *bytes_of(Term b)
{
    size_t n = (size_t)binary_byte_size(b);
    uint8_t *d = gc_alloc_atomic(n + 1);
    binary_copy_bits(b, 0, (uint64_t)n * 8, d);
    d[n] = 0;
    return d;
}

/* ---- a prepared pattern: code plus what run needs ------------------------ */

typedef struct Prepared {
    Entry *e;
    Copts opts;
    uint32_t ncap;
    bool unicode, crlf;
} Prepared;

/* Compile (or fetch) from pattern bytes and options. */
static bool prepare_src(Prepared *pr, const uint8_t *src, size_t len, const Copts *o,
                        CompileError *err)
{
    pr->e = code_for(src, len, o, err);
    if (!pr->e)
        return false;
    pr->opts = *o;
    pcre2_pattern_info(pr->e->code, PCRE2_INFO_CAPTURECOUNT, &pr->ncap);
    pr->unicode = (o->bits & C_UNICODE) != 0;
    pr->crlf = crlf_newline(o->newline);
    return true;
}

/* ---- capture specifications ------------------------------------------------- */

typedef enum Select { S_ALL, S_STRIPFIRST, S_NONE } Select;
typedef enum Kind { K_INDEX, K_LIST, K_BINARY } Kind;

typedef struct Capture {
    Select select;
    Kind kind;
    int64_t *groups;  /* group numbers to report (-1 = none), or NULL: all */
    size_t ngroups;
} Capture;

/* The number of a named group, or -1. */
static int64_t name_number(const pcre2_code *code, const uint8_t *name, size_t len)
{
    char buf[256];
    if (len >= sizeof buf)
        return -1;
    memcpy(buf, name, len);
    buf[len] = 0;
    int n = pcre2_substring_number_from_name(code, (PCRE2_SPTR)buf);
    return n > 0 ? n : -1;
}

/* The names of a pattern, in name-table (alphabetical) order. */
static uint32_t name_table(const pcre2_code *code, const uint8_t **table, uint32_t *entry)
{
    uint32_t count = 0;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, entry);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, table);
    return count;
}

/* One capture value id: an integer, an atom or a string naming a group. */
static bool group_of(const pcre2_code *code, Term id, int64_t *out)
{
    if (term_is_small(id)) {
        if (small_val(id) < 0)
            return false;
        *out = small_val(id);
        return true;
    }
    if (term_is_atom(id)) {
        *out = name_number(code, (const uint8_t *)atom_name(id), atom_length(id));
        return true;
    }
    int64_t n = list_length(id);
    if (n < 0 || n > 255)
        return false;
    uint8_t buf[256];
    size_t k = 0;
    for (Term l = id; term_is_cons(l); l = CDR(l)) {
        if (!term_is_small(CAR(l)) || small_val(CAR(l)) < 0 || small_val(CAR(l)) > 255)
            return false;
        buf[k++] = (uint8_t)small_val(CAR(l));
    }
    *out = name_number(code, buf, k);
    return true;
}

/* {capture, Spec} or {capture, Spec, Type}; false when malformed. */
static bool parse_capture(Term o, const pcre2_code *code, Capture *c)
{
    Term spec = tuple_elems(o)[1];
    c->groups = NULL;
    c->ngroups = 0;
    if (tuple_arity(o) == 3) {
        Term k = tuple_elems(o)[2];
        if (k == atom("index"))
            c->kind = K_INDEX;
        else if (k == atom("list"))
            c->kind = K_LIST;
        else if (k == atom("binary"))
            c->kind = K_BINARY;
        else
            return false;
    }
    if (spec == atom("all")) {
        c->select = S_ALL;
    } else if (spec == atom("all_but_first")) {
        c->select = S_STRIPFIRST;
    } else if (spec == atom("first") || spec == atom("none") || term_is_nil(spec)) {
        c->select = spec == atom("first") ? S_ALL : S_NONE;
        c->groups = gc_alloc_atomic(sizeof *c->groups);
        c->groups[0] = 0;
        c->ngroups = 1;
    } else if (spec == atom("all_names")) {
        const uint8_t *table;
        uint32_t entry;
        uint32_t n = name_table(code, &table, &entry);
        c->groups = gc_alloc_atomic((n + 1) * sizeof *c->groups);
        c->groups[0] = 0;
        c->ngroups = 1;
        c->select = n ? S_STRIPFIRST : S_NONE;
        for (uint32_t i = 0; i < n; i++)
            c->groups[c->ngroups++] = table[i * entry] << 8 | table[i * entry + 1];
    } else if (term_is_cons(spec)) {
        int64_t n = list_length(spec);
        if (n < 0)
            return false;
        c->groups = gc_alloc_atomic((size_t)(n + 1) * sizeof *c->groups);
        c->groups[0] = 0;
        c->ngroups = 1;
        c->select = S_STRIPFIRST;
        for (Term l = spec; term_is_cons(l); l = CDR(l))
            if (!group_of(code, CAR(l), &c->groups[c->ngroups++]))
                return false;
    } else {
        return false;
    }
    return true;
}

/* ---- matching --------------------------------------------------------------- */

typedef struct Run {
    Process *p;
    Prepared pr;
    const uint8_t *subj;
    size_t len;
    Term flat;            /* the subject as a binary */
    uint32_t mopts;       /* PCRE2 match options */
    pcre2_match_context *mc;
    pcre2_match_data *md;
    Capture cap;
    int error;            /* a PCRE2 match error, 0 if none */
} Run;

/* One match from offset: the group list (index form) as the capture
 * spec asks, or NONE for no match (r->error set on an error). */
static Term exec_once(Run *r, size_t offset, uint32_t extra)
{
    int rc = pcre2_match(r->pr.e->code, r->subj, r->len, offset, r->mopts | extra, r->md, r->mc);
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
        return NONE;
    if (rc < 0) {
        r->error = rc;
        return NONE;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
    uint32_t npairs = pcre2_get_ovector_count(r->md);
    if (rc == 0)
        rc = (int)npairs;
    Term acc = NIL;
    size_t n = r->cap.groups ? r->cap.ngroups : (size_t)rc;
    for (size_t i = n; i-- > 0;) {
        int64_t g = r->cap.groups ? r->cap.groups[i] : (int64_t)i;
        Term v;
        if (g < 0 || g >= rc || g > (int64_t)r->pr.ncap || ov[2 * g] == PCRE2_UNSET)
            v = make_tuple2(make_small(-1), make_small(0));
        else
            v = make_tuple2(make_small((int64_t)ov[2 * g]),
                            make_small((int64_t)(ov[2 * g + 1] - ov[2 * g])));
        acc = make_cons(v, acc);
    }
    return acc;
}

/* OTP's forward/5: one character on. */
static size_t forward(const Run *r, size_t a)
{
    if (r->pr.crlf && a + 1 < r->len && r->subj[a] == '\r' && r->subj[a + 1] == '\n')
        return a + 2;
    if (r->pr.unicode && a < r->len) {
        uint8_t b = r->subj[a];
        if ((b & 0xE0) == 0xC0)
            return a + 2;
        if ((b & 0xF0) == 0xE0)
            return a + 3;
        if ((b & 0xF8) == 0xF0)
            return a + 4;
    }
    return a + 1;
}

static int64_t first_pos(Term m) { return small_val(tuple_elems(CAR(m))[0]); }
static int64_t first_len(Term m) { return small_val(tuple_elems(CAR(m))[1]); }

/* All matches from offset as OTP's loopexec: a list of group lists. */
static Term exec_global(Run *r, size_t x)
{
    Term acc = NIL;
    while (x <= r->len) {
        Term m = exec_once(r, x, 0);
        if (m == NONE)
            break;
        acc = make_cons(m, acc);
        int64_t a = first_pos(m), b = first_len(m);
        if (b > 0) {
            x = (size_t)(a + b);
            continue;
        }
        Term m2 = exec_once(r, x, PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED);
        if (r->error)
            break;
        size_t next = m2 != NONE && first_len(m2) > 0 ? (size_t)(a + first_len(m2))
                                                      : forward(r, (size_t)a);
        if (m2 != NONE)
            acc = make_cons(m2, acc);
        x = next;
    }
    return list_reverse(acc, NIL);
}

/* One group value converted to the capture type. */
static Term convert_one(const Run *r, Term v)
{
    int64_t pos = small_val(tuple_elems(v)[0]), len = small_val(tuple_elems(v)[1]);
    if (r->cap.kind == K_INDEX)
        return v;
    if (r->cap.kind == K_BINARY) {
        if (pos < 0)
            return binary_empty();
        return binary_sub(r->flat, (uint64_t)pos * 8, (uint64_t)len * 8);
    }
    if (len == 0)
        return NIL;
    if (r->pr.unicode) {
        Term b = binary_sub(r->flat, (uint64_t)pos * 8, (uint64_t)len * 8);
        Term l = bif_unicode_characters_to_list_1(r->p, &b);
        return l != NONE ? l : NIL;
    }
    return list_from_bytes(r->subj + pos, (size_t)len);
}

/* Select and convert the groups of one match. */
static Term convert_match(const Run *r, Term m)
{
    if (r->cap.select == S_STRIPFIRST)
        m = CDR(m);
    Term acc = NIL;
    for (; term_is_cons(m); m = CDR(m))
        acc = make_cons(convert_one(r, CAR(m)), acc);
    return list_reverse(acc, NIL);
}

static void run_free(Run *r)
{
    if (r->md)
        pcre2_match_data_free(r->md);
    if (r->mc)
        pcre2_match_context_free(r->mc);
    if (r->pr.e)
        entry_release(r->pr.e);
}

/* ---- run ----------------------------------------------------------------------- */

typedef struct RunOpts {
    Copts copts;        /* compile options seen */
    bool any_copt;      /* an option only compile takes */
    bool global, report_errors;
    uint32_t mopts;
    int64_t offset;
    Term capture;       /* the last {capture, ...}, or NONE */
    int64_t match_limit, depth_limit;
} RunOpts;

/* Sort run options; false when one is not valid. */
static bool parse_run_opts(Term l, RunOpts *o)
{
    memset(o, 0, sizeof *o);
    o->capture = NONE;
    o->match_limit = o->depth_limit = -1;
    for (; term_is_cons(l); l = CDR(l)) {
        Term x = CAR(l);
        if (x == atom("global"))
            o->global = true;
        else if (x == atom("report_errors"))
            o->report_errors = true;
        else if (x == atom("notbol"))
            o->mopts |= PCRE2_NOTBOL;
        else if (x == atom("noteol"))
            o->mopts |= PCRE2_NOTEOL;
        else if (x == atom("notempty"))
            o->mopts |= PCRE2_NOTEMPTY;
        else if (x == atom("notempty_atstart"))
            o->mopts |= PCRE2_NOTEMPTY_ATSTART;
        else if (x == atom("anchored"))
            o->mopts |= PCRE2_ANCHORED;
        else if (is_tag(x, "offset", 2) && term_is_small(tuple_elems(x)[1]) &&
                 small_val(tuple_elems(x)[1]) >= 0)
            o->offset = small_val(tuple_elems(x)[1]);
        else if ((is_tag(x, "capture", 2) || is_tag(x, "capture", 3)))
            o->capture = x;
        else if (is_tag(x, "match_limit", 2) && term_is_small(tuple_elems(x)[1]) &&
                 small_val(tuple_elems(x)[1]) >= 0)
            o->match_limit = small_val(tuple_elems(x)[1]);
        else if (is_tag(x, "match_limit_recursion", 2) && term_is_small(tuple_elems(x)[1]) &&
                 small_val(tuple_elems(x)[1]) >= 0)
            o->depth_limit = small_val(tuple_elems(x)[1]);
        else if (newline_of(x) || x == atom("bsr_anycrlf") || x == atom("bsr_unicode"))
            apply_copt(&o->copts, x);
        else if (apply_copt(&o->copts, x))
            o->any_copt = true;
        else
            return false;
    }
    return term_is_nil(l);
}

typedef enum { R_OK, R_BADARG, R_COMPILE } Outcome;

/* Set up a Run for (subject, pattern, options); on R_COMPILE, *cerr. */
static Outcome run_setup(Process *p, Run *r, Term subject, Term re, const RunOpts *o,
                         CompileError *cerr)
{
    memset(r, 0, sizeof *r);
    r->p = p;
    Copts c = o->copts;
    const uint8_t *src;
    size_t len;
    if (is_mp(re)) {
        Copts stored;
        if (o->any_copt || !read_mp(re, &src, &len, &stored))
            return R_BADARG;
        /* newline and \R given at run time override the compiled ones */
        if (c.newline)
            stored.newline = c.newline;
        if (c.bsr)
            stored.bsr = c.bsr;
        c = stored;
    } else {
        Term pb = to_binary(p, re, (c.bits & C_UNICODE) != 0);
        if (pb == NONE)
            return R_BADARG;
        src = bytes_of(pb);
        len = (size_t)binary_byte_size(pb);
    }
    if (!prepare_src(&r->pr, src, len, &c, cerr))
        return R_COMPILE;
    r->flat = to_binary(p, subject, r->pr.unicode);
    if (r->flat == NONE)
        return R_BADARG;
    r->subj = bytes_of(r->flat);
    r->len = (size_t)binary_byte_size(r->flat);
    r->mopts = o->mopts;
    r->cap = (Capture){S_ALL, K_INDEX, NULL, 0};
    if (o->capture != NONE && !parse_capture(o->capture, r->pr.e->code, &r->cap))
        return R_BADARG;
    if ((uint64_t)o->offset > r->len)
        return R_BADARG;
    r->md = pcre2_match_data_create_from_pattern(r->pr.e->code, NULL);
    if (!r->md)
        abort();
    if (o->match_limit >= 0 || o->depth_limit >= 0) {
        r->mc = pcre2_match_context_create(NULL);
        if (!r->mc)
            abort();
        if (o->match_limit >= 0)
            pcre2_set_match_limit(r->mc, (uint32_t)o->match_limit);
        if (o->depth_limit >= 0)
            pcre2_set_depth_limit(r->mc, (uint32_t)o->depth_limit);
    }
    return R_OK;
}

/* The raw matches (a list of group lists) or NONE: no match. */
static Term raw_matches(Run *r, const RunOpts *o)
{
    if (o->global) {
        Term all = exec_global(r, (size_t)o->offset);
        return term_is_nil(all) ? NONE : all;
    }
    Term m = exec_once(r, (size_t)o->offset, 0);
    return m == NONE ? NONE : make_cons(m, NIL);
}

/* A match error: badarg unless report_errors, where OTP answers
 * {error, match_limit} or {error, match_limit_recursion}. */
static Term match_error(Process *p, const Run *r, const RunOpts *o)
{
    if (!o->report_errors) {
        if (r->error == PCRE2_ERROR_MATCHLIMIT || r->error == PCRE2_ERROR_DEPTHLIMIT ||
            r->error == PCRE2_ERROR_HEAPLIMIT)
            return atom("nomatch");
        return bif_badarg(p);
    }
    if (r->error == PCRE2_ERROR_MATCHLIMIT)
        return make_tuple2(ATOM_error, atom("match_limit"));
    if (r->error == PCRE2_ERROR_DEPTHLIMIT || r->error == PCRE2_ERROR_HEAPLIMIT)
        return make_tuple2(ATOM_error, atom("match_limit_recursion"));
    return bif_badarg(p);
}

static Term run(Process *p, Term subject, Term re, Term opts)
{
    RunOpts o;
    if (!parse_run_opts(opts, &o))
        return bif_badarg(p);
    Run r;
    CompileError ce;
    Outcome k = run_setup(p, &r, subject, re, &o, &ce);
    if (k != R_OK) {
        run_free(&r);
        if (k == R_COMPILE && o.report_errors)
            return make_tuple2(ATOM_error, make_tuple2(atom("compile"), compile_error_term(&ce)));
        return bif_badarg(p);
    }
    Term ms = raw_matches(&r, &o);
    Term result;
    if (r.error) {
        result = match_error(p, &r, &o);
    } else if (ms == NONE) {
        result = atom("nomatch");
    } else if (r.cap.select == S_NONE) {
        result = atom("match");
    } else if (o.global) {
        Term acc = NIL;
        for (; term_is_cons(ms); ms = CDR(ms))
            acc = make_cons(convert_match(&r, CAR(ms)), acc);
        result = make_tuple2(atom("match"), list_reverse(acc, NIL));
    } else {
        result = make_tuple2(atom("match"), convert_match(&r, CAR(ms)));
    }
    run_free(&r);
    return result;
}

Term bif_re_run_2(Process *p, const Term *args)
{
    return run(p, args[0], args[1], NIL);
}

Term bif_re_run_3(Process *p, const Term *args)
{
    return run(p, args[0], args[1], args[2]);
}

/* ---- compile --------------------------------------------------------------- */

static Term compile(Process *p, Term re, Term opts)
{
    Copts c = {0, 0, 0};
    Term l = opts;
    for (; term_is_cons(l); l = CDR(l))
        if (!apply_copt(&c, CAR(l)))
            return bif_badarg(p);
    if (!term_is_nil(l))
        return bif_badarg(p);
    Term pb = to_binary(p, re, (c.bits & C_UNICODE) != 0);
    if (pb == NONE)
        return bif_badarg(p);
    const uint8_t *src = bytes_of(pb);
    size_t len = (size_t)binary_byte_size(pb);
    Prepared pr;
    CompileError ce;
    if (!prepare_src(&pr, src, len, &c, &ce))
        return make_tuple2(ATOM_error, compile_error_term(&ce));
    uint32_t ncap = pr.ncap;
    entry_release(pr.e);
    return make_tuple2(ATOM_ok, make_mp(src, len, &c, ncap));
}

Term bif_re_compile_1(Process *p, const Term *args)
{
    return compile(p, args[0], NIL);
}

Term bif_re_compile_2(Process *p, const Term *args)
{
    return compile(p, args[0], args[1]);
}

/* inspect(MP, namelist): the group names, alphabetically, as binaries. */
Term bif_re_inspect_2(Process *p, const Term *args)
{
    const uint8_t *src;
    size_t len;
    Copts c;
    if (!is_mp(args[0]) || args[1] != atom("namelist") || !read_mp(args[0], &src, &len, &c))
        return bif_badarg(p);
    Prepared pr;
    CompileError ce;
    if (!prepare_src(&pr, src, len, &c, &ce))
        return bif_badarg(p);
    const uint8_t *table;
    uint32_t entry;
    uint32_t n = name_table(pr.e->code, &table, &entry);
    Term acc = NIL;
    for (uint32_t i = n; i-- > 0;) {
        const uint8_t *name = table + i * entry + 2;
        acc = make_cons(binary_from_bytes(name, strlen((const char *)name)), acc);
    }
    entry_release(pr.e);
    return make_tuple2(atom("namelist"), acc);
}

Term bif_re_version_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    static const char v[] = "8.44 2020-02-12"; /* OTP 25's PCRE */
    return binary_from_bytes((const uint8_t *)v, sizeof v - 1);
}

/* ---- replace ------------------------------------------------------------------- */

typedef enum Return { RET_IODATA, RET_LIST, RET_BINARY } Return;

/* {return, T}: 1 and *ret when valid, -1 when malformed, 0 when not one. */
static int return_opt(Term x, Return *ret)
{
    if (!is_tag(x, "return", 2))
        return 0;
    Term v = tuple_elems(x)[1];
    if (v == atom("iodata"))
        *ret = RET_IODATA;
    else if (v == atom("list"))
        *ret = RET_LIST;
    else if (v == atom("binary"))
        *ret = RET_BINARY;
    else
        return -1;
    return 1;
}

/* The replacement as OTP's precomp_repl: binaries (literal runs) and
 * group numbers, as a list; NONE when malformed. */
static Term precomp_repl(Term repl)
{
    size_t n = (size_t)binary_byte_size(repl);
    const uint8_t *s = bytes_of(repl);
    Term acc = NIL;   /* parts, last first */
    StrBuf lit;       /* the literal run being collected */
    strbuf_init(&lit);
    bool in_lit = false;
    size_t i = 0;
    while (i < n) {
        int64_t group = -1;
        uint8_t c = s[i];
        if (c == '\\' && i + 1 < n && s[i + 1] == 'g' && i + 2 < n) {
            size_t j = i + 2;
            bool brace = s[j] == '{';
            if (brace)
                j++;
            size_t d0 = j;
            int64_t v = 0;
            while (j < n && s[j] >= '0' && s[j] <= '9' && j - d0 < 18)
                v = v * 10 + (s[j++] - '0');
            if (j == d0 || (brace && (j >= n || s[j] != '}')))
                return NONE;
            group = v;
            i = brace ? j + 1 : j;
        } else if (c == '\\' && i + 1 < n && (s[i + 1] < '1' || s[i + 1] > '9')) {
            strbuf_putc(&lit, (char)s[i + 1]);
            in_lit = true;
            i += 2;
            continue;
        } else if (c == '\\' && i + 1 < n) {
            size_t j = i + 1;
            int64_t v = 0;
            while (j < n && s[j] >= '0' && s[j] <= '9' && j - i < 18)
                v = v * 10 + (s[j++] - '0');
            group = v;
            i = j;
        } else if (c == '&') {
            group = 0;
            i++;
        } else {
            strbuf_putc(&lit, (char)c);
            in_lit = true;
            i++;
            continue;
        }
        if (in_lit) {
            acc = make_cons(binary_from_bytes((const uint8_t *)lit.data, lit.len), acc);
            strbuf_clear(&lit);
            in_lit = false;
        }
        acc = make_cons(make_small(group), acc);
    }
    if (in_lit)
        acc = make_cons(binary_from_bytes((const uint8_t *)lit.data, lit.len), acc);
    return list_reverse(acc, NIL);
}

/* OTP's do_replace/3 for one match's groups (a list of {Pos, Len}). */
static Term replacement_for(Term flat, Term repl, Term groups)
{
    if (term_is_cons(repl) && term_is_binary(CAR(repl)) && term_is_nil(CDR(repl)))
        return CAR(repl);
    Term g[64];
    size_t ng = 0;
    Term *gv = g;
    int64_t len = list_length(groups);
    if (len > 64)
        gv = gc_alloc((size_t)len * sizeof *gv);
    for (Term l = groups; term_is_cons(l); l = CDR(l))
        gv[ng++] = CAR(l);
    Term acc = NIL;
    for (Term l = repl; term_is_cons(l); l = CDR(l)) {
        Term part = CAR(l);
        if (term_is_small(part)) {
            int64_t k = small_val(part);
            if (k >= (int64_t)ng || small_val(tuple_elems(gv[k])[0]) < 0) {
                part = binary_empty();
            } else {
                int64_t pos = small_val(tuple_elems(gv[k])[0]);
                int64_t sl = small_val(tuple_elems(gv[k])[1]);
                part = binary_sub(flat, (uint64_t)pos * 8, (uint64_t)sl * 8);
            }
        }
        acc = make_cons(part, acc);
    }
    return list_reverse(acc, NIL);
}

/* Flatten iodata made of binaries and (nested) lists to bytes. */
static void flatten(Term t, StrBuf *out)
{
    size_t sp = 0, cap = 16;
    Term *st = gc_alloc(cap * sizeof *st);
    for (;;) {
        if (term_is_binary(t)) {
            strbuf_append(out, (const char *)bytes_of(t), (size_t)binary_byte_size(t));
            t = NIL;
        }
        if (term_is_cons(t)) {
            if (sp == cap) {
                cap *= 2;
                st = gc_realloc(st, cap * sizeof *st);
            }
            st[sp++] = CDR(t);
            t = CAR(t);
            continue;
        }
        if (sp == 0)
            break;
        t = st[--sp];
    }
}

/* Bytes as the return type asks: a binary or a list of characters. */
static Term bytes_as(Process *p, const StrBuf *b, Return ret, bool unicode)
{
    Term bin = binary_from_bytes((const uint8_t *)b->data, b->len);
    if (ret == RET_BINARY)
        return bin;
    if (unicode)
        return bif_unicode_characters_to_list_1(p, &bin);
    return list_from_bytes((const uint8_t *)b->data, b->len);
}

static Term replace(Process *p, const Term *args, Term opts)
{
    Term subject = args[0], re = args[1];
    Return ret = RET_IODATA;
    Term pass = NIL; /* options for run, in order */
    Term l = opts;
    for (; term_is_cons(l); l = CDR(l)) {
        Term x = CAR(l);
        int k = return_opt(x, &ret);
        if (k < 0 || x == atom("report_errors") || is_tag(x, "capture", 2) ||
            is_tag(x, "capture", 3))
            return bif_badarg(p);
        if (k == 0)
            pass = make_cons(x, pass);
    }
    if (!term_is_nil(l))
        return bif_badarg(p);
    pass = list_reverse(pass, NIL);
    RunOpts o;
    if (!parse_run_opts(pass, &o))
        return bif_badarg(p);
    Run r;
    CompileError ce;
    if (run_setup(p, &r, subject, re, &o, &ce) != R_OK) {
        run_free(&r);
        return bif_badarg(p);
    }
    Term repl_bin = to_binary(p, args[2], r.pr.unicode);
    Term ms = raw_matches(&r, &o);
    if (repl_bin == NONE || r.error) {
        run_free(&r);
        return bif_badarg(p);
    }
    Term repl = precomp_repl(repl_bin);
    if (repl == NONE) {
        run_free(&r);
        return bif_badarg(p);
    }
    Term result;
    if (ms == NONE) {
        result = subject;
    } else {
        /* OTP's do_mlist: untouched parts and replacements, the rest of
         * the subject as the tail (or [] when nothing is left) */
        Term acc = NIL;
        int64_t pos = 0;
        for (; term_is_cons(ms); ms = CDR(ms)) {
            Term m = CAR(ms);
            int64_t mpos = first_pos(m), cnt = first_len(m);
            if (mpos > pos)
                acc = make_cons(binary_sub(r.flat, (uint64_t)pos * 8, (uint64_t)(mpos - pos) * 8), acc);
            acc = make_cons(replacement_for(r.flat, repl, m), acc);
            pos = mpos + cnt;
        }
        Term tail = (size_t)pos >= r.len ? NIL
                                         : binary_sub(r.flat, (uint64_t)pos * 8,
                                                      (uint64_t)(r.len - (size_t)pos) * 8);
        result = list_reverse(acc, tail);
    }
    bool unicode = r.pr.unicode;
    run_free(&r);
    if (ret == RET_IODATA)
        return result;
    StrBuf b;
    strbuf_init(&b);
    if (ms == NONE) {
        Term fb = to_binary(p, subject, unicode);
        if (fb == NONE)
            return bif_badarg(p);
        flatten(fb, &b);
    } else {
        flatten(result, &b);
    }
    Term out = bytes_as(p, &b, ret, unicode);
    return out != NONE && !term_is_tuple(out) ? out : bif_badarg(p);
}

Term bif_re_replace_3(Process *p, const Term *args)
{
    return replace(p, args, NIL);
}

Term bif_re_replace_4(Process *p, const Term *args)
{
    return replace(p, args, args[3]);
}

/* ---- split ------------------------------------------------------------------- */

static Term split(Process *p, Term subject, Term re, Term opts)
{
    Return ret = RET_IODATA;
    int64_t limit = -1;
    bool strip = false, group = false;
    Term pass = NIL;
    Term l = opts;
    for (; term_is_cons(l); l = CDR(l)) {
        Term x = CAR(l);
        int k = return_opt(x, &ret);
        if (k < 0)
            return bif_badarg(p);
        if (k > 0)
            continue;
        if (x == atom("trim")) {
            limit = -1;
            strip = true;
        } else if (is_tag(x, "parts", 2)) {
            Term v = tuple_elems(x)[1];
            if (v == make_small(0)) {
                limit = -1;
                strip = true;
            } else if (term_is_small(v) && small_val(v) >= 1) {
                limit = small_val(v) - 1;
                strip = false;
            } else if (v == ATOM_infinity) {
                limit = -1;
                strip = false;
            } else {
                return bif_badarg(p);
            }
        } else if (x == atom("group")) {
            group = true;
        } else if (x == atom("global") || x == atom("report_errors") ||
                   is_tag(x, "capture", 2) || is_tag(x, "capture", 3)) {
            return bif_badarg(p);
        } else {
            pass = make_cons(x, pass);
        }
    }
    if (!term_is_nil(l))
        return bif_badarg(p);
    pass = make_cons(atom("global"), pass);
    pass = list_reverse(pass, NIL);
    RunOpts o;
    if (!parse_run_opts(pass, &o))
        return bif_badarg(p);
    /* for a source pattern, compile options go to compile, the rest to run */
    Run r;
    CompileError ce;
    if (run_setup(p, &r, subject, re, &o, &ce) != R_OK) {
        run_free(&r);
        return bif_badarg(p);
    }
    Term ms = raw_matches(&r, &o);
    bool unicode = r.pr.unicode;
    uint32_t numsub = r.pr.ncap;
    Term flat = r.flat;
    size_t size = r.len;
    int error = r.error;
    run_free(&r);
    if (error)
        return bif_badarg(p);

    Term parts; /* a list of parts, or of groups of parts */
    if (ms == NONE) {
        parts = make_cons(group ? make_cons(flat, NIL) : flat, NIL);
    } else {
        /* OTP's do_split, iteratively */
        Term acc = NIL;
        int64_t off = 0;
        Term tailpart = NONE;
        for (;;) {
            if (limit == 0 || term_is_nil(ms)) {
                tailpart = binary_sub(flat, (uint64_t)off * 8, (uint64_t)(size - (size_t)off) * 8);
                break;
            }
            if ((int64_t)size <= off) {
                tailpart = binary_empty();
                break;
            }
            Term m = CAR(ms);
            ms = CDR(ms);
            int64_t mi = first_pos(m), ml = first_len(m), kept = mi - off;
            if (kept < 0)
                return bif_badarg(p);
            bool empty_sub = true;
            for (Term s = CDR(m); term_is_cons(s); s = CDR(s))
                if (small_val(tuple_elems(CAR(s))[1]) != 0)
                    empty_sub = false;
            if (kept == 0 && empty_sub && ml == 0) {
                off = mi + ml;
                continue;
            }
            Term keep = binary_sub(flat, (uint64_t)off * 8, (uint64_t)kept * 8);
            Term piece = make_cons(keep, NIL); /* keep, then the groups, reversed */
            Term s = CDR(m);
            for (uint32_t i = 0; i < numsub; i++) {
                Term v;
                if (term_is_cons(s)) {
                    int64_t gp = small_val(tuple_elems(CAR(s))[0]);
                    int64_t gl = small_val(tuple_elems(CAR(s))[1]);
                    v = gp < 0 ? binary_empty()
                               : binary_sub(flat, (uint64_t)gp * 8, (uint64_t)gl * 8);
                    s = CDR(s);
                } else {
                    v = binary_empty();
                }
                piece = make_cons(v, piece);
            }
            if (group) {
                acc = make_cons(list_reverse(piece, NIL), acc);
            } else {
                for (Term q = list_reverse(piece, NIL); term_is_cons(q); q = CDR(q))
                    acc = make_cons(CAR(q), acc);
            }
            off = mi + ml;
            limit--;
        }
        acc = make_cons(group ? make_cons(tailpart, NIL) : tailpart, acc);
        /* acc is reversed: strip from its front */
        if (strip) {
            if (group) {
                while (term_is_cons(acc)) {
                    bool all_empty = true;
                    for (Term q = CAR(acc); term_is_cons(q); q = CDR(q))
                        if (binary_bit_size(CAR(q)) != 0)
                            all_empty = false;
                    if (!all_empty)
                        break;
                    acc = CDR(acc);
                }
            } else {
                while (term_is_cons(acc) && binary_bit_size(CAR(acc)) == 0)
                    acc = CDR(acc);
            }
        }
        parts = list_reverse(acc, NIL);
    }
    if (ret != RET_LIST)
        return parts;
    Term out = NIL;
    for (Term q = parts; term_is_cons(q); q = CDR(q)) {
        Term e = CAR(q);
        if (group) {
            Term g = NIL;
            for (Term w = e; term_is_cons(w); w = CDR(w)) {
                StrBuf b;
                strbuf_init(&b);
                flatten(CAR(w), &b);
                g = make_cons(bytes_as(p, &b, RET_LIST, unicode), g);
            }
            e = list_reverse(g, NIL);
        } else {
            StrBuf b;
            strbuf_init(&b);
            flatten(e, &b);
            e = bytes_as(p, &b, RET_LIST, unicode);
        }
        out = make_cons(e, out);
    }
    return list_reverse(out, NIL);
}

Term bif_re_split_2(Process *p, const Term *args)
{
    return split(p, args[0], args[1], NIL);
}

Term bif_re_split_3(Process *p, const Term *args)
{
    return split(p, args[0], args[1], args[2]);
}

/* etf.c - the external term format, both ways.
 *
 * Encoding walks the term with an explicit work stack (no C recursion, so
 * a list nested a million deep is fine) and writes what OTP 25 writes:
 * the smallest integer form, STRING_EXT for byte lists up to 65535
 * elements, ATOM_EXT for latin-1 atoms below minor version 2, maps in
 * maps:to_list order (large maps sorted with `deterministic`), pids, refs
 * and ports of the local node as 'nonode@nohost' creation 0.
 *
 * Closures: the BEAM writes the md5 of its module's code, which we do not
 * have, so NEW_FUN_EXT carries our own identity of the fun: Uniq (16
 * bytes) is the fun's 32-bit uniq, big-endian, then 12 zero bytes; Index
 * and OldIndex are its index in the module's fun table; OldUniq is the
 * low 27 bits of the uniq, as an integer; Pid is the encoding process
 * (opts->fun_pid).
 * Decoding finds the fun in the loaded module by index and checks arity,
 * free variable count and uniq, so only funs of the same compiled code
 * come back; anything else is badarg.
 *
 * Decoding fills slots: a container is allocated as soon as its header is
 * read (its children's slots still empty) and a frame on an explicit stack
 * says which slot the next term goes to.  Every open slot needs at least
 * one more input byte, and the decoder keeps count of open slots, so a
 * lying arity or length is caught before anything is allocated for it:
 * memory stays proportional to the input.  Maps are built when their last
 * value is read (duplicate keys are badarg, as on the BEAM).
 *
 * zlib (compressed terms, as term_to_binary(T, [compressed]) makes) is a
 * declared dependency; this is the only file that includes it.
 */
#include "etf.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "code.h"
#include "gc.h"
#include "map.h"
#include "strbuf.h"

#include <zlib.h>

enum {
    VERSION_MAGIC = 131,
    NEW_FLOAT_EXT = 70,
    BIT_BINARY_EXT = 77,
    COMPRESSED = 80,
    NEW_PID_EXT = 88,
    NEW_PORT_EXT = 89,
    NEWER_REFERENCE_EXT = 90,
    SMALL_INTEGER_EXT = 97,
    INTEGER_EXT = 98,
    FLOAT_EXT = 99,
    ATOM_EXT = 100,
    REFERENCE_EXT = 101,
    PORT_EXT = 102,
    PID_EXT = 103,
    SMALL_TUPLE_EXT = 104,
    LARGE_TUPLE_EXT = 105,
    NIL_EXT = 106,
    STRING_EXT = 107,
    LIST_EXT = 108,
    BINARY_EXT = 109,
    SMALL_BIG_EXT = 110,
    LARGE_BIG_EXT = 111,
    NEW_FUN_EXT = 112,
    EXPORT_EXT = 113,
    NEW_REFERENCE_EXT = 114,
    SMALL_ATOM_EXT = 115,
    MAP_EXT = 116,
    ATOM_UTF8_EXT = 118,
    SMALL_ATOM_UTF8_EXT = 119,
    V4_PORT_EXT = 120
};

/* Decoded binaries this big share the input's bytes (the BEAM's heap
 * binary limit: smaller ones are copied). */
#define SHARE_MIN 64

/* The largest port number of this node the BEAM accepts (28 bits). */
#define LOCAL_PORT_MAX ((UINT64_C(1) << 28) - 1)

/* OldUniq in NEW_FUN_EXT: the BEAM's is 27 bits. */
#define OLD_UNIQ_MASK 0x7FFFFFFu

/* The most a deflate stream can expand (zlib's own bound is 1032:1). */
#define INFLATE_MAX_RATIO 1032

/* ---- zlib ------------------------------------------------------------ */

/* Deflate src into dst (at most *dlen bytes); false when it does not fit. */
static bool z_compress(int level, const uint8_t *src, size_t n, uint8_t *dst,
                       size_t *dlen)
{
    uLongf out = (uLongf)*dlen;
    if (compress2(dst, &out, src, (uLong)n, level) != Z_OK)
        return false;
    *dlen = (size_t)out;
    return true;
}

/* Inflate a zlib stream that must give exactly want bytes.  The output
 * buffer grows with what really comes out, so a lying size costs nothing.
 * Returns the buffer (GC, pointer-free) and the input bytes used. */
static uint8_t *z_uncompress(const uint8_t *src, size_t n, size_t want,
                             size_t *used)
{
    z_stream s;
    memset(&s, 0, sizeof s);
    if (inflateInit(&s) != Z_OK)
        return NULL;
    size_t cap = want < 65536 ? (want ? want : 1) : 65536;
    uint8_t *buf = gc_alloc_atomic(cap);
    size_t have = 0;
    int rc = Z_OK;
    s.next_in = (Bytef *)(uintptr_t)src;
    s.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
    for (;;) {
        if (have == cap) {
            if (cap >= want) {
                /* Full: the stream must end here without more output. */
                uint8_t extra;
                s.next_out = &extra;
                s.avail_out = 1;
                rc = inflate(&s, Z_NO_FLUSH);
                if (rc == Z_STREAM_END && s.avail_out == 1)
                    break;
                rc = Z_DATA_ERROR;
                break;
            }
            size_t ncap = cap * 2 < want ? cap * 2 : want;
            buf = gc_realloc(buf, ncap);
            cap = ncap;
        }
        s.next_out = buf + have;
        s.avail_out = (uInt)(cap - have);
        rc = inflate(&s, Z_NO_FLUSH);
        have = cap - s.avail_out;
        if (rc == Z_STREAM_END || rc != Z_OK)
            break;
    }
    *used = n - s.avail_in;
    inflateEnd(&s);
    if (rc != Z_STREAM_END || have != want)
        return NULL;
    return buf;
}

/* ---- encoding ------------------------------------------------------ */

EtfEncodeOpts etf_encode_defaults(void)
{
    return (EtfEncodeOpts){0, 1, false, NONE};
}

static void put8(StrBuf *b, unsigned v) { strbuf_putc(b, (char)(uint8_t)v); }

static void put16(StrBuf *b, uint32_t v)
{
    put8(b, v >> 8);
    put8(b, v & 0xFF);
}

static void put32(StrBuf *b, uint32_t v)
{
    put16(b, v >> 16);
    put16(b, v & 0xFFFF);
}

static void patch32(StrBuf *b, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b->data[at + (size_t)i] = (char)(uint8_t)(v >> (24 - 8 * i));
}

/* Work items of the encoder's stack. */
enum { W_TERM, W_ARRAY, W_LIST, W_PATCH };
typedef struct Work {
    int kind;
    Term t;          /* the term, the container, or the list left     */
    const Term *arr; /* W_ARRAY: elements (inside t or a GC array)    */
    Term owner;      /* keeps arr's object alive                      */
    size_t i, n;     /* W_ARRAY: next and end; W_PATCH: size position */
} Work;

typedef struct Enc {
    StrBuf *out;
    const EtfEncodeOpts *o;
    Work *stack;
    size_t sp, cap;
    Term reason;
} Enc;

static void push(Enc *e, Work w)
{
    if (e->sp == e->cap) {
        size_t ncap = e->cap ? e->cap * 2 : 64;
        Work *s = gc_alloc(ncap * sizeof *s);
        if (e->sp)
            memcpy(s, e->stack, e->sp * sizeof *s);
        e->stack = s;
        e->cap = ncap;
    }
    e->stack[e->sp++] = w;
}

static void enc_atom(Enc *e, Term a)
{
    const uint8_t *s = (const uint8_t *)atom_name(a);
    size_t n = atom_length(a);
    if (e->o->minor_version < 2) {
        /* Latin-1 when every character is below 256 (U+0080..U+00FF are
         * C2/C3 and one more byte in UTF-8).  An atom has at most
         * ATOM_MAX_CHARS characters, so latin[] is big enough. */
        uint8_t latin[ATOM_MAX_CHARS];
        size_t k = 0, i = 0;
        bool ok = true;
        while (i < n && ok && k < sizeof latin) {
            if (s[i] < 0x80) {
                latin[k++] = s[i++];
            } else if ((s[i] == 0xC2 || s[i] == 0xC3) && i + 1 < n) {
                latin[k++] = (uint8_t)(((s[i] & 3) << 6) | (s[i + 1] & 0x3F));
                i += 2;
            } else {
                ok = false;
            }
        }
        if (ok && i == n) {
            put8(e->out, ATOM_EXT);
            put16(e->out, (uint32_t)k);
            strbuf_append(e->out, (const char *)latin, k);
            return;
        }
    }
    if (n <= 255) {
        put8(e->out, SMALL_ATOM_UTF8_EXT);
        put8(e->out, (unsigned)n);
    } else {
        put8(e->out, ATOM_UTF8_EXT);
        put16(e->out, (uint32_t)n);
    }
    strbuf_append(e->out, (const char *)s, n);
}

static void enc_integer(Enc *e, Term t)
{
    if (term_is_small(t)) {
        int64_t v = small_val(t);
        if (v >= 0 && v <= 255) {
            put8(e->out, SMALL_INTEGER_EXT);
            put8(e->out, (unsigned)v);
            return;
        }
        if (v >= INT32_MIN && v <= INT32_MAX) {
            put8(e->out, INTEGER_EXT);
            put32(e->out, (uint32_t)(int32_t)v);
            return;
        }
    }
    uint64_t tmp[1];
    const uint64_t *limbs;
    bool neg;
    size_t nl = bignum_magnitude(t, tmp, &limbs, &neg);
    size_t nbytes = nl * 8;
    while (nbytes > 0 && ((limbs[(nbytes - 1) / 8] >> (8 * ((nbytes - 1) % 8))) & 0xFF) == 0)
        nbytes--;
    if (nbytes <= 255) {
        put8(e->out, SMALL_BIG_EXT);
        put8(e->out, (unsigned)nbytes);
    } else {
        put8(e->out, LARGE_BIG_EXT);
        put32(e->out, (uint32_t)nbytes);
    }
    put8(e->out, neg ? 1 : 0);
    for (size_t i = 0; i < nbytes; i++)
        put8(e->out, (unsigned)((limbs[i / 8] >> (8 * (i % 8))) & 0xFF));
}

static void enc_float(Enc *e, double d)
{
    if (e->o->minor_version == 0) {
        char s[40];
        memset(s, 0, sizeof s);
        snprintf(s, sizeof s, "%.20e", d);
        put8(e->out, FLOAT_EXT);
        strbuf_append(e->out, s, 31);
        return;
    }
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    put8(e->out, NEW_FLOAT_EXT);
    put32(e->out, (uint32_t)(bits >> 32));
    put32(e->out, (uint32_t)bits);
}

/* A proper list of at most 65535 integers 0..255: STRING_EXT material. */
static bool byte_list(Term t, size_t *len)
{
    size_t n = 0;
    for (; term_is_cons(t); t = CDR(t)) {
        Term c = CAR(t);
        if (!term_is_small(c) || small_val(c) < 0 || small_val(c) > 255 ||
            ++n > 65535)
            return false;
    }
    *len = n;
    return term_is_nil(t);
}

static bool enc_list(Enc *e, Term t)
{
    size_t n;
    if (byte_list(t, &n)) {
        put8(e->out, STRING_EXT);
        put16(e->out, (uint32_t)n);
        for (; term_is_cons(t); t = CDR(t))
            put8(e->out, (unsigned)small_val(CAR(t)));
        return true;
    }
    n = 0;
    for (Term l = t; term_is_cons(l); l = CDR(l))
        n++;
    if (n > UINT32_MAX) {
        e->reason = ATOM_system_limit;
        return false;
    }
    put8(e->out, LIST_EXT);
    put32(e->out, (uint32_t)n);
    push(e, (Work){W_LIST, t, NULL, NONE, 0, 0});
    return true;
}

typedef struct Pair {
    Term k, v;
} Pair;

static int pair_compare(const void *a, const void *b)
{
    return map_key_compare(((const Pair *)a)->k, ((const Pair *)b)->k);
}

static void enc_map(Enc *e, Term t)
{
    size_t n = map_size(t);
    put8(e->out, MAP_EXT);
    put32(e->out, (uint32_t)n);
    if (n == 0)
        return;
    Pair *kv = gc_alloc(n * sizeof *kv);
    MapIter it;
    map_iter_init(&it, t);
    size_t i = 0;
    while (i < n && map_iter_next(&it, &kv[i].k, &kv[i].v))
        i++;
    if (e->o->deterministic && term_is_box_of(t, BOX_HAMTMAP))
        qsort(kv, n, sizeof *kv, pair_compare);
    push(e, (Work){W_ARRAY, t, &kv[0].k, make_box(kv), 0, 2 * n});
}

static void enc_pid_fields(Enc *e, Term node, uint32_t id, uint32_t serial,
                           uint32_t creation)
{
    put8(e->out, NEW_PID_EXT);
    enc_atom(e, node);
    put32(e->out, id);
    put32(e->out, serial);
    put32(e->out, creation);
}

static void enc_pid(Enc *e, Term t)
{
    if (term_is_local_pid(t)) {
        uint64_t n = local_pid_number(t);
        enc_pid_fields(e, node_name(), (uint32_t)(n & 0x7FFF),
                       (uint32_t)(n >> LOCAL_PID_NUMBER_BITS), 0);
    } else {
        ExtPid *p = (ExtPid *)box_ptr(t);
        enc_pid_fields(e, p->node, p->id, p->serial, p->creation);
    }
}

static void enc_fun(Enc *e, Term t)
{
    Fun *f = (Fun *)box_ptr(t);
    uint32_t nfree = (uint32_t)box_size(t);
    put8(e->out, NEW_FUN_EXT);
    size_t size_at = e->out->len;
    put32(e->out, 0); /* patched when the free variables are written */
    put8(e->out, f->arity);
    put32(e->out, f->uniq);
    for (int i = 0; i < 12; i++)
        put8(e->out, 0);
    put32(e->out, f->index);
    put32(e->out, nfree);
    enc_atom(e, f->module);
    enc_integer(e, make_small(f->index));
    enc_integer(e, make_small(f->uniq & OLD_UNIQ_MASK));
    Term pid = e->o->fun_pid;
    enc_pid(e, term_is_pid(pid) ? pid : make_local_pid(0));
    push(e, (Work){W_PATCH, t, NULL, NONE, size_at, 0});
    if (nfree)
        push(e, (Work){W_ARRAY, t, f->env, t, 0, nfree});
}

/* Write one term's header; push what its children need. */
static bool enc_one(Enc *e, Term t)
{
    StrBuf *b = e->out;
    switch (term_tag(t)) {
    case TAG_SMALL:
        enc_integer(e, t);
        return true;
    case TAG_ATOM:
        enc_atom(e, t);
        return true;
    case TAG_PID:
        enc_pid(e, t);
        return true;
    case TAG_CONS:
        return enc_list(e, t);
    case TAG_SPECIAL:
        if (t == NIL) {
            put8(b, NIL_EXT);
            return true;
        }
        break;
    case TAG_BOXED:
        if (!term_is_boxed(t))
            break;
        switch (box_type(t)) {
        case BOX_TUPLE: {
            uint32_t n = tuple_arity(t);
            if (n <= 255) {
                put8(b, SMALL_TUPLE_EXT);
                put8(b, n);
            } else {
                put8(b, LARGE_TUPLE_EXT);
                put32(b, n);
            }
            if (n)
                push(e, (Work){W_ARRAY, t, tuple_elems(t), t, 0, n});
            return true;
        }
        case BOX_FLOAT:
            enc_float(e, float_val(t));
            return true;
        case BOX_POS_BIG:
        case BOX_NEG_BIG:
            enc_integer(e, t);
            return true;
        case BOX_BINARY: {
            uint64_t bits = binary_bit_size(t);
            uint64_t nbytes = (bits + 7) / 8;
            if (nbytes > UINT32_MAX) {
                e->reason = ATOM_system_limit;
                return false;
            }
            if (bits % 8 == 0) {
                put8(b, BINARY_EXT);
                put32(b, (uint32_t)nbytes);
            } else {
                put8(b, BIT_BINARY_EXT);
                put32(b, (uint32_t)nbytes);
                put8(b, (unsigned)(bits % 8));
            }
            if (binary_is_aligned(t)) {
                strbuf_append(b, (const char *)binary_bytes(t), nbytes);
                if (bits % 8) /* clear the unused low bits */
                    b->data[b->len - 1] &= (char)(0xFF << (8 - bits % 8));
            } else {
                uint8_t *tmp = gc_alloc_atomic(nbytes ? nbytes : 1);
                binary_copy_bits(t, 0, bits, tmp);
                strbuf_append(b, (const char *)tmp, nbytes);
            }
            return true;
        }
        case BOX_FLATMAP:
        case BOX_HAMTMAP:
            enc_map(e, t);
            return true;
        case BOX_FUN:
            enc_fun(e, t);
            return true;
        case BOX_EXPORT: {
            ExportFun *f = (ExportFun *)box_ptr(t);
            put8(b, EXPORT_EXT);
            enc_atom(e, f->module);
            enc_atom(e, f->function);
            enc_integer(e, f->arity);
            return true;
        }
        case BOX_REF: {
            Ref *r = (Ref *)box_ptr(t);
            put8(b, NEWER_REFERENCE_EXT);
            put16(b, 3);
            enc_atom(e, r->node);
            put32(b, r->creation);
            for (int i = 0; i < 3; i++)
                put32(b, r->ids[i]);
            return true;
        }
        case BOX_EXTPID:
            enc_pid(e, t);
            return true;
        case BOX_PORT: {
            Port *p = (Port *)box_ptr(t);
            if (p->id <= UINT32_MAX) {
                put8(b, NEW_PORT_EXT);
                enc_atom(e, p->node);
                put32(b, (uint32_t)p->id);
            } else {
                put8(b, V4_PORT_EXT);
                enc_atom(e, p->node);
                put32(b, (uint32_t)(p->id >> 32));
                put32(b, (uint32_t)p->id);
            }
            put32(b, p->creation);
            return true;
        }
        default:
            break;
        }
        break;
    default:
        break;
    }
    e->reason = ATOM_badarg;
    return false;
}

/* Append the uncompressed encoding of t, version byte included. */
static bool encode_plain(StrBuf *out, Term t, const EtfEncodeOpts *o,
                         Term *reason)
{
    Enc e = {out, o, NULL, 0, 0, ATOM_badarg};
    size_t start = out->len;
    put8(out, VERSION_MAGIC);
    push(&e, (Work){W_TERM, t, NULL, NONE, 0, 0});
    while (e.sp) {
        Work *w = &e.stack[e.sp - 1];
        Term next;
        switch (w->kind) {
        case W_TERM:
            next = w->t;
            e.sp--;
            break;
        case W_ARRAY:
            next = w->arr[w->i++];
            if (w->i == w->n)
                e.sp--;
            break;
        case W_LIST: {
            next = CAR(w->t);
            Term rest = CDR(w->t);
            if (term_is_cons(rest)) {
                w->t = rest;
            } else {
                w->kind = W_TERM;
                w->t = rest;
            }
            break;
        }
        default: /* W_PATCH */
            patch32(out, w->i, (uint32_t)(out->len - w->i));
            e.sp--;
            continue;
        }
        if (!enc_one(&e, next)) {
            out->len = start;
            if (reason)
                *reason = e.reason;
            return false;
        }
    }
    (void)t; /* t stays live (and reachable) until here */
    return true;
}

bool etf_encode_buf(StrBuf *out, Term t, const EtfEncodeOpts *o, Term *reason)
{
    EtfEncodeOpts defaults = etf_encode_defaults();
    if (!o)
        o = &defaults;
    if (o->compress <= 0)
        return encode_plain(out, t, o, reason);
    StrBuf plain;
    strbuf_init(&plain);
    if (!encode_plain(&plain, t, o, reason))
        return false;
    /* As the BEAM: compress the term after the version byte, and keep the
     * result only when it is no bigger than the plain encoding. */
    size_t real = plain.len;
    if (real >= 6 && real - 1 <= UINT32_MAX) {
        size_t dlen = real - 6;
        uint8_t *z = gc_alloc_atomic(dlen ? dlen : 1);
        if (dlen && z_compress(o->compress, (const uint8_t *)plain.data + 1,
                               real - 1, z, &dlen)) {
            put8(out, VERSION_MAGIC);
            put8(out, COMPRESSED);
            put32(out, (uint32_t)(real - 1));
            strbuf_append(out, (const char *)z, dlen);
            return true;
        }
    }
    strbuf_append(out, plain.data, plain.len);
    return true;
}

Term etf_encode(Term t, const EtfEncodeOpts *o, Term *reason)
{
    StrBuf b;
    strbuf_init(&b);
    if (!etf_encode_buf(&b, t, o, reason))
        return NONE;
    return binary_from_bytes((const uint8_t *)b.data, b.len);
}

int64_t etf_encoded_size(Term t, const EtfEncodeOpts *o, Term *reason)
{
    EtfEncodeOpts plain = o ? *o : etf_encode_defaults();
    plain.compress = 0;
    StrBuf b;
    strbuf_init(&b);
    if (!encode_plain(&b, t, &plain, reason))
        return -1;
    return (int64_t)b.len;
}

/* ---- decoding ------------------------------------------------------ */

/* Frames of the decoder's stack: where the next decoded term goes. */
enum { F_SLOTS, F_LIST, F_MAP };
typedef struct Frame {
    int kind;
    Term owner;  /* the object holding the slots (kept alive)       */
    Term *slots; /* F_SLOTS: next slot; F_MAP: the pairs            */
    Term *dst;   /* F_MAP: where the finished map goes              */
    size_t left; /* F_SLOTS, F_LIST: slots left (a list: + tail)    */
    size_t i, n; /* F_MAP: next slot and 2 * pairs                  */
} Frame;

typedef struct Dec {
    const uint8_t *p, *end;
    const uint8_t *start; /* the input's first byte (source's bytes)   */
    Term source;          /* the input as a binary, or 0                */
    const EtfDecodeOpts *o;
    size_t open; /* slots handed out to frames but not filled yet   */
    Frame *stack;
    size_t sp, cap;
} Dec;

static size_t left_bytes(const Dec *d) { return (size_t)(d->end - d->p); }

static bool need(const Dec *d, size_t n) { return left_bytes(d) >= n; }

static uint32_t get8(Dec *d) { return *d->p++; }

static uint32_t get16(Dec *d)
{
    uint32_t v = ((uint32_t)d->p[0] << 8) | d->p[1];
    d->p += 2;
    return v;
}

static uint32_t get32(Dec *d)
{
    uint32_t v = ((uint32_t)d->p[0] << 24) | ((uint32_t)d->p[1] << 16) |
                 ((uint32_t)d->p[2] << 8) | d->p[3];
    d->p += 4;
    return v;
}

/* Reserve n slots to be filled by terms still to come: each needs at least
 * one byte of input, so more than that is a lie. */
static bool reserve(Dec *d, size_t n)
{
    if (n > left_bytes(d) || d->open + n > left_bytes(d))
        return false;
    d->open += n;
    return true;
}

static void push_frame(Dec *d, Frame f)
{
    if (d->sp == d->cap) {
        size_t ncap = d->cap ? d->cap * 2 : 32;
        Frame *s = gc_alloc(ncap * sizeof *s);
        if (d->sp)
            memcpy(s, d->stack, d->sp * sizeof *s);
        d->stack = s;
        d->cap = ncap;
    }
    d->stack[d->sp++] = f;
}

static Term make_atom_checked(Dec *d, const uint8_t *s, size_t n)
{
    return d->o->safe ? atom_lookup((const char *)s, n)
                      : atom_intern((const char *)s, n);
}

/* An atom in any of the four atom encodings, or NONE. */
static Term dec_atom(Dec *d)
{
    if (!need(d, 1))
        return NONE;
    uint32_t tag = get8(d), n;
    bool latin1;
    switch (tag) {
    case ATOM_EXT:
    case ATOM_UTF8_EXT:
        if (!need(d, 2))
            return NONE;
        n = get16(d);
        latin1 = tag == ATOM_EXT;
        break;
    case SMALL_ATOM_EXT:
    case SMALL_ATOM_UTF8_EXT:
        if (!need(d, 1))
            return NONE;
        n = get8(d);
        latin1 = tag == SMALL_ATOM_EXT;
        break;
    default:
        return NONE;
    }
    if (!need(d, n))
        return NONE;
    const uint8_t *s = d->p;
    d->p += n;
    if (!latin1)
        return make_atom_checked(d, s, n);
    if (n > ATOM_MAX_CHARS)
        return NONE;
    uint8_t utf8[2 * ATOM_MAX_CHARS];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80) {
            utf8[k++] = s[i];
        } else {
            utf8[k++] = (uint8_t)(0xC0 | (s[i] >> 6));
            utf8[k++] = (uint8_t)(0x80 | (s[i] & 0x3F));
        }
    }
    return make_atom_checked(d, utf8, k);
}

/* SMALL_INTEGER_EXT or INTEGER_EXT (inside funs), or false. */
static bool dec_small_int(Dec *d, int64_t *out)
{
    if (!need(d, 1))
        return false;
    uint32_t tag = get8(d);
    if (tag == SMALL_INTEGER_EXT && need(d, 1)) {
        *out = get8(d);
        return true;
    }
    if (tag == INTEGER_EXT && need(d, 4)) {
        *out = (int32_t)get32(d);
        return true;
    }
    return false;
}

static bool local_node(Term node, uint32_t creation)
{
    return node == node_name() && creation == 0;
}

/* The body of PID_EXT / NEW_PID_EXT (after the tag). */
static Term dec_pid_body(Dec *d, uint32_t tag)
{
    Term node = dec_atom(d);
    if (node == NONE || !need(d, tag == PID_EXT ? 9 : 12))
        return NONE;
    uint32_t id = get32(d), serial = get32(d), creation;
    if (tag == PID_EXT) {
        creation = get8(d);
        if (creation > 3)
            return NONE;
    } else {
        creation = get32(d);
    }
    if (local_node(node, creation)) {
        if (id > 0x7FFF || serial > 0x1FFF)
            return NONE;
        return make_local_pid(((uint64_t)serial << LOCAL_PID_NUMBER_BITS) | id);
    }
    return make_ext_pid(node, id, serial, creation);
}

static Term dec_pid(Dec *d)
{
    if (!need(d, 1))
        return NONE;
    uint32_t tag = get8(d);
    if (tag != PID_EXT && tag != NEW_PID_EXT)
        return NONE;
    return dec_pid_body(d, tag);
}

static Term dec_ref(Dec *d, uint32_t tag)
{
    uint32_t ids[3] = {0, 0, 0}, n = 1, creation;
    if (tag != REFERENCE_EXT) {
        if (!need(d, 2))
            return NONE;
        n = get16(d);
        if (n < 1 || n > 5)
            return NONE;
    }
    Term node = dec_atom(d);
    if (node == NONE)
        return NONE;
    if (tag == REFERENCE_EXT) {
        if (!need(d, 5))
            return NONE;
        ids[0] = get32(d);
        creation = get8(d);
    } else {
        if (!need(d, (tag == NEWER_REFERENCE_EXT ? 4 : 1) + 4 * (size_t)n))
            return NONE;
        creation = tag == NEWER_REFERENCE_EXT ? get32(d) : get8(d);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t w = get32(d);
            if (i < 3)
                ids[i] = w;
            else if (w != 0)
                return NONE; /* more words than a Ref holds */
        }
    }
    /* The old formats: a 2-bit creation; on this node, the BEAM's 18-bit
     * first word.  (NEWER_REFERENCE_EXT is not checked: our own refs may
     * use all 32 bits of it.) */
    if (tag != NEWER_REFERENCE_EXT &&
        (creation > 3 || (local_node(node, creation) && ids[0] > 0x3FFFF)))
        return NONE;
    return make_ref(node, creation, ids);
}

static Term dec_port(Dec *d, uint32_t tag)
{
    Term node = dec_atom(d);
    if (node == NONE)
        return NONE;
    uint64_t id;
    uint32_t creation;
    if (tag == PORT_EXT) {
        if (!need(d, 5))
            return NONE;
        id = get32(d);
        creation = get8(d);
        if (creation > 3)
            return NONE;
    } else if (tag == NEW_PORT_EXT) {
        if (!need(d, 8))
            return NONE;
        id = get32(d);
        creation = get32(d);
    } else {
        if (!need(d, 12))
            return NONE;
        id = (uint64_t)get32(d) << 32;
        id |= get32(d);
        creation = get32(d);
    }
    if (local_node(node, creation) && id > LOCAL_PORT_MAX)
        return NONE;
    return make_port(node, id, creation);
}

static Term dec_big(Dec *d, size_t n)
{
    if (!need(d, 1 + n))
        return NONE;
    bool neg = get8(d) != 0;
    if (n == 0)
        return make_small(0);
    size_t nl = (n + 7) / 8;
    if (nl > BIGNUM_MAX_LIMBS + 1)
        return NONE;
    Bignum *b = bignum_alloc(nl);
    memset(b->limbs, 0, nl * sizeof(uint64_t));
    for (size_t i = 0; i < n; i++)
        b->limbs[i / 8] |= (uint64_t)d->p[i] << (8 * (i % 8));
    d->p += n;
    return bignum_finish(b, nl, neg);
}

/* Skip decimal digits at s[*i]; false when there are none. */
static bool digits(const char *s, size_t *i)
{
    size_t start = *i;
    while (s[*i] >= '0' && s[*i] <= '9')
        (*i)++;
    return *i > start;
}

/* FLOAT_EXT: 31 bytes of "%.20e" text, NUL padded. */
static Term dec_old_float(Dec *d)
{
    if (!need(d, 31))
        return NONE;
    char s[32];
    memcpy(s, d->p, 31);
    s[31] = 0;
    d->p += 31;
    size_t n = strlen(s);
    for (size_t i = n; i < 31; i++)
        if (s[i])
            return NONE; /* text after the padding */
    /* [+-]digits.digits[e[+-]digits], as OTP accepts it */
    size_t i = 0;
    if (s[i] == '+' || s[i] == '-')
        i++;
    if (!digits(s, &i) || s[i++] != '.' || !digits(s, &i))
        return NONE;
    if (s[i] == 'e' || s[i] == 'E') {
        i++;
        if (s[i] == '+' || s[i] == '-')
            i++;
        if (!digits(s, &i))
            return NONE;
    }
    if (i != n)
        return NONE;
    char *endp;
    double v = strtod(s, &endp);
    if (endp != s + n || !isfinite(v))
        return NONE;
    return make_float(v);
}

static Term dec_export(Dec *d)
{
    Term m = dec_atom(d);
    Term f = m == NONE ? NONE : dec_atom(d);
    int64_t a;
    if (f == NONE || !dec_small_int(d, &a) || a < 0 || a > 255)
        return NONE;
    uint32_t arity = (uint32_t)a;
    if (d->o->safe) {
        Runtime *rt = d->o->rt;
        if (!rt)
            return NONE;
        if (!code_find_export(rt, m, f, arity) &&
            !(code_ensure_loaded(rt, m) && code_find_export(rt, m, f, arity)))
            return NONE;
    }
    return make_export_fun(m, f, arity);
}

/* NEW_FUN_EXT: the fun with its free variables still to fill. */
static Term dec_fun(Dec *d)
{
    if (!need(d, 4 + 1 + 16 + 4 + 4))
        return NONE;
    uint32_t size = get32(d);
    uint32_t arity = get8(d);
    uint32_t uniq = get32(d);
    d->p += 12;
    uint32_t index = get32(d);
    uint32_t nfree = get32(d);
    if (size < 29)
        return NONE;
    Term mod = dec_atom(d);
    int64_t old_index, old_uniq;
    if (mod == NONE || !dec_small_int(d, &old_index) ||
        !dec_small_int(d, &old_uniq) || dec_pid(d) == NONE)
        return NONE;
    (void)old_index;
    Runtime *rt = d->o->rt;
    if (!rt || !reserve(d, nfree))
        return NONE;
    Module *m = code_module(rt, mod);
    if (!m && !d->o->safe && code_ensure_loaded(rt, mod))
        m = code_module(rt, mod);
    if (!m)
        return NONE;
    const Lambda *l = NULL;
    for (size_t i = 0; i < m->nlambdas; i++)
        if (m->lambdas[i].index == index)
            l = &m->lambdas[i];
    if (!l || l->arity != arity || l->nfree != nfree || l->uniq != uniq ||
        old_uniq != (int64_t)(uniq & OLD_UNIQ_MASK))
        return NONE;
    Fun *f = gc_alloc(sizeof(Fun) + nfree * sizeof(Term));
    f->header = make_header(BOX_FUN, nfree);
    f->module = l->module;
    f->name = l->name;
    f->arity = l->arity;
    f->index = l->index;
    f->uniq = l->uniq;
    f->code = (void *)(uintptr_t)l;
    for (uint32_t i = 0; i < nfree; i++)
        f->env[i] = NIL;
    Term t = make_box(f);
    if (nfree)
        push_frame(d, (Frame){F_SLOTS, t, f->env, NULL, nfree, 0, 0});
    return t;
}

/* Decode the term starting at d->p into *slot; containers push a frame. */
static bool dec_one(Dec *d, Term *slot)
{
    if (!need(d, 1))
        return false;
    uint32_t tag = get8(d);
    Term t = NONE;
    switch (tag) {
    case SMALL_INTEGER_EXT:
        if (need(d, 1))
            t = make_small(get8(d));
        break;
    case INTEGER_EXT:
        if (need(d, 4))
            t = make_small((int32_t)get32(d));
        break;
    case SMALL_BIG_EXT:
        if (need(d, 1)) {
            size_t n = get8(d);
            t = dec_big(d, n);
        }
        break;
    case LARGE_BIG_EXT:
        if (need(d, 4)) {
            size_t n = get32(d);
            t = dec_big(d, n);
        }
        break;
    case NEW_FLOAT_EXT:
        if (need(d, 8)) {
            uint64_t bits = (uint64_t)get32(d) << 32;
            bits |= get32(d);
            double v;
            memcpy(&v, &bits, sizeof v);
            if (isfinite(v))
                t = make_float(v);
        }
        break;
    case FLOAT_EXT:
        t = dec_old_float(d);
        break;
    case ATOM_EXT:
    case SMALL_ATOM_EXT:
    case ATOM_UTF8_EXT:
    case SMALL_ATOM_UTF8_EXT:
        d->p--;
        t = dec_atom(d);
        break;
    case NIL_EXT:
        t = NIL;
        break;
    case STRING_EXT:
        if (need(d, 2)) {
            size_t n = get16(d);
            if (need(d, n)) {
                t = list_from_bytes(d->p, n);
                d->p += n;
            }
        }
        break;
    case LIST_EXT: {
        if (!need(d, 4))
            break;
        size_t n = get32(d);
        if (!reserve(d, n + 1))
            break;
        if (n == 0) { /* only a tail: OTP accepts it */
            push_frame(d, (Frame){F_SLOTS, NONE, slot, NULL, 1, 0, 0});
            return true;
        }
        Term head = make_cons(NIL, NIL), last = head;
        for (size_t i = 1; i < n; i++) {
            Term c = make_cons(NIL, NIL);
            CDR(last) = c;
            last = c;
        }
        *slot = head;
        push_frame(d, (Frame){F_LIST, head, NULL, NULL, n + 1, 0, 0});
        return true;
    }
    case SMALL_TUPLE_EXT:
    case LARGE_TUPLE_EXT: {
        size_t n;
        if (tag == SMALL_TUPLE_EXT) {
            if (!need(d, 1))
                break;
            n = get8(d);
        } else {
            if (!need(d, 4))
                break;
            n = get32(d);
        }
        if (n >= TUPLE_MAX_ARITY || !reserve(d, n))
            break;
        t = make_tuple((uint32_t)n);
        if (n)
            push_frame(d, (Frame){F_SLOTS, t, tuple_elems(t), NULL, n, 0, 0});
        break;
    }
    case MAP_EXT: {
        if (!need(d, 4))
            break;
        size_t n = get32(d);
        if (n == 0) {
            t = map_new();
            break;
        }
        if (!reserve(d, 2 * n))
            break;
        Term *kv = gc_alloc(2 * n * sizeof(Term));
        push_frame(d, (Frame){F_MAP, make_box(kv), kv, slot, 0, 0, 2 * n});
        *slot = NIL;
        return true;
    }
    case BINARY_EXT:
        if (need(d, 4)) {
            size_t n = get32(d);
            if (!need(d, n))
                break;
            if (d->source && n >= SHARE_MIN)
                t = binary_sub(d->source, (uint64_t)(d->p - d->start) * 8,
                               (uint64_t)n * 8);
            else
                t = binary_from_bytes(d->p, n);
            d->p += n;
        }
        break;
    case BIT_BINARY_EXT:
        if (need(d, 5)) {
            size_t n = get32(d);
            uint32_t bits = get8(d);
            if (bits > 8 || (bits == 0) != (n == 0) || !need(d, n))
                break;
            t = n ? binary_from_bits(d->p, (uint64_t)(n - 1) * 8 + bits)
                  : binary_empty();
            d->p += n;
        }
        break;
    case PID_EXT:
    case NEW_PID_EXT:
        t = dec_pid_body(d, tag);
        break;
    case REFERENCE_EXT:
    case NEW_REFERENCE_EXT:
    case NEWER_REFERENCE_EXT:
        t = dec_ref(d, tag);
        break;
    case PORT_EXT:
    case NEW_PORT_EXT:
    case V4_PORT_EXT:
        t = dec_port(d, tag);
        break;
    case EXPORT_EXT:
        t = dec_export(d);
        break;
    case NEW_FUN_EXT:
        t = dec_fun(d);
        break;
    default:
        break;
    }
    if (t == NONE)
        return false;
    *slot = t;
    return true;
}

/* The slot the top frame fills next, or NULL when it is complete.  A frame
 * whose last slot is handed out is popped at once (a list's tail or a
 * tuple's last element does not deepen the stack). */
static Term *next_slot(Dec *d)
{
    Frame *f = &d->stack[d->sp - 1];
    Term *s;
    switch (f->kind) {
    case F_SLOTS:
        s = f->slots++;
        if (--f->left == 0)
            d->sp--;
        return s;
    case F_LIST:
        if (f->left == 1) { /* the tail */
            s = &CDR(f->owner);
            d->sp--;
            return s;
        }
        s = &CAR(f->owner);
        if (--f->left > 1)
            f->owner = CDR(f->owner);
        return s;
    default: /* F_MAP */
        if (f->i < f->n)
            return &f->slots[f->i++];
        return NULL;
    }
}

/* Build a finished map frame's map. */
static bool finish_map(Dec *d)
{
    Frame *f = &d->stack[d->sp - 1];
    size_t n = f->n / 2;
    Term *keys = gc_alloc(n * sizeof(Term));
    Term *vals = gc_alloc(n * sizeof(Term));
    for (size_t i = 0; i < n; i++) {
        keys[i] = f->slots[2 * i];
        vals[i] = f->slots[2 * i + 1];
    }
    Term m = map_from_pairs(keys, vals, n);
    if (m == NONE || map_size(m) != n)
        return false; /* duplicate keys */
    *f->dst = m;
    d->sp--;
    return true;
}

static Term decode_plain(Dec *d)
{
    Term root = NONE;
    d->open = 0;
    if (!reserve(d, 1))
        return NONE;
    push_frame(d, (Frame){F_SLOTS, NONE, &root, NULL, 1, 0, 0});
    while (d->sp) {
        Term *slot = next_slot(d);
        if (!slot) {
            if (!finish_map(d))
                return NONE;
            continue;
        }
        d->open--;
        if (!dec_one(d, slot))
            return NONE;
    }
    return root;
}

Term etf_decode(const uint8_t *data, size_t len, const EtfDecodeOpts *o,
                size_t *used, Term *reason)
{
    EtfDecodeOpts defaults = {false, NULL, 0};
    if (!o)
        o = &defaults;
    Term source = 0;
    if (o->source && term_is_binary(o->source) &&
        binary_is_aligned(o->source) && binary_bytes(o->source) == data &&
        binary_byte_size(o->source) == len)
        source = o->source;
    Dec d = {data, data + len, data, source, o, 0, NULL, 0, 0};
    Term t = NONE;
    if (len >= 2 && data[0] == VERSION_MAGIC && data[1] != COMPRESSED) {
        d.p++;
        t = decode_plain(&d);
        if (t != NONE && used)
            *used = (size_t)(d.p - data);
    } else if (len >= 6 && data[0] == VERSION_MAGIC) {
        size_t want = ((size_t)data[2] << 24) | ((size_t)data[3] << 16) |
                      ((size_t)data[4] << 8) | data[5];
        size_t zused = 0;
        uint8_t *buf = NULL;
        if (want <= (len - 6) * (size_t)INFLATE_MAX_RATIO + 64)
            buf = z_uncompress(data + 6, len - 6, want, &zused);
        if (buf) {
            Dec z = {buf, buf + want, buf, 0, d.o, 0, NULL, 0, 0};
            t = decode_plain(&z);
            if (t != NONE && used)
                *used = 6 + zused;
        }
    }
    if (t == NONE && reason)
        *reason = ATOM_badarg;
    return t;
}

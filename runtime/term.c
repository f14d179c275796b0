/* term.c - constructors for the basic terms and list helpers (see term.h). */
#include "term.h"

#include "atom.h"
#include "bignum.h"
#include "gc.h"

Term make_cons(Term car, Term cdr)
{
    Cons *c = gc_alloc(sizeof *c);
    c->car = car;
    c->cdr = cdr;
    return make_cons_ptr(c);
}

Term make_tuple(uint32_t arity)
{
    Tuple *t = gc_alloc(sizeof(Term) * (1 + (size_t)arity));
    t->header = make_header(BOX_TUPLE, arity);
    for (uint32_t i = 0; i < arity; i++)
        t->elems[i] = NIL;
    return make_box(t);
}

Term make_tuplev(uint32_t arity, const Term *elems)
{
    Tuple *t = gc_alloc(sizeof(Term) * (1 + (size_t)arity));
    t->header = make_header(BOX_TUPLE, arity);
    for (uint32_t i = 0; i < arity; i++)
        t->elems[i] = elems[i];
    return make_box(t);
}

Term make_tuple2(Term a, Term b)
{
    Term e[2] = {a, b};
    return make_tuplev(2, e);
}

Term make_tuple3(Term a, Term b, Term c)
{
    Term e[3] = {a, b, c};
    return make_tuplev(3, e);
}

Term make_float(double d)
{
    Float *f = gc_alloc_atomic(sizeof *f);
    f->header = make_header(BOX_FLOAT, 1);
    f->value = d;
    return make_box(f);
}

Term make_int64(int64_t n)
{
    return small_fits(n) ? make_small(n) : bignum_from_int64(n);
}

Term make_uint64(uint64_t n)
{
    return n <= (uint64_t)SMALL_MAX ? make_small((int64_t)n)
                                    : bignum_from_uint64(n);
}

Term make_export_fun(Term module, Term function, uint32_t arity)
{
    ExportFun *f = gc_alloc(sizeof *f);
    f->header = make_header(BOX_EXPORT, 3);
    f->module = module;
    f->function = function;
    f->arity = make_small(arity);
    return make_box(f);
}

Term make_ext_pid(Term node, uint32_t id, uint32_t serial, uint32_t creation)
{
    ExtPid *p = gc_alloc(sizeof *p);
    p->header = make_header(BOX_EXTPID, 0);
    p->node = node;
    p->id = id;
    p->serial = serial;
    p->creation = creation;
    return make_box(p);
}

Term make_ref(Term node, uint32_t creation, const uint32_t ids[3])
{
    Ref *r = gc_alloc(sizeof *r);
    r->header = make_header(BOX_REF, 0);
    r->node = node;
    r->creation = creation;
    for (int i = 0; i < 3; i++)
        r->ids[i] = ids[i];
    return make_box(r);
}

Term make_port(Term node, uint64_t id, uint32_t creation)
{
    Port *p = gc_alloc(sizeof *p);
    p->header = make_header(BOX_PORT, 0);
    p->node = node;
    p->id = id;
    p->creation = creation;
    return make_box(p);
}

int64_t list_length(Term t)
{
    int64_t n = 0;
    while (term_is_cons(t)) {
        n++;
        t = CDR(t);
    }
    return term_is_nil(t) ? n : -1;
}

Term list_from_array(const Term *elems, size_t n)
{
    Term list = NIL;
    while (n > 0)
        list = make_cons(elems[--n], list);
    return list;
}

Term list_from_bytes(const uint8_t *s, size_t n)
{
    Term list = NIL;
    while (n > 0)
        list = make_cons(make_small(s[--n]), list);
    return list;
}

Term list_from_cstr(const char *s)
{
    return list_from_bytes((const uint8_t *)s, strlen(s));
}

Term list_reverse(Term list, Term tail)
{
    while (term_is_cons(list)) {
        tail = make_cons(CAR(list), tail);
        list = CDR(list);
    }
    return tail;
}

Term node_name(void)
{
    return ATOM_nonode_at_nohost;
}

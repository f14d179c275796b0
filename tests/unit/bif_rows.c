/* bif_rows.c - table-driven BIF tests (see bif_rows.h). */
#include "bif_rows.h"

#include <string.h>

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/code.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

Term rows_read(const char *text)
{
    Reader *r = reader_new("test", (const uint8_t *)text, strlen(text), NULL);
    Term t = NONE;
    ReadError err;
    ck_assert_msg(reader_next(r, &t, &err) == 1, "cannot read %s: %s", text,
                  err.message);
    return t;
}

const BifInfo *rows_find_bif(const char *mod, const char *name,
                             uint32_t arity)
{
    for (size_t i = 0; i < bif_count; i++)
        if (!strcmp(bif_table[i].module, mod) &&
            !strcmp(bif_table[i].name, name) && bif_table[i].arity == arity)
            return &bif_table[i];
    return NULL;
}

/* A process of a runtime shared by the tests (the process BIFs need
 * its tables); it is never scheduled. */
Process *rows_new_process(void)
{
    static Runtime *rt;
    if (!rt)
        rt = code_new_runtime();
    Process *p = vm_new_process(rt, make_local_pid(42));
    p->group_leader = NONE;
    p->exc_class = p->exc_reason = p->exc_trace = NONE;
    return p;
}

Term rows_call(const char *mod, const char *name, const char *args)
{
    Term argv[8];
    uint32_t n = 0;
    for (Term l = rows_read(args); term_is_cons(l) && n < 8; l = CDR(l))
        argv[n++] = CAR(l);
    const BifInfo *b = rows_find_bif(mod, name, n);
    ck_assert_msg(b != NULL, "no BIF %s:%s/%u", mod, name, n);
    Process *p = rows_new_process();
    Term r = b->fn(p, argv);
    if (r == NONE)
        return make_tuple3(A("EXC"), p->exc_class, p->exc_reason);
    return r;
}

const char *rows_show(Term t)
{
    StrBuf s;
    strbuf_init(&s);
    PrintOpts o = print_default_opts();
    print_lfe_write(&s, t, &o);
    return s.data;
}

void rows_check(const Row *r)
{
    const char *got = rows_show(rows_call(r->mod, r->name, r->args));
    ck_assert_msg(!strcmp(got, r->want), "%s:%s %s\n  got: %s\n want: %s",
                  r->mod, r->name, r->args, got, r->want);
}

/* check_bif_extra.c - erlang tuple and identifier-text BIFs (bif_extra.c).
 *
 * Each row calls a BIF on arguments read with the LFE reader and compares
 * the result as lfe_io:print writes it.  The expected values were produced
 * by running the same calls on OTP 25 and printing them with LFE 2.2.1's
 * lfe_io:print1 (exceptions as #(EXC Class Reason)).
 */
#include "unit.h"

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/bif.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* One LFE term from text. */
static Term rd(const char *text)
{
    Reader *r = reader_new("test", (const uint8_t *)text, strlen(text), NULL);
    Term t = NONE;
    ReadError err;
    ck_assert_msg(reader_next(r, &t, &err) == 1, "cannot read %s: %s", text,
                  err.message);
    return t;
}

static Process *new_process(void)
{
    Process *p = gc_alloc(sizeof *p);
    p->pid = make_local_pid(42);
    p->group_leader = NONE;
    p->dict = map_new();
    p->exc_class = p->exc_reason = p->exc_trace = NONE;
    return p;
}

/* mod:name applied to the elements of the list args (LFE text); an
 * exception comes back as #(EXC Class Reason). */
static Term call(const char *mod, const char *name, const char *args)
{
    Term argv[8];
    uint32_t n = 0;
    for (Term l = rd(args); term_is_cons(l) && n < 8; l = CDR(l))
        argv[n++] = CAR(l);
    const BifInfo *b = NULL;
    for (size_t i = 0; i < bif_count && !b; i++)
        if (!strcmp(bif_table[i].module, mod) &&
            !strcmp(bif_table[i].name, name) && bif_table[i].arity == n)
            b = &bif_table[i];
    ck_assert_msg(b != NULL, "no BIF %s:%s/%u", mod, name, n);
    Process *p = new_process();
    Term r = b->fn(p, argv);
    if (r == NONE)
        return make_tuple3(A("EXC"), p->exc_class, p->exc_reason);
    return r;
}

static const char *show(Term t)
{
    StrBuf s;
    strbuf_init(&s);
    PrintOpts o = print_default_opts();
    print_lfe_write(&s, t, &o);
    return s.data;
}

typedef struct Row {
    const char *mod, *name, *args, *want;
} Row;

static void check_row(const Row *r)
{
    const char *got = show(call(r->mod, r->name, r->args));
    ck_assert_msg(!strcmp(got, r->want), "%s:%s %s\n  got: %s\n want: %s",
                  r->mod, r->name, r->args, got, r->want);
}

static const Row rows[] = {
    {"erlang", "insert_element", "(2 #(a b c) new)", "#(a new b c)"},
    {"erlang", "insert_element", "(4 #(a b c) x)", "#(a b c x)"},
    {"erlang", "insert_element", "(5 #(a b c) x)", "#(EXC error badarg)"},
    {"erlang", "insert_element", "(1 #() x)", "#(x)"},
    {"erlang", "insert_element", "(0 #(a) x)", "#(EXC error badarg)"},
    {"erlang", "insert_element", "(1 () x)", "#(EXC error badarg)"},
    {"erlang", "delete_element", "(1 #(a b c))", "#(b c)"},
    {"erlang", "delete_element", "(3 #(a b c))", "#(a b)"},
    {"erlang", "delete_element", "(1 #(a))", "#()"},
    {"erlang", "delete_element", "(0 #(a))", "#(EXC error badarg)"},
    {"erlang", "delete_element", "(2 #(a))", "#(EXC error badarg)"},
    {"erlang", "list_to_pid", "(\"<0.2.3>\")", "#Pid<0.2.3>"},
    {"erlang", "list_to_pid", "(\"<0.02.3>\")", "#Pid<0.2.3>"},
    {"erlang", "list_to_pid", "(\"<1.2.3>\")", "#(EXC error badarg)"},
    {"erlang", "list_to_pid", "(\"<0.32768.3>\")", "#(EXC error badarg)"},
    {"erlang", "list_to_pid", "(\"<0.2.8192>\")", "#(EXC error badarg)"},
    {"erlang", "list_to_pid", "(\"<0.2.3> \")", "#(EXC error badarg)"},
    {"erlang", "list_to_pid", "(\"<0..3>\")", "#(EXC error badarg)"},
    {"erlang", "list_to_pid", "(a)", "#(EXC error badarg)"},
    {"erlang", "pid_to_list", "(a)", "#(EXC error badarg)"},
    {"erlang", "ref_to_list", "(a)", "#(EXC error badarg)"},
    {"erlang", "port_to_list", "(a)", "#(EXC error badarg)"},
    {"erlang", "fun_to_list", "(a)", "#(EXC error badarg)"},
    {"erlang", "is_builtin", "(erlang abs 1)", "true"},
    {"erlang", "is_builtin", "(lists map 2)", "false"},
    {"erlang", "is_builtin", "(1 2 3)", "#(EXC error badarg)"},
};

START_TEST(extra_rows)
{
    check_row(&rows[_i]);
}
END_TEST

/* pid_to_list and list_to_pid round trip, and the texts are ~w's
 * (erl: pid_to_list(list_to_pid("<0.7310.1>")) gives "<0.7310.1>"). */
START_TEST(texts)
{
    Term pid = call("erlang", "list_to_pid", "(\"<0.7310.1>\")");
    ck_assert(term_is_local_pid(pid));
    Term argv[1] = {pid};
    for (size_t i = 0; i < bif_count; i++)
        if (!strcmp(bif_table[i].name, "pid_to_list")) {
            Term s = bif_table[i].fn(new_process(), argv);
            ck_assert_str_eq(show(s), "(60 48 46 55 51 49 48 46 49 62)");
        }
    argv[0] = make_export_fun(A("lists"), A("map"), 2);
    for (size_t i = 0; i < bif_count; i++)
        if (!strcmp(bif_table[i].name, "fun_to_list"))
            ck_assert_str_eq(show(bif_table[i].fn(new_process(), argv)),
                             show(rd("\"fun lists:map/2\"")));
}
END_TEST

Suite *bif_extra_suite(void)
{
    Suite *s = suite_create("bif_extra");
    TCase *tc = tcase_create("rows");
    tcase_add_loop_test(tc, extra_rows, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, texts);
    suite_add_tcase(s, tc);
    return s;
}

/* check_bif_extra.c - erlang tuple and identifier-text BIFs (bif_extra.c).
 *
 * Each row calls a BIF on arguments read with the LFE reader and compares
 * the result as lfe_io:print writes it.  The expected values were produced
 * by running the same calls on OTP 25 and printing them with LFE 2.2.1's
 * lfe_io:print1 (exceptions as #(EXC Class Reason)).
 */
#include "bif_rows.h"

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/bif.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

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
    rows_check(&rows[_i]);
}
END_TEST

/* pid_to_list and list_to_pid round trip, and the texts are ~w's
 * (erl: pid_to_list(list_to_pid("<0.7310.1>")) gives "<0.7310.1>"). */
START_TEST(texts)
{
    Term pid = rows_call("erlang", "list_to_pid", "(\"<0.7310.1>\")");
    ck_assert(term_is_local_pid(pid));
    Term argv[1] = {pid};
    for (size_t i = 0; i < bif_count; i++)
        if (!strcmp(bif_table[i].name, "pid_to_list")) {
            Term s = bif_table[i].fn(rows_new_process(), argv);
            ck_assert_str_eq(rows_show(s), "(60 48 46 55 51 49 48 46 49 62)");
        }
    argv[0] = make_export_fun(A("lists"), A("map"), 2);
    for (size_t i = 0; i < bif_count; i++)
        if (!strcmp(bif_table[i].name, "fun_to_list"))
            ck_assert_str_eq(rows_show(bif_table[i].fn(rows_new_process(), argv)),
                             rows_show(rows_read("\"fun lists:map/2\"")));
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

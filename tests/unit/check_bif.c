/* check_bif.c - the C built-in functions, called through bif_table.
 *
 * Each row gives a BIF, its arguments and the expected result (or class
 * and reason) in LFE syntax, read with the LFE reader.  Every expected
 * value comes from Erlang/OTP 25 (erl) and was re-checked by running the
 * same rows through LFE 2.2.1's (apply M F Args).
 */
#include "bif_rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/binary.h"
#include "../../runtime/bif.h"
#include "../../runtime/compare.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

/* Call mod:name with the elements of the list args. */
static Term call(Process *p, const char *mod, const char *name, Term args)
{
    Term argv[8];
    uint32_t n = 0;
    for (; term_is_cons(args); args = CDR(args))
        argv[n++] = CAR(args);
    const BifInfo *b = rows_find_bif(mod, name, n);
    ck_assert_msg(b != NULL, "no BIF %s:%s/%u", mod, name, n);
    return b->fn(p, argv);
}

static const char *show(Term t)
{
    StrBuf s;
    strbuf_init(&s);
    PrintOpts o = print_default_opts();
    if (t == NONE)
        strbuf_puts(&s, "NONE");
    else
        print_lfe_write(&s, t, &o);
    return s.data;
}

typedef struct OkRow {
    const char *mod, *name, *args, *expect;
} OkRow;

static const OkRow ok_rows[] = {
    {"erlang", "+", "(1.0)", "1.0"},
    {"erlang", "+", "(1 2)", "3"},
    {"erlang", "-", "(5 7)", "-2"},
    {"erlang", "-", "(576460752303423488)", "-576460752303423488"},
    {"erlang", "/", "(7 2)", "3.5"},
    {"erlang", "rem", "(-7 2)", "-1"},
    {"erlang", "div", "(-7 2)", "-3"},
    {"erlang", "band", "(-1 255)", "255"},
    {"erlang", "bsr", "(1 -3)", "8"},
    {"erlang", "bsl", "(0 1180591620717411303424)", "0"},
    {"erlang", "bsr", "(1 1180591620717411303424)", "0"},
    {"erlang", "bsr", "(-1 1180591620717411303424)", "-1"},
    {"erlang", "bsl", "(1 -1180591620717411303424)", "0"},
    {"erlang", "not", "(true)", "false"},
    {"erlang", "xor", "(true false)", "true"},
    {"erlang", "==", "(1 1.0)", "true"},
    {"erlang", "/=", "(1 1.0)", "false"},
    {"erlang", "=:=", "(1 1.0)", "false"},
    {"erlang", "=/=", "(1 1.0)", "true"},
    {"erlang", "=<", "(1 a)", "true"},
    {"erlang", "=<", "(1 1.0)", "true"},
    {"erlang", "<", "(1 1.0)", "false"},
    {"erlang", ">=", "(a 1)", "true"},
    {"erlang", "++", "((1 2) 3)", "(1 2 . 3)"},
    {"erlang", "++", "(() a)", "a"},
    {"erlang", "++", "((a) (b))", "(a b)"},
    {"erlang", "--", "((1 2 1 3) (1 3))", "(2 1)"},
    {"erlang", "--", "((1.0 1) (1))", "(1.0)"},
    {"erlang", "--", "((a b a) (a a a))", "(b)"},
    {"erlang", "--", "((1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 1 2) (20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 2 2 1))", "(1)"},
    {"erlang", "--", "((a b c) ())", "(a b c)"},
    {"erlang", "is_atom", "(a)", "true"},
    {"erlang", "is_atom", "(\"a\")", "false"},
    {"erlang", "is_binary", "(#\"a\")", "true"},
    {"erlang", "is_binary", "(#B((1 (size 9))))", "false"},
    {"erlang", "is_bitstring", "(#B((1 (size 9))))", "true"},
    {"erlang", "is_boolean", "(true)", "true"},
    {"erlang", "is_boolean", "(nil)", "false"},
    {"erlang", "is_float", "(1.0)", "true"},
    {"erlang", "is_float", "(1)", "false"},
    {"erlang", "is_integer", "(1180591620717411303424)", "true"},
    {"erlang", "is_list", "((1 . 2))", "true"},
    {"erlang", "is_list", "(#(a))", "false"},
    {"erlang", "is_map", "(#M())", "true"},
    {"erlang", "is_number", "(1.5)", "true"},
    {"erlang", "is_number", "(a)", "false"},
    {"erlang", "is_pid", "(a)", "false"},
    {"erlang", "is_port", "(a)", "false"},
    {"erlang", "is_reference", "(a)", "false"},
    {"erlang", "is_tuple", "(#())", "true"},
    {"erlang", "is_function", "(a 1)", "false"},
    {"erlang", "is_function", "(a)", "false"},
    {"erlang", "is_map_key", "(a #M(a 1))", "true"},
    {"erlang", "is_map_key", "(b #M(a 1))", "false"},
    {"erlang", "is_record", "(#(a b) a)", "true"},
    {"erlang", "is_record", "(#(a b) b)", "false"},
    {"erlang", "is_record", "(#() b)", "false"},
    {"erlang", "is_record", "(x b)", "false"},
    {"erlang", "is_record", "(#(a b) a 2)", "true"},
    {"erlang", "is_record", "(#(a b) a 3)", "false"},
    {"erlang", "is_record", "(#(a b) a 0)", "false"},
    {"erlang", "is_record", "(#(a b) a -1)", "false"},
    {"erlang", "abs", "(-1.5)", "1.5"},
    {"erlang", "abs", "(-1180591620717411303424)", "1180591620717411303424"},
    {"erlang", "min", "(1 1.0)", "1"},
    {"erlang", "min", "(1.0 1)", "1.0"},
    {"erlang", "max", "(1 1.0)", "1"},
    {"erlang", "max", "(1.0 1)", "1.0"},
    {"erlang", "min", "(a 1)", "1"},
    {"erlang", "round", "(2.5)", "3"},
    {"erlang", "round", "(-2.5)", "-3"},
    {"erlang", "round", "(1.0e30)", "1000000000000000019884624838656"},
    {"erlang", "trunc", "(1)", "1"},
    {"erlang", "floor", "(-1.5)", "-2"},
    {"erlang", "ceil", "(-1.5)", "-1"},
    {"erlang", "float", "(3)", "3.0"},
    {"erlang", "tl", "((1 . 2))", "2"},
    {"erlang", "hd", "((1 . 2))", "1"},
    {"erlang", "length", "(())", "0"},
    {"erlang", "length", "((a b c))", "3"},
    {"erlang", "element", "(2 #(a b))", "b"},
    {"erlang", "setelement", "(1 #(a) b)", "#(b)"},
    {"erlang", "tuple_size", "(#(a b))", "2"},
    {"erlang", "size", "(#B((1 (size 9))))", "1"},
    {"erlang", "size", "(#(a b))", "2"},
    {"erlang", "byte_size", "(#B((1 (size 9))))", "2"},
    {"erlang", "bit_size", "(#B((1 (size 9))))", "9"},
    {"erlang", "map_size", "(#M(a 1 b 2))", "2"},
    {"erlang", "map_get", "(a #M(a 1))", "1"},
    {"erlang", "make_tuple", "(2 a)", "#(a a)"},
    {"erlang", "make_tuple", "(0 a)", "#()"},
    {"erlang", "make_tuple", "(3 a (#(1 b) #(3 c) #(1 d)))", "#(d a c)"},
    {"erlang", "append_element", "(#(a) b)", "#(a b)"},
    {"erlang", "tuple_to_list", "(#())", "()"},
    {"erlang", "tuple_to_list", "(#(a b))", "(a b)"},
    {"erlang", "list_to_tuple", "(())", "#()"},
    {"erlang", "list_to_tuple", "((a b))", "#(a b)"},
    {"erlang", "phash2", "(#(a 1))", "72425156"},
    {"erlang", "phash2", "((1 2 3) 100)", "88"},
    {"erlang", "phash2", "(a 4294967296)", "97"},
    {"erlang", "raise", "(foo bar ())", "badarg"},
    {"erlang", "raise", "(error bar x)", "badarg"},
    {"erlang", "raise", "(error bar (x))", "badarg"},
    {"erlang", "node", "()", "nonode@nohost"},
    {"erlang", "atom_to_list", "(|hello world|)", "\"hello world\""},
    {"erlang", "list_to_atom", "(\"abc\")", "abc"},
    {"erlang", "list_to_existing_atom", "(\"ok\")", "ok"},
    {"erlang", "atom_to_binary", "(abc)", "#\"abc\""},
    {"erlang", "atom_to_binary", "(abc unicode)", "#\"abc\""},
    {"erlang", "binary_to_atom", "(#\"abc\")", "abc"},
    {"erlang", "binary_to_atom", "(#B(233) latin1)", "é"},
    {"erlang", "binary_to_atom", "(#B(195 169))", "é"},
    {"erlang", "binary_to_atom", "(#B(195 169) latin1)", "|Ã©|"},
    {"erlang", "atom_to_binary", "(é)", "#B(195 169)"},
    {"erlang", "atom_to_binary", "(é latin1)", "#B(233)"},
    {"erlang", "binary_to_existing_atom", "(#\"ok\" latin1)", "ok"},
    {"erlang", "integer_to_list", "(255 16)", "\"FF\""},
    {"erlang", "integer_to_list", "(-255 36)", "\"-73\""},
    {"erlang", "integer_to_list", "(-0)", "\"0\""},
    {"erlang", "integer_to_list", "(18446744073709551616 16)", "\"10000000000000000\""},
    {"erlang", "integer_to_binary", "(255 16)", "#\"FF\""},
    {"erlang", "integer_to_binary", "(-255)", "#\"-255\""},
    {"erlang", "integer_to_binary", "(10 2)", "#\"1010\""},
    {"erlang", "list_to_integer", "(\"+12\")", "12"},
    {"erlang", "list_to_integer", "(\"-12\")", "-12"},
    {"erlang", "list_to_integer", "(\"ff\" 16)", "255"},
    {"erlang", "list_to_integer", "(\"1a\" 16)", "26"},
    {"erlang", "binary_to_integer", "(#\"-ff\" 16)", "-255"},
    {"erlang", "binary_to_integer", "(#\"12\")", "12"},
    {"erlang", "binary_to_integer", "(#\"-0\")", "0"},
    {"erlang", "binary_to_integer", "(#\"00012\")", "12"},
    {"erlang", "binary_to_integer", "(#\"zz\" 36)", "1295"},
    {"erlang", "binary_to_integer", "(#\"ZZ\" 36)", "1295"},
    {"erlang", "float_to_list", "(1.0 (#(decimals 2)))", "\"1.00\""},
    {"erlang", "float_to_list", "(1.0 (#(decimals 2) compact))", "\"1.0\""},
    {"erlang", "float_to_list", "(1.5 (#(decimals 0)))", "\"2\""},
    {"erlang", "float_to_list", "(2.5 (#(decimals 0)))", "\"3\""},
    {"erlang", "float_to_list", "(0.125 (#(decimals 2)))", "\"0.13\""},
    {"erlang", "float_to_list", "(0.375 (#(decimals 2)))", "\"0.38\""},
    {"erlang", "float_to_list", "(1.005 (#(decimals 2)))", "\"1.00\""},
    {"erlang", "float_to_list", "(0.995 (#(decimals 2)))", "\"1.00\""},
    {"erlang", "float_to_list", "(0.999 (#(decimals 2)))", "\"1.00\""},
    {"erlang", "float_to_list", "(1.0 (#(scientific 3)))", "\"1.000e+00\""},
    {"erlang", "float_to_list", "(1.0)", "\"1.00000000000000000000e+00\""},
    {"erlang", "float_to_list", "(-0.0)", "\"-0.00000000000000000000e+00\""},
    {"erlang", "float_to_list", "(1.0e-320)", "\"9.99988867182683005413e-321\""},
    {"erlang", "float_to_list", "(1.0 ())", "\"1.00000000000000000000e+00\""},
    {"erlang", "float_to_list", "(1.0 (short))", "\"1.0\""},
    {"erlang", "float_to_list", "(1.0e20 (short))", "\"1.0e20\""},
    {"erlang", "float_to_list", "(0.1 (short))", "\"0.1\""},
    {"erlang", "float_to_list", "(-0.0 (short))", "\"-0.0\""},
    {"erlang", "float_to_list", "(1.0 (#(decimals 2) #(scientific 3)))", "\"1.000e+00\""},
    {"erlang", "float_to_list", "(1.0 (#(scientific 3) #(decimals 2)))", "\"1.00\""},
    {"erlang", "float_to_list", "(1.0 (#(decimals 2) short))", "\"1.0\""},
    {"erlang", "float_to_list", "(1.0 (short #(decimals 2)))", "\"1.00\""},
    {"erlang", "float_to_list", "(123.456 (#(decimals 10) compact))", "\"123.456\""},
    {"erlang", "float_to_list", "(100.0 (#(decimals 3) compact))", "\"100.0\""},
    {"erlang", "float_to_list", "(1.0e-10 (#(decimals 3) compact))", "\"0.0\""},
    {"erlang", "float_to_list", "(-0.0 (#(decimals 3)))", "\"-0.000\""},
    {"erlang", "float_to_list", "(-0.0 (#(decimals 0)))", "\"-0\""},
    {"erlang", "float_to_list", "(-0.4 (#(decimals 0)))", "\"-0\""},
    {"erlang", "float_to_list", "(-0.4 (#(decimals 1)))", "\"-0.4\""},
    {"erlang", "float_to_list", "(-0.04 (#(decimals 1)))", "\"-0.0\""},
    {"erlang", "float_to_list", "(0.0 (#(scientific 0)))", "\"0e+00\""},
    {"erlang", "float_to_list", "(12.0 (#(scientific 0)))", "\"1e+01\""},
    {"erlang", "float_to_list", "(1.0 (#(scientific -1)))", "\"1.000000e+00\""},
    {"erlang", "float_to_list", "(123.0 (#(scientific 2) compact))", "\"1.23e+02\""},
    {"erlang", "float_to_list", "(123.0 (compact #(decimals 2)))", "\"123.0\""},
    {"erlang", "float_to_list", "(1.0e22 (#(decimals 0)))", "\"10000000000000000000000\""},
    {"erlang", "float_to_list", "(1.0e23 (#(decimals 0)))", "\"99999999999999991611392\""},
    {"erlang", "float_to_list", "(1.0e20 (#(decimals 0) compact))", "\"1\""},
    {"erlang", "float_to_list", "(1.0e20 (#(decimals 1) compact))", "\"100000000000000000000.0\""},
    {"erlang", "float_to_list", "(-1.0e20 (#(decimals 1)))", "\"-100000000000000000000.0\""},
    {"erlang", "float_to_list", "(0.3 (#(decimals 18)))", "\"0.300000000000000000\""},
    {"erlang", "float_to_list", "(0.3 (#(decimals 19)))", "\"0.2999999999999999889\""},
    {"erlang", "float_to_list", "(0.1 (#(decimals 20)))", "\"0.10000000000000000555\""},
    {"erlang", "float_to_list", "(9007199254740992.0 (#(decimals 1)))", "\"9007199254740992.0\""},
    {"erlang", "float_to_list", "(18014398509481988.0 (#(decimals 1)))", "\"18014398509481988.0\""},
    {"erlang", "float_to_list", "(1.5 (#(decimals 0) compact))", "\"2\""},
    {"erlang", "float_to_list", "(10.0 (#(decimals 0) compact))", "\"10\""},
    {"erlang", "float_to_list", "(10.0 (#(decimals 20) compact))", "\"10.0\""},
    {"erlang", "float_to_list", "(1.0 (compact))", "\"1.00000000000000000000e+00\""},
    {"erlang", "float_to_list", "(4503599627370495.5 (#(decimals 0)))", "\"4503599627370496\""},
    {"erlang", "float_to_list", "(0.5 (#(decimals 0)))", "\"1\""},
    {"erlang", "float_to_list", "(1.0e15 (#(decimals 5)))", "\"1000000000000000.00000\""},
    {"erlang", "float_to_list", "(123456789.123456789 (#(decimals 8)))", "\"123456789.12345679\""},
    {"erlang", "float_to_list", "(5.0e-324 (#(decimals 18)))", "\"0.000000000000000000\""},
    {"erlang", "float_to_list", "(1.0 (#(scientific 20) compact))", "\"1.00000000000000000000e+00\""},
    {"erlang", "float_to_binary", "(1.5)", "#\"1.50000000000000000000e+00\""},
    {"erlang", "float_to_binary", "(0.1 (#(decimals 3)))", "#\"0.100\""},
    {"erlang", "float_to_binary", "(0.1 (short))", "#\"0.1\""},
    {"erlang", "float_to_binary", "(1.0e-320 (short))", "#\"1.0e-320\""},
    {"erlang", "list_to_float", "(\"1.0\")", "1.0"},
    {"erlang", "list_to_float", "(\"1.0e3\")", "1000.0"},
    {"erlang", "list_to_float", "(\"+1.5\")", "1.5"},
    {"erlang", "list_to_float", "(\"-1.5\")", "-1.5"},
    {"erlang", "list_to_float", "(\"1.5E-2\")", "0.015"},
    {"erlang", "list_to_float", "(\"1.0e-400\")", "0.0"},
    {"erlang", "list_to_float", "(\"01.5\")", "1.5"},
    {"erlang", "list_to_float", "(\"1,5\")", "1.5"},
    {"erlang", "list_to_float", "(\"1.0e308\")", "1.0e308"},
    {"erlang", "binary_to_float", "(#\"1.0\")", "1.0"},
    {"erlang", "binary_to_float", "(#\"1,5\")", "1.5"},
    {"erlang", "binary_to_float", "(#\"-0.0\")", "-0.0"},
    {"erlang", "binary_to_float", "(#\"1.5e-3\")", "0.0015"},
    {"erlang", "binary_to_float", "(#B(49 46 53 0))", "1.5"},
    {"erlang", "binary_to_list", "(#\"abc\" 2 3)", "(98 99)"},
    {"erlang", "binary_to_list", "(#B((1 (size 9))) 1 1)", "(0)"},
    {"erlang", "binary_to_list", "(#B())", "()"},
    {"erlang", "bitstring_to_list", "(#B(1 (2 (size 3))))", "(1 #B((2 (size 3))))"},
    {"erlang", "bitstring_to_list", "(#B(1 2))", "(1 2)"},
    {"erlang", "bitstring_to_list", "(#B())", "()"},
    {"erlang", "list_to_bitstring", "((1 #B((2 (size 3)))))", "#B(1 (2 (size 3)))"},
    {"erlang", "list_to_bitstring", "((#B((2 (size 3))) 1))", "#B(64 (1 (size 3)))"},
    {"erlang", "list_to_bitstring", "((1 . #B((2 (size 3)))))", "#B(1 (2 (size 3)))"},
    {"erlang", "list_to_bitstring", "((#B((1 (size 1))) . #B((1 (size 1)))))", "#B((3 (size 2)))"},
    {"erlang", "list_to_bitstring", "((#B((1 (size 1))) (#B((1 (size 1))) 3) . #B((7 (size 3)))))", "#B(192 (31 (size 5)))"},
    {"erlang", "list_to_binary", "((1 . #B(2)))", "#B(1 2)"},
    {"erlang", "list_to_binary", "(((1 (2)) #B(3) ()))", "#B(1 2 3)"},
    {"erlang", "list_to_binary", "(())", "#B()"},
    {"erlang", "iolist_to_binary", "(#B(1))", "#B(1)"},
    {"erlang", "iolist_to_binary", "((#\"a\" \"b\" . #\"c\"))", "#\"abc\""},
    {"erlang", "iolist_to_binary", "(((((())))))", "#B()"},
    {"erlang", "iolist_size", "((1 #B(2 3) (4) . #B(5)))", "5"},
    {"erlang", "iolist_size", "(#B(1 2))", "2"},
    {"erlang", "split_binary", "(#\"abc\" 1)", "#(#\"a\" #\"bc\")"},
    {"erlang", "split_binary", "(#B((1 (size 9))) 1)", "#(#B(0) #B((1 (size 1))))"},
    {"erlang", "split_binary", "(#B() 0)", "#(#B() #B())"},
    {"erlang", "binary_part", "(#\"abc\" #(3 -2))", "#\"bc\""},
    {"erlang", "binary_part", "(#\"abc\" #(1 2))", "#\"bc\""},
    {"erlang", "binary_part", "(#\"abc\" 1 2)", "#\"bc\""},
    {"erlang", "binary_part", "(#B((1 (size 9))) #(0 1))", "#B(0)"},
    {"binary", "first", "(#B(1 2))", "1"},
    {"binary", "last", "(#B(1 2))", "2"},
    {"binary", "at", "(#B(1 2) 1)", "2"},
    {"binary", "part", "(#\"abc\" #(3 -2))", "#\"bc\""},
    {"binary", "part", "(#B((1 (size 9))) #(0 1))", "#B(0)"},
    {"binary", "part", "(#B((1 (size 9))) 0 1)", "#B(0)"},
    {"elfe_binary", "copy", "(#\"ab\" 3)", "#\"ababab\""},
    {"elfe_binary", "copy", "(#\"ab\")", "#\"ab\""},
    {"elfe_binary", "copy", "(#B() 5)", "#B()"},
    {"elfe_binary", "copy", "(#\"a\" 0)", "#B()"},
    /* lists:reverse/1,2 are LFE (lib/lists.lfe) over this slice BIF */
    {"elfe_lists", "reverse", "((a) ())", "(a)"},
    {"elfe_lists", "reverse", "((a b c d) ())", "(d c b a)"},
    {"elfe_lists", "reverse", "((1 2) a)", "(2 1 . a)"},
    {"elfe_lists", "reverse", "((1 2) (3 . 4))", "(2 1 3 . 4)"},
    {"elfe_lists", "member", "(a (a . c))", "true"},
    {"elfe_lists", "member", "(1 (1.0))", "false"},
    {"elfe_lists", "member", "(x ())", "false"},
    {"elfe_lists", "keyfind", "(a 1 (#(a 1)))", "#(a 1)"},
    {"elfe_lists", "keyfind", "(1 1 (#(1.0 1)))", "#(1.0 1)"},
    {"elfe_lists", "keyfind", "(a 1 (#(a 1) . x))", "#(a 1)"},
    {"elfe_lists", "keyfind", "(a 1 (x #(a 1)))", "#(a 1)"},
    {"elfe_lists", "keyfind", "(#(1) 1 (#(#(1.0))))", "#(#(1.0))"},
    {"elfe_lists", "keymember", "((1) 1 (#((1.0))))", "true"},
    {"elfe_lists", "keyfind", "(a 2 (#(a)))", "false"},
    {"elfe_lists", "keymember", "(a 1 (#(a)))", "true"},
    {"elfe_lists", "keymember", "(b 1 (#(a)))", "false"},
    {"elfe_lists", "keysearch", "(a 1 (#(a)))", "#(value #(a))"},
    {"elfe_lists", "keysearch", "(a 1 (#(b)))", "false"},
    {"maps", "get", "(k #M(k 1))", "1"},
    {"maps", "get", "(k #M() d)", "d"},
    {"maps", "get", "(k #M(k 1) d)", "1"},
    {"maps", "find", "(k #M())", "error"},
    {"maps", "find", "(k #M(k 1))", "#(ok 1)"},
    {"maps", "is_key", "(k #M(k 1))", "true"},
    {"maps", "is_key", "(1 #M(1.0 1))", "false"},
    {"maps", "put", "(k v #M())", "#M(k v)"},
    {"maps", "update", "(k v #M(k 1))", "#M(k v)"},
    {"maps", "remove", "(k #M())", "#M()"},
    {"maps", "remove", "(k #M(k 1 j 2))", "#M(j 2)"},
    {"maps", "take", "(k #M())", "error"},
    {"maps", "take", "(k #M(k 1))", "#(1 #M())"},
    {"maps", "keys", "(#M(b 2 a 1))", "(a b)"},
    {"maps", "values", "(#M(b 2 a 1))", "(1 2)"},
    {"maps", "to_list", "(#M(b 2 a 1))", "(#(a 1) #(b 2))"},
    {"maps", "from_list", "((#(a 1) #(a 2)))", "#M(a 2)"},
    {"maps", "from_list", "(())", "#M()"},
    {"maps", "from_keys", "((a b) 0)", "#M(a 0 b 0)"},
    {"maps", "size", "(#M(a 1))", "1"},
    {"maps", "merge", "(#M(a 1 b 2) #M(a 3))", "#M(a 3 b 2)"},
    {"maps", "merge", "(#M(a 3) #M(a 1 b 2))", "#M(a 1 b 2)"},
    {"maps", "new", "()", "#M()"},
};

typedef struct ErrRow {
    const char *mod, *name, *args, *cls, *reason;
} ErrRow;

static const ErrRow err_rows[] = {
    {"erlang", "+", "(1 a)", "error", "badarith"},
    {"erlang", "-", "(a)", "error", "badarith"},
    {"erlang", "+", "(a)", "error", "badarith"},
    {"erlang", "bnot", "(1.0)", "error", "badarith"},
    {"erlang", "bnot", "(a)", "error", "badarith"},
    {"erlang", "bsl", "(1 100000000000)", "error", "system_limit"},
    {"erlang", "bsl", "(1 1180591620717411303424)", "error", "system_limit"},
    {"erlang", "bsl", "(1.0 1)", "error", "badarith"},
    {"erlang", "bsl", "(a 1)", "error", "badarith"},
    {"erlang", "bsl", "(a 1180591620717411303424)", "error", "badarith"},
    {"erlang", "/", "(1 0)", "error", "badarith"},
    {"erlang", "/", "(1.0e300 1.0e-300)", "error", "badarith"},
    {"erlang", "*", "(1.0e300 1.0e300)", "error", "badarith"},
    {"erlang", "div", "(1 0)", "error", "badarith"},
    {"erlang", "div", "(1.0 1)", "error", "badarith"},
    {"erlang", "rem", "(5 0)", "error", "badarith"},
    {"erlang", "band", "(1.0 255)", "error", "badarith"},
    {"erlang", "and", "(true 1)", "error", "badarg"},
    {"erlang", "and", "(1 true)", "error", "badarg"},
    {"erlang", "and", "(false 1)", "error", "badarg"},
    {"erlang", "or", "(true x)", "error", "badarg"},
    {"erlang", "xor", "(x true)", "error", "badarg"},
    {"erlang", "not", "(1)", "error", "badarg"},
    {"erlang", "++", "((1 . 2) (3))", "error", "badarg"},
    {"erlang", "++", "(a (3))", "error", "badarg"},
    {"erlang", "--", "((1 . 2) (1))", "error", "badarg"},
    {"erlang", "--", "((1 2) (1 . 2))", "error", "badarg"},
    {"erlang", "--", "((a) x)", "error", "badarg"},
    {"erlang", "--", "(x (a))", "error", "badarg"},
    {"erlang", "is_function", "(a -1)", "error", "badarg"},
    {"erlang", "is_function", "(a a)", "error", "badarg"},
    {"erlang", "is_record", "(#(a) 1)", "error", "badarg"},
    {"erlang", "is_record", "(#(a b) 1 2)", "error", "badarg"},
    {"erlang", "is_record", "(#(a b) a x)", "error", "badarg"},
    {"erlang", "is_record", "(x a x)", "error", "badarg"},
    {"erlang", "is_record", "(#(a b) a 1180591620717411303424)", "error", "badarg"},
    {"erlang", "is_map_key", "(a b)", "error", "#(badmap b)"},
    {"erlang", "map_get", "(a #M())", "error", "#(badkey a)"},
    {"erlang", "map_get", "(a b)", "error", "#(badmap b)"},
    {"erlang", "map_size", "(a)", "error", "#(badmap a)"},
    {"erlang", "abs", "(a)", "error", "badarg"},
    {"erlang", "float", "(a)", "error", "badarg"},
    {"erlang", "float", "(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376)", "error", "badarg"},
    {"erlang", "round", "(a)", "error", "badarg"},
    {"erlang", "trunc", "(a)", "error", "badarg"},
    {"erlang", "ceil", "(a)", "error", "badarg"},
    {"erlang", "floor", "(\"a\")", "error", "badarg"},
    {"erlang", "hd", "(())", "error", "badarg"},
    {"erlang", "hd", "(a)", "error", "badarg"},
    {"erlang", "tl", "(())", "error", "badarg"},
    {"erlang", "length", "((1 . 2))", "error", "badarg"},
    {"erlang", "length", "(a)", "error", "badarg"},
    {"erlang", "element", "(0 #(a))", "error", "badarg"},
    {"erlang", "element", "(2 #(a))", "error", "badarg"},
    {"erlang", "element", "(1.0 #(a))", "error", "badarg"},
    {"erlang", "element", "(1 (a))", "error", "badarg"},
    {"erlang", "element", "(a #())", "error", "badarg"},
    {"erlang", "setelement", "(2 #(a) b)", "error", "badarg"},
    {"erlang", "setelement", "(0 #(a) b)", "error", "badarg"},
    {"erlang", "setelement", "(1 a b)", "error", "badarg"},
    {"erlang", "tuple_size", "(a)", "error", "badarg"},
    {"erlang", "size", "((a))", "error", "badarg"},
    {"erlang", "byte_size", "(#(a))", "error", "badarg"},
    {"erlang", "bit_size", "(a)", "error", "badarg"},
    {"erlang", "make_tuple", "(-1 a)", "error", "badarg"},
    {"erlang", "make_tuple", "(a a)", "error", "badarg"},
    {"erlang", "make_tuple", "(3 a (#(4 b)))", "error", "badarg"},
    {"erlang", "make_tuple", "(3 a (#(0 b)))", "error", "badarg"},
    {"erlang", "make_tuple", "(3 a (x))", "error", "badarg"},
    {"erlang", "make_tuple", "(3 a (#(1 b) . x))", "error", "badarg"},
    {"erlang", "make_tuple", "(3 a x)", "error", "badarg"},
    {"erlang", "make_tuple", "(16777216 a)", "error", "badarg"},
    {"elfe_lists", "keyfind", "(a 1180591620717411303424 ())", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"99999999999999999999x\")", "error", "badarg"},
    {"erlang", "append_element", "(a b)", "error", "badarg"},
    {"erlang", "tuple_to_list", "(a)", "error", "badarg"},
    {"erlang", "list_to_tuple", "((a . b))", "error", "badarg"},
    {"erlang", "phash2", "(a 0)", "error", "badarg"},
    {"erlang", "phash2", "(a 4294967297)", "error", "badarg"},
    {"erlang", "phash2", "(a -1)", "error", "badarg"},
    {"erlang", "phash2", "(a 1.0)", "error", "badarg"},
    {"erlang", "error", "(foo)", "error", "foo"},
    {"erlang", "error", "(foo bar)", "error", "foo"},
    {"erlang", "error", "(foo (x) ())", "error", "foo"},
    {"erlang", "exit", "(a)", "exit", "a"},
    {"erlang", "throw", "(a)", "throw", "a"},
    {"erlang", "raise", "(throw bar ())", "throw", "bar"},
    {"erlang", "raise", "(exit bar ())", "exit", "bar"},
    {"erlang", "raise", "(error bar (#(m f 1 ())))", "error", "bar"},
    {"erlang", "raise", "(error bar (#(m f () ())))", "error", "bar"},
    {"erlang", "raise", "(error bar (#(m f 1)))", "error", "bar"},
    {"erlang", "unique_integer", "((foo))", "error", "badarg"},
    {"erlang", "unique_integer", "(foo)", "error", "badarg"},
    {"erlang", "unique_integer", "((positive . x))", "error", "badarg"},
    {"erlang", "atom_to_list", "(1)", "error", "badarg"},
    {"erlang", "list_to_atom", "((-1))", "error", "badarg"},
    {"erlang", "list_to_atom", "(a)", "error", "badarg"},
    {"erlang", "list_to_atom", "((97 . b))", "error", "badarg"},
    {"erlang", "list_to_atom", "((55296))", "error", "badarg"},
    {"erlang", "list_to_atom", "((1114112))", "error", "badarg"},
    {"erlang", "list_to_atom", "(#\"a\")", "error", "badarg"},
    {"erlang", "list_to_existing_atom", "(\"nosuchatom_zz\")", "error", "badarg"},
    {"erlang", "atom_to_binary", "(a foo)", "error", "badarg"},
    {"erlang", "atom_to_binary", "(\"a\")", "error", "badarg"},
    {"erlang", "binary_to_atom", "(#B(233) utf8)", "error", "badarg"},
    {"erlang", "binary_to_atom", "(#B(255 255) unicode)", "error", "badarg"},
    {"erlang", "binary_to_atom", "(#B((1 (size 3))) latin1)", "error", "badarg"},
    {"erlang", "binary_to_atom", "(#\"a\" foo)", "error", "badarg"},
    {"erlang", "binary_to_existing_atom", "(#\"nosuchatom_zz\")", "error", "badarg"},
    {"erlang", "binary_to_existing_atom", "(#\"ok\" foo)", "error", "badarg"},
    {"erlang", "integer_to_list", "(255 37)", "error", "badarg"},
    {"erlang", "integer_to_list", "(255 1)", "error", "badarg"},
    {"erlang", "integer_to_list", "(1.0)", "error", "badarg"},
    {"erlang", "integer_to_list", "(12 2.0)", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"1.0\")", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"\")", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"FF\" 37)", "error", "badarg"},
    {"erlang", "list_to_integer", "(\" 12\")", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"12\" 1)", "error", "badarg"},
    {"erlang", "list_to_integer", "(ab 10)", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"+-1\")", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"-\")", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"--1\")", "error", "badarg"},
    {"erlang", "list_to_integer", "((49 . 50))", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"12\" a)", "error", "badarg"},
    {"erlang", "list_to_integer", "(\"12\" 18446744073709551616)", "error", "badarg"},
    {"erlang", "binary_to_integer", "(#\"1 2\")", "error", "badarg"},
    {"erlang", "binary_to_integer", "(#B())", "error", "badarg"},
    {"erlang", "binary_to_integer", "(#\"12\" 37)", "error", "badarg"},
    {"erlang", "binary_to_integer", "(#B((1 (size 1))))", "error", "badarg"},
    {"erlang", "binary_to_integer", "(\"12\")", "error", "badarg"},
    {"erlang", "binary_to_integer", "(#\"+\")", "error", "badarg"},
    {"erlang", "binary_to_integer", "(#\"1_000\")", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 (#(decimals 254)))", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0e300 (#(decimals 2)))", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 (#(scientific 250)))", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 (bogus))", "error", "badarg"},
    {"erlang", "float_to_list", "(1 ())", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 (#(decimals -1)))", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 (#(decimals 2) . x))", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 #(decimals 2))", "error", "badarg"},
    {"erlang", "float_to_list", "(1.0 (#(decimals 2.0)))", "error", "badarg"},
    {"erlang", "float_to_binary", "(a)", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1e3\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1.e3\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\".5\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1.5 \")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1.0e400\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1_0.5\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1.5e\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1.5e+\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"inf\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"0x1.0p3\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\" 1.0\")", "error", "badarg"},
    {"erlang", "list_to_float", "(\"1.5e3.5\")", "error", "badarg"},
    {"erlang", "list_to_float", "((49 46 53 . x))", "error", "badarg"},
    {"erlang", "list_to_float", "(())", "error", "badarg"},
    {"erlang", "binary_to_float", "(#\"1\")", "error", "badarg"},
    {"erlang", "binary_to_float", "(#\"1.0e1000\")", "error", "badarg"},
    {"erlang", "binary_to_float", "(#B())", "error", "badarg"},
    {"erlang", "binary_to_list", "(#\"abc\" 3 2)", "error", "badarg"},
    {"erlang", "binary_to_list", "(#\"abc\" 0 2)", "error", "badarg"},
    {"erlang", "binary_to_list", "(#\"abc\" 1 4)", "error", "badarg"},
    {"erlang", "binary_to_list", "(#\"abc\" 2 1180591620717411303424)", "error", "badarg"},
    {"erlang", "binary_to_list", "(#B() 1 0)", "error", "badarg"},
    {"erlang", "binary_to_list", "(#B((1 (size 9))))", "error", "badarg"},
    {"erlang", "bitstring_to_list", "(x)", "error", "badarg"},
    {"erlang", "list_to_binary", "((1 #B((2 (size 3)))))", "error", "badarg"},
    {"erlang", "list_to_binary", "((256))", "error", "badarg"},
    {"erlang", "list_to_binary", "((-1))", "error", "badarg"},
    {"erlang", "list_to_binary", "(#B(1))", "error", "badarg"},
    {"erlang", "list_to_binary", "((1 . 2))", "error", "badarg"},
    {"erlang", "list_to_binary", "((#B((1 (size 1))) #B((1 (size 7)))))", "error", "badarg"},
    {"erlang", "list_to_bitstring", "(#B((1 (size 1))))", "error", "badarg"},
    {"erlang", "iolist_to_binary", "((a))", "error", "badarg"},
    {"erlang", "iolist_to_binary", "(#B((1 (size 1))))", "error", "badarg"},
    {"erlang", "iolist_to_binary", "((#B((1 (size 1))) . #B()))", "error", "badarg"},
    {"erlang", "iolist_size", "(a)", "error", "badarg"},
    {"erlang", "iolist_size", "((#B((1 (size 1)))))", "error", "badarg"},
    {"erlang", "split_binary", "(#\"abc\" 4)", "error", "badarg"},
    {"erlang", "split_binary", "(#\"abc\" -1)", "error", "badarg"},
    {"erlang", "split_binary", "(x 0)", "error", "badarg"},
    {"erlang", "binary_part", "(#\"abc\" #(0 4))", "error", "badarg"},
    {"erlang", "binary_part", "(#\"abc\" #(4 -1))", "error", "badarg"},
    {"erlang", "binary_part", "(#\"abc\" #(-1 1))", "error", "badarg"},
    {"erlang", "binary_part", "(#\"abc\" #(1 -2))", "error", "badarg"},
    {"erlang", "binary_part", "(#\"abc\" #(a 1))", "error", "badarg"},
    {"erlang", "binary_part", "(#\"abc\" #(1 2 3))", "error", "badarg"},
    {"erlang", "binary_part", "(x #(0 0))", "error", "badarg"},
    {"binary", "first", "(#B())", "error", "badarg"},
    {"binary", "first", "(#B((1 (size 9))))", "error", "badarg"},
    {"binary", "first", "(x)", "error", "badarg"},
    {"binary", "last", "(#B())", "error", "badarg"},
    {"binary", "last", "(#B((1 (size 9))))", "error", "badarg"},
    {"binary", "at", "(#B(1 2) 2)", "error", "badarg"},
    {"binary", "at", "(#B(1 2) -1)", "error", "badarg"},
    {"binary", "at", "(#B((1 (size 9))) 0)", "error", "badarg"},
    {"binary", "at", "(x 0)", "error", "badarg"},
    {"binary", "part", "(#\"abc\" 1 5)", "error", "badarg"},
    {"binary", "part", "(x 0 1)", "error", "badarg"},
    {"binary", "part", "(#\"abc\" #(1 2 3))", "error", "badarg"},
    {"elfe_binary", "copy", "(#\"ab\" -1)", "error", "badarg"},
    {"elfe_binary", "copy", "(#B((1 (size 1))) 2)", "error", "badarg"},
    {"elfe_binary", "copy", "(x)", "error", "badarg"},
    {"elfe_binary", "copy", "(#\"a\" a)", "error", "badarg"},
    {"elfe_lists", "reverse", "((1 2 . 3) ())", "error", "badarg"},
    {"elfe_lists", "reverse", "(a ())", "error", "badarg"},
    {"elfe_lists", "reverse", "((1 . a) ())", "error", "badarg"},
    {"elfe_lists", "member", "(a (b . c))", "error", "badarg"},
    {"elfe_lists", "member", "(a c)", "error", "badarg"},
    {"elfe_lists", "keyfind", "(a 0 (#(a 1)))", "error", "badarg"},
    {"elfe_lists", "keyfind", "(a 1 (#(b 1) . x))", "error", "badarg"},
    {"elfe_lists", "keyfind", "(a 1 x)", "error", "badarg"},
    {"elfe_lists", "keyfind", "(a a ())", "error", "badarg"},
    {"elfe_lists", "keymember", "(a 0 (#(a)))", "error", "badarg"},
    {"elfe_lists", "keysearch", "(a 1 x)", "error", "badarg"},
    {"maps", "get", "(k #M())", "error", "#(badkey k)"},
    {"maps", "get", "(k x)", "error", "#(badmap x)"},
    {"maps", "get", "(k x d)", "error", "#(badmap x)"},
    {"maps", "find", "(k x)", "error", "#(badmap x)"},
    {"maps", "is_key", "(k x)", "error", "#(badmap x)"},
    {"maps", "put", "(k v x)", "error", "#(badmap x)"},
    {"maps", "update", "(k v #M())", "error", "#(badkey k)"},
    {"maps", "update", "(k v x)", "error", "#(badmap x)"},
    {"maps", "remove", "(k x)", "error", "#(badmap x)"},
    {"maps", "take", "(k x)", "error", "#(badmap x)"},
    {"maps", "keys", "(x)", "error", "#(badmap x)"},
    {"maps", "values", "(x)", "error", "#(badmap x)"},
    {"maps", "to_list", "(x)", "error", "#(badmap x)"},
    {"maps", "from_list", "(x)", "error", "badarg"},
    {"maps", "from_list", "((x))", "error", "badarg"},
    {"maps", "from_list", "((#(a 1) . x))", "error", "badarg"},
    {"maps", "from_list", "((#(a 1 2)))", "error", "badarg"},
    {"maps", "from_keys", "(x 0)", "error", "badarg"},
    {"maps", "from_keys", "((a . b) 0)", "error", "badarg"},
    {"maps", "size", "(x)", "error", "#(badmap x)"},
    {"maps", "merge", "(x #M())", "error", "#(badmap x)"},
    {"maps", "merge", "(#M() y)", "error", "#(badmap y)"},
    {"maps", "merge", "(x y)", "error", "#(badmap x)"},
};

START_TEST(results)
{
    const OkRow *r = &ok_rows[_i];
    Process *p = rows_new_process();
    Term got = call(p, r->mod, r->name, rows_read(r->args));
    Term want = rows_read(r->expect);
    ck_assert_msg(got != NONE && term_exact_equal(got, want),
                  "%s:%s %s: got %s, want %s", r->mod, r->name, r->args,
                  show(got), r->expect);
}
END_TEST

START_TEST(errors)
{
    const ErrRow *r = &err_rows[_i];
    Process *p = rows_new_process();
    Term got = call(p, r->mod, r->name, rows_read(r->args));
    ck_assert_msg(got == NONE, "%s:%s %s: returned %s", r->mod, r->name,
                  r->args, show(got));
    ck_assert_msg(p->exc_class == A(r->cls) &&
                      term_exact_equal(p->exc_reason, rows_read(r->reason)),
                  "%s:%s %s: raised %s:%s, want %s:%s", r->mod, r->name,
                  r->args, show(p->exc_class), show(p->exc_reason), r->cls,
                  r->reason);
    /* Only raise/3 brings its own stack trace; for the others the VM
     * builds it (exc_trace stays NONE). */
    if (strcmp(r->name, "raise") != 0)
        ck_assert(p->exc_trace == NONE);
}
END_TEST

/* ---- the table itself --------------------------------------------- */

START_TEST(table_is_consistent)
{
    ck_assert_uint_gt(bif_count, 150);
    for (size_t i = 0; i < bif_count; i++) {
        ck_assert_ptr_nonnull(bif_table[i].fn);
        for (size_t j = i + 1; j < bif_count; j++)
            ck_assert_msg(strcmp(bif_table[i].module, bif_table[j].module) ||
                              strcmp(bif_table[i].name, bif_table[j].name) ||
                              bif_table[i].arity != bif_table[j].arity,
                          "%s:%s/%u twice", bif_table[i].module,
                          bif_table[i].name, bif_table[i].arity);
    }
    /* Guard BIFs as erl_internal:guard_bif/2 and the operators say. */
    ck_assert(rows_find_bif("erlang", "element", 2)->flags & BIF_GUARD);
    ck_assert(rows_find_bif("erlang", "is_map_key", 2)->flags & BIF_GUARD);
    ck_assert(rows_find_bif("erlang", "=:=", 2)->flags & BIF_GUARD);
    ck_assert(!(rows_find_bif("erlang", "++", 2)->flags & BIF_GUARD));
    ck_assert(!(rows_find_bif("erlang", "setelement", 3)->flags & BIF_GUARD));
    ck_assert(!(rows_find_bif("erlang", "put", 2)->flags & BIF_PURE));
}
END_TEST

/* ---- process state ------------------------------------------------ */

START_TEST(process_dictionary)
{
    /* erl: put(a,1), put(b,2), put(c,1) -> undefined each time;
     * get_keys(1) -> [a,c]; get() -> [{b,2},{a,1},{c,1}] (some order);
     * erase() returns the same and leaves get() = []. */
    Process *p = rows_new_process();
    ck_assert(call(p, "erlang", "get_keys", NIL) == NIL);
    ck_assert(call(p, "erlang", "put", rows_read("(a 1)")) == A("undefined"));
    ck_assert(call(p, "erlang", "put", rows_read("(b 2)")) == A("undefined"));
    ck_assert(call(p, "erlang", "put", rows_read("(c 1)")) == A("undefined"));
    ck_assert(call(p, "erlang", "put", rows_read("(c 3)")) == make_small(1));
    ck_assert(call(p, "erlang", "get", rows_read("(c)")) == make_small(3));
    ck_assert(call(p, "erlang", "get", rows_read("(z)")) == A("undefined"));
    ck_assert(call(p, "erlang", "put", rows_read("(c 1)")) == make_small(3));
    Term keys = call(p, "erlang", "get_keys", rows_read("(1)"));
    ck_assert_int_eq(list_length(keys), 2);
    ck_assert(term_exact_equal(keys, rows_read("(a c)")) ||
              term_exact_equal(keys, rows_read("(c a)")));
    ck_assert_int_eq(list_length(call(p, "erlang", "get_keys", NIL)), 3);
    Term all = call(p, "erlang", "get", NIL);
    ck_assert_int_eq(list_length(all), 3);
    for (Term l = rows_read("(#(a 1) #(b 2) #(c 1))"); term_is_cons(l); l = CDR(l)) {
        bool found = false;
        for (Term m = all; term_is_cons(m); m = CDR(m))
            found |= term_exact_equal(CAR(m), CAR(l));
        ck_assert_msg(found, "get() lacks %s", show(CAR(l)));
    }
    ck_assert(call(p, "erlang", "erase", rows_read("(b)")) == make_small(2));
    ck_assert(call(p, "erlang", "erase", rows_read("(b)")) == A("undefined"));
    ck_assert_int_eq(list_length(call(p, "erlang", "erase", NIL)), 2);
    ck_assert(call(p, "erlang", "get", NIL) == NIL);
}
END_TEST

START_TEST(self_node_refs_unique)
{
    Process *p = rows_new_process();
    ck_assert(call(p, "erlang", "self", NIL) == make_local_pid(42));
    Term r1 = call(p, "erlang", "make_ref", NIL);
    Term r2 = call(p, "erlang", "make_ref", NIL);
    ck_assert(term_is_ref(r1) && term_is_ref(r2));
    ck_assert(!term_exact_equal(r1, r2));
    Term u1 = call(p, "erlang", "unique_integer", rows_read("((positive monotonic))"));
    Term u2 = call(p, "erlang", "unique_integer", rows_read("((monotonic))"));
    Term u3 = call(p, "erlang", "unique_integer", NIL);
    ck_assert(term_is_integer(u1) && small_val(u1) > 0);
    ck_assert(term_compare(u1, u2) < 0 && !term_exact_equal(u2, u3));
    ck_assert(call(p, "erlang", "unique_integer", rows_read("(())")) != NONE);
}
END_TEST

START_TEST(raise_keeps_the_trace)
{
    Process *p = rows_new_process();
    Term trace = rows_read("(#(m f 1 (#(file \"m.erl\") #(line 3))))");
    Term args[3] = {A("throw"), A("oops"), trace};
    ck_assert(rows_find_bif("erlang", "raise", 3)->fn(p, args) == NONE);
    ck_assert(p->exc_class == A("throw") && p->exc_reason == A("oops"));
    ck_assert(p->exc_trace == trace);
}
END_TEST

START_TEST(is_function_on_funs)
{
    Process *p = rows_new_process();
    Term f = make_export_fun(A("erlang"), A("abs"), 1);
    Term args[2] = {f, make_small(1)};
    ck_assert(rows_find_bif("erlang", "is_function", 2)->fn(p, args) == A("true"));
    args[1] = make_small(2);
    ck_assert(rows_find_bif("erlang", "is_function", 2)->fn(p, args) == A("false"));
    ck_assert(rows_find_bif("erlang", "is_function", 1)->fn(p, args) == A("true"));
    /* erl: is_function(fun(X) -> X end, 2) -> false */
    Fun *c = gc_alloc(sizeof *c);
    c->header = make_header(BOX_FUN, 0);
    c->module = A("m");
    c->name = A("-f/0-fun-0-");
    c->arity = 1;
    args[0] = make_box(c);
    ck_assert(rows_find_bif("erlang", "is_function", 2)->fn(p, args) == A("false"));
    args[1] = make_small(1);
    ck_assert(rows_find_bif("erlang", "is_function", 2)->fn(p, args) == A("true"));
}
END_TEST

/* ---- shapes the reader cannot write ------------------------------- */

START_TEST(unaligned_and_deep_input)
{
    Process *p = rows_new_process();
    /* A binary starting at bit 4: <<"x12">> shifted, "12" readable. */
    uint8_t raw[] = {0x03, 0x13, 0x20};
    Term whole = binary_from_bytes(raw, 3);
    Term sub = binary_sub(whole, 4, 16); /* bytes 0x31 0x32 = "12" */
    Term args[2] = {sub, make_small(10)};
    ck_assert(rows_find_bif("erlang", "binary_to_integer", 1)->fn(p, args) ==
              make_small(12));
    Term l = rows_find_bif("erlang", "binary_to_list", 1)->fn(p, args);
    ck_assert(term_exact_equal(l, rows_read("(49 50)")));
    Term flat = rows_find_bif("erlang", "iolist_to_binary", 1)
                    ->fn(p, (Term[]){make_cons(sub, make_cons(sub, NIL))});
    ck_assert(term_exact_equal(flat, rows_read("#\"1212\"")));

    /* 200000 levels of nesting: [[[...[7]...]]] */
    Term deep = make_cons(make_small(7), NIL);
    for (int i = 0; i < 200000; i++)
        deep = make_cons(deep, NIL);
    ck_assert(rows_find_bif("erlang", "iolist_size", 1)->fn(p, &deep) ==
              make_small(1));
    Term b = rows_find_bif("erlang", "list_to_binary", 1)->fn(p, &deep);
    ck_assert(term_exact_equal(b, rows_read("#B(7)")));
    Term bad = make_cons(deep, A("x"));
    ck_assert(rows_find_bif("erlang", "iolist_size", 1)->fn(p, &bad) == NONE);
    ck_assert(p->exc_reason == A("badarg"));
}
END_TEST

START_TEST(long_lists)
{
    Process *p = rows_new_process();
    enum { N = 100000 };
    Term *e = calloc(N, sizeof *e);
    for (int i = 0; i < N; i++)
        e[i] = make_small(i % 1000);
    Term l = list_from_array(e, N);
    /* L -- L is [] and (L -- first half) keeps the second half. */
    Term args[2] = {l, l};
    ck_assert(rows_find_bif("erlang", "--", 2)->fn(p, args) == NIL);
    args[1] = list_from_array(e, N / 2);
    Term rest = rows_find_bif("erlang", "--", 2)->fn(p, args);
    ck_assert(term_exact_equal(rest, list_from_array(e + N / 2, N / 2)));
    /* elfe_lists:reverse/2 does a bounded slice, returns {Rest, Acc}
     * and asks for a yield; called again on Rest it finishes. */
    args[0] = l;
    args[1] = NIL;
    atomic_fetch_and(&p->flags, ~PF_ATTENTION);
    const BifInfo *rev = rows_find_bif("elfe_lists", "reverse", 2);
    Term r = rev->fn(p, args);
    int slices = 1;
    while (term_is_tuple(r)) {
        ck_assert(atomic_load(&p->flags) & PF_ATTENTION);
        atomic_fetch_and(&p->flags, ~PF_ATTENTION);
        int64_t left = list_length(tuple_elems(r)[0]);
        ck_assert_int_gt(left, 0);
        ck_assert_int_eq(left + list_length(tuple_elems(r)[1]), N);
        args[0] = tuple_elems(r)[0];
        args[1] = tuple_elems(r)[1];
        r = rev->fn(p, args);
        slices++;
    }
    ck_assert_int_gt(slices, 1);
    ck_assert_int_eq(list_length(r), N);
    ck_assert(CAR(r) == make_small((N - 1) % 1000));
    free(e);
}
END_TEST

START_TEST(display_writes_to_stdout)
{
    /* Output of erlang:display/1 in OTP 25 (its own printer, not io_lib;
     * erl ends the line with \r\n, elfe with \n). */
    char path[] = "/tmp/check_bif_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    fflush(stdout);
    int saved = dup(1);
    dup2(fd, 1);
    Process *p = rows_new_process();
    const char *terms[] = {
        "#(a \"b\" #B(1 2) #\"hi\" 1.5 (1 . 2) #M(a 1) |A b| (a b))",
        "(() \"a\\nb\" #B((1 (size 3))) #() -1 3.0e-5 -0.0 (127) (8 9))",
        "(#M(b (1) a #(x)) #B(97 10) #B() \"\\t\" (159) (256) 1.0e20)",
    };
    for (size_t i = 0; i < 3; i++) {
        Term t = rows_read(terms[i]);
        ck_assert(rows_find_bif("erlang", "display", 1)->fn(p, &t) == A("true"));
    }
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    char buf[1024] = {0};
    ck_assert(pread(fd, buf, sizeof buf - 1, 0) > 0);
    close(fd);
    unlink(path);
    ck_assert_str_eq(buf,
        "{a,\"b\",<<1,2>>,<<\"hi\">>,1.500000e+00,[1|2],#{a=>1},'A b',[a,b]}\n"
        "[[],\"a\\nb\",<<1:3>>,{},-1,3.000000e-05,-0.000000e+00,[127],[8,9]]\n"
        "[#{a=>{x},b=>[1]},<<97,10>>,<<>>,\"\t\",[159],[256],1.000000e+20]\n");
}
END_TEST

/* Every BIF, every combination of awkward arguments: a result or an
 * exception, never a crash. */
START_TEST(no_crash_on_any_arguments)
{
    static const char *pool_text[] = {
        "a", "()", "0", "-1", "3", "300", "1152921504606846976", "2.5",
        "-0.0", "1.0e300", "\"12\"", "#\"1.5\"", "#B((1 (size 3)))",
        "#(a b)", "#M(a 1)", "(1 . 2)", "(#(decimals 2) compact)",
        "((1 (2)) #\"x\" . #\"y\")", "(#(1 a) #(2 b))", "true",
    };
    enum { NPOOL = sizeof pool_text / sizeof pool_text[0] };
    Term pool[NPOOL];
    for (int i = 0; i < NPOOL; i++)
        pool[i] = rows_read(pool_text[i]);
    long calls = 0;
    /* the output BIFs (bif_io.c) write here: keep the runner's log clean */
    fflush(stdout);
    int devnull = open("/dev/null", O_WRONLY);
    ck_assert_int_ge(devnull, 0);
    dup2(devnull, 1);
    dup2(devnull, 2);
    /* prim_file and os BIFs create, rename and delete files in the
     * current directory: run everything in a scratch directory. */
    char saved_cwd[4096], scratch[] = "/tmp/elfe-check-bif-XXXXXX";
    ck_assert_ptr_nonnull(getcwd(saved_cwd, sizeof saved_cwd));
    ck_assert_ptr_nonnull(mkdtemp(scratch));
    ck_assert_int_eq(chdir(scratch), 0);
    for (size_t k = 0; k < bif_count; k++) {
        const BifInfo *b = &bif_table[k];
        /* display writes to stdout; arity 4 (io_lib:print/4,
         * lfe_io:prettyprint1/4) is covered by check_bif_io; halt ends
         * the process by design (tests/golden/eval checks it) */
        if (!strcmp(b->name, "display") || b->arity > 3 ||
            !strcmp(b->name, "halt"))
            continue;
        size_t combos = 1;
        for (uint32_t i = 0; i < b->arity; i++)
            combos *= NPOOL;
        for (size_t c = 0; c < combos; c++) {
            Term args[3];
            size_t x = c;
            for (uint32_t i = 0; i < b->arity; i++, x /= NPOOL)
                args[i] = pool[x % NPOOL];
            Process *p = rows_new_process();
            Term r = b->fn(p, args);
            if (r == NONE)
                ck_assert_msg(p->exc_class == A("error") ||
                                  p->exc_class == A("exit") ||
                                  p->exc_class == A("throw"),
                              "%s:%s/%u failed without an exception",
                              b->module, b->name, b->arity);
            calls++;
        }
    }
    ck_assert_int_eq(chdir(saved_cwd), 0);
    char rm[64 + sizeof scratch];
    snprintf(rm, sizeof rm, "rm -rf '%s'", scratch);
    ck_assert_int_eq(system(rm), 0);
    ck_assert_int_gt(calls, 10000);
}
END_TEST

Suite *bif_suite(void)
{
    Suite *s = suite_create("bif");
    TCase *tc = tcase_create("rows");
    tcase_add_loop_test(tc, results, 0, sizeof ok_rows / sizeof ok_rows[0]);
    tcase_add_loop_test(tc, errors, 0, sizeof err_rows / sizeof err_rows[0]);
    suite_add_tcase(s, tc);
    tc = tcase_create("state");
    tcase_add_test(tc, table_is_consistent);
    tcase_add_test(tc, process_dictionary);
    tcase_add_test(tc, self_node_refs_unique);
    tcase_add_test(tc, raise_keeps_the_trace);
    tcase_add_test(tc, is_function_on_funs);
    tcase_add_test(tc, unaligned_and_deep_input);
    tcase_add_test(tc, long_lists);
    tcase_add_test(tc, display_writes_to_stdout);
    tcase_add_test(tc, no_crash_on_any_arguments);
    suite_add_tcase(s, tc);
    return s;
}

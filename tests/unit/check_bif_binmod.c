/* check_bif_binmod.c - the binary module (bif_binmod.c, and the parts of
 * bif_binary.c it shares).
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
#include "../../runtime/binary.h"
#include "../../runtime/map.h"

static const Row rows[] = {
    {"binary", "match", "(#\"banana\" #\"an\")", "#(1 2)"},
    {"binary", "match", "(#\"banana\" #\"x\")", "nomatch"},
    {"binary", "match", "(#\"banana\" (#\"na\" #\"an\"))", "#(1 2)"},
    {"binary", "match", "(#\"abcde\" (#\"bcd\" #\"bc\"))", "#(1 3)"},
    {"binary", "match", "(#\"abcde\" (#\"bc\" #\"bcd\"))", "#(1 3)"},
    {"binary", "match", "(#\"abcde\" (#\"cd\" #\"bcd\"))", "#(1 3)"},
    {"binary", "match", "(#\"banana\" #\"an\" (#(scope #(2 4))))", "#(3 2)"},
    {"binary", "match", "(#\"banana\" #\"an\" (#(scope #(6 -4))))", "#(3 2)"},
    {"binary", "match", "(#\"banana\" #\"an\" (#(scope #(2 10))))", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" #\"an\" (#(scope #(7 0))))", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" #\"an\" (#(scope #(6 0))))", "nomatch"},
    {"binary", "match", "(#\"banana\" #\"\" ())", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" () ())", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" (#\"a\" #\"\") ())", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" #\"a\" (foo))", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" #\"a\" (#(scope 1)))", "#(EXC error badarg)"},
    {"binary", "match", "(\"banana\" #\"a\")", "#(EXC error badarg)"},
    {"binary", "match", "(#\"banana\" \"a\")", "#(EXC error badarg)"},
    {"binary", "match", "(#\"\" #\"a\")", "nomatch"},
    {"elfe_binary", "matches", "(#\"banana\" #\"an\" ())", "(#(1 2) #(3 2))"},
    {"elfe_binary", "matches", "(#\"banana\" #\"a\" ())", "(#(1 1) #(3 1) #(5 1))"},
    {"elfe_binary", "matches", "(#\"aaaa\" #\"aa\" ())", "(#(0 2) #(2 2))"},
    {"elfe_binary", "matches", "(#\"abcde\" (#\"bcd\" #\"cde\" #\"e\") ())", "(#(1 3) #(4 1))"},
    {"elfe_binary", "matches", "(#\"abcabc\" (#\"a\" #\"abc\" #\"bc\") ())", "(#(0 3) #(3 3))"},
    {"elfe_binary", "matches", "(#\"banana\" #\"a\" (#(scope #(2 3))))", "(#(3 1))"},
    {"elfe_binary", "matches", "(#\"banana\" #\"x\" ())", "()"},
    {"elfe_binary", "matches", "(#\"banana\" #\"a\" (#(scope #(0 7))))", "#(EXC error badarg)"},
    /* the slice primitive: matches starting before Pos + Max, then Next */
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"a\" 0 6 3)", "#((#(1 1)) 3)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"a\" 3 6 3)", "#((#(3 1) #(5 1)) done)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"an\" 0 6 2)", "#((#(1 2)) 3)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"nan\" 0 6 2)", "#(() 2)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"nan\" 2 6 2)", "#((#(2 3)) 5)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" (#\"a\" #\"an\") 0 6 100)", "#((#(1 2) #(3 2) #(5 1)) done)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"a\" 4 2 1)", "#(EXC error badarg)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"a\" 0 7 1)", "#(EXC error badarg)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"\" 0 6 1)", "#(EXC error badarg)"},
    {"elfe_binary", "matches_slice", "(#\"banana\" #\"a\" 0 6 0)", "#(EXC error badarg)"},
    {"elfe_binary", "buffer", "(10)", "#B()"},
    {"elfe_binary", "buffer", "(-1)", "#(EXC error badarg)"},
    {"elfe_binary", "split", "(#\"a,b,c\" #\",\" ())", "(#B(97) #B(98 44 99))"},
    {"elfe_binary", "split", "(#\"a,b,c\" #\",\" (global))", "(#B(97) #B(98) #B(99))"},
    {"elfe_binary", "split", "(#\",a,,b,,\" #\",\" (global))", "(#B() #B(97) #B() #B(98) #B() #B())"},
    {"elfe_binary", "split", "(#\",a,,b,,\" #\",\" (global trim))", "(#B() #B(97) #B() #B(98))"},
    {"elfe_binary", "split", "(#\",a,,b,,\" #\",\" (global trim_all))", "(#B(97) #B(98))"},
    {"elfe_binary", "split", "(#\",a,,b,,\" #\",\" (trim_all))", "(#B(97 44 44 98 44 44))"},
    {"elfe_binary", "split", "(#\",,,\" #\",\" (global trim))", "()"},
    {"elfe_binary", "split", "(#\",,,\" #\",\" (global trim_all))", "()"},
    {"elfe_binary", "split", "(#\"\" #\",\" (global))", "(#B())"},
    {"elfe_binary", "split", "(#\"\" #\",\" (global trim_all))", "()"},
    {"elfe_binary", "split", "(#\"\" #\",\" ())", "(#B())"},
    {"elfe_binary", "split", "(#\"abc\" #\"x\" (global))", "(#B(97 98 99))"},
    {"elfe_binary", "split", "(#\"banana\" #\"a\" (#(scope #(2 3))))", "(#B(98 97 110) #B(110 97))"},
    {"elfe_binary", "split", "(#\"banana\" #\"a\" (global #(scope #(2 3))))", "(#B(98 97 110) #B(110 97))"},
    {"elfe_binary", "split", "(#\"banana\" #\"a\" (global #(scope #(6 -5))))", "(#B(98) #B(110) #B(110) #B())"},
    {"elfe_binary", "split", "(#\"a-b_c\" (#\"-\" #\"_\") (global))", "(#B(97) #B(98) #B(99))"},
    {"elfe_binary", "split", "(#\"a,b\" #\",\" (bogus))", "#(EXC error badarg)"},
    {"elfe_binary", "split", "(#\"a,b\" #\"\" ())", "#(EXC error badarg)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"a\" #\"o\" ())", "#B(98 111 110 97 110 97)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"a\" #\"o\" (global))", "#B(98 111 110 111 110 111)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"an\" #\"[]\" (global #(insert_replaced 1)))", "#B(98 91 97 110 93 91 97 110 93 97)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"an\" #\"[]\" (global #(insert_replaced (0 1 2))))", "#B(98 97 110 91 97 110 93 97 110 97 110 91 97 110 93 97 110 97)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"an\" #\"[]\" (global #(insert_replaced 3)))", "#(EXC error badarg)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"an\" #\"[]\" (global #(insert_replaced 2)))", "#B(98 91 93 97 110 91 93 97 110 97)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"a\" #\"\" (global #(scope #(2 3))))", "#B(98 97 110 110 97)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"x\" #\"y\" (global))", "#B(98 97 110 97 110 97)"},
    {"elfe_binary", "replace", "(#\"banana\" (#\"a\" #\"n\") #\".\" (global))", "#B(98 46 46 46 46 46)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"a\" \"o\" ())", "#(EXC error badarg)"},
    {"elfe_binary", "replace", "(#\"banana\" #\"a\" #\"o\" (#(insert_replaced -1)))", "#(EXC error badarg)"},
    {"elfe_binary", "bin_to_list", "(#\"abc\")", "(97 98 99)"},
    {"binary", "bin_to_list", "(#\"abcde\" #(1 2))", "(98 99)"},
    {"binary", "bin_to_list", "(#\"abcde\" #(5 -2))", "(100 101)"},
    {"binary", "bin_to_list", "(#\"abcde\" 1 3)", "(98 99 100)"},
    {"binary", "bin_to_list", "(#\"abcde\" 4 3)", "#(EXC error badarg)"},
    {"binary", "bin_to_list", "(#\"abcde\" #(6 0))", "#(EXC error badarg)"},
    {"binary", "bin_to_list", "(#\"abcde\" #(5 0))", "()"},
    {"elfe_binary", "bin_to_list", "(abc)", "#(EXC error badarg)"},
    {"binary", "list_to_bin", "((97 #\"bc\" (100)))", "#B(97 98 99 100)"},
    {"binary", "list_to_bin", "((256))", "#(EXC error badarg)"},
    {"binary", "list_to_bin", "(#\"abc\")", "#(EXC error badarg)"},
    {"binary", "longest_common_prefix", "((#\"erlang\" #\"ergonomic\"))", "2"},
    {"binary", "longest_common_prefix", "((#\"erlang\" #\"perl\"))", "0"},
    {"binary", "longest_common_prefix", "((#\"abc\"))", "3"},
    {"binary", "longest_common_prefix", "(())", "#(EXC error badarg)"},
    {"binary", "longest_common_prefix", "((#\"abc\" #\"\"))", "0"},
    {"binary", "longest_common_prefix", "((#\"abc\" x))", "#(EXC error badarg)"},
    {"binary", "longest_common_suffix", "((#\"erlang\" #\"fang\"))", "3"},
    {"binary", "longest_common_suffix", "((#\"erlang\" #\"perl\"))", "0"},
    {"binary", "longest_common_suffix", "((#\"abc\"))", "3"},
    {"binary", "longest_common_suffix", "(())", "#(EXC error badarg)"},
    {"binary", "encode_unsigned", "(11111111)", "#B(169 138 199)"},
    {"binary", "encode_unsigned", "(11111111 little)", "#B(199 138 169)"},
    {"binary", "encode_unsigned", "(0)", "#B(0)"},
    {"binary", "encode_unsigned", "(256 little)", "#B(0 1)"},
    {"binary", "encode_unsigned", "(-1)", "#(EXC error badarg)"},
    {"binary", "encode_unsigned", "(1.0)", "#(EXC error badarg)"},
    {"binary", "encode_unsigned", "(1 middle)", "#(EXC error badarg)"},
    {"binary", "encode_unsigned", "(340282366920938463463374607431768211457)", "#B(1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1)"},
    {"binary", "encode_unsigned", "(340282366920938463463374607431768211457 little)", "#B(1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1)"},
    {"binary", "decode_unsigned", "(#B(169 138 199))", "11111111"},
    {"binary", "decode_unsigned", "(#B(169 138 199) little)", "13077161"},
    {"binary", "decode_unsigned", "(#\"\")", "0"},
    {"binary", "decode_unsigned", "(#B(0 0 1))", "1"},
    {"binary", "decode_unsigned", "(#B(1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1))", "87112285931760246646623899502532662132737"},
    {"binary", "decode_unsigned", "(#B(1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1) little)", "87112285931760246646623899502532662132737"},
    {"binary", "decode_unsigned", "(abc)", "#(EXC error badarg)"},
    {"binary", "decode_unsigned", "(#B(1) big1)", "#(EXC error badarg)"},
    {"binary", "encode_hex", "(#\"foo\")", "#B(54 54 54 70 54 70)"},
    {"binary", "encode_hex", "(#B(0 255 16 171))", "#B(48 48 70 70 49 48 65 66)"},
    {"binary", "encode_hex", "(#\"\")", "#B()"},
    {"binary", "encode_hex", "(\"foo\")", "#(EXC error badarg)"},
    {"binary", "decode_hex", "(#\"666f6F\")", "#B(102 111 111)"},
    {"binary", "decode_hex", "(#\"666\")", "#(EXC error badarg)"},
    {"binary", "decode_hex", "(#\"zz\")", "#(EXC error badarg)"},
    {"binary", "decode_hex", "(#\"\")", "#B()"},
    {"binary", "decode_hex", "(\"66\")", "#(EXC error badarg)"},
    {"binary", "referenced_byte_size", "(#\"abc\")", "3"},
    {"binary", "referenced_byte_size", "(abc)", "#(EXC error badarg)"},
    {"binary", "first", "(#\"abc\")", "97"},
    {"binary", "last", "(#\"abc\")", "99"},
    {"binary", "at", "(#\"abc\" 2)", "99"},
    {"binary", "part", "(#\"abcde\" 1 2)", "#B(98 99)"},
    {"elfe_binary", "copy", "(#\"ab\" 3)", "#B(97 98 97 98 97 98)"},
};

START_TEST(binmod_rows)
{
    rows_check(&rows[_i]);
}
END_TEST

/* The bytes of text at bit offset 5 of a fresh buffer: an unaligned
 * binary with the same contents. */
static Term unaligned(const char *text)
{
    size_t n = strlen(text);
    uint8_t *buf = gc_alloc_atomic(n + 1);
    memset(buf, 0, n + 1);
    for (size_t i = 0; i < n; i++) {
        buf[i] |= (uint8_t)((uint8_t)text[i] >> 5);
        buf[i + 1] |= (uint8_t)((uint8_t)text[i] << 3);
    }
    Term whole = binary_from_bits(buf, (uint64_t)(n + 1) * 8);
    return binary_sub(whole, 5, (uint64_t)n * 8);
}

static Term apply_bif(const char *name, uint32_t arity, Term *argv)
{
    /* binary's own BIFs, or the ones lib/binary.lfe wraps (elfe_binary) */
    for (size_t i = 0; i < bif_count; i++)
        if ((!strcmp(bif_table[i].module, "binary") ||
             !strcmp(bif_table[i].module, "elfe_binary")) &&
            !strcmp(bif_table[i].name, name) && bif_table[i].arity == arity)
            return bif_table[i].fn(rows_new_process(), argv);
    ck_abort_msg("no binary:%s/%u", name, arity);
    return NONE;
}

START_TEST(unaligned_subjects_and_patterns)
{
    /* the same answers as the rows for <<"banana">> (erl gives these) */
    Term argv[4] = {unaligned("banana"), unaligned("an"), NIL, NIL};
    ck_assert_str_eq(rows_show(apply_bif("matches", 3, argv)), "(#(1 2) #(3 2))");
    argv[1] = unaligned("a");
    argv[2] = rows_read("(global)");
    ck_assert_str_eq(rows_show(apply_bif("split", 3, argv)),
                     "(#B(98) #B(110) #B(110) #B())");
    argv[2] = unaligned("o");
    argv[3] = rows_read("(global)");
    ck_assert_str_eq(rows_show(apply_bif("replace", 4, argv)),
                     "#B(98 111 110 111 110 111)");
    ck_assert_str_eq(rows_show(apply_bif("encode_hex", 1, argv + 2)), "#B(54 70)");
}
END_TEST

/* A pattern near the end of 16 MB: memmem speed, measured. */
START_TEST(large_subject)
{
    size_t n = 16u << 20;
    uint8_t *data;
    Term big = binary_alloc(n, &data);
    memset(data, 'a', n);
    memcpy(data + n - 5, "needl", 5);
    Term argv[3] = {big, rows_read("(#\"needl\" #\"aan\")"), NIL};
    ck_assert_str_eq(rows_show(apply_bif("match", 2, argv)), "#(16777209 3)");
    argv[1] = rows_read("#\"needl\"");
    ck_assert_str_eq(rows_show(apply_bif("match", 2, argv)), "#(16777211 5)");
    argv[1] = rows_read("#\"b\"");
    Term parts = apply_bif("split", 3, argv);
    ck_assert(term_is_cons(parts) && CDR(parts) == NIL);
    ck_assert_uint_eq(binary_byte_size(CAR(parts)), n);
}
END_TEST

Suite *bif_binmod_suite(void)
{
    Suite *s = suite_create("bif_binmod");
    TCase *tc = tcase_create("rows");
    tcase_add_loop_test(tc, binmod_rows, 0, (int)(sizeof rows / sizeof rows[0]));
    suite_add_tcase(s, tc);
    TCase *more = tcase_create("more");
    tcase_add_test(more, unaligned_subjects_and_patterns);
    tcase_add_test(more, large_subject);
    suite_add_tcase(s, more);
    return s;
}

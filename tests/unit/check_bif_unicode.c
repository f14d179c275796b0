/* check_bif_unicode.c - the unicode module (bif_unicode.c).
 *
 * Each row calls a BIF on arguments read with the LFE reader and compares
 * the result as lfe_io:print writes it.  The expected values were produced
 * by running the same calls on OTP 25 and printing them with LFE 2.2.1's
 * lfe_io:print1 (exceptions as #(EXC Class Reason)): the exact shapes of
 * OTP's {error, Good, Rest} and {incomplete, Good, Rest} answers.
 */
#include "bif_rows.h"

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/bif.h"
#include "../../runtime/gc.h"
#include "../../runtime/binary.h"
#include "../../runtime/map.h"

static const Row rows[] = {
    {"unicode", "characters_to_list", "((97 #\"bc\" (100 #B(206 187))))", "(97 98 99 100 955)"},
    {"unicode", "characters_to_list", "((97 . #\"bc\"))", "(97 98 99)"},
    {"unicode", "characters_to_list", "(#B(97 255 98))", "#(error (97) #B(255 98))"},
    {"unicode", "characters_to_list", "((97 #B(98 255 99) 100))", "#(error (97 98) (#B(255 99) 100))"},
    {"unicode", "characters_to_list", "((97 #B(98 206)))", "#(incomplete (97 98) #B(206))"},
    {"unicode", "characters_to_list", "((97 #B(98 206) #B(187)))", "(97 98 955)"},
    {"unicode", "characters_to_list", "((97 #B(98 206) 100))", "#(error (97 98) (#B(206) (100)))"},
    {"unicode", "characters_to_list", "((97 55296 98))", "#(error (97) (55296 98))"},
    {"unicode", "characters_to_list", "((97 -1 98))", "#(error (97) (-1 98))"},
    {"unicode", "characters_to_list", "((97 a 98))", "#(EXC error badarg)"},
    {"unicode", "characters_to_list", "(a)", "#(EXC error badarg)"},
    {"unicode", "characters_to_list", "(#B(97 98 206))", "#(incomplete (97 98) #B(206))"},
    {"unicode", "characters_to_list", "(#B(97 98 224 65))", "#(error (97 98) #B(224 65))"},
    {"unicode", "characters_to_list", "((#B(97 98 224 65)))", "#(error (97 98) #B(224 65))"},
    {"unicode", "characters_to_list", "(#B(97 237 160))", "#(incomplete (97) #B(237 160))"},
    {"unicode", "characters_to_list", "(#B(97 192))", "#(incomplete (97) #B(192))"},
    {"unicode", "characters_to_list", "(#B(97 192 128))", "#(error (97) #B(192 128))"},
    {"unicode", "characters_to_list", "(#B(97 128))", "#(error (97) #B(128))"},
    {"unicode", "characters_to_list", "(#B(97 248 128))", "#(error (97) #B(248 128))"},
    {"unicode", "characters_to_list", "((#B(240 159) #B(152) #B(128 33)))", "(128512 33)"},
    {"unicode", "characters_to_list", "((#B(240 159) #B(65) #B(128 33)))", "#(error () (#B(240 159 65) (#B(128 33))))"},
    {"unicode", "characters_to_list", "((#B(240 159) (#B(152)) 33))", "#(error () (#B(240 159 152) (33)))"},
    {"unicode", "characters_to_list", "((97 1114112))", "#(error (97) (1114112))"},
    {"unicode", "characters_to_list", "((97 1.0))", "#(EXC error badarg)"},
    {"unicode", "characters_to_list", "((97 100000000000000000000000))", "#(error (97) (100000000000000000000000))"},
    {"unicode", "characters_to_list", "(#B(255 254) latin1)", "(255 254)"},
    {"unicode", "characters_to_list", "((300) latin1)", "#(error () (300))"},
    {"unicode", "characters_to_list", "((#\"a\" 300) latin1)", "#(error (97) (300))"},
    {"unicode", "characters_to_list", "((#\"a\" (255 #B(200))) latin1)", "(97 255 200)"},
    {"unicode", "characters_to_binary", "((97 955))", "#B(97 206 187)"},
    {"unicode", "characters_to_binary", "((97 955) unicode latin1)", "#(error #B(97) ((955)))"},
    {"unicode", "characters_to_binary", "((97 233) unicode latin1)", "#B(97 233)"},
    {"unicode", "characters_to_binary", "((97 #\"bc\" 955 98) unicode latin1)", "#(error #B(97 98 99) ((955) 98))"},
    {"unicode", "characters_to_binary", "((97 955) unicode utf16)", "#B(0 97 3 187)"},
    {"unicode", "characters_to_binary", "((97 128512) unicode #(utf16 little))", "#B(97 0 61 216 0 222)"},
    {"unicode", "characters_to_binary", "((97 128512) unicode utf32)", "#B(0 0 0 97 0 1 246 0)"},
    {"unicode", "characters_to_binary", "((97 128512) unicode #(utf32 little))", "#B(97 0 0 0 0 246 1 0)"},
    {"unicode", "characters_to_binary", "((97 55296) unicode utf32)", "#(error #B(0 0 0 97) ((55296)))"},
    {"unicode", "characters_to_binary", "((97 -1) unicode utf16)", "#(error #B(0 97) ((-1)))"},
    {"unicode", "characters_to_binary", "((97 -1) unicode latin1)", "#(EXC error badarg)"},
    {"unicode", "characters_to_list", "(#B(0 97 216 61 222 0) utf16)", "(97 128512)"},
    {"unicode", "characters_to_list", "(#B(0 97 216 61) utf16)", "#(incomplete (97) #B(216 61))"},
    {"unicode", "characters_to_list", "(#B(0 97 216) utf16)", "#(incomplete (97) #B(216))"},
    {"unicode", "characters_to_list", "(#B(0 97 220 0) utf16)", "#(error (97) #B(220 0))"},
    {"unicode", "characters_to_list", "(#B(97 0 61 216 0 222) #(utf16 little))", "(97 128512)"},
    {"unicode", "characters_to_list", "(#B(97 0 61) #(utf16 little))", "#(incomplete (97) #B(61))"},
    {"unicode", "characters_to_list", "(#B(97 0 61 216 0) #(utf16 little))", "#(incomplete (97) #B(61 216 0))"},
    {"unicode", "characters_to_list", "(#B(0 0 0 97 0 1 246 0) utf32)", "(97 128512)"},
    {"unicode", "characters_to_list", "(#B(0 0 0 97 0 17 0 0) utf32)", "#(error (97) #B(0 17 0 0))"},
    {"unicode", "characters_to_list", "(#B(0 0 0 97 0 0) utf32)", "#(incomplete (97) #B(0 0))"},
    {"unicode", "characters_to_list", "(#B(97 0 0 0) #(utf32 little))", "(97)"},
    {"unicode", "characters_to_list", "(#B(97 0 0 0 0 216) #(utf32 little))", "#(incomplete (97) #B(0 216))"},
    {"unicode", "characters_to_list", "((#B(0 97 216) #B(61 222) #B(0 0 98)) utf16)", "(97 128512 98)"},
    {"unicode", "characters_to_list", "((#B(0 97 216) #B(61) (#B(222 0))) utf16)", "(97 128512)"},
    {"unicode", "characters_to_list", "((#B(0 97 216) 98) utf16)", "#(error (97) (#B(216) 98))"},
    {"unicode", "characters_to_list", "((#B(0 97 216) #B(61 0 0)) utf16)", "#(error (97) (#B(216 61 0 0) #B()))"},
    {"unicode", "characters_to_list", "((#B(0 97) . #B(216)) utf16)", "#(incomplete (97) #B(216))"},
    {"unicode", "characters_to_list", "((#B(0 97 216) . #B(61 222 0)) utf16)", "(97 128512)"},
    {"unicode", "characters_to_list", "((#B(0 97 216) . #B(61)) utf16)", "#(incomplete (97) #B(216 61))"},
    {"unicode", "characters_to_list", "((97 (98 (300 #B(0 99))) 100) utf16)", "(97 98 300 99 100)"},
    {"unicode", "characters_to_list", "((97 (98 (1114112 #B(0 99))) 100) utf16)", "#(error (97 98) ((((1114112) #B(0 99))) 100))"},
    {"unicode", "characters_to_binary", "(#\"abc\" latin1 utf8)", "#B(97 98 99)"},
    {"unicode", "characters_to_binary", "(#B(97 233) latin1 utf8)", "#B(97 195 169)"},
    {"unicode", "characters_to_binary", "(#B(97 233) latin1 latin1)", "#B(97 233)"},
    {"unicode", "characters_to_binary", "((97 233) latin1 latin1)", "#B(97 233)"},
    {"unicode", "characters_to_binary", "((97 #B(233) 300) latin1 latin1)", "#(error #B(97 233) ((300)))"},
    {"unicode", "characters_to_binary", "(#B(97 195 169) utf8 latin1)", "#B(97 233)"},
    {"unicode", "characters_to_binary", "(#B(97 195) utf8 latin1)", "#(incomplete #B(97) #B(195))"},
    {"unicode", "characters_to_binary", "((#B(97 195) \"x\") utf8 latin1)", "#(error #B(97) ((#B(195) 120)))"},
    {"unicode", "characters_to_binary", "((#B(97 196 128 98)) utf8 latin1)", "#(error #B(97) (#B(196 128 98)))"},
    {"unicode", "characters_to_binary", "((() (())))", "#B()"},
    {"unicode", "characters_to_list", "(() bogus)", "#(EXC error badarg)"},
    {"unicode", "characters_to_binary", "(\"a\" unicode bogus)", "#(EXC error badarg)"},
    {"unicode", "characters_to_binary", "(\"a\" bogus unicode)", "#(EXC error badarg)"},
    {"unicode", "characters_to_list", "((97 . 98))", "#(EXC error badarg)"},
    {"unicode", "characters_to_list", "(\"ab\" unicode)", "(97 98)"},
    {"unicode", "characters_to_list", "(\"ab\" utf8)", "(97 98)"},
    {"unicode", "characters_to_list", "((#\"ab\") utf16)", "(24930)"},
    {"unicode", "characters_to_list", "((97 98) utf16)", "(97 98)"},
    {"unicode", "characters_to_list", "((#B(0 97 0) #B(98)) utf16)", "(97 98)"},
    {"unicode", "characters_to_binary", "(((97 (#B(255) 98)) 99))", "#(error #B(97) (((#B(255) 98)) 99))"},
    {"unicode", "characters_to_binary", "(((97 (#B(206)) 98) 99))", "#(error #B(97) (#B(206) ((98) 99)))"},
    {"unicode", "characters_to_binary", "(((97 (#B(206)) #B(187)) 99))", "#B(97 206 187 99)"},
    {"unicode", "characters_to_binary", "(((97 (#B(206))) 99))", "#(error #B(97) (#B(206) (99)))"},
    {"unicode", "characters_to_binary", "((97 (#B(98 206))))", "#(incomplete #B(97 98) #B(206))"},
    {"unicode", "characters_to_binary", "((#B(97 255)))", "#(error #B(97) #B(255))"},
    {"unicode", "characters_to_binary", "((#B(97 255) 98))", "#(error #B(97) (#B(255) 98))"},
    {"unicode", "characters_to_binary", "(#B(97 255))", "#(error #B(97) #B(255))"},
    {"unicode", "characters_to_binary", "(#B(97 206 187))", "#B(97 206 187)"},
    {"unicode", "characters_to_binary", "(#B(97 206 187) latin1)", "#B(97 195 142 194 187)"},
    {"unicode", "characters_to_list", "((97 (#B(98 206))))", "#(incomplete (97 98) #B(206))"},
    {"unicode", "characters_to_list", "(((97 98) (#B(99 255) 100) 101))", "#(error (97 98 99) ((#B(255) 100) 101))"},
    {"unicode", "characters_to_list", "(((97 98) (1114112 100) 101))", "#(error (97 98) ((1114112 100) 101))"},
    {"unicode", "characters_to_binary", "(((97 98) (1114112 100) 101))", "#(error #B(97 98) ((1114112 100) 101))"},
    {"unicode", "characters_to_binary", "(((97 98) (1114112 100) 101) unicode latin1)", "#(error #B(97 98) (((1114112) 100) 101))"},
    {"unicode", "characters_to_binary", "(((97 98) (300 100) 101) unicode latin1)", "#(error #B(97 98) (((300) 100) 101))"},
    {"unicode", "characters_to_binary", "(((97 98) (300 100) . #\"x\") unicode latin1)", "#(error #B(97 98) (((300) 100) . #B(120)))"},
    {"unicode", "characters_to_binary", "(((97 98) (#B(206) 100) . #\"x\"))", "#(error #B(97 98) (#B(206) ((100) . #B(120))))"},
    {"unicode", "characters_to_binary", "(#\"abc\" utf8 #(utf16 little))", "#B(97 0 98 0 99 0)"},
    {"unicode", "characters_to_binary", "(#\"abc\" utf16)", "#(incomplete #B(230 133 162) #B(99))"},
    {"unicode", "characters_to_binary", "(#B(0 97 0) utf16)", "#(incomplete #B(97) #B(0))"},
    {"unicode", "characters_to_list", "((#\"a\" . a))", "#(EXC error badarg)"},
    {"unicode", "characters_to_binary", "((97 #B(195) 98) utf8 #(utf32 big))", "#(error #B(0 0 0 97) (#B(195) 98))"},
    {"unicode", "characters_to_binary", "((97 #B(195) #B(169)) utf8 #(utf32 big))", "#B(0 0 0 97 0 0 0 233)"},
    {"unicode", "bom_to_encoding", "(#B(239 187 191 1))", "#(utf8 3)"},
    {"unicode", "bom_to_encoding", "(#B(255 254 0 0))", "#(#(utf32 little) 4)"},
    {"unicode", "bom_to_encoding", "(#B(255 254 1 0))", "#(#(utf16 little) 2)"},
    {"unicode", "bom_to_encoding", "(#B(0 0 254 255))", "#(#(utf32 big) 4)"},
    {"unicode", "bom_to_encoding", "(#B(254 255))", "#(#(utf16 big) 2)"},
    {"unicode", "bom_to_encoding", "(#B(1 2))", "#(latin1 0)"},
    {"unicode", "encoding_to_bom", "(utf8)", "#B(239 187 191)"},
    {"unicode", "encoding_to_bom", "(#(utf16 little))", "#B(255 254)"},
    {"unicode", "encoding_to_bom", "(utf32)", "#B(0 0 254 255)"},
    {"unicode", "encoding_to_bom", "(latin1)", "#B()"},
    {"unicode", "encoding_to_bom", "(unicode)", "#B(239 187 191)"},
    {"unicode", "bom_to_encoding", "(abc)", "#(EXC error function_clause)"},
    {"unicode", "encoding_to_bom", "(bogus)", "#(EXC error function_clause)"},
    {"unicode", "characters_to_binary", "((97 1180591620717411303424))", "#(error #B(97) (1180591620717411303424))"},
    {"unicode", "characters_to_binary", "((97 -1180591620717411303424) latin1)", "#(error #B(97) (-1180591620717411303424))"},
};

START_TEST(unicode_rows)
{
    rows_check(&rows[_i]);
}
END_TEST

/* OTP's general converter takes binaries in 8192-byte slices, which
 * shows in Rest: erl gives {error, <<>>, [8192-byte bin, 10-byte bin]}
 * for <<220,0,0:(8200*8)>> as UTF-16, alone or in a list. */
START_TEST(utf16_rest_in_slices)
{
    size_t n = 8202;
    uint8_t *d;
    Term b = binary_alloc(n, &d);
    memset(d, 0, n);
    d[0] = 220;
    for (int inlist = 0; inlist < 2; inlist++) {
        Term argv[2] = {inlist ? make_cons(b, NIL) : b, A("utf16")};
        const BifInfo *f = NULL;
        for (size_t i = 0; i < bif_count; i++)
            if (!strcmp(bif_table[i].name, "characters_to_binary") &&
                bif_table[i].arity == 2)
                f = &bif_table[i];
        ck_assert(f != NULL);
        Term r = f->fn(rows_new_process(), argv);
        ck_assert(term_is_tuple(r) && tuple_arity(r) == 3);
        ck_assert(tuple_elems(r)[0] == ATOM_error);
        ck_assert_uint_eq(binary_byte_size(tuple_elems(r)[1]), 0);
        Term rest = tuple_elems(r)[2];
        ck_assert_int_eq(list_length(rest), 2);
        ck_assert_uint_eq(binary_byte_size(CAR(rest)), 8192);
        ck_assert_uint_eq(binary_byte_size(CAR(CDR(rest))), 10);
    }
}
END_TEST

Suite *bif_unicode_suite(void)
{
    Suite *s = suite_create("bif_unicode");
    TCase *tc = tcase_create("rows");
    tcase_add_loop_test(tc, unicode_rows, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, utf16_rest_in_slices);
    suite_add_tcase(s, tc);
    return s;
}

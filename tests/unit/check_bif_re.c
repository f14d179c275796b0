/* check_bif_re.c - the re module on PCRE2 (bif_re.c).
 *
 * Each row calls a BIF on arguments read with the LFE reader and compares
 * the result as lfe_io:print writes it.  The expected values were produced
 * by running the same calls on OTP 25 (PCRE 8.44) and printing them with
 * LFE 2.2.1's lfe_io:print1 (exceptions as #(EXC Class Reason)).
 */
#include "bif_rows.h"

#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/bif.h"
#include "../../runtime/gc.h"
#include "../../runtime/map.h"

static const Row rows[] = {
    {"re", "run", "(\"abc123\" \"[0-9]+\")", "#(match (#(3 3)))"},
    {"re", "run", "(\"abc\" \"x\")", "nomatch"},
    {"re", "run", "(\"abc123\" \"[0-9]+\" (#(capture all list)))", "#(match ((49 50 51)))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture all_but_first binary)))", "#(match (#B(97 98 99) #B(49 50 51)))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture first)))", "#(match (#(0 6)))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture (2 1 0))))", "#(match (#(3 3) #(0 3) #(0 6)))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture (2 1 0) list)))", "#(match ((49 50 51) (97 98 99) (97 98 99 49 50 51)))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture (5) list)))", "#(match (()))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture (5))))", "#(match (#(-1 0)))"},
    {"re", "run", "(\"abc123\" \"(?<w>[a-z]+)(?<n>[0-9]+)\" (#(capture (n w) list)))", "#(match ((49 50 51) (97 98 99)))"},
    {"re", "run", "(\"abc123\" \"(?<w>[a-z]+)(?<n>[0-9]+)\" (#(capture (\"n\" \"w\") binary)))", "#(match (#B(49 50 51) #B(97 98 99)))"},
    {"re", "run", "(\"abc123\" \"(?<w>[a-z]+)(?<n>[0-9]+)\" (#(capture (zz) binary)))", "#(match (#B()))"},
    {"re", "run", "(\"abc123\" \"(?<w>[a-z]+)(?<n>[0-9]+)\" (#(capture all_names binary)))", "#(match (#B(49 50 51) #B(97 98 99)))"},
    {"re", "run", "(\"abc123\" \"([a-z]+)([0-9]+)\" (#(capture all_names binary)))", "match"},
    {"re", "run", "(\"ac\" \"a(b)?c\" (#(capture all)))", "#(match (#(0 2)))"},
    {"re", "run", "(\"ac\" \"a(b)?(c)\" (#(capture all)))", "#(match (#(0 2) #(-1 0) #(1 1)))"},
    {"re", "run", "(\"ac\" \"a(b)?(c)\" (#(capture all list)))", "#(match ((97 99) () (99)))"},
    {"re", "run", "(\"ac\" \"a(b)?(c)\" (#(capture all binary)))", "#(match (#B(97 99) #B() #B(99)))"},
    {"re", "run", "(\"ac\" \"a(b)?c\" (#(capture (1) list)))", "#(match (()))"},
    {"re", "run", "(\"ac\" \"a(b)?c\" (#(capture (1))))", "#(match (#(-1 0)))"},
    {"re", "run", "(\"abcabc\" \"b\" (global))", "#(match ((#(1 1)) (#(4 1))))"},
    {"re", "run", "(\"abcabc\" \"b\" (global #(capture none)))", "match"},
    {"re", "run", "(\"abc\" \"x*\" (global))", "#(match ((#(0 0)) (#(1 0)) (#(2 0)) (#(3 0))))"},
    {"re", "run", "(\"abc\" \"x*\" (global #(capture all list)))", "#(match ((()) (()) (()) (())))"},
    {"re", "run", "(\"aaa\" \"a*?\" (global))", "#(match ((#(0 0)) (#(0 1)) (#(1 0)) (#(1 1)) (#(2 0)) (#(2 1)) (#(3 0))))"},
    {"re", "run", "(\"abc\" \"\" (global))", "#(match ((#(0 0)) (#(1 0)) (#(2 0)) (#(3 0))))"},
    {"re", "run", "(\"a\\r\\nb\" \"\" (global #(newline crlf)))", "#(match ((#(0 0)) (#(1 0)) (#(3 0)) (#(4 0))))"},
    {"re", "run", "(#B(206 187 97) \"\" (global unicode))", "#(match ((#(0 0)) (#(2 0)) (#(3 0))))"},
    {"re", "run", "((955 97) \"\" (global unicode))", "#(match ((#(0 0)) (#(2 0)) (#(3 0))))"},
    {"re", "run", "((955 97) \".\" (global unicode #(capture all list)))", "#(match (((955)) ((97))))"},
    {"re", "run", "((955 97) \".\" (global unicode #(capture all binary)))", "#(match ((#B(206 187)) (#B(97))))"},
    {"re", "run", "((955 97) \".\" ())", "#(EXC error badarg)"},
    {"re", "run", "(\"abcabc\" \"b\" (#(offset 2)))", "#(match (#(4 1)))"},
    {"re", "run", "(\"abcabc\" \"b\" (#(offset 6)))", "nomatch"},
    {"re", "run", "(\"abcabc\" \"b\" (#(offset -1)))", "#(EXC error badarg)"},
    {"re", "run", "(\"ABC\" \"b\" (caseless))", "#(match (#(1 1)))"},
    {"re", "run", "(\"xabc\" \"abc\" (anchored))", "nomatch"},
    {"re", "run", "(\"abc\" \"\" (notempty))", "nomatch"},
    {"re", "run", "(\"a\\nb\" \"^b\" ())", "nomatch"},
    {"re", "run", "(\"a\\nb\" \"^b\" (multiline))", "#(match (#(2 1)))"},
    {"re", "run", "(\"a\\nb\" \"a.b\" (dotall))", "#(match (#(0 3)))"},
    {"re", "run", "(\"ab\" \"a b\" (extended))", "#(match (#(0 2)))"},
    {"re", "run", "(\"abc\" \"b\" (notbol))", "#(match (#(1 1)))"},
    {"re", "run", "(\"abc\" \"^a\" (notbol))", "nomatch"},
    {"re", "run", "(\"abc\" \"c$\" (noteol))", "nomatch"},
    {"re", "run", "(\"abc\" \"b\" (bogus))", "#(EXC error badarg)"},
    {"re", "run", "(\"abc\" \"b\" (#(capture bogus)))", "#(EXC error badarg)"},
    {"re", "run", "(\"abc\" \"(\" ())", "#(EXC error badarg)"},
    {"re", "run", "(\"abc\" \"b\" (report_errors))", "#(match (#(1 1)))"},
    {"re", "run", "(\"abc\" \"(\" (report_errors))", "#(error #(compile #((109 105 115 115 105 110 103 32 41) 1)))"},
    {"re", "run", "(abc \"b\")", "#(EXC error badarg)"},
    {"re", "run", "(\"abc\" b)", "#(EXC error badarg)"},
    {"re", "run", "((97 (98 #\"c\")) (#\"b\" \"c\"))", "#(match (#(1 2)))"},
    {"re", "run", "((300) \"a\")", "#(EXC error badarg)"},
    {"re", "run", "(\"abc\" \"b\" (#(capture all index) #(capture first list)))", "#(match ((98)))"},
    {"re", "run", "(\"abc\" \"b\" (#(capture all list) global #(offset 1)))", "#(match (((98))))"},
    {"re", "run", "(\"abc\" \"b\" (#(match_limit 10)))", "#(match (#(1 1)))"},
    {"re", "compile", "(\"(\")", "#(error #((109 105 115 115 105 110 103 32 41) 1))"},
    {"re", "compile", "(\"a[\")", "#(error #((109 105 115 115 105 110 103 32 116 101 114 109 105 110 97 116 105 110 103 32 93 32 102 111 114 32 99 104 97 114 97 99 116 101 114 32 99 108 97 115 115) 2))"},
    {"re", "compile", "(\"a{2,1}\")", "#(error #((110 117 109 98 101 114 115 32 111 117 116 32 111 102 32 111 114 100 101 114 32 105 110 32 123 125 32 113 117 97 110 116 105 102 105 101 114) 5))"},
    {"re", "compile", "(\"*\")", "#(error #((110 111 116 104 105 110 103 32 116 111 32 114 101 112 101 97 116) 0))"},
    {"re", "compile", "(\"(?<n>a)(?<n>b)\")", "#(error #((116 119 111 32 110 97 109 101 100 32 115 117 98 112 97 116 116 101 114 110 115 32 104 97 118 101 32 116 104 101 32 115 97 109 101 32 110 97 109 101) 11))"},
    {"re", "compile", "(\"\\\\\")", "#(error #((92 32 97 116 32 101 110 100 32 111 102 32 112 97 116 116 101 114 110) 1))"},
    {"re", "compile", "(\"a)\")", "#(error #((117 110 109 97 116 99 104 101 100 32 112 97 114 101 110 116 104 101 115 101 115) 1))"},
    {"re", "compile", "(\"[z-a]\")", "#(error #((114 97 110 103 101 32 111 117 116 32 111 102 32 111 114 100 101 114 32 105 110 32 99 104 97 114 97 99 116 101 114 32 99 108 97 115 115) 3))"},
    {"re", "compile", "(\"(?P<1>a)\")", "#(error #((103 114 111 117 112 32 110 97 109 101 32 109 117 115 116 32 115 116 97 114 116 32 119 105 116 104 32 97 32 110 111 110 45 100 105 103 105 116) 4))"},
    {"re", "compile", "(\"\\\\k\")", "#(error #((92 107 32 105 115 32 110 111 116 32 102 111 108 108 111 119 101 100 32 98 121 32 97 32 98 114 97 99 101 100 44 32 97 110 103 108 101 45 98 114 97 99 107 101 116 101 100 44 32 111 114 32 113 117 111 116 101 100 32 110 97 109 101) 1))"},
    {"re", "compile", "(\"a\" (bogus))", "#(EXC error badarg)"},
    {"re", "compile", "(a)", "#(EXC error badarg)"},
    {"re", "replace", "(\"abcb\" \"b\" \"X\")", "(#B(97) #B(88) . #B(99 98))"},
    {"re", "replace", "(\"abcb\" \"b\" \"X\" (global))", "(#B(97) #B(88) #B(99) #B(88))"},
    {"re", "replace", "(\"abcb\" \"b\" \"X\" (#(return list)))", "(97 88 99 98)"},
    {"re", "replace", "(\"abcb\" \"b\" \"X\" (#(return binary) global))", "#B(97 88 99 88)"},
    {"re", "replace", "(\"abcb\" \"x\" \"X\")", "(97 98 99 98)"},
    {"re", "replace", "(#\"abcb\" \"x\" \"X\")", "#B(97 98 99 98)"},
    {"re", "replace", "(\"abcb\" \"(b)(c)\" \"[\\\\2\\\\1&\\\\0\\\\\\\\]\")", "(#B(97) (#B(91) #B(99) #B(98) #B(98 99) #B(48 92 93)) . #B(98))"},
    {"re", "replace", "(\"abcb\" \"(b)(c)\" \"[\\\\g2\\\\g{1}x\\\\9]\")", "(#B(97) (#B(91) #B(99) #B(98) #B(120) #B() #B(93)) . #B(98))"},
    {"re", "replace", "(\"abcb\" \"b\" \"\\\\&\" (global))", "(#B(97) #B(38) #B(99) #B(38))"},
    {"re", "replace", "(\"abcb\" \"b\" \"\\\\n\" (global))", "(#B(97) #B(110) #B(99) #B(110))"},
    {"re", "replace", "(\"abc\" \"\" \"-\" (global))", "(#B(45) #B(97) #B(45) #B(98) #B(45) #B(99) #B(45))"},
    {"re", "replace", "(\"abc\" \"\" \"-\" (global #(return list)))", "(45 97 45 98 45 99 45)"},
    {"re", "replace", "((955 97) \"a\" \"b\" (unicode #(return list)))", "(955 98)"},
    {"re", "replace", "((955 97) \"a\" (955) (unicode #(return binary)))", "#B(206 187 206 187)"},
    {"re", "replace", "((955 97) \"a\" (955) (unicode))", "(#B(206 187) #B(206 187))"},
    {"re", "replace", "(\"abc\" \"b\" \"X\" (#(capture all)))", "#(EXC error badarg)"},
    {"re", "replace", "(\"abc\" \"b\" \"X\" (#(return bogus)))", "#(EXC error badarg)"},
    {"re", "replace", "(\"abc\" \"b\" \"X\" (caseless #(return list)))", "(97 88 99)"},
    {"re", "split", "(\"a,b,,c,\" \",\")", "(#B(97) #B(98) #B() #B(99) #B())"},
    {"re", "split", "(\"a,b,,c,\" \",\" (#(return list)))", "((97) (98) () (99) ())"},
    {"re", "split", "(\"a,b,,c,,\" \",\" (trim))", "(#B(97) #B(98) #B() #B(99))"},
    {"re", "split", "(\"a,b,,c,,\" \",\" (#(parts 2)))", "(#B(97) #B(98 44 44 99 44 44))"},
    {"re", "split", "(\"a,b,,c,,\" \",\" (#(parts 0)))", "(#B(97) #B(98) #B() #B(99))"},
    {"re", "split", "(\"a,b,,c,,\" \",\" (#(parts infinity)))", "(#B(97) #B(98) #B() #B(99) #B() #B())"},
    {"re", "split", "(\"a1b2c\" \"([0-9])\" (group))", "((#B(97) #B(49)) (#B(98) #B(50)) (#B(99)))"},
    {"re", "split", "(\"a1b2c\" \"([0-9])\" (group #(return list)))", "(((97) (49)) ((98) (50)) ((99)))"},
    {"re", "split", "(\"a1b2c\" \"[0-9]\" (group))", "((#B(97)) (#B(98)) (#B(99)))"},
    {"re", "split", "(\"a1b2c\" \"(x)?[0-9]\")", "(#B(97) #B() #B(98) #B() #B(99))"},
    {"re", "split", "(\"abc\" \"\")", "(#B(97) #B(98) #B(99) #B())"},
    {"re", "split", "(\"abc\" \"\" (#(return list)))", "((97) (98) (99) ())"},
    {"re", "split", "(\"abc\" \"x\")", "(#B(97 98 99))"},
    {"re", "split", "(\"abc\" \"x\" (group))", "((#B(97 98 99)))"},
    {"re", "split", "(\"\" \"x\")", "(#B())"},
    {"re", "split", "(\"\" \"x\" (trim))", "(#B())"},
    {"re", "split", "(\"abc\" \"b\" (global))", "#(EXC error badarg)"},
    {"re", "split", "(\"abc\" \"b\" (#(capture all)))", "#(EXC error badarg)"},
    {"re", "split", "((955 97 955) \"a\" (unicode #(return list)))", "((955) (955))"},
    {"re", "split", "(\"a,b\" \",\" (#(parts -1)))", "#(EXC error badarg)"},
    {"re", "split", "(\",a,,b,,\" \",\" (trim group))", "((#B()) (#B(97)) (#B()) (#B(98)))"},
};

START_TEST(re_rows)
{
    rows_check(&rows[_i]);
}
END_TEST

Suite *bif_re_suite(void)
{
    Suite *s = suite_create("bif_re");
    TCase *tc = tcase_create("rows");
    tcase_add_loop_test(tc, re_rows, 0, (int)(sizeof rows / sizeof rows[0]));
    suite_add_tcase(s, tc);
    return s;
}

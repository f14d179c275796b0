/* bif_pretty.c - io_lib_pretty:print/1,2, the ~p printer with its
 * options (column, line_length, depth, encoding, strings, chars_limit),
 * for io_lib:format/3's chars_limit (lib/io_lib.lfe) and for code that
 * calls io_lib_pretty directly.  The printing is reader/pretty_erl.c's;
 * the result is a flat list of characters (OTP's is a deep list of the
 * same characters).  record_print_fun and line_max_chars are accepted
 * and ignored.
 */
#include "bif.h"

#include <limits.h>

#include "../reader/print.h"
#include "atom.h"
#include "format.h"

#include "bifs.def"

/* An integer option in [lo, INT_MAX], clamped; false when it is there but
 * not an integer. */
static bool int_opt(Term v, int lo, int *out)
{
    if (v == NONE)
        return true;
    if (!term_is_small(v))
        return false;
    int64_t x = small_val(v);
    *out = x < lo ? lo : x > INT_MAX ? INT_MAX : (int)x;
    return true;
}

Term bif_io_lib_pretty_print_1(Process *p, const Term *args)
{
    (void)p;
    StrBuf text;
    strbuf_init(&text);
    print_erl_pretty(&text, args[0], NULL);
    return format_to_list(&text);
}

Term bif_io_lib_pretty_print_2(Process *p, const Term *args)
{
    Term opts = args[1];
    Term col = NONE, ll = NONE, depth = NONE, limit = NONE, enc = NONE, str = NONE;
    static const char *const keys[] = {"column", "line_length", "depth", "chars_limit",
                                       "encoding", "strings"};
    Term *vals[] = {&col, &ll, &depth, &limit, &enc, &str};
    for (; term_is_cons(opts); opts = CDR(opts)) {
        Term e = CAR(opts);
        if (!term_is_tuple(e) || tuple_arity(e) != 2)
            continue;
        for (int k = 0; k < 6; k++)
            if (tuple_elems(e)[0] == atom_from_cstr(keys[k]) && *vals[k] == NONE)
                *vals[k] = tuple_elems(e)[1];
    }
    if (!term_is_nil(opts))
        return bif_badarg(p);
    PrintOpts o = print_default_opts();
    o.unicode = enc != ATOM_latin1; /* the default is utf8 */
    o.strings = str != ATOM_false_;
    if (!int_opt(col, 1, &o.column) || !int_opt(ll, 0, &o.line_length) ||
        !int_opt(depth, -1, &o.depth) || !int_opt(limit, -1, &o.chars_limit))
        return bif_badarg(p);
    StrBuf text;
    strbuf_init(&text);
    print_erl_pretty(&text, args[0], &o);
    return format_to_list(&text);
}

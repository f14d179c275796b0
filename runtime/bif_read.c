/* bif_read.c - lfe_io:read_string/1: LFE forms from a string, with the
 * reader in reader/.
 *
 * Returns {ok, Forms} for every form in the text, or {error, {Line,
 * Module, Reason}} shaped as LFE 2.2.1 gives it for the common cases: text
 * that ends inside a form is {Line, lfe_parse, missing_token}, a stray
 * token is {Line, lfe_parse, {illegal, Token}}; other errors carry the
 * reader's message as a string.  #.(...) read-time evaluation needs the
 * compiler and is an error here.
 */
#include "bif.h"

#include <string.h>

#include "../reader/read.h"
#include "atom.h"
#include "gc.h"
#include "strbuf.h"

#include "bifs.def"

static Term read_error(const Reader *r, const ReadError *err)
{
    Term line = make_small(err->line ? err->line : 1);
    const char *m = err->message;
    size_t n = strlen(m);
    if (reader_incomplete(r) && strncmp(m, "unterminated string", 19) != 0)
        return make_tuple2(atom_from_cstr("error"),
                           make_tuple3(line, atom_from_cstr("lfe_parse"),
                                       atom_from_cstr("missing_token")));
    if (n > 10 && strncmp(m, "illegal '", 9) == 0 && m[n - 1] == '\'') {
        Term tok = atom_intern(m + 9, n - 10);
        if (tok != NONE)
            return make_tuple2(
                atom_from_cstr("error"),
                make_tuple3(line, atom_from_cstr("lfe_parse"),
                            make_tuple2(atom_from_cstr("illegal"), tok)));
    }
    Term text = NIL;
    for (size_t i = n; i-- > 0;)
        text = make_cons(make_small((uint8_t)m[i]), text);
    return make_tuple2(atom_from_cstr("error"),
                       make_tuple3(line, atom_from_cstr("lfe_parse"), text));
}

/* Every form of Chars (a proper list of code points), each paired with
 * the line it starts on (counting from line) when lines is true. */
static Term read_all(Process *p, Term chars, bool lines, int64_t line0);

/* read_string(Chars): the code points of a proper list, as UTF-8. */
Term bif_read_read_string_1(Process *p, const Term *args)
{
    return read_all(p, args[0], false, 1);
}

/* elfe_read:forms_lines(Chars, Line): {ok, [{Form, Line}]}, the lines
 * counted from Line, or read_string's errors (lfe_io:parse_file). */
Term bif_elfe_read_forms_lines_2(Process *p, const Term *args)
{
    if (!term_is_small(args[1]) || small_val(args[1]) < 1)
        return bif_badarg(p);
    return read_all(p, args[0], true, small_val(args[1]));
}

static Term read_all(Process *p, Term chars, bool lines, int64_t line0)
{
    StrBuf text;
    strbuf_init(&text);
    Term l = chars;
    for (; term_is_cons(l); l = CDR(l)) {
        Term c = CAR(l);
        if (!term_is_small(c) || small_val(c) < 0 || small_val(c) > 0x10FFFF)
            return bif_error(p, ATOM_function_clause);
        strbuf_put_utf8(&text, (uint32_t)small_val(c));
    }
    if (!term_is_nil(l))
        return bif_error(p, ATOM_function_clause);
    Reader *r = reader_new("string", (const uint8_t *)text.data, text.len, NULL);
    Term forms[64], *all = forms;
    size_t n = 0, cap = 64;
    for (;;) {
        Term t;
        ReadError err;
        memset(&err, 0, sizeof err);
        int st = reader_next(r, &t, &err);
        if (st == 0)
            break;
        if (st < 0)
            return read_error(r, &err);
        if (n == cap) {
            Term *bigger = gc_alloc(2 * cap * sizeof *bigger);
            memcpy(bigger, all, n * sizeof *bigger);
            all = bigger;
            cap *= 2;
        }
        all[n++] = lines ? make_tuple2(t, make_small(line0 - 1 +
                                                     reader_form_line(r)))
                         : t;
    }
    return make_tuple2(atom_from_cstr("ok"), list_from_array(all, n));
}

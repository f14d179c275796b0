/* print_erl_impl.h - what print_erl.c (io_lib:write, atoms, strings) and
 * pretty_erl.c (io_lib_pretty, the ~p layout) share.  Internal to the
 * Erlang-syntax printer; the rest of elfe uses print.h.
 */
#ifndef ELFE_PRINT_ERL_IMPL_H
#define ELFE_PRINT_ERL_IMPL_H

#include "print.h"

/* How a string's characters are escaped, as io_lib's three writers:
 * write_latin1_string, write_string, write_string_as_latin1. */
typedef enum ErlStrEnc {
    ERLSTR_LATIN1,         /* 160..255 as is                      */
    ERLSTR_UNICODE,        /* 160 and up as is                    */
    ERLSTR_UNICODE_LATIN1  /* 160..255 as is, 256 and up \x{HEX}  */
} ErlStrEnc;

/* Append character c of a string quoted with q, escaped as io_lib does
 * (characters of 128 and more go out as UTF-8). */
void print_erl_string_char(StrBuf *out, uint32_t c, char q, ErlStrEnc enc);
/* An atom as io_lib:write_atom (unicode) or write_atom_as_latin1. */
void print_erl_atom_enc(StrBuf *out, Term atom, bool unicode);
/* Whether a term is a non-empty proper list of latin-1 printable
 * characters (io_lib:printable_latin1_list/1). */
bool print_erl_printable_latin1(Term list);
/* Whether c is printable in io_lib's latin-1 sense. */
bool print_erl_printable_char(uint64_t c);
/* io_lib:write of a term that is neither a list, tuple, map nor
 * bitstring: numbers, atoms (latin-1 form), pids, refs, funs, ports. */
void print_erl_simple(StrBuf *out, Term t);
/* io_lib:write_binary(B, Depth): "<<1,2,3>>", "<<1,...>>", "<<5:4>>". */
void print_erl_binary(StrBuf *out, Term bin, int depth);
/* Number of characters (code points) in UTF-8 text. */
size_t print_erl_chars(const char *s, size_t n);

#endif

/* format.h - the formatting engines behind io:format, io_lib:format and
 * lfe_io:format.
 *
 * Each takes the format (a string, binary or atom, as the BEAM accepts)
 * and the argument list, and appends the formatted text to out as UTF-8.
 * They are pure leaves: no I/O, no callbacks into the VM.  They return 0,
 * or -1 when the format or the arguments are bad (the caller raises
 * badarg, as io_lib:format does).  Printing terms goes through the
 * printers of reader/print.h.
 */
#ifndef ELFE_FORMAT_H
#define ELFE_FORMAT_H

#include "strbuf.h"
#include "term.h"

/* io_lib:format/2 (and io:format/1,2,3's text): every control sequence of
 * OTP 25 (~w ~p ~W ~P ~s ~a ~c ~e ~f ~g ~b ~B ~x ~X ~# ~+ ~i ~n ~~ and
 * the t and l modifiers, field width, precision, padding, *). */
int format_erl(Term fmt, Term args, StrBuf *out);
/* lfe_io:format/2: LFE's control sequences (~w ~p ~W ~P print terms in
 * LFE syntax; the rest as io_lib). */
int format_lfe(Term fmt, Term args, StrBuf *out);
/* The characters of a UTF-8 buffer as a list of code points, the value
 * io_lib:format returns. */
Term format_to_list(const StrBuf *text);
/* Write UTF-8 text to a device whose encoding is latin-1, as the BEAM's
 * standard output is by default: characters up to 255 become single
 * bytes, larger ones the escape the BEAM writes (\x{3BB}). */
void format_to_latin1(const StrBuf *text, StrBuf *bytes);

#endif

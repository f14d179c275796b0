/* asm_write.h - writing module assembly as text that reads back exactly.
 *
 * elfec's NAME.elfe files hold a module's assembly in LFE syntax, read back
 * by the loader with the ordinary reader.  LFE's own printer is not
 * lossless for this (a tab in a quoted symbol prints as \t, which the
 * reader takes as t), so this writer prints every atom in bars escaping
 * only | and \, and leaves other characters raw.
 */
#ifndef ELFE_ASM_WRITE_H
#define ELFE_ASM_WRITE_H

#include "../runtime/strbuf.h"
#include "../runtime/term.h"

/* Append t so that the reader gives back a term =:= to it.  Only terms
 * that can be literals (no pids, refs, ports or funs) are supported. */
void asm_write(StrBuf *out, Term t);

#endif

/* read.h - the LFE reader: source text to terms.
 *
 * Reads every literal syntax of the LFE user guide from UTF-8 text, one
 * form at a time, recording each form's position in an optional SrcMap.
 * Bad input is never fatal: it gives a ReadError with file, line, column
 * and an Erlang-style message, and the reader never crashes or loops.
 */
#ifndef ELFE_READ_H
#define ELFE_READ_H

#include "srcmap.h"

typedef struct ReadError {
    const char *file;
    uint32_t line;
    uint32_t col;
    char message[200];
} ReadError;

/* Evaluate the form of a #.(...) read-time evaluation; NONE on failure
 * with err->message set.  Installed by the compiler. */
typedef Term (*ReadEvalFn)(void *ctx, Term form, ReadError *err);

/* A reader over text[0..len), which must stay alive as long as the reader.
 * file names the source in errors; positions may be NULL. */
Reader *reader_new(const char *file, const uint8_t *text, size_t len,
                   SrcMap *positions);
void reader_set_eval(Reader *r, ReadEvalFn eval, void *ctx);
/* The next form: 1 and *out set, 0 at end of input, -1 on error (*err set,
 * unless err is NULL; after an error the reader stays at end of input). */
int reader_next(Reader *r, Term *out, ReadError *err);
/* Whether the text ends inside an unfinished form (the REPL's continuation
 * prompt): true after an error caused only by running out of input. */
bool reader_incomplete(const Reader *r);
/* The line where the form reader_next last returned starts. */
uint32_t reader_form_line(const Reader *r);
/* Format an error as "FILE:LINE:COL: message". */
void read_error_format(const ReadError *err, StrBuf *out);

#endif

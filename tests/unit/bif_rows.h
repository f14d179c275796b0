/* bif_rows.h - table-driven BIF tests: call a BIF on arguments written in
 * LFE syntax and compare the result as lfe_io:print writes it.
 *
 * A Row is {module, name, args, want}: args is an LFE list of the
 * arguments, want the expected result printed in LFE syntax, or
 * #(EXC Class Reason) for an exception.  Shared by the check_bif_* suites
 * whose expected values were generated on OTP 25.
 */
#ifndef ELFE_BIF_ROWS_H
#define ELFE_BIF_ROWS_H

#include "unit.h"

#include "../../runtime/bif.h"

typedef struct Row {
    const char *mod, *name, *args, *want;
} Row;

/* One LFE term from text (fails the test when it does not read). */
Term rows_read(const char *text);
/* The BIF mod:name/arity in bif_table, or NULL. */
const BifInfo *rows_find_bif(const char *mod, const char *name,
                             uint32_t arity);
/* A process good enough for BIFs: a pid, an empty dictionary. */
Process *rows_new_process(void);
/* mod:name applied to the elements of args; exceptions as #(EXC C R). */
Term rows_call(const char *mod, const char *name, const char *args);
/* A term in LFE syntax (lfe_io:print). */
const char *rows_show(Term t);
/* Run one row and fail the test on a mismatch. */
void rows_check(const Row *r);

#endif

/* fuzz_reader.c - libFuzzer harness for the LFE reader.
 *
 * Reads every form of the input twice: once without a read-time evaluator
 * and once with a stand-in one (it returns the form, or fails on the form
 * `fail`), each time with a source map.  Checks what must always hold: a
 * form comes back or a well-formed error does (position from 1:1,
 * non-empty message, "FILE:LINE:COL: message"), every cons or boxed form
 * has a position, and the reader stays at the end after an error.  Crashes,
 * hangs, sanitizer reports and leaks are libFuzzer's business.
 *
 * Leak checking: every term lives in the Boehm collector's heap, which the
 * collector maps itself (mmap/sbrk), not through malloc, so LeakSanitizer
 * never tracks it and cannot report it; leak detection therefore stays on,
 * and a malloc without its free anywhere in the reader is still caught.
 * What LeakSanitizer cannot see is a malloc'd block whose only reference
 * sits in GC memory: it would be reported as a leak, which is what we want
 * (STYLE.md forbids hiding references in malloc'd memory the other way
 * round, and a malloc'd block owned by a GC object is a real leak when the
 * object dies).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/elfe.h"
#include "../../reader/read.h"
#include "../../runtime/atom.h"
#include "../../runtime/strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Term fake_eval(void *ctx, Term form, ReadError *err)
{
    (void)ctx;
    if (form == atom_from_cstr("fail")) {
        snprintf(err->message, sizeof err->message, "failed on purpose");
        return NONE;
    }
    return form;
}

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_reader: invariant broken: %s\n", what);
        abort();
    }
}

static void read_all(const uint8_t *data, size_t size, bool with_eval)
{
    SrcMap *map = srcmap_new("fuzz.lfe");
    Reader *r = reader_new("fuzz.lfe", data, size, map);
    if (with_eval)
        reader_set_eval(r, fake_eval, NULL);
    Term t;
    ReadError err;
    int rc;
    while ((rc = reader_next(r, &t, &err)) == 1) {
        check(t != NONE, "a form is never NONE");
        if (term_is_cons(t) || term_is_boxed(t)) {
            SrcPos pos;
            check(srcmap_get(map, t, &pos), "every compound form has a position");
            check(pos.line >= 1 && pos.col >= 1, "positions start at 1:1");
        }
    }
    if (rc < 0) {
        check(err.line >= 1 && err.col >= 1, "error positions start at 1:1");
        check(err.message[0] != '\0', "errors have a message");
        check(memchr(err.message, '\0', sizeof err.message) != NULL,
              "error messages are terminated");
        StrBuf b;
        strbuf_init(&b);
        read_error_format(&err, &b);
        check(strncmp(b.data, "fuzz.lfe:", 9) == 0, "errors name the file");
        check(reader_next(r, &t, &err) == 0, "the reader stays at the end");
    }
    (void)reader_incomplete(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool started;
    if (!started) {
        elfe_init();
        started = true;
    }
    read_all(data, size, false);
    read_all(data, size, true);
    return 0;
}

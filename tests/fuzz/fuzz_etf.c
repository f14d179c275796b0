/* fuzz_etf.c - libFuzzer harness for the external term format (etf.c).
 *
 * Decodes the input, normally and in safe mode, with a runtime that has
 * no modules (so closures are looked up and refused).  Whenever a term
 * comes back it checks what must always hold: `used` stays within the
 * input, a safe decode that succeeds gives the same term, the term
 * encodes, its encoding decodes to an =:= term, and encoding that term
 * again gives the same bytes (our encoding is canonical), compressed or
 * not.  Crashes, hangs, sanitizer reports and leaks are libFuzzer's.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/elfe.h"
#include "../../runtime/binary.h"
#include "../../runtime/code.h"
#include "../../runtime/compare.h"
#include "../../runtime/etf.h"
#include "../../runtime/strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_etf: invariant broken: %s\n", what);
        abort();
    }
}

static void round_trip(Term t, Runtime *rt, int level)
{
    EtfEncodeOpts eo = etf_encode_defaults();
    eo.compress = level;
    EtfDecodeOpts dop = {false, rt, 0};
    StrBuf b1, b2;
    strbuf_init(&b1);
    strbuf_init(&b2);
    Term reason = NONE;
    check(etf_encode_buf(&b1, t, &eo, &reason), "a decoded term encodes");
    size_t used = 0;
    Term back = etf_decode((const uint8_t *)b1.data, b1.len, &dop, &used, &reason);
    check(back != NONE, "an encoding decodes");
    check(used == b1.len, "decoding an encoding uses all of it");
    check(term_exact_equal(back, t), "decode(encode(T)) =:= T");
    check(etf_encode_buf(&b2, back, &eo, &reason), "the copy encodes");
    check(b1.len == b2.len && memcmp(b1.data, b2.data, b1.len) == 0,
          "encoding is canonical");
    int64_t n = etf_encoded_size(t, &eo, &reason);
    check(level > 0 || n == (int64_t)b1.len, "etf_encoded_size is the size");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Runtime *rt;
    if (!rt) {
        elfe_init();
        rt = code_new_runtime();
    }
    EtfDecodeOpts plain = {false, rt, 0}, safe = {true, rt, 0};
    size_t used = 0;
    Term reason = NONE;
    Term t = etf_decode(data, size, &plain, &used, &reason);
    if (t == NONE) {
        check(reason != NONE, "a failed decode gives a reason");
        return 0;
    }
    check(used <= size, "used is within the input");
    Term s = etf_decode(data, size, &safe, NULL, &reason);
    check(s == NONE || term_exact_equal(s, t), "safe decoding agrees");
    round_trip(t, rt, 0);
    if (size < 2048)
        round_trip(t, rt, 6);
    return 0;
}

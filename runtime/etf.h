/* etf.h - the external term format: term_to_binary and binary_to_term.
 *
 * The encoder writes exactly the bytes Erlang/OTP 25 writes for the same
 * term (local pids, refs and ports as on 'nonode@nohost', creation 0),
 * except for closures, whose 16-byte md5 the BEAM computes from its own
 * code (see etf.c for what is written instead).  The decoder reads every
 * format OTP 25 can produce, old formats included, and rejects anything
 * malformed without crashing, recursing on the C stack or allocating more
 * than a small multiple of its input.  The encoded form starts with the
 * version byte 131; the C API is also what the code loader and the
 * distribution use to store and send terms.
 *
 * Compression (the `compressed` option, and compressed input) uses zlib.
 */
#ifndef ELFE_ETF_H
#define ELFE_ETF_H

#include "term.h"

typedef struct Runtime Runtime;

/* Options of term_to_binary/2. */
typedef struct EtfEncodeOpts {
    int compress;       /* zlib level 1..9, 0 for none (`compressed` is 6) */
    int minor_version;  /* 0 (string floats), 1 (OTP 25's default), 2    */
    bool deterministic; /* large maps in key order                       */
    Term fun_pid;       /* pid written into closures; NONE: <0.0.0>      */
} EtfEncodeOpts;

/* Options of binary_to_term/2. */
typedef struct EtfDecodeOpts {
    bool safe;   /* make no new atoms, no funs of unknown code         */
    Runtime *rt; /* resolves closures and export funs; NULL: refuse them */
    Term source; /* the binary holding the input, or 0: binaries of 64
                    bytes or more then share its bytes (no copy)      */
} EtfDecodeOpts;

/* The options term_to_binary/1 uses. */
EtfEncodeOpts etf_encode_defaults(void);
/* Append the encoding of t (version byte first, compressed if asked) to
 * out.  False, with *reason set (badarg, system_limit), for a term that
 * has no external form. */
bool etf_encode_buf(StrBuf *out, Term t, const EtfEncodeOpts *opts,
                    Term *reason);
/* The encoding of t as a binary, or NONE with *reason set. */
Term etf_encode(Term t, const EtfEncodeOpts *opts, Term *reason);
/* The size in bytes of the encoding of t (uncompressed), or -1 with
 * *reason set. */
int64_t etf_encoded_size(Term t, const EtfEncodeOpts *opts, Term *reason);
/* The term encoded at the start of data[0..len), or NONE with *reason set
 * (badarg).  *used (when not NULL) gets the bytes read; trailing bytes
 * after the term are allowed, as binary_to_term allows them. */
Term etf_decode(const uint8_t *data, size_t len, const EtfDecodeOpts *opts,
                size_t *used, Term *reason);

#endif

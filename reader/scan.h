/* scan.h - the LFE scanner: UTF-8 text to tokens (internal to reader/).
 *
 * The scanner turns the text into tokens one at a time, tracking line and
 * column (1-based, in characters).  Atoms, numbers, strings, binary
 * strings, characters and #'f/a function references are finished values;
 * brackets, prefixes (' ` , ,@ #.) and the dot are left to the parser in
 * read.c.  Comments and white space are skipped.  Errors fill the
 * ReadError given at scan_init and return -1.
 */
#ifndef ELFE_SCAN_H
#define ELFE_SCAN_H

#include "read.h"

typedef enum TokKind {
    TOK_EOF,
    TOK_VALUE,        /* a finished term: see ValKind */
    TOK_LPAREN,       /* (   */
    TOK_LBRACKET,     /* [   */
    TOK_RPAREN,       /* )   */
    TOK_RBRACKET,     /* ]   */
    TOK_HASH_PAREN,   /* #(  */
    TOK_HASH_MAP,     /* #M( */
    TOK_HASH_BINARY,  /* #B( */
    TOK_HASH_STRUCT,  /* #S( */
    TOK_QUOTE,        /* '   */
    TOK_BACKQUOTE,    /* `   */
    TOK_COMMA,        /* ,   */
    TOK_COMMA_AT,     /* ,@  */
    TOK_DOT,          /* .   */
    TOK_HASH_DOT      /* #.  */
} TokKind;

/* What a TOK_VALUE holds, for error messages ("illegal symbol"). */
typedef enum ValKind {
    VAL_SYMBOL,
    VAL_NUMBER,
    VAL_STRING,
    VAL_BINARY,
    VAL_FUN /* #'f/a, already (function f a) */
} ValKind;

typedef struct Token {
    TokKind kind;
    ValKind vkind;
    Term value;   /* TOK_VALUE only */
    uint32_t line; /* where the token starts */
    uint32_t col;
} Token;

typedef struct Scanner {
    const uint8_t *text;
    size_t len;
    size_t pos; /* byte offset of the next character */
    uint32_t line;
    uint32_t col;
    ReadError *err;    /* filled on error */
    bool incomplete;   /* the last error was running out of input */
    /* Scratch code-point buffers (pointer-free GC memory). */
    uint32_t *buf;
    size_t buf_len, buf_cap;
    uint32_t *out;
    size_t out_len, out_cap;
    size_t *lines; /* triple-quoted strings: start of each line in buf */
    size_t lines_len, lines_cap;
} Scanner;

/* Start scanning text[0..len); errors go to *err. */
void scan_init(Scanner *s, const uint8_t *text, size_t len, ReadError *err);
/* The next token: 1 with *tok set (TOK_EOF at the end), -1 on error. */
int scan_next(Scanner *s, Token *tok);
/* Record an error at line:col and return -1; incomplete says it was
 * caused only by the end of the input. */
int scan_fail(Scanner *s, uint32_t line, uint32_t col, bool incomplete,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* An integer term from digits in base 2..36 (validated by the caller). */
Term scan_make_integer(const char *digits, size_t n, int base, bool negative);

#endif

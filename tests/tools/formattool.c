/* formattool.c - runs the format engines on LFE terms, for golden tests.
 *
 * usage: formattool erl|lfe
 * Reads LFE forms from standard input in pairs, FORMAT ARGS, and for each
 * pair prints "[TEXT]" and a newline, TEXT being what io_lib:format (erl)
 * or lfe_io:format (lfe) makes of them, written as the BEAM writes to its
 * latin-1 standard output (characters above 255 as \x{...}); a bad format
 * or argument list prints "** badarg".  The expected outputs come from
 * tests/golden/format_erl/mkout, which runs the same pairs on the real
 * implementations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/elfe.h"
#include "../../reader/read.h"
#include "../../runtime/format.h"
#include "../../runtime/strbuf.h"
#include "slurp.h"

int main(int argc, char **argv)
{
    if (argc != 2 || (strcmp(argv[1], "erl") && strcmp(argv[1], "lfe"))) {
        fprintf(stderr, "usage: formattool erl|lfe\n");
        return 2;
    }
    bool lfe = !strcmp(argv[1], "lfe");
    elfe_init();
    size_t len;
    uint8_t *text = slurp(stdin, &len);
    Reader *r = reader_new("stdin", text, len, NULL);
    Term fmt, args;
    ReadError err;
    int status;
    while ((status = reader_next(r, &fmt, &err)) == 1) {
        if ((status = reader_next(r, &args, &err)) != 1) {
            if (status == 0)
                printf("formattool: a format without arguments\n");
            break;
        }
        StrBuf out, bytes;
        strbuf_init(&out);
        strbuf_init(&bytes);
        int rc = lfe ? format_lfe(fmt, args, &out) : format_erl(fmt, args, &out);
        if (rc < 0) {
            printf("** badarg\n");
            continue;
        }
        format_to_latin1(&out, &bytes);
        putchar('[');
        fwrite(bytes.data, 1, bytes.len, stdout);
        printf("]\n");
    }
    if (status < 0) {
        StrBuf msg;
        strbuf_init(&msg);
        read_error_format(&err, &msg);
        printf("%s\n", msg.data);
        return 1;
    }
    return status == 0 ? 0 : 1;
}

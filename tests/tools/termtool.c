/* termtool.c - reads LFE terms from standard input and prints each one, for
 * golden tests of the reader and the printers.
 *
 * usage: termtool MODE [DEPTH [COLUMN [LINE_LENGTH]]]
 *   MODE: lfe-w lfe-p erl-w erl-p (lfe_io ~w/~p, io_lib ~w/~p),
 *         erl-tw erl-tp (the unicode ~tw/~tp), read (one form per line in
 *         LFE ~w syntax with its line:column).
 * A read error prints "FILE:LINE:COL: message" and stops with status 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/elfe.h"
#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/gc.h"
#include "slurp.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: termtool MODE [DEPTH [COLUMN [LINE_LENGTH]]]\n");
        return 2;
    }
    elfe_init();
    const char *mode = argv[1];
    PrintOpts opts = print_default_opts();
    if (argc > 2)
        opts.depth = atoi(argv[2]);
    if (argc > 3)
        opts.column = atoi(argv[3]);
    if (argc > 4)
        opts.line_length = atoi(argv[4]);
    size_t len;
    uint8_t *text = slurp(stdin, &len);
    SrcMap *positions = srcmap_new("stdin");
    Reader *r = reader_new("stdin", text, len, positions);
    Term t;
    ReadError err;
    int status;
    while ((status = reader_next(r, &t, &err)) == 1) {
        StrBuf out;
        strbuf_init(&out);
        if (!strcmp(mode, "lfe-w")) {
            print_lfe_write(&out, t, &opts);
        } else if (!strcmp(mode, "lfe-p")) {
            print_lfe_pretty(&out, t, &opts);
        } else if (!strcmp(mode, "erl-w") || !strcmp(mode, "erl-tw")) {
            opts.unicode = mode[4] == 't';
            print_erl_write(&out, t, &opts);
        } else if (!strcmp(mode, "erl-p") || !strcmp(mode, "erl-tp")) {
            opts.unicode = mode[4] == 't';
            print_erl_pretty(&out, t, &opts);
        } else if (!strcmp(mode, "read")) {
            SrcPos pos;
            if (srcmap_get(positions, t, &pos))
                strbuf_printf(&out, "%u:%u ", pos.line, pos.col);
            else
                strbuf_puts(&out, "-:- ");
            print_lfe_write(&out, t, &opts);
        } else {
            fprintf(stderr, "termtool: unknown mode %s\n", mode);
            return 2;
        }
        fwrite(out.data, 1, out.len, stdout);
        putchar('\n');
    }
    if (status < 0) {
        StrBuf msg;
        strbuf_init(&msg);
        read_error_format(&err, &msg);
        printf("%s\n", msg.data);
        return 1;
    }
    return 0;
}

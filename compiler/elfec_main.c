/* elfec_main.c - the `elfec` command: compile LFE modules to files.
 *
 *   elfec [-o DIR] [-pa DIR]... FILE.lfe...
 * Each module in each file becomes DIR/NAME.beam: its assembly in LFE
 * syntax (elfe's own format, not the BEAM's: the name only lets tools
 * and layouts that look for ebin/NAME.beam find it), which elfe loads
 * from its code path (-pa DIR).  Errors print
 * FILE:LINE:COL: message and exit 1; warnings (FILE:LINE:COL: Warning:
 * ...) go to standard error and the module is still written.  Macros
 * exported by other modules ((mod:macro ...)) are found by loading mod
 * from ".", the -pa directories and DIR, as lfec finds them on its code
 * path.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../include/elfe.h"
#include "../runtime/atom.h"
#include "../runtime/gc.h"
#include "asm_write.h"
#include "compile.h"

static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    StrBuf b;
    strbuf_init(&b);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&b, buf, n);
    fclose(f);
    *len = b.len;
    return (uint8_t *)b.data;
}

static int write_module(const char *dir, Term assembly)
{
    Term name = tuple_elems(assembly)[1];
    StrBuf path;
    strbuf_init(&path);
    strbuf_printf(&path, "%s/%s.beam", dir, atom_name(name));
    StrBuf text;
    strbuf_init(&text);
    asm_write(&text, assembly);
    strbuf_putc(&text, '\n');
    FILE *f = fopen(path.data, "wb");
    if (!f || fwrite(text.data, 1, text.len, f) != text.len || fclose(f)) {
        fprintf(stderr, "elfec: cannot write %s\n", path.data);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    elfe_init();
    const char *outdir = ".";
    int files = 0, status = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--version") || !strcmp(a, "-v")) {
            printf("elfec %s\n", elfe_version());
            return 0;
        }
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            printf("usage: elfec [-o DIR] [-pa DIR]... FILE.lfe...\n");
            return 0;
        }
        if (!strcmp(a, "-o") && i + 1 < argc) {
            outdir = argv[++i];
            compile_add_path(outdir);
            continue;
        }
        if (!strcmp(a, "-pa") && i + 1 < argc) {
            compile_add_path(argv[++i]);
            continue;
        }
        files++;
        size_t len;
        uint8_t *text = slurp(a, &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read file\n", a);
            status = 1;
            continue;
        }
        Term modules;
        CompileError err;
        StrBuf warnings;
        strbuf_init(&warnings);
        if (compile_text_warn(a, text, len, &modules, &err, &warnings) < 0) {
            StrBuf msg;
            strbuf_init(&msg);
            compile_error_format(&err, &msg);
            fprintf(stderr, "%s\n", msg.data);
            status = 1;
            continue;
        }
        fputs(warnings.data ? warnings.data : "", stderr);
        for (Term m = modules; term_is_cons(m); m = CDR(m))
            if (write_module(outdir, CAR(m)) < 0)
                status = 1;
    }
    if (!files) {
        fprintf(stderr, "usage: elfec [-o DIR] [-pa DIR]... FILE.lfe...\n");
        return 2;
    }
    return status;
}

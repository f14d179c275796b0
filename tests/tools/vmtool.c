/* vmtool.c - load module assembly files and call a function on the VM.
 *
 * usage: vmtool [-p DIR]... FILE.elfe... -- MODULE FUNCTION [ARG]...
 * Each ARG is an LFE term.  Prints the result with lfe_io ~w, or the
 * uncaught exception as CLASS:REASON and its stack trace, then the number
 * of reductions and yields when -v is given.  Exit status 0, or 1 after
 * an exception, 2 on a usage or load error.
 */
#include <stdio.h>
#include <string.h>

#include "../../include/elfe.h"
#include "../../reader/print.h"
#include "../../reader/read.h"
#include "../../runtime/atom.h"
#include "../../runtime/code.h"

static Term read_term(const char *s)
{
    Reader *r = reader_new("arg", (const uint8_t *)s, strlen(s), NULL);
    Term t;
    ReadError err;
    if (reader_next(r, &t, &err) != 1)
        return NONE;
    return t;
}

static void print(FILE *f, Term t)
{
    StrBuf b;
    strbuf_init(&b);
    PrintOpts o = print_default_opts();
    print_lfe_write(&b, t, &o);
    fprintf(f, "%s", b.data);
}

int main(int argc, char **argv)
{
    elfe_init();
    Runtime *rt = code_new_runtime();
    bool verbose = false;
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (!strcmp(argv[i], "-v")) {
            verbose = true;
            continue;
        }
        if (!strcmp(argv[i], "-p") && i + 1 < argc) {
            code_add_path(rt, argv[++i], false);
            continue;
        }
        StrBuf err;
        strbuf_init(&err);
        if (code_load_file(rt, argv[i], &err) < 0) {
            fprintf(stderr, "vmtool: %s\n", err.data);
            return 2;
        }
    }
    if (i + 2 >= argc) {
        fprintf(stderr, "usage: vmtool [-v] [-p DIR]... FILE... -- MOD FUN [ARG]...\n");
        return 2;
    }
    Term mod = atom_from_cstr(argv[i + 1]);
    Term fun = atom_from_cstr(argv[i + 2]);
    Term args[64];
    uint32_t n = 0;
    for (int k = i + 3; k < argc && n < 64; k++) {
        args[n] = read_term(argv[k]);
        if (args[n] == NONE) {
            fprintf(stderr, "vmtool: bad argument %s\n", argv[k]);
            return 2;
        }
        n++;
    }
    code_ensure_loaded(rt, mod);
    Export *e = code_find_export(rt, mod, fun, n);
    if (!e || !e->code) {
        fprintf(stderr, "vmtool: %s:%s/%u is not defined\n", argv[i + 1],
                argv[i + 2], n);
        return 2;
    }
    Process *p = vm_new_process(rt, make_local_pid(1));
    vm_setup_call(p, e->code, args, n);
    static Term x[XREG_COUNT];
    VmStatus st;
    uint64_t yields = 0;
    while ((st = vm_run(p, x)) == VM_YIELD)
        yields++;
    if (p->exc_class != NONE) {
        print(stdout, p->exc_class);
        printf(":");
        print(stdout, p->exc_reason);
        printf("\n  ");
        print(stdout, p->exc_trace);
        printf("\n");
        return 1;
    }
    print(stdout, x[0]);
    printf("\n");
    if (verbose)
        fprintf(stderr, "reductions %llu yields %llu\n",
                (unsigned long long)p->reductions,
                (unsigned long long)yields);
    return 0;
}

/* eval.c - compile-then-run evaluation for `elfe -e` and scripts.
 *
 * An expression is expanded, compiled into a one-function module and run
 * on the VM in a fresh process until it finishes: evaluation runs at
 * compiled speed.  An uncaught exception is printed to stderr in LFE
 * syntax with its stack trace, and gives exit status 1.
 */
#include "eval.h"

#include <stdio.h>
#include <string.h>

#include "../compiler/compile.h"
#include "../compiler/expand.h"
#include "../reader/print.h"
#include "../reader/read.h"
#include "../runtime/atom.h"
#include "../runtime/sched.h"

static void report(Process *p)
{
    fflush(stdout);
    fprintf(stderr, "** exception %s: ", atom_name(p->exc_class));
    print_lfe_file(stderr, p->exc_reason);
    fprintf(stderr, "\n");
    for (Term t = p->exc_trace; term_is_cons(t); t = CDR(t)) {
        Term fr = CAR(t);
        if (!term_is_tuple(fr) || tuple_arity(fr) != 4)
            continue;
        Term *e = tuple_elems(fr);
        fprintf(stderr, "  in (");
        print_lfe_file(stderr, e[0]);
        fprintf(stderr, ":");
        print_lfe_file(stderr, e[1]);
        fprintf(stderr, " ");
        print_lfe_file(stderr, e[2]);
        fprintf(stderr, ")");
        Term file = NONE, line = NONE;
        for (Term l = e[3]; term_is_cons(l); l = CDR(l)) {
            Term kv = CAR(l);
            if (term_is_tuple(kv) && tuple_arity(kv) == 2) {
                if (tuple_elems(kv)[0] == ATOM_file)
                    file = tuple_elems(kv)[1];
                if (tuple_elems(kv)[0] == ATOM_line)
                    line = tuple_elems(kv)[1];
            }
        }
        if (file != NONE && line != NONE) {
            fprintf(stderr, " at ");
            for (Term c = file; term_is_cons(c); c = CDR(c))
                fputc((int)small_val(CAR(c)), stderr);
            fprintf(stderr, ":%lld", (long long)small_val(line));
        }
        fprintf(stderr, "\n");
    }
}

/* Run M:F(Args) in a new process, scheduling every other process
 * meanwhile, until it finishes; 1 if it died of an error. */
static int run(Runtime *rt, Term mod, Term fun, Term args)
{
    sched_start_user(rt);
    Process *p = sched_spawn(rt, NULL, mod, fun, args);
    sched_run_until_exit(rt, p);
    if (p->exc_class != NONE) {
        report(p);
        return 1;
    }
    if (p->exit_reason != ATOM_normal) {
        /* Killed by an exit signal. */
        p->exc_class = ATOM_exit;
        p->exc_reason = p->exit_reason;
        p->exc_trace = NIL;
        report(p);
        return 1;
    }
    return 0;
}

static int compile_error(const CompileError *err)
{
    StrBuf msg;
    strbuf_init(&msg);
    compile_error_format(err, &msg);
    fflush(stdout);
    fprintf(stderr, "%s\n", msg.data);
    return 1;
}

/* The forms of -e run one after the other in one process (as LFE's
 * `lfe -e`): they are compiled together as one progn, so self(), the
 * mailbox and the dictionary carry over from form to form. */
int eval_text(Runtime *rt, const char *text)
{
    Reader *r = reader_new("-e", (const uint8_t *)text, strlen(text), NULL);
    compile_set_path(rt->code_path);
    Expander *ex = compile_expander("-e", NULL);
    Term form, forms = NIL;
    ReadError rerr;
    int st;
    Term name = atom_from_cstr("$elfe_eval");
    while ((st = reader_next(r, &form, &rerr)) == 1)
        forms = make_cons(form, forms);
    if (st < 0) {
        StrBuf msg;
        strbuf_init(&msg);
        read_error_format(&rerr, &msg);
        fprintf(stderr, "%s\n", msg.data);
        return 1;
    }
    if (forms == NIL)
        return 0;
    Term all = make_cons(atom_from_cstr("progn"), list_reverse(forms, NIL));
    Term core;
    ExpandError eerr;
    if (expand_expr(ex, all, &core, &eerr) < 0) {
        fflush(stdout);
        fprintf(stderr, "-e: %s\n", eerr.message);
        return 1;
    }
    CompileError cerr;
    Term assembly;
    if (compile_expr_module(name, core, &assembly, &cerr) < 0)
        return compile_error(&cerr);
    StrBuf lerr;
    strbuf_init(&lerr);
    if (code_load_asm(rt, assembly, &lerr) < 0) {
        fprintf(stderr, "-e: %s\n", lerr.data);
        return 1;
    }
    return run(rt, name, name, NIL);
}

int eval_script(Runtime *rt, const char *path, int argc, char **argv)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "elfe: cannot read %s\n", path);
        return 1;
    }
    StrBuf text;
    strbuf_init(&text);
    /* A script without a module gets one; #! and ;;! lines are blanked. */
    strbuf_puts(&text, "(defmodule elfe-script (export all))");
    char buf[65536];
    size_t n;
    size_t start = text.len;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&text, buf, n);
    fclose(f);
    char *body = text.data + start;
    if (body[0] == '#' && body[1] == '!') {
        for (char *c = body; *c && *c != '\n'; c++)
            *c = ' ';
        char *second = strchr(body, '\n');
        if (second && !strncmp(second + 1, ";;!", 3))
            for (char *c = second + 1; *c && *c != '\n'; c++)
                *c = ' ';
    }
    bool has_module = strstr(body, "(defmodule") != NULL;
    const uint8_t *src = (const uint8_t *)(has_module ? body : text.data);
    size_t len = has_module ? text.len - start : text.len;
    Term modules;
    CompileError err;
    if (compile_text(path, src, len, &modules, &err) < 0)
        return compile_error(&err);
    Term first = NONE;
    for (Term m = modules; term_is_cons(m); m = CDR(m)) {
        StrBuf lerr;
        strbuf_init(&lerr);
        if (code_load_asm(rt, CAR(m), &lerr) < 0) {
            fprintf(stderr, "%s: %s\n", path, lerr.data);
            return 1;
        }
        if (first == NONE)
            first = tuple_elems(CAR(m))[1];
    }
    Export *e = first == NONE ? NULL
                              : code_find_export(rt, first,
                                                 atom_from_cstr("main"), 1);
    if (!e || !e->code) {
        fprintf(stderr, "%s: no main/1 to run\n", path);
        return 1;
    }
    Term args = NIL;
    for (int i = argc - 1; i >= 0; i--)
        args = make_cons(list_from_cstr(argv[i]), args);
    return run(rt, first, atom_from_cstr("main"), make_cons(args, NIL));
}

/* check_expand.c - the macro expander: interface, errors with positions,
 * the MacroEvalFn path, include-file, limits.  Expected expansions are
 * what LFE 2.2.1's lfe_macro produces (the golden suites expand/ and
 * expand_expr/ hold the bulk of them); errors follow LFE's wording where
 * LFE has one. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../compiler/expand.h"
#include "../../reader/print.h"
#include "../../reader/read.h"

/* Read every form of src. */
static Term read_all(const char *src, SrcMap *pos)
{
    Reader *r = reader_new("t.lfe", (const uint8_t *)src, strlen(src), pos);
    Term forms = NIL, t;
    ReadError err;
    int st;
    while ((st = reader_next(r, &t, &err)) == 1)
        forms = make_cons(t, forms);
    ck_assert_int_eq(st, 0);
    return list_reverse(forms, NIL);
}

static Term read1(const char *src)
{
    Term l = read_all(src, NULL);
    ck_assert(term_is_cons(l));
    return CAR(l);
}

static const char *show(Term t)
{
    StrBuf b;
    strbuf_init(&b);
    PrintOpts o = print_default_opts();
    print_lfe_write(&b, t, &o);
    return b.data;
}

/* Expand src as a file; the core forms printed one per line. */
static const char *expand_file(const char *src, ExpandError *err, int *rc,
                               MacroEvalFn fn, void *ctx)
{
    SrcMap *pos = srcmap_new("t.lfe");
    Expander *e = expand_new("t.lfe", pos);
    if (fn)
        expand_set_eval(e, fn, ctx);
    Term out;
    *rc = expand_forms(e, read_all(src, pos), &out, err);
    if (*rc < 0)
        return NULL;
    StrBuf b;
    strbuf_init(&b);
    for (; term_is_cons(out); out = CDR(out)) {
        strbuf_puts(&b, show(CAR(out)));
        strbuf_putc(&b, '\n');
    }
    return b.data;
}

static const char *expand_str(const char *src)
{
    SrcMap *pos = srcmap_new("t.lfe");
    Expander *e = expand_new("t.lfe", pos);
    Term out;
    ExpandError err;
    Term f = CAR(read_all(src, pos));
    if (expand_expr(e, f, &out, &err) < 0) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_puts(&b, err.message);
        return b.data;
    }
    return show(out);
}

START_TEST(expressions)
{
    ck_assert_str_eq(expand_str("(cadr (list* a b))"),
                     "(car (cdr (cons a b)))");
    ck_assert_str_eq(expand_str("(let* ((a 1) (b a)) b)"),
                     "(let ((a 1)) (let ((b a)) (progn b)))");
    ck_assert_str_eq(expand_str("`(a ,b ,@c)"),
                     "(cons (quote a) (cons b c))");
    ck_assert_str_eq(expand_str("(lists:reverse x)"),
                     "(call (quote lists) (quote reverse) x)");
    ck_assert_str_eq(expand_str("(fun lists reverse 1)"),
                     "(lambda (|\\|-0-\\||) (call (quote lists) (quote reverse) |\\|-0-\\||))");
    ck_assert_str_eq(expand_str("(? 5)"),
                     "(receive (omega omega) (after 5 (exit (quote timeout))))");
    /* core forms are never macros, even with a macro-like name inside */
    ck_assert_str_eq(expand_str("(quote (cadr x))"), "(quote (cadr x))");
    ck_assert_str_eq(expand_str("(cond ((?= (cons h _) (cadr x)) h))"),
                     "(cond ((?= (cons h _) (car (cdr x))) h))");
}
END_TEST

START_TEST(module_file)
{
    ExpandError err;
    int rc;
    const char *out = expand_file(
        "(defmodule m \"Doc.\" (export (f 1)))\n"
        "(progn (defun f (x) \"F doc.\" (g x)) (defun g ((1) 'one) ((_) 'other)))\n"
        "(defrecord r a (b 2))\n"
        "(defun h (x) (make-r a x) (r-b x) (r-b) (MODULE) (FUNCTION_NAME))\n",
        &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert_str_eq(out,
                     "(define-module m ((doc (68 111 99 46))) ((export (f 1))))\n"
                     "(define-function f ((doc (70 32 100 111 99 46))) (lambda (x) (g x)))\n"
                     "(define-function g () (match-lambda ((1) (quote one)) ((_) (quote other))))\n"
                     "(define-record r (a (b 2)))\n"
                     "(define-function h () (lambda (x) (record r a x) "
                     "(record-field x r b) (record-index r b) (quote m) (quote h)))\n");
}
END_TEST

/* The error names the offending form's line and column. */
START_TEST(errors_have_positions)
{
    ExpandError err;
    int rc;
    expand_file("(defmodule m)\n(defun f ()\n  (list 1\n    (fun g x)))\n",
                &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "bad fun form");
    ck_assert_str_eq(err.file, "t.lfe");
    ck_assert_uint_eq(err.line, 4);
    ck_assert_uint_eq(err.col, 5);

    expand_file("(defun)\n", &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "bad defun form");
    ck_assert_uint_eq(err.line, 1);

    expand_file("\n\n  (defrecord r (1 2))\n", &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "bad definition of record r");
    ck_assert_uint_eq(err.line, 3);
    ck_assert_uint_eq(err.col, 3);

    /* a record macro with the wrong number of arguments */
    expand_file("(defrecord r a)\n(defun f () (is-r))\n", &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "error expanding (is-r):\n    function_clause");
    ck_assert_uint_eq(err.line, 2);
    ck_assert_uint_eq(err.col, 13);

    /* a syntax-rules macro no rule matches */
    expand_file("(scm:defsyntax sw ((a b) (tuple b a)))\n(defun f () (sw 1))\n",
                &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "error expanding (sw 1):\n    macro_clause");
    ck_assert_uint_eq(err.line, 2);
}
END_TEST

/* Forms the expander builds get the position of the form they came from. */
START_TEST(output_positions)
{
    SrcMap *pos = srcmap_new("t.lfe");
    Expander *e = expand_new("t.lfe", pos);
    Term out;
    ExpandError err;
    ck_assert_int_eq(expand_forms(e,
                                  read_all("(defmodule m)\n\n  (defun f (x)\n"
                                           "    (let* ((a x)) (cadr a)))\n",
                                           pos),
                                  &out, &err),
                     0);
    Term df = CAR(CDR(out));
    SrcPos p;
    ck_assert(srcmap_get(pos, df, &p));
    ck_assert_uint_eq(p.line, 3);
    ck_assert_uint_eq(p.col, 3);
    /* (define-function f () (lambda (x) (let ...))) */
    Term lam = CAR(CDR(CDR(CDR(df))));
    Term let = CAR(CDR(CDR(lam)));
    ck_assert(srcmap_get(pos, let, &p));
    ck_assert_uint_eq(p.line, 4);
    ck_assert_uint_eq(p.col, 5);
}
END_TEST

/* ---- the MacroEvalFn path ------------------------------------------- */

typedef struct Stub {
    int calls;
    Term fn, args;
} Stub;

static Term stub_eval(void *ctx, Term fn, Term args, ExpandError *err)
{
    Stub *s = ctx;
    s->calls++;
    s->fn = fn;
    s->args = args;
    if (list_length(args) == 2 && CAR(args) == NIL) {
        snprintf(err->message, sizeof err->message, "badarg");
        return NONE;
    }
    return read1("(tuple 'canned)");
}

START_TEST(user_macro_needs_evaluator)
{
    const char *src = "(defmacro m (x) (unknown-function x))\n"
                      "(defun f () (m (a b)))\n";
    ExpandError err;
    int rc;
    expand_file(src, &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "macro m needs the compile-time evaluator, "
                                  "which is not available");
    ck_assert_uint_eq(err.line, 2);
    ck_assert_uint_eq(err.col, 13);

    Stub s = {0, NIL, NIL};
    const char *out = expand_file(src, &err, &rc, stub_eval, &s);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(s.calls, 1);
    ck_assert_str_eq(out,
                     "(define-macro m () (match-lambda (((list x) $ENV) "
                     "(unknown-function x))))\n"
                     "(define-function f () (lambda () (tuple (quote canned))))\n");
    /* The evaluator gets the expanded definition and (args $ENV). */
    ck_assert_str_eq(show(s.fn), "(match-lambda (((list x) $ENV) "
                                 "(unknown-function x)))");
    ck_assert_int_eq(list_length(s.args), 2);
    ck_assert_str_eq(show(CAR(s.args)), "((a b))");
}
END_TEST

START_TEST(evaluator_sees_ewc_functions)
{
    Stub s = {0, NIL, NIL};
    ExpandError err;
    int rc;
    const char *out = expand_file(
        "(eval-when-compile (defun helper (x) (io:format \"~p\" (list x))))\n"
        "(defmacro m args (helper args))\n(defun f () (m 1))\n",
        &err, &rc, stub_eval, &s);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(s.calls, 1);
    ck_assert_str_eq(show(s.fn),
                     "(letrec-function ((helper (lambda (x) (call (quote io) (quote format) "
                     "(126 112) (list x))))) (match-lambda ((args $ENV) "
                     "(helper args))))");
    ck_assert(strstr(out, "(define-function f () (lambda () (tuple (quote canned))))"));
}
END_TEST

START_TEST(evaluator_error_is_reported)
{
    Stub s = {0, NIL, NIL};
    ExpandError err;
    int rc;
    expand_file("(defmacro m args (other args))\n(defun f () (m))\n", &err,
                &rc, stub_eval, &s);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "error expanding (m):\n    badarg");
    ck_assert_uint_eq(err.line, 2);
}
END_TEST

/* Simple macros run natively: the evaluator is never asked. */
START_TEST(native_macros)
{
    Stub s = {0, NIL, NIL};
    ExpandError err;
    int rc;
    const char *out = expand_file(
        "(defmacro sq (x) `(* ,x ,x))\n"
        "(defmacro cnt args (length args))\n"
        "(defmacro desc ((list x) (when (is_integer x)) `'int) ((list _) `'other))\n"
        "(scm:defsyntax rev (() ()) ((x . xs) (++ (rev . xs) (list x))))\n"
        "(defun f () (sq (cnt a b)) (desc 1) (desc a) (rev 1 2))\n",
        &err, &rc, stub_eval, &s);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(s.calls, 0);
    ck_assert(strstr(out, "(define-function f () (lambda () (* 2 2) (quote int) (quote other) "
                          "(++ (++ () (list 2)) (list 1))))"));
}
END_TEST

/* ---- include-file --------------------------------------------------- */

START_TEST(include_file)
{
    char dir[] = "/tmp/check_expand_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256], main_path[256];
    snprintf(path, sizeof path, "%s/inc.lfe", dir);
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs("(defmacro twice (x) `(list ,x ,x))\n(defun inc () 'included)\n", fp);
    fclose(fp);
    snprintf(main_path, sizeof main_path, "%s/main.lfe", dir);
    const char *src = "(include-file \"inc.lfe\")\n(defun f () (twice 1))\n";
    SrcMap *pos = srcmap_new(main_path);
    Expander *e = expand_new(main_path, pos);
    Term out;
    ExpandError err;
    /* found next to the file being compiled */
    ck_assert_int_eq(expand_forms(e, read_all(src, pos), &out, &err), 0);
    ck_assert_str_eq(show(out),
                     "((define-macro twice () (match-lambda (((list x) $ENV) "
                     "(backquote (list (comma x) (comma x)))))) "
                     "(define-function inc () (lambda () (quote included))) "
                     "(define-function f () (lambda () (list 1 1))))");
    e = expand_new(main_path, pos);
    ck_assert_int_eq(expand_forms(e, read_all("(include-file \"nope.lfe\")", pos),
                                  &out, &err),
                     -1);
    ck_assert_str_eq(err.message, "can't find include file nope.lfe");
    ck_assert_int_eq(expand_forms(e, read_all("(include-lib 42)", pos), &out, &err),
                     -1);
    ck_assert_str_eq(err.message, "bad include-lib form");
    unlink(path);
    rmdir(dir);
}
END_TEST

/* ---- limits: bad input never crashes or hangs ---------------------- */

START_TEST(deep_nesting_is_an_error)
{
    Term f = A("x");
    for (int i = 0; i < 100000; i++)
        f = make_cons(A("list"), make_cons(f, NIL));
    Expander *e = expand_new("t.lfe", NULL);
    Term out;
    ExpandError err;
    ck_assert_int_eq(expand_expr(e, f, &out, &err), -1);
    ck_assert(strstr(err.message, "nested too deeply"));
    /* 5000 levels are fine */
    f = A("x");
    for (int i = 0; i < 5000; i++)
        f = make_cons(A("cadr"), make_cons(f, NIL));
    ck_assert_int_eq(expand_expr(e, f, &out, &err), 0);
}
END_TEST

START_TEST(endless_macros_stop)
{
    ExpandError err;
    int rc;
    expand_file("(defmacro loop () '(loop))\n(loop)\n", &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(err.message, "macro expansion does not terminate");
    expand_file("(defmacro grow (x) `(list (grow ,x)))\n(defun f () (grow 1))\n",
                &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, -1);
    ck_assert(strstr(err.message, "nested too deeply"));
    /* improper forms and junk are passed on for lint, not crashed on */
    expand_file("(defun f () (a . b) (list 1 . 2) (: 1 2 3) #(1 2) (cadr))\n",
                &err, &rc, NULL, NULL);
    ck_assert_int_eq(rc, 0);
}
END_TEST

Suite *expand_suite(void)
{
    Suite *s = suite_create("expand");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, expressions);
    tcase_add_test(tc, module_file);
    tcase_add_test(tc, errors_have_positions);
    tcase_add_test(tc, output_positions);
    tcase_add_test(tc, user_macro_needs_evaluator);
    tcase_add_test(tc, evaluator_sees_ewc_functions);
    tcase_add_test(tc, evaluator_error_is_reported);
    tcase_add_test(tc, native_macros);
    tcase_add_test(tc, include_file);
    tcase_add_test(tc, deep_nesting_is_an_error);
    tcase_add_test(tc, endless_macros_stop);
    suite_add_tcase(s, tc);
    return s;
}

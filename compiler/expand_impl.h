/* expand_impl.h - what the files of the macro expander share.
 *
 * The expander is split by concept: expand.c walks forms and holds the
 * predefined macros, expand_bq.c does backquote, expand_mbe.c the
 * syntax-rules (macro by example) matcher of scm:defsyntax, and
 * expand_eval.c the small native evaluator that runs simple user macros
 * without the VM.  Errors unwind to expand_forms/expand_expr with longjmp.
 */
#ifndef ELFE_EXPAND_IMPL_H
#define ELFE_EXPAND_IMPL_H

#include <setjmp.h>

#include "expand.h"

/* The atoms the expander looks for, made once per Expander. */
#define EXPAND_ATOMS(X)                                                   \
    X(quote, "quote") X(backquote, "backquote") X(comma, "comma")         \
    X(comma_at, "comma-at") X(cons, "cons") X(car, "car") X(cdr, "cdr")   \
    X(list, "list") X(tuple, "tuple") X(tref, "tref") X(tset, "tset")     \
    X(binary, "binary") X(map, "map") X(msiz, "msiz") X(mref, "mref")     \
    X(mset, "mset") X(mupd, "mupd") X(mrem, "mrem")                       \
    X(map_size, "map-size") X(map_get, "map-get") X(map_set, "map-set")   \
    X(map_update, "map-update") X(map_remove, "map-remove")               \
    X(function, "function") X(lambda, "lambda")                           \
    X(match_lambda, "match-lambda") X(let, "let")                         \
    X(let_function, "let-function") X(letrec_function, "letrec-function") \
    X(let_macro, "let-macro") X(progn, "progn") X(prog1, "prog1")         \
    X(prog2, "prog2") X(if_, "if") X(case_, "case") X(cond, "cond")       \
    X(maybe, "maybe") X(receive, "receive") X(catch_, "catch")            \
    X(try_, "try") X(after, "after") X(funcall, "funcall")                \
    X(call, "call") X(eval_when_compile, "eval-when-compile")             \
    X(define_module, "define-module") X(extend_module, "extend-module")   \
    X(define_type, "define-type")                                         \
    X(define_opaque_type, "define-opaque-type")                           \
    X(define_function_spec, "define-function-spec")                       \
    X(define_function, "define-function")                                 \
    X(define_macro, "define-macro") X(define_record, "define-record")     \
    X(define_struct, "define-struct") X(when, "when") X(else_, "else")    \
    X(record, "record") X(make_record, "make-record")                     \
    X(is_record, "is-record") X(record_index, "record-index")             \
    X(record_field, "record-field") X(record_update, "record-update")     \
    X(struct_, "struct") X(is_struct, "is-struct")                        \
    X(struct_field, "struct-field") X(struct_update, "struct-update")     \
    X(lc, "lc") X(list_comp, "list-comp") X(bc, "bc")                     \
    X(binary_comp, "binary-comp") X(larrow, "<-") X(lbarrow, "<=")        \
    X(qmatch, "?=") X(include_file, "include-file")                       \
    X(include_lib, "include-lib") X(defmodule, "defmodule")               \
    X(defun, "defun") X(defmacro, "defmacro") X(defrecord, "defrecord")   \
    X(defstruct, "defstruct") X(deftype, "deftype")                       \
    X(defopaque, "defopaque") X(defspec, "defspec") X(flet, "flet")       \
    X(fletrec, "fletrec") X(flet_star, "flet*") X(let_star, "let*")       \
    X(macrolet, "macrolet") X(list_star, "list*") X(do_, "do")            \
    X(fun, "fun") X(qmark, "?") X(colon, ":") X(append, "++")             \
    X(module_, "MODULE") X(line_, "LINE") X(function_name, "FUNCTION_NAME") \
    X(function_arity, "FUNCTION_ARITY") X(env, "$ENV")                    \
    X(doc, "doc") X(spec, "spec") X(omega, "omega") X(exit, "exit")       \
    X(timeout, "timeout") X(do_state, "do-state") X(set, "set")           \
    X(list_to_tuple, "list_to_tuple") X(scm, "scm")                       \
    X(mbe_proc, "mbe_syntax_rules_proc") X(defsyntax, "defsyntax")        \
    X(define_syntax, "define-syntax") X(let_syntax, "let-syntax")         \
    X(syntax_rules, "syntax-rules") X(macro, "macro") X(begin, "begin")   \
    X(define, "define") X(args, "args") X(ellipsis, "...")                \
    X(true_, "true") X(false_, "false") X(underscore, "_") X(eq, "=")     \
    X(no_module, "-no-module-") X(native, "$native") X(kfunction, "function") \
    X(kmacro, "macro") X(record_mac, "record-macro") X(any, "any")        \
    X(undefined, "undefined") X(ets_ms, "ets-ms") X(table_ms, "table-ms") \
    X(match_spec, "match-spec") X(trace_ms, "trace-ms") X(dbg_ms, "dbg-ms")

typedef struct ExpandAtoms {
#define X(c, s) Term c;
    EXPAND_ATOMS(X)
#undef X
} ExpandAtoms;

/* Record macro kinds (the tag in a native macro binding). */
enum {
    RM_MAKE, RM_MATCH, RM_IS, RM_UPDATE, RM_SET, RM_FIELDS, RM_SIZE,
    RM_GET, RM_UPDATE_F, RM_SET_F
};

struct Expander {
    const char *file;
    SrcMap *pos;
    MacroEvalFn eval;
    void *eval_ctx;
    MacroExportFn macro_export;
    ExpandAtoms a;
    Term env;       /* list of {name, macro|function, def} */
    Term module;    /* current module name */
    Term ewc_funs;  /* eval-when-compile (name def) pairs, newest first */
    Term defuns;    /* names of the file's top-level defuns (local calls) */
    Term records;   /* {name, field names} of the records defined so far */
    bool lfe_calls; /* (macroexpand ...) becomes a call of module lfe */
    uint64_t vc, fc; /* counters for |-N-| symbols and do$^N names */
    SrcPos here;    /* position of the innermost form with one */
    bool have_here;
    uint32_t top_line; /* line of the top-level form: (LINE) */
    int depth;      /* nesting of exp_form, against C stack overflow */
    ExpandError *err;
    jmp_buf *fail;
};

/* Raise an expansion error at form's position (or the current one). */
_Noreturn void expand_fail(Expander *e, Term form, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Print t for an error message (LFE syntax, limited depth). */
void expand_show(StrBuf *b, Term t);
/* Give t the source position of origin (when origin has one, t none). */
Term expand_at(Expander *e, Term t, Term origin);

/* Small list helpers. */
Term expand_list2(Term a, Term b);
Term expand_list3(Term a, Term b, Term c);
Term expand_list4(Term a, Term b, Term c, Term d);
bool expand_is_symb_list(Term t);
bool expand_is_proper(Term t);
Term expand_nth(Term list, int n); /* 0-based, NONE if too short */

/* expand_bq.c: the core-form construction of `x. */
Term expand_backquote(Expander *e, Term x);

/* expand_mbe.c: apply syntax-rules (keywords, rules) of macro name to
 * the argument list; NONE when no rule matches. */
Term expand_mbe(Expander *e, Term name, Term keywords, Term rules, Term args);

/* expand_ms.c: the core forms building the match specification of
 * (ets-ms clause ...) (trace false) or (trace-ms ...) (trace true). */
Term expand_ms(Expander *e, Term clauses, bool trace);

/* expand_eval.c: apply a fully expanded lambda / match-lambda to args
 * with the native evaluator.  Returns the value; NONE when the body uses
 * something the native evaluator does not do (then the VM must); raises
 * expand_fail on a definite error (no clause matched). */
Term expand_eval_apply(Expander *e, Term def, Term args, Term call);
/* Evaluate a closed expression natively; NONE when unsupported. */
Term expand_eval_expr(Expander *e, Term expr);

#endif

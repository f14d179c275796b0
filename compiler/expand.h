/* expand.h - macro expansion: LFE forms to core forms.
 *
 * The expander turns the forms the reader produced into the core forms
 * that the rest of the compiler understands (doc/internals/core-forms.md
 * lists them): defmodule/defun/defmacro become define-module,
 * define-function and define-macro; every predefined macro (let*, cond,
 * backquote, lc/bc, flet, records, structs, ++, mod:fun calls, ...) is
 * rewritten into core forms.  Forms it builds inherit the source position
 * of the form they came from (srcmap_put), so later errors keep pointing
 * at the user's text.
 *
 * User macros (defmacro, macrolet, eval-when-compile) run LFE code at
 * compile time: the expander asks the compiler, through MacroEvalFn, to
 * evaluate a lambda applied to arguments on the VM.
 */
#ifndef ELFE_EXPAND_H
#define ELFE_EXPAND_H

#include "../reader/srcmap.h"
#include "../runtime/strbuf.h"

typedef struct Expander Expander;

typedef struct ExpandError {
    const char *file;
    uint32_t line;
    uint32_t col;
    char message[240];
} ExpandError;

/* Apply fn (a core-form lambda, or a compiled fun) to args at compile
 * time; NONE with err->message set on failure.  Installed by the compiler;
 * without one, using a user macro is an error. */
typedef Term (*MacroEvalFn)(void *ctx, Term fn, Term args, ExpandError *err);

Expander *expand_new(const char *file, SrcMap *positions);
void expand_set_eval(Expander *e, MacroEvalFn eval, void *ctx);
/* Whether module exports the macro name (its export-macro attribute),
 * loading the module if it can; called with the eval ctx. */
typedef bool (*MacroExportFn)(void *ctx, Term module, Term name);
/* Install the check that lets (mod:name ...) expand an exported macro
 * through mod:LFE-EXPAND-EXPORTED-MACRO/3, as LFE does. */
void expand_set_macro_export(Expander *e, MacroExportFn fn);
/* Whether calls of LFE's own functions (macroexpand-1, macroexpand,
 * macroexpand-all) not defined in the module become calls of module lfe,
 * as lfe_translate makes them (the default), or stay as they are, as
 * LFE's macro expander leaves them (the expander's tests, macroexpand-all). */
void expand_set_lfe_calls(Expander *e, bool on);
/* Expand the top-level forms of a file (a list) into a list of core
 * top-level forms.  Returns 0, or -1 with *err set. */
int expand_forms(Expander *e, Term forms, Term *out, ExpandError *err);
/* Expand one expression completely (the shell, eval). */
int expand_expr(Expander *e, Term form, Term *out, ExpandError *err);

/* The warnings of a file's expanded forms (expand_lint.c), one
 * "FILE:LINE:COL: Warning: ..." line each, appended to out: local
 * functions nothing reachable from the exports calls, as the Erlang
 * compiler reports them for LFE. */
void expand_warnings(Term core, const char *file, SrcMap *positions,
                     StrBuf *out);

/* The macroexpand functions LFE provides at run time (lfe:macroexpand-1,
 * macroexpand, macroexpand-all: the modes of ExpandMode).  form is
 * expanded with a fresh expansion state in env: NIL for an empty one, or
 * the environment a user macro receives as $ENV.  Returns 0 with *out (the
 * form itself when its head is not a macro), or -1 with *err set. */
typedef enum { EXPAND_ONCE = 1, EXPAND_REPEAT, EXPAND_ALL } ExpandMode;
int expand_macroexpand(Expander *e, ExpandMode mode, Term form, Term env,
                       Term *out, ExpandError *err);
/* True when env is an environment expand_macroexpand takes. */
bool expand_is_env(Term env);
/* The ExpandMode of lfe:NAME/ARITY, or 0 when it is not one of them. */
int expand_lfe_bif(Term name, int64_t arity);

#endif

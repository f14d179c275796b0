/* compile.h - compiling LFE source to module assembly.
 *
 * The driver of the compiler: read (reader/) -> expand (expand.c) ->
 * lower core forms to the VM's assembly (codegen.c).  The assembly is the
 * term the loader takes (doc/internals/vm.md); elfec prints it to
 * NAME.beam, elfe loads it straight away.
 */
#ifndef ELFE_COMPILE_H
#define ELFE_COMPILE_H

#include "../reader/srcmap.h"
#include "../runtime/process.h"
#include "../runtime/strbuf.h"
#include "expand.h"

typedef struct CompileError {
    char file[256];
    uint32_t line;
    uint32_t col;
    char message[240];
} CompileError;

/* Compile the core forms of one file (from expand_forms) into a list of
 * module assemblies, one per define-module.  0, or -1 with *err set. */
int compile_core(Term core_forms, const char *file, SrcMap *positions,
                 Term *modules, CompileError *err);
/* Add dir to the front of the code path of the runtime that runs macros
 * at compile time (where modules with exported macros are found; "." is
 * on it unless compile_set_path replaced it). */
void compile_add_path(const char *dir);
/* Make that code path dirs (a list of directory strings), e.g. the
 * running runtime's own path. */
void compile_set_path(Term dirs);
/* An expander that runs user macros and other modules' exported macros
 * at compile time, in a runtime of its own (boot image, ".", and the
 * compile_add_path directories). */
Expander *compile_expander(const char *file, SrcMap *pos);
/* Read, expand and compile the text of a file. */
int compile_text(const char *file, const uint8_t *text, size_t len,
                 Term *modules, CompileError *err);
/* compile_text, and when it succeeds append its warnings to *warnings
 * (lines "FILE:LINE:COL: Warning: ..."). */
int compile_text_warn(const char *file, const uint8_t *text, size_t len,
                      Term *modules, CompileError *err, StrBuf *warnings);
/* Compile one expression into a module NAME exporting NAME/0 that
 * evaluates it (elfe -e, the shell). */
int compile_expr_module(Term name, Term expr, Term *assembly,
                        CompileError *err);
/* Compile an expression into module NAME (as compile_expr_module), load it
 * into rt and run it to the end in a new process.  Returns the value, or
 * NONE: with *proc set when it raised (exc_* in the process), with *proc
 * NULL and *err set when it did not compile or load. */
Term compile_run_expr(Runtime *rt, Term name, Term core, Process **proc,
                      CompileError *err);
/* "FILE:LINE:COL: message" (LINE and COL only when known). */
void compile_error_format(const CompileError *err, StrBuf *out);

#endif

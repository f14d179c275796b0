/* code.h - the runtime's code: modules, export entries, loading.
 *
 * Every (module, function, arity) that code refers to has one Export
 * entry, made on first reference and never freed (as the BEAM's export
 * table).  A fully qualified call jumps through the entry, which points at
 * the current version's code, or at a C BIF, or at nothing yet (the VM
 * then asks code_ensure_loaded to load the module from the code path).
 *
 * A module is loaded from its assembly: the term the compiler produces
 * (doc/internals/vm.md) and that elfec writes to NAME.beam in LFE syntax.
 * The loader (loader.c) turns it into direct-threaded code.
 */
#ifndef ELFE_CODE_H
#define ELFE_CODE_H

#include <pthread.h>

#include "bif.h"
#include "boot.h"
#include "strbuf.h"
#include "vm.h"

typedef struct Export {
    Term module;
    Term function;
    uint32_t arity;
    const Instr *code; /* current code, or NULL   */
    BifFn bif;         /* a C BIF, or NULL        */
} Export;

/* A fun defined in a module: (lambda ...) or match-lambda. */
typedef struct Lambda {
    Term module;
    Term name; /* e.g. -main/0-fun-0- */
    uint32_t index;
    uint32_t arity; /* arguments, without the free variables */
    uint32_t nfree;
    uint32_t uniq;
    const Instr *code;
} Lambda;

typedef struct FuncInfo {
    Term name;
    uint32_t arity;
    const Instr *start; /* first instruction (func_info)  */
    const Instr *entry; /* where calls enter              */
} FuncInfo;

typedef struct LineEntry {
    uint32_t offset; /* instruction offset in the code */
    uint32_t line;
} LineEntry;

typedef struct Module {
    Term name;
    Term file;       /* source file name (a string), or NIL */
    Instr *code;
    size_t ncode;
    FuncInfo *funcs; /* sorted by start */
    size_t nfuncs;
    LineEntry *lines; /* sorted by offset */
    size_t nlines;
    Lambda *lambdas;
    size_t nlambdas;
    Term exports;    /* list of {Name, Arity} */
    Term attributes; /* list of {Key, Value}  */
    Term path;       /* the file it was loaded from (a string), or the
                        atom preloaded (boot image, compiled in memory) */
    uint64_t file_hash; /* FNV-1a of the module file's bytes when loaded
                           from a file (code:modified_modules), else 0 */
} Module;

/* A chain of module versions (the old ones; the purged ones). */
typedef struct ModuleList {
    Module *module;
    struct ModuleList *next;
} ModuleList;

struct Runtime {
    pthread_mutex_t lock;
    Export **exports; /* open-addressing hash table */
    size_t export_cap;
    size_t export_count;
    Module **modules;
    size_t nmodules;
    size_t modules_cap;
    Term code_path; /* list of directory strings (lists of chars) */
    const BootModule *boot; /* the boot image, searched before the path */
    size_t nboot;
    uint64_t next_pid;
    Export *apply2; /* erlang:apply/2,3: calls the VM makes itself */
    Export *apply3;
    struct Sched *sched; /* processes (sched.h) */
    /* Code versions (code.c): the old version of each module that has
     * one, and the purged versions, which stay allocated while funs made
     * by them may still be called (their code pointers are interior
     * pointers the collector does not follow) until code_sweep finds them
     * unreferenced. */
    ModuleList *old_versions;
    ModuleList *purged;
    /* versions purged since the last code_sweep, and freed by sweeps */
    uint64_t purged_pending;
    uint64_t purged_freed;
    uint64_t reloads; /* versions made old, for statistics */
    /* The interactive shell (repl/shell.c, runtime/bif_shell.c): the line
     * editor when standard input is a terminal (reads a line with prompt
     * on its own thread and sends {Tag, Line} with Line a binary, or
     * {Tag, eof} / {Tag, interrupt}, to pid), and the process Ctrl-C is
     * reported to (the message interrupt), NIL if none. */
    void (*line_editor)(Runtime *rt, Term pid, Term tag, const char *prompt);
    Term interrupt_pid;
    /* Names the shell has defined (variables, functions, macros, records):
     * a list of atoms for the line editor's Tab completion. */
    Term shell_completions;
    /* Print text on the terminal above the line being edited (the prompt
     * and the typed text are redrawn below it); NULL without an editor. */
    void (*print_above)(Runtime *rt, const char *text, size_t len);
};

/* A runtime with the BIFs of bifs.def in its export table. */
Runtime *code_new_runtime(void);
/* The export entry for M:F/A, made if new. */
Export *code_export(Runtime *rt, Term module, Term function, uint32_t arity);
/* The export entry if it exists and is callable, else NULL. */
Export *code_find_export(Runtime *rt, Term module, Term function,
                         uint32_t arity);
/* A loaded module by name, or NULL. */
Module *code_module(Runtime *rt, Term name);
/* Load a module from its assembly term.  0, or -1 with a message. */
int code_load_asm(Runtime *rt, Term assembly, StrBuf *error);
/* Load NAME from the code path if it is not loaded: NAME.beam, then
 * NAME.elfe, in each directory.  True when the module is loaded afterwards. */
bool code_ensure_loaded(Runtime *rt, Term module);
/* Load a module file (assembly in LFE syntax).  0, or -1 with a message
 * (one line; "not_elfe_format" for a BEAM file or anything else). */
int code_load_file(Runtime *rt, const char *path, StrBuf *error);
/* Use a boot image (bin/elfe's embedded library). */
void code_set_boot_image(Runtime *rt, const BootModule *mods, size_t n);
/* The file NAME.beam or NAME.elfe on the code path (a string), or NONE. */
Term code_find_file(Runtime *rt, Term module);
/* Put a directory at the front (or back) of the code path. */
void code_add_path(Runtime *rt, const char *dir, bool front);
/* ---- versions and purging (code.c, code_purge.c) ---- */

/* Load a module from its assembly as a new version: the current version
 * (if any) becomes old, its export entries are cleared before the new
 * ones are set; an existing old version is purged first, killing (exit
 * reason killed, from `killer`) the processes still running it.  On a
 * failed load the previous state comes back.  Modules whose name starts
 * with '$' (evaluation modules of the shell, -e and the compiler) are
 * never versioned: their previous code is retired without killing. */
int code_load_module(Runtime *rt, Term assembly, Term killer, StrBuf *error);
/* The old version of a module, or NULL. */
Module *code_old_module(Runtime *rt, Term name);
/* code:delete/1: the current version becomes old (no current version;
 * its exports become undefined).  False if there is no current version
 * or an old version must be purged first. */
bool code_delete(Runtime *rt, Term name);
/* Whether process p runs code of m: its saved pc or cp, or a return
 * address or catch on its stack (funs made by m do not count, as on
 * OTP 25). */
bool code_process_uses(Process *p, const Module *m);
/* Purge the old version of name.  Hard purge (soft false): kill every
 * process using it and drop it; returns the number killed (0 when no old
 * version).  Soft purge: -1 (nothing done) when some process uses it,
 * else drop it and return 0.  The caller (a running process) is skipped:
 * its saved state is stale while it runs a BIF. */
int code_purge(Runtime *rt, Term name, Term killer, bool soft);
/* Let the collector free the purged versions nothing refers to any more
 * (no process runs them, no reachable fun points into them; caller's
 * stale stack is searched whole); the number freed. */
size_t code_sweep(Runtime *rt, Process *caller);
/* Move the old version of name (if any) to the purged versions. */
void code_drop_old(Runtime *rt, Term name);
/* A 64-bit FNV-1a hash of bytes (module file change detection). */
uint64_t code_hash_bytes(const char *data, size_t len);

/* The module, function and source line of a code address; false when
 * the address is in no module. */
bool code_locate(Runtime *rt, const Instr *pc, Module **mod, FuncInfo **fn,
                 uint32_t *line);

#endif

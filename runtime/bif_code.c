/* bif_code.c - BIFs that read the runtime's code tables, and halt.
 *
 * erlang:get_module_info/1,2 (what module_info/0,1 call),
 * function_exported/3, module_loaded/1, and erlang:halt/0,1 (flushes
 * standard output and ends the OS process with the status); the code
 * module's C side: versions, purging, loading a module file's bytes, the
 * code path (lib/code.lfe holds the policy).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../reader/read.h"
#include "gc.h"
#include "sched.h"

#include "atom.h"
#include "bif.h"
#include "binary.h"
#include "code.h"

#include "bifs.def"

#define P_MOD(t) (term_is_atom(t) && p->rt ? code_module(p->rt, t) : NULL)

/* The attributes without elfe_docs (the doc strings the compiler keeps
 * for the shell's doc command, compiler/compile.c), which the BEAM would
 * keep in a chunk of its own. */
static Term visible_attributes(Term attrs)
{
    Term docs = atom_from_cstr("elfe_docs");
    Term l = attrs;
    for (; term_is_cons(l); l = CDR(l))
        if (tuple_elems(CAR(l))[0] == docs)
            break;
    if (l == NIL)
        return attrs;
    Term out = NIL;
    for (Term a = attrs; term_is_cons(a); a = CDR(a))
        if (tuple_elems(CAR(a))[0] != docs)
            out = make_cons(CAR(a), out);
    return list_reverse(out, NIL);
}

/* elfe_code:docs(Mod): {ModDoc, Entries} as compiler/compile.c keeps them,
 * none when the loaded module has no doc strings, non_existing when it is
 * not loaded. */
Term bif_code_docs_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_badarg(p);
    Module *m = P_MOD(args[0]);
    if (!m)
        return atom_from_cstr("non_existing");
    Term docs = atom_from_cstr("elfe_docs");
    for (Term l = m->attributes; term_is_cons(l); l = CDR(l))
        if (tuple_elems(CAR(l))[0] == docs) {
            Term v = tuple_elems(CAR(l))[1];
            /* the compiler may keep an attribute's value as [V] */
            return term_is_cons(v) && CDR(v) == NIL ? CAR(v) : v;
        }
    return atom_from_cstr("none");
}

/* elfe_code:bif_exports(Mod): the {Name, Arity} of Mod's C BIFs. */
Term bif_code_bif_exports_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_badarg(p);
    const char *mod = atom_name(args[0]);
    Term l = NIL;
    for (size_t i = bif_count; i > 0; i--)
        if (!strcmp(bif_table[i - 1].module, mod))
            l = make_cons(make_tuple2(atom_from_cstr(bif_table[i - 1].name),
                                      make_small(bif_table[i - 1].arity)),
                          l);
    return l;
}

static Term info_item(Process *p, Module *m, Term key)
{
    const char *k = term_is_atom(key) ? atom_name(key) : "";
    if (!strcmp(k, "module"))
        return m->name;
    if (!strcmp(k, "exports"))
        return m->exports;
    if (!strcmp(k, "attributes"))
        return visible_attributes(m->attributes);
    if (!strcmp(k, "compile"))
        return NIL;
    if (!strcmp(k, "md5"))
        return binary_from_bytes(NULL, 0);
    if (!strcmp(k, "functions")) {
        Term l = NIL;
        for (size_t i = m->nfuncs; i > 0; i--)
            l = make_cons(make_tuple2(m->funcs[i - 1].name,
                                      make_small(m->funcs[i - 1].arity)),
                          l);
        return l;
    }
    return bif_badarg(p);
}

Term bif_code_get_module_info_1(Process *p, const Term *args)
{
    Module *m = P_MOD(args[0]);
    if (!m)
        return bif_badarg(p);
    static const char *const keys[] = {"module", "exports", "attributes",
                                       "compile", "md5"};
    Term items[5];
    for (int i = 0; i < 5; i++) {
        Term k = atom_from_cstr(keys[i]);
        items[i] = make_tuple2(k, info_item(p, m, k));
    }
    return list_from_array(items, 5);
}

Term bif_code_get_module_info_2(Process *p, const Term *args)
{
    Module *m = P_MOD(args[0]);
    if (!m)
        return bif_badarg(p);
    return info_item(p, m, args[1]);
}

Term bif_code_function_exported_3(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]) || !term_is_atom(args[1]) ||
        !term_is_small(args[2]) || small_val(args[2]) < 0)
        return bif_badarg(p);
    if (!p->rt)
        return ATOM_false_;
    Export *e = code_find_export(p->rt, args[0], args[1],
                                 (uint32_t)small_val(args[2]));
    return make_bool(e != NULL);
}

Term bif_code_module_loaded_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_badarg(p);
    return make_bool(p->rt && code_module(p->rt, args[0]) != NULL);
}

Term bif_code_halt_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    fflush(stdout);
    fflush(stderr);
    exit(0);
}

Term bif_code_halt_1(Process *p, const Term *args)
{
    if (!term_is_small(args[0]) || small_val(args[0]) < 0)
        return bif_badarg(p);
    fflush(stdout);
    fflush(stderr);
    exit((int)(small_val(args[0]) & 0xFF));
}

Term bif_code_make_fun_3(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]) || !term_is_atom(args[1]) ||
        !term_is_small(args[2]) || small_val(args[2]) < 0 ||
        small_val(args[2]) > 255)
        return bif_badarg(p);
    return make_export_fun(args[0], args[1], (uint32_t)small_val(args[2]));
}

/* erlang:fun_info/2 for the items programs ask about. */
Term bif_code_fun_info_2(Process *p, const Term *args)
{
    Term f = args[0], item = args[1];
    if (!term_is_fun(f) || !term_is_atom(item))
        return bif_badarg(p);
    const char *k = atom_name(item);
    bool local = term_is_box_of(f, BOX_FUN);
    Fun *lf = local ? (Fun *)box_ptr(f) : NULL;
    ExportFun *ef = local ? NULL : (ExportFun *)box_ptr(f);
    Term v;
    if (!strcmp(k, "arity"))
        v = local ? make_small(lf->arity) : ef->arity;
    else if (!strcmp(k, "module"))
        v = local ? lf->module : ef->module;
    else if (!strcmp(k, "name"))
        v = local ? lf->name : ef->function;
    else if (!strcmp(k, "type"))
        v = atom_from_cstr(local ? "local" : "external");
    else if (!strcmp(k, "env")) {
        v = NIL;
        if (local)
            for (size_t i = box_size(f); i > 0; i--)
                v = make_cons(lf->env[i - 1], v);
    } else if (!strcmp(k, "index"))
        v = local ? make_small(lf->index) : ATOM_undefined;
    else if (!strcmp(k, "new_index"))
        v = local ? make_small(lf->index) : ATOM_undefined;
    else if (!strcmp(k, "uniq") || !strcmp(k, "new_uniq"))
        v = local ? make_small(lf->uniq) : ATOM_undefined;
    else if (!strcmp(k, "pid"))
        v = local ? p->pid : ATOM_undefined;
    else
        return bif_badarg(p);
    return make_tuple2(item, v);
}

/* erlang:ports/0: elfe has no port drivers yet; standard input and output
 * stand for the BEAM's first ports. */
Term bif_code_ports_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return list_from_array((Term[]){make_port(node_name(), 0, 0),
                                    make_port(node_name(), 1, 0)},
                           2);
}

/* ---- the code module's primitives ------------------------------------ */

Term bif_code_is_loaded_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_error(p, ATOM_function_clause);
    Module *m = P_MOD(args[0]);
    return m ? make_tuple2(ATOM_file, m->path) : ATOM_false_;
}

Term bif_code_which_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_error(p, ATOM_function_clause);
    Module *m = P_MOD(args[0]);
    if (m)
        return m->path;
    if (p->rt) {
        for (size_t i = 0; i < p->rt->nboot; i++)
            if (!strcmp(p->rt->boot[i].name, atom_name(args[0])))
                return atom_from_cstr("preloaded");
        Term f = code_find_file(p->rt, args[0]);
        if (f != NONE)
            return f;
    }
    return atom_from_cstr("non_existing");
}

Term bif_code_ensure_loaded_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_error(p, ATOM_function_clause);
    if (p->rt && code_ensure_loaded(p->rt, args[0]))
        return make_tuple2(ATOM_module, args[0]);
    return make_tuple2(ATOM_error, atom_from_cstr("nofile"));
}

Term bif_code_get_path_0(Process *p, const Term *args)
{
    (void)args;
    return p->rt ? p->rt->code_path : NIL;
}

static Term add_path(Process *p, Term dir, bool front)
{
    if (!p->rt || !term_is_list(dir) || list_length(dir) < 1)
        return make_tuple2(ATOM_error, atom_from_cstr("bad_directory"));
    StrBuf b;
    strbuf_init(&b);
    for (Term c = dir; term_is_cons(c); c = CDR(c)) {
        if (!term_is_small(CAR(c)))
            return bif_badarg(p);
        strbuf_put_utf8(&b, (uint32_t)small_val(CAR(c)));
    }
    struct stat st;
    if (stat(b.data, &st) != 0 || !S_ISDIR(st.st_mode))
        return make_tuple2(ATOM_error, atom_from_cstr("bad_directory"));
    code_add_path(p->rt, b.data, front);
    return ATOM_true_;
}

Term bif_code_add_patha_1(Process *p, const Term *args)
{
    return add_path(p, args[0], true);
}

Term bif_code_add_pathz_1(Process *p, const Term *args)
{
    return add_path(p, args[0], false);
}

Term bif_code_all_loaded_0(Process *p, const Term *args)
{
    (void)args;
    Term l = NIL;
    if (p->rt)
        for (size_t i = p->rt->nmodules; i > 0; i--) {
            Module *m = p->rt->modules[i - 1];
            l = make_cons(make_tuple2(m->name, m->path), l);
        }
    return l;
}

/* ---- versions: the primitives lib/code.lfe builds on ------------------ */

/* erlang:check_process_code(Pid, Module[, Options]): does the process run
 * the old version of Module? */
Term bif_code_check_process_code_2(Process *p, const Term *args)
{
    if (!term_is_local_pid(args[0]) || !term_is_atom(args[1]))
        return bif_badarg(p);
    Module *old = p->rt ? code_old_module(p->rt, args[1]) : NULL;
    if (!old)
        return ATOM_false_;
    if (args[0] == p->pid)
        return ATOM_false_; /* a running process's saved state is stale */
    Process *q = sched_lookup(p->rt, args[0]);
    return make_bool(q && code_process_uses(q, old));
}

Term bif_code_check_process_code_3(Process *p, const Term *args)
{
    if (!term_is_list(args[2]))
        return bif_badarg(p);
    return bif_code_check_process_code_2(p, args);
}

/* erlang:check_old_code(Module): has it an old version? */
Term bif_code_check_old_code_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]))
        return bif_badarg(p);
    return make_bool(p->rt && code_old_module(p->rt, args[0]));
}

/* erlang:delete_module(Module): true, undefined (not loaded), or badarg
 * when an old version is still there. */
Term bif_code_delete_module_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]) || !p->rt)
        return bif_badarg(p);
    if (code_old_module(p->rt, args[0]))
        return bif_badarg(p);
    return code_delete(p->rt, args[0]) ? ATOM_true_ : ATOM_undefined;
}

/* Purged versions are swept (code_sweep: a full collection) once this
 * many have been purged since the last sweep. */
#define SWEEP_EVERY 32

static void maybe_sweep(Process *p)
{
    if (p->rt->purged_pending >= SWEEP_EVERY)
        code_sweep(p->rt, p);
}

/* elfe_code:sweep(): sweep the purged versions now; how many were freed. */
Term bif_code_sweep_0(Process *p, const Term *args)
{
    (void)args;
    if (!p->rt)
        return make_small(0);
    return make_small((int64_t)code_sweep(p->rt, p));
}

/* elfe_code:purged(): {Waiting, Freed}: purged versions kept (something
 * may still use them) and freed so far. */
Term bif_code_purged_0(Process *p, const Term *args)
{
    (void)args;
    if (!p->rt)
        return make_tuple2(make_small(0), make_small(0));
    int64_t n = 0;
    pthread_mutex_lock(&p->rt->lock);
    for (ModuleList *l = p->rt->purged; l; l = l->next)
        n++;
    int64_t freed = (int64_t)p->rt->purged_freed;
    pthread_mutex_unlock(&p->rt->lock);
    return make_tuple2(make_small(n), make_small(freed));
}

/* elfe_code:purge(Module, Soft): hard: the number of processes killed;
 * soft: true when purged (or nothing to purge), false when refused. */
Term bif_code_purge_2(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]) || !term_is_atom(args[1]) || !p->rt)
        return bif_badarg(p);
    bool soft = args[1] == ATOM_true_;
    int n = code_purge(p->rt, args[0], p->pid, soft);
    maybe_sweep(p);
    if (soft)
        return make_bool(n >= 0);
    return make_small(n);
}

/* elfe_code:load_binary(Module, File, Bytes): load a module file's bytes
 * (what code:get_object_code and compile:forms give) as a new version.
 * {module, Module} or {error, badfile | not_elfe_format | badarg}. */
Term bif_code_load_binary_3(Process *p, const Term *args)
{
    Term mod = args[0], file = args[1], bin = args[2];
    if (!term_is_atom(mod) || !term_is_list(file) ||
        !term_is_box_of(bin, BOX_BINARY) || binary_bit_size(bin) % 8 ||
        !p->rt)
        return make_tuple2(ATOM_error, ATOM_badarg);
    size_t len = binary_byte_size(bin);
    StrBuf text;
    strbuf_init(&text);
    uint8_t *bytes = gc_alloc_atomic(len + 1);
    binary_copy_bits(bin, 0, (uint64_t)len * 8, bytes);
    strbuf_append(&text, (const char *)bytes, len);
    if (len >= 4 && !memcmp(text.data, "FOR1", 4))
        return make_tuple2(ATOM_error, atom_from_cstr("not_elfe_format"));
    Reader *r = reader_new(atom_name(mod), (const uint8_t *)text.data, len,
                           NULL);
    Term assembly;
    ReadError err;
    if (reader_next(r, &assembly, &err) != 1 || !term_is_tuple(assembly) ||
        tuple_arity(assembly) < 2 || tuple_elems(assembly)[1] != mod)
        return make_tuple2(ATOM_error, atom_from_cstr("badfile"));
    StrBuf lerr;
    strbuf_init(&lerr);
    if (code_load_module(p->rt, assembly, p->pid, &lerr) < 0)
        return make_tuple2(ATOM_error, atom_from_cstr("badfile"));
    maybe_sweep(p);
    Module *m = code_module(p->rt, mod);
    if (m) {
        m->path = file;
        m->file_hash = code_hash_bytes(text.data, len);
    }
    return make_tuple2(ATOM_module, mod);
}

/* elfe_code:set_path(Dirs): replace the code path (a list of strings). */
Term bif_code_set_path_1(Process *p, const Term *args)
{
    if (!p->rt || list_length(args[0]) < 0)
        return bif_badarg(p);
    for (Term l = args[0]; term_is_cons(l); l = CDR(l))
        if (!term_is_list(CAR(l)) || list_length(CAR(l)) < 0)
            return bif_badarg(p);
    p->rt->code_path = args[0];
    return ATOM_true_;
}

/* elfe_code:modified(Module): was it loaded from a file whose bytes have
 * changed since (or that is gone)? */
Term bif_code_modified_1(Process *p, const Term *args)
{
    Module *m = P_MOD(args[0]);
    if (!m || !term_is_list(m->path) || !m->file_hash)
        return ATOM_false_;
    StrBuf path;
    strbuf_init(&path);
    for (Term c = m->path; term_is_cons(c); c = CDR(c))
        strbuf_put_utf8(&path, (uint32_t)small_val(CAR(c)));
    FILE *f = fopen(path.data, "rb");
    if (!f)
        return ATOM_true_;
    StrBuf text;
    strbuf_init(&text);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&text, buf, n);
    fclose(f);
    return make_bool(code_hash_bytes(text.data, text.len) != m->file_hash);
}

/* elfe_code:module_status(Module): current / old versions and file, for
 * code:which-like tools and the shell: {HasCurrent, HasOld}. */
Term bif_code_versions_1(Process *p, const Term *args)
{
    if (!term_is_atom(args[0]) || !p->rt)
        return bif_badarg(p);
    return make_tuple2(make_bool(code_module(p->rt, args[0]) != NULL),
                       make_bool(code_old_module(p->rt, args[0]) != NULL));
}

/* code.c - export entries, the module table, module versions, the code
 * path (code.h).
 *
 * The export table is an open-addressing hash table of Export pointers
 * keyed by (module, function, arity), guarded by the runtime's lock for
 * insertion.  Entries are never freed or moved, so the loader can put
 * their addresses straight into call instructions.
 *
 * Versions: rt->modules holds each module's current version; loading a
 * module again (code_load_module) moves the current one to
 * rt->old_versions, where local calls and return addresses of processes
 * still find it, and clears its export entries before the loader sets the
 * new ones, so fully qualified calls reach the new code at once.  Purging
 * (code_purge.c) moves an old version to rt->purged, which keeps it
 * allocated for funs that may still point into it.
 */
#include "code.h"
#include "sched.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../reader/read.h"
#include "atom.h"
#include "gc.h"

static uint64_t export_hash(Term m, Term f, uint32_t a)
{
    uint64_t h = m * 0x9E3779B97F4A7C15u;
    h ^= (f + (h << 6) + (h >> 2)) * 0xC2B2AE3D27D4EB4Fu;
    h ^= a + 0x165667B19E3779F9u + (h << 6) + (h >> 2);
    return h ^ (h >> 29);
}

static Export **export_slot(Runtime *rt, Term m, Term f, uint32_t a)
{
    size_t mask = rt->export_cap - 1;
    size_t i = export_hash(m, f, a) & mask;
    for (;;) {
        Export *e = rt->exports[i];
        if (!e || (e->module == m && e->function == f && e->arity == a))
            return &rt->exports[i];
        i = (i + 1) & mask;
    }
}

static void grow_exports(Runtime *rt)
{
    Export **old = rt->exports;
    size_t old_cap = rt->export_cap;
    rt->export_cap *= 2;
    rt->exports = gc_alloc(rt->export_cap * sizeof(Export *));
    for (size_t i = 0; i < old_cap; i++)
        if (old[i])
            *export_slot(rt, old[i]->module, old[i]->function,
                         old[i]->arity) = old[i];
}

Export *code_export(Runtime *rt, Term module, Term function, uint32_t arity)
{
    pthread_mutex_lock(&rt->lock);
    Export **slot = export_slot(rt, module, function, arity);
    if (!*slot) {
        Export *e = gc_alloc(sizeof *e);
        e->module = module;
        e->function = function;
        e->arity = arity;
        *slot = e;
        if (++rt->export_count * 2 > rt->export_cap) {
            grow_exports(rt);
            slot = export_slot(rt, module, function, arity);
        }
    }
    Export *e = *slot;
    pthread_mutex_unlock(&rt->lock);
    return e;
}

Export *code_find_export(Runtime *rt, Term module, Term function,
                         uint32_t arity)
{
    pthread_mutex_lock(&rt->lock);
    Export *e = *export_slot(rt, module, function, arity);
    pthread_mutex_unlock(&rt->lock);
    return e && (e->code || e->bif) ? e : NULL;
}

Runtime *code_new_runtime(void)
{
    Runtime *rt = gc_alloc(sizeof *rt);
    pthread_mutex_init(&rt->lock, NULL);
    rt->export_cap = 1024;
    rt->exports = gc_alloc(rt->export_cap * sizeof(Export *));
    rt->code_path = NIL;
    rt->interrupt_pid = NIL;
    rt->shell_completions = NIL;
    rt->next_pid = 1;
    rt->apply2 = code_export(rt, atom_from_cstr("erlang"),
                             atom_from_cstr("apply"), 2);
    rt->apply3 = code_export(rt, atom_from_cstr("erlang"),
                             atom_from_cstr("apply"), 3);
    for (size_t i = 0; i < bif_count; i++) {
        const BifInfo *b = &bif_table[i];
        Export *e = code_export(rt, atom_from_cstr(b->module),
                                atom_from_cstr(b->name), b->arity);
        e->bif = b->fn;
    }
    sched_init(rt);
    return rt;
}

Module *code_module(Runtime *rt, Term name)
{
    for (size_t i = 0; i < rt->nmodules; i++)
        if (rt->modules[i]->name == name)
            return rt->modules[i];
    return NULL;
}

void code_add_path(Runtime *rt, const char *dir, bool front)
{
    Term d = list_from_cstr(dir);
    if (front)
        rt->code_path = make_cons(d, rt->code_path);
    else
        rt->code_path = list_reverse(
            make_cons(d, list_reverse(rt->code_path, NIL)), NIL);
}

static char *list_to_cstr(Term l)
{
    StrBuf b;
    strbuf_init(&b);
    for (; term_is_cons(l); l = CDR(l))
        strbuf_put_utf8(&b, (uint32_t)small_val(CAR(l)));
    return b.data;
}

/* A BEAM file (the Erlang compiler's output) is an IFF container:
 * "FOR1", a length, then "BEAM".  elfe's module files are text. */
static bool is_beam_file(const char *text, size_t len)
{
    return len >= 4 && !memcmp(text, "FOR1", 4);
}

int code_load_file(Runtime *rt, const char *path, StrBuf *error)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        strbuf_printf(error, "%s: cannot open", path);
        return -1;
    }
    StrBuf text;
    strbuf_init(&text);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&text, buf, n);
    fclose(f);
    if (is_beam_file(text.data, text.len)) {
        strbuf_printf(error,
                      "%s: not_elfe_format: a BEAM file from the Erlang "
                      "compiler; compile the source with elfec",
                      path);
        return -1;
    }
    Reader *r = reader_new(path, (const uint8_t *)text.data, text.len, NULL);
    Term assembly;
    ReadError err;
    if (reader_next(r, &assembly, &err) != 1 || !term_is_tuple(assembly) ||
        tuple_arity(assembly) < 2 || tuple_elems(assembly)[0] != ATOM_module) {
        strbuf_printf(error, "%s: not_elfe_format: not a module file", path);
        return -1;
    }
    if (code_load_module(rt, assembly, NIL, error) < 0)
        return -1;
    Module *m = code_module(rt, tuple_elems(assembly)[1]);
    if (m) {
        m->path = list_from_cstr(path);
        m->file_hash = code_hash_bytes(text.data, text.len);
    }
    return 0;
}

/* The module file of NAME on the code path, as a string, or NONE: in each
 * directory in turn NAME.beam (what elfec writes), then NAME.elfe (the
 * older name). */
Term code_find_file(Runtime *rt, Term module)
{
    static const char *const suffixes[] = {".beam", ".elfe"};
    for (Term p = rt->code_path; term_is_cons(p); p = CDR(p)) {
        for (size_t k = 0; k < 2; k++) {
            StrBuf path;
            strbuf_init(&path);
            strbuf_puts(&path, list_to_cstr(CAR(p)));
            strbuf_printf(&path, "/%s%s", atom_name(module), suffixes[k]);
            FILE *f = fopen(path.data, "rb");
            if (f) {
                fclose(f);
                return list_from_cstr(path.data);
            }
        }
    }
    return NONE;
}

/* An empty boot image for programs built without one (the stage-one
 * compiler that compiles lib/ itself); bin/elfe and bin/elfec link the
 * real boot_image.o, whose strong definitions replace these. */
__attribute__((weak)) const BootModule boot_modules[] = {{0, 0, 0}};
__attribute__((weak)) const size_t boot_module_count = 0;

void code_set_boot_image(Runtime *rt, const BootModule *mods, size_t n)
{
    rt->boot = mods;
    rt->nboot = n;
}

static bool load_boot(Runtime *rt, Term module)
{
    const char *name = atom_name(module);
    for (size_t i = 0; i < rt->nboot; i++) {
        if (strcmp(rt->boot[i].name, name) != 0)
            continue;
        Reader *r = reader_new(name, (const uint8_t *)rt->boot[i].text,
                               rt->boot[i].len, NULL);
        Term assembly;
        ReadError err;
        StrBuf error;
        strbuf_init(&error);
        if (reader_next(r, &assembly, &err) != 1 ||
            code_load_module(rt, assembly, NIL, &error) < 0) {
            fprintf(stderr, "elfe: boot module %s does not load: %s\n",
                    name, error.data);
            return false;
        }
        return true;
    }
    return false;
}

bool code_ensure_loaded(Runtime *rt, Term module)
{
    if (code_module(rt, module))
        return true;
    if (load_boot(rt, module))
        return true;
    Term path = code_find_file(rt, module);
    if (path == NONE)
        return false;
    char *file = list_to_cstr(path);
    StrBuf error;
    strbuf_init(&error);
    if (code_load_file(rt, file, &error) == 0)
        return code_module(rt, module) != NULL;
    fprintf(stderr, "elfe: loading %s failed: %s\n", file, error.data);
    return false;
}

/* The module (current or old version) whose code holds pc, or NULL. */
static Module *module_at(Runtime *rt, const Instr *pc)
{
    for (size_t i = 0; i < rt->nmodules; i++) {
        Module *m = rt->modules[i];
        if (pc >= m->code && pc < m->code + m->ncode)
            return m;
    }
    for (ModuleList *o = rt->old_versions; o; o = o->next)
        if (pc >= o->module->code && pc < o->module->code + o->module->ncode)
            return o->module;
    return NULL;
}

bool code_locate(Runtime *rt, const Instr *pc, Module **mod, FuncInfo **fn,
                 uint32_t *line)
{
    Module *m = module_at(rt, pc);
    if (!m)
        return false;
    FuncInfo *best = NULL;
    for (size_t k = 0; k < m->nfuncs; k++)
        if (m->funcs[k].start <= pc)
            best = &m->funcs[k];
    if (!best)
        return false;
    /* The last line entry at or before pc, within this function. */
    uint32_t off = (uint32_t)(pc - m->code);
    uint32_t start = (uint32_t)(best->start - m->code);
    uint32_t ln = 0;
    for (size_t k = 0; k < m->nlines && m->lines[k].offset <= off; k++)
        if (m->lines[k].offset >= start)
            ln = m->lines[k].line;
    *mod = m;
    *fn = best;
    *line = ln;
    return true;
}

/* ---- versions ---------------------------------------------------------- */

uint64_t code_hash_bytes(const char *data, size_t len)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < len; i++) {
        h ^= (uint8_t)data[i];
        h *= 0x100000001b3u;
    }
    return h;
}

Module *code_old_module(Runtime *rt, Term name)
{
    for (ModuleList *o = rt->old_versions; o; o = o->next)
        if (o->module->name == name)
            return o->module;
    return NULL;
}

/* Unlink name's old version from rt->old_versions (returned, or NULL). */
static Module *take_old(Runtime *rt, Term name)
{
    for (ModuleList **o = &rt->old_versions; *o; o = &(*o)->next)
        if ((*o)->module->name == name) {
            Module *m = (*o)->module;
            *o = (*o)->next;
            return m;
        }
    return NULL;
}

static ModuleList *push_version(ModuleList *l, Module *m)
{
    ModuleList *n = gc_alloc(sizeof *n);
    n->module = m;
    n->next = l;
    return n;
}

/* Point m's export entries at its code (code NULL: make them undefined,
 * unless the loader has already pointed them at a newer version). */
static void set_exports(Runtime *rt, Module *m, bool on)
{
    for (Term es = m->exports; term_is_cons(es); es = CDR(es)) {
        Term fname = tuple_elems(CAR(es))[0];
        uint32_t ar = (uint32_t)small_val(tuple_elems(CAR(es))[1]);
        for (size_t k = 0; k < m->nfuncs; k++) {
            if (m->funcs[k].name != fname || m->funcs[k].arity != ar)
                continue;
            Export *e = code_export(rt, m->name, fname, ar);
            if (on)
                e->code = m->funcs[k].entry;
            else if (e->code == m->funcs[k].entry)
                e->code = NULL;
        }
    }
}

/* Drop name from the module table (the current version), returning it. */
static Module *take_current(Runtime *rt, Term name)
{
    pthread_mutex_lock(&rt->lock);
    Module *m = NULL;
    for (size_t i = 0; i < rt->nmodules; i++)
        if (rt->modules[i]->name == name) {
            m = rt->modules[i];
            rt->modules[i] = rt->modules[--rt->nmodules];
            break;
        }
    pthread_mutex_unlock(&rt->lock);
    return m;
}

static void put_current(Runtime *rt, Module *m)
{
    pthread_mutex_lock(&rt->lock);
    if (rt->nmodules == rt->modules_cap) {
        rt->modules_cap = rt->modules_cap ? rt->modules_cap * 2 : 64;
        Module **nm = gc_alloc(rt->modules_cap * sizeof(Module *));
        if (rt->nmodules)
            memcpy(nm, rt->modules, rt->nmodules * sizeof(Module *));
        rt->modules = nm;
    }
    rt->modules[rt->nmodules++] = m;
    pthread_mutex_unlock(&rt->lock);
}

int code_load_module(Runtime *rt, Term assembly, Term killer, StrBuf *error)
{
    if (!term_is_tuple(assembly) || tuple_arity(assembly) < 2 ||
        !term_is_atom(tuple_elems(assembly)[1]))
        return code_load_asm(rt, assembly, error); /* it says what's wrong */
    Term name = tuple_elems(assembly)[1];
    bool scratch = atom_name(name)[0] == '$';
    Module *cur = code_module(rt, name);
    if (!cur)
        return code_load_asm(rt, assembly, error);
    if (scratch) {
        /* An evaluation module: no versions, nobody is killed; the code
         * stays allocated for the processes and funs it made. */
        rt->purged = push_version(rt->purged, cur);
        rt->purged_pending++;
        set_exports(rt, cur, false);
        if (code_load_asm(rt, assembly, error) < 0) {
            set_exports(rt, cur, true);
            return -1;
        }
        return 0;
    }
    if (code_old_module(rt, name))
        (void)code_purge(rt, name, killer, false);
    /* current -> old; its exports undefined until the new ones are set */
    take_current(rt, name);
    rt->old_versions = push_version(rt->old_versions, cur);
    set_exports(rt, cur, false);
    if (code_load_asm(rt, assembly, error) < 0) {
        take_old(rt, name);
        put_current(rt, cur);
        set_exports(rt, cur, true);
        return -1;
    }
    rt->reloads++;
    return 0;
}

bool code_delete(Runtime *rt, Term name)
{
    if (code_old_module(rt, name) || !code_module(rt, name))
        return false;
    Module *cur = take_current(rt, name);
    rt->old_versions = push_version(rt->old_versions, cur);
    set_exports(rt, cur, false);
    return true;
}

void code_drop_old(Runtime *rt, Term name)
{
    Module *m = take_old(rt, name);
    if (m) {
        rt->purged = push_version(rt->purged, m);
        rt->purged_pending++;
    }
}

/* bif_objcode.c - code:get_object_code/1: a compiled module's file.
 *
 * elfe's object code is the assembly file NAME.beam that elfec writes;
 * like the BEAM's code server, this looks for it on the code path (the
 * module need not be loaded) and returns {Module, Bytes, Filename}, or
 * error when there is no such file (modules of the embedded library
 * included, which have no file).
 */
#include "bif.h"

#include <stdio.h>

#include "atom.h"
#include "binary.h"
#include "code.h"
#include "strbuf.h"

#include "bifs.def"

/* The bytes of a string path, NUL-terminated, UTF-8. */
static const char *path_cstr(Term l)
{
    StrBuf b;
    strbuf_init(&b);
    for (; term_is_cons(l); l = CDR(l))
        if (term_is_small(CAR(l)))
            strbuf_put_utf8(&b, (uint32_t)small_val(CAR(l)));
    return b.data;
}

Term bif_objcode_get_object_code_1(Process *p, const Term *args)
{
    Term mod = args[0];
    if (!term_is_atom(mod))
        return bif_error(p, ATOM_function_clause);
    Term error = atom_from_cstr("error");
    if (!p->rt)
        return error;
    Term path = code_find_file(p->rt, mod);
    if (path == NONE)
        return error;
    FILE *f = fopen(path_cstr(path), "rb");
    if (!f)
        return error;
    StrBuf bytes;
    strbuf_init(&bytes);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        strbuf_append(&bytes, chunk, n);
    bool failed = ferror(f) != 0;
    fclose(f);
    if (failed)
        return error;
    return make_tuple3(mod, binary_from_bytes((const uint8_t *)bytes.data, bytes.len),
                       path);
}

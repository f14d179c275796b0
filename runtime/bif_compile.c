/* bif_compile.c - the compiler, callable from LFE: the primitives of the
 * compile module (lib/compile.lfe).
 *
 *   elfe_compile:text(File, Bytes)  compile LFE source text
 *   elfe_compile:forms(Forms, File) compile a list of forms
 *
 * Both give {ok, [{Module, ObjectBytes}, ...], Warnings} with one entry
 * per module defined, ObjectBytes the module file elfec would write
 * (what code:load_binary/3 takes), Warnings a binary of
 * "FILE:LINE:COL: Warning: ..." lines; or {error, Message}, Message a
 * binary "FILE:LINE:COL: message".  User macros run on the compiler's own
 * runtime (compiler/compile.c), so a BIF may run the compiler: it never
 * re-enters the VM of the calling process.
 */
#include "bif.h"

#include <string.h>

#include "../compiler/asm_write.h"
#include "../compiler/compile.h"
#include "atom.h"
#include "binary.h"
#include "gc.h"

#include "bifs.def"

static Term bin_of(const StrBuf *b)
{
    return binary_from_bytes((const uint8_t *)(b->data ? b->data : ""),
                             b->len);
}

/* A string (list of code points) as UTF-8, or NULL if it is not one. */
static const char *cstr_of(Term l)
{
    StrBuf b;
    strbuf_init(&b);
    for (; term_is_cons(l); l = CDR(l)) {
        if (!term_is_small(CAR(l)) || small_val(CAR(l)) < 0 ||
            small_val(CAR(l)) > 0x10FFFF)
            return NULL;
        strbuf_put_utf8(&b, (uint32_t)small_val(CAR(l)));
    }
    if (l != NIL)
        return NULL;
    return b.data ? b.data : "";
}

static Term compile_bytes(Process *p, const char *file, const uint8_t *text,
                          size_t len)
{
    (void)p;
    Term modules;
    CompileError err;
    StrBuf warnings;
    strbuf_init(&warnings);
    if (compile_text_warn(file, text, len, &modules, &err, &warnings) < 0) {
        StrBuf msg;
        strbuf_init(&msg);
        compile_error_format(&err, &msg);
        return make_tuple2(ATOM_error, bin_of(&msg));
    }
    Term out = NIL;
    for (Term m = modules; term_is_cons(m); m = CDR(m)) {
        StrBuf obj;
        strbuf_init(&obj);
        asm_write(&obj, CAR(m));
        strbuf_putc(&obj, '\n');
        out = make_cons(make_tuple2(tuple_elems(CAR(m))[1], bin_of(&obj)),
                        out);
    }
    return make_tuple3(ATOM_ok, list_reverse(out, NIL), bin_of(&warnings));
}

Term bif_compile_text_2(Process *p, const Term *args)
{
    const char *file = cstr_of(args[0]);
    Term bin = args[1];
    if (!file || !term_is_box_of(bin, BOX_BINARY) ||
        binary_bit_size(bin) % 8)
        return bif_badarg(p);
    size_t len = binary_byte_size(bin);
    uint8_t *bytes = gc_alloc_atomic(len + 1);
    binary_copy_bits(bin, 0, (uint64_t)len * 8, bytes);
    return compile_bytes(p, file, bytes, len);
}

Term bif_compile_forms_2(Process *p, const Term *args)
{
    const char *file = cstr_of(args[1]);
    if (!file || list_length(args[0]) < 0)
        return bif_badarg(p);
    StrBuf text;
    strbuf_init(&text);
    for (Term f = args[0]; term_is_cons(f); f = CDR(f)) {
        asm_write(&text, CAR(f));
        strbuf_putc(&text, '\n');
    }
    return compile_bytes(p, file, (const uint8_t *)(text.data ? text.data : ""),
                         text.len);
}

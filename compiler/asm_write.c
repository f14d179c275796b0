/* asm_write.c - lossless text for module assembly (asm_write.h). */
#include "asm_write.h"

#include "../reader/print.h"
#include "../runtime/atom.h"
#include "../runtime/bignum.h"
#include "../runtime/floatfmt.h"
#include "../runtime/map.h"

static void write_atom(StrBuf *out, Term a)
{
    const char *s = atom_name(a);
    size_t n = atom_length(a);
    strbuf_putc(out, '|');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '|' || s[i] == '\\')
            strbuf_putc(out, '\\');
        strbuf_putc(out, s[i]);
    }
    strbuf_putc(out, '|');
}

void asm_write(StrBuf *out, Term t)
{
    if (term_is_atom(t)) {
        write_atom(out, t);
    } else if (term_is_integer(t)) {
        bignum_to_string(t, 10, out);
    } else if (term_is_float(t)) {
        floatfmt_erlang(float_val(t), out);
    } else if (t == NIL) {
        strbuf_puts(out, "()");
    } else if (term_is_cons(t)) {
        strbuf_putc(out, '(');
        bool first = true;
        for (; term_is_cons(t); t = CDR(t)) {
            if (!first)
                strbuf_putc(out, ' ');
            first = false;
            asm_write(out, CAR(t));
        }
        if (t != NIL) {
            strbuf_puts(out, " . ");
            asm_write(out, t);
        }
        strbuf_putc(out, ')');
    } else if (term_is_tuple(t)) {
        strbuf_puts(out, "#(");
        for (uint32_t i = 0; i < tuple_arity(t); i++) {
            if (i)
                strbuf_putc(out, ' ');
            asm_write(out, tuple_elems(t)[i]);
        }
        strbuf_putc(out, ')');
    } else if (term_is_map(t)) {
        strbuf_puts(out, "#M(");
        MapIter it;
        Term k, v;
        bool first = true;
        map_iter_init(&it, t);
        while (map_iter_next(&it, &k, &v)) {
            if (!first)
                strbuf_putc(out, ' ');
            first = false;
            asm_write(out, k);
            strbuf_putc(out, ' ');
            asm_write(out, v);
        }
        strbuf_putc(out, ')');
    } else {
        /* Bitstrings: the LFE printer's #"..." / #B(...) read back. */
        PrintOpts o = print_default_opts();
        print_lfe_write(out, t, &o);
    }
}

/* bif_shell.c - the primitives of the interactive shell (lib/lfe_shell.lfe).
 *
 *   elfe_shell:line_editor()                 is there a line editor (tty)?
 *   elfe_shell:request_line(Pid, Tag, Prompt) read a line with it: the
 *        answer comes as a message {Tag, Line | eof | interrupt}
 *   elfe_shell:set_interrupt(Pid)            where Ctrl-C goes (interrupt)
 *   elfe_shell:version()                     elfe's version (a string)
 *   elfe_shell:set_completions(Atoms)        the names the shell defined
 *        (variables, functions, macros, records) for Tab completion
 *   elfe_shell:print(Binary)                 print above the line being
 *        edited (standard output when there is no line editor)
 *
 * The line editor itself (GNU readline on its own thread) is in
 * repl/shell.c, which installs it in the runtime; programs without it
 * (elfec, the tests) see no editor and the shell reads standard input
 * through the io protocol instead.
 */
#include "bif.h"

#include <stdio.h>

#include "../include/elfe.h"
#include "atom.h"
#include "binary.h"
#include "code.h"
#include "strbuf.h"

#include "bifs.def"

Term bif_shell_line_editor_0(Process *p, const Term *args)
{
    (void)args;
    return make_bool(p->rt && p->rt->line_editor);
}

Term bif_shell_request_line_3(Process *p, const Term *args)
{
    if (!p->rt || !p->rt->line_editor || !term_is_local_pid(args[0]))
        return bif_badarg(p);
    StrBuf prompt;
    strbuf_init(&prompt);
    Term l = args[2];
    for (; term_is_cons(l); l = CDR(l)) {
        if (!term_is_small(CAR(l)) || small_val(CAR(l)) < 0 ||
            small_val(CAR(l)) > 0x10FFFF)
            return bif_badarg(p);
        strbuf_put_utf8(&prompt, (uint32_t)small_val(CAR(l)));
    }
    if (l != NIL)
        return bif_badarg(p);
    p->rt->line_editor(p->rt, args[0], args[1],
                       prompt.data ? prompt.data : "");
    return ATOM_ok;
}

Term bif_shell_set_interrupt_1(Process *p, const Term *args)
{
    if (!p->rt || (!term_is_local_pid(args[0]) && args[0] != NIL))
        return bif_badarg(p);
    p->rt->interrupt_pid = args[0];
    return ATOM_ok;
}

Term bif_shell_version_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return list_from_cstr(elfe_version());
}

Term bif_shell_set_completions_1(Process *p, const Term *args)
{
    Term l = args[0];
    for (; term_is_cons(l); l = CDR(l))
        if (!term_is_atom(CAR(l)))
            return bif_badarg(p);
    if (l != NIL || !p->rt)
        return bif_badarg(p);
    p->rt->shell_completions = args[0];
    return ATOM_ok;
}

Term bif_shell_print_1(Process *p, const Term *args)
{
    Term b = args[0];
    if (!term_is_binary(b) || (binary_bit_size(b) & 7) ||
        !binary_is_aligned(b))
        return bif_badarg(p);
    size_t len = binary_byte_size(b);
    const char *bytes = (const char *)binary_bytes(b);
    if (p->rt && p->rt->print_above) {
        p->rt->print_above(p->rt, bytes, len);
    } else {
        fwrite(bytes, 1, len, stdout);
        fflush(stdout);
    }
    return ATOM_ok;
}

/* bif_lfe.c - the functions of module lfe that expand macros at run time:
 * lfe:macroexpand-1/1,2, lfe:macroexpand/1,2 and lfe:macroexpand-all/1,2.
 *
 * LFE code calls them unqualified, (macroexpand-1 '(cadr x)): the
 * expander turns such calls into calls of module lfe.  They run the
 * compiler's expander (compiler/expand.c) on the form, with an empty
 * environment, the one a user macro gets as $ENV, or the macros of an
 * lfe_env environment (lib/lfe_env.lfe), as LFE's lfe module does.  A
 * user macro that the expander's native evaluator cannot run is an error
 * here (a BIF never calls back into the VM).  An expansion error
 * raises error {expand_macro, Form, Message}.
 */
#include "bif.h"

#include <string.h>

#include "../compiler/expand.h"
#include "atom.h"
#include "binary.h"
#include "map.h"

#include "bifs.def"

/* LFE's environment #(env Vars Funs Recs) (lfe_env) as the expander's
 * list of {Name, macro, Def}: its macros; NONE when env is not one. */
static Term env_macros(Term env)
{
    if (!term_is_tuple(env) || tuple_arity(env) != 4 ||
        tuple_elems(env)[0] != atom_from_cstr("env") ||
        !term_is_map(tuple_elems(env)[2]))
        return NONE;
    Term out = NIL, k, v, macro = atom_from_cstr("macro");
    MapIter it;
    map_iter_init(&it, tuple_elems(env)[2]);
    while (map_iter_next(&it, &k, &v))
        if (term_is_atom(k) && term_is_tuple(v) && tuple_arity(v) == 2 &&
            tuple_elems(v)[0] == macro)
            out = make_cons(make_tuple3(k, macro, tuple_elems(v)[1]), out);
    return out;
}

static Term macroexpand(Process *p, ExpandMode mode, Term form, Term env)
{
    Term macros = env_macros(env);
    if (macros != NONE)
        env = macros;
    if (!expand_is_env(env))
        return bif_badarg(p);
    Expander *e = expand_new("-no-file-", NULL);
    expand_set_lfe_calls(e, false); /* LFE's expander leaves them */
    ExpandError err;
    Term out;
    if (expand_macroexpand(e, mode, form, env, &out, &err) < 0)
        return bif_error(p, make_tuple3(atom_from_cstr("expand_macro"), form,
                                        binary_from_bytes((const uint8_t *)err.message, strlen(err.message))));
    return out;
}

Term bif_lfe_macroexpand_1_1(Process *p, const Term *args)
{
    return macroexpand(p, EXPAND_ONCE, args[0], NIL);
}

Term bif_lfe_macroexpand_1_2(Process *p, const Term *args)
{
    return macroexpand(p, EXPAND_ONCE, args[0], args[1]);
}

Term bif_lfe_macroexpand_1(Process *p, const Term *args)
{
    return macroexpand(p, EXPAND_REPEAT, args[0], NIL);
}

Term bif_lfe_macroexpand_2(Process *p, const Term *args)
{
    return macroexpand(p, EXPAND_REPEAT, args[0], args[1]);
}

Term bif_lfe_macroexpand_all_1(Process *p, const Term *args)
{
    return macroexpand(p, EXPAND_ALL, args[0], NIL);
}

Term bif_lfe_macroexpand_all_2(Process *p, const Term *args)
{
    return macroexpand(p, EXPAND_ALL, args[0], args[1]);
}


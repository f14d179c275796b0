/* atom.h - the global atom table.
 *
 * Atoms are immediates holding an index into one table shared by every
 * runtime in the OS process: an atom's meaning must not depend on which
 * runtime made it, and atoms are never collected (as on the BEAM).  Names
 * are UTF-8; at most ATOM_MAX_CHARS characters; at most ATOM_LIMIT atoms.
 * Look-ups are lock-free; insertion takes a mutex.
 */
#ifndef ELFE_ATOM_H
#define ELFE_ATOM_H

#include "term.h"

#define ATOM_LIMIT 1048576  /* the BEAM's default +t */
#define ATOM_MAX_CHARS 255  /* characters, as the BEAM */

enum {
#define X(c, s) ATOM_IDX_##c,
#include "atoms.def"
#undef X
    ATOM_IDX_COUNT_
};

#define X(c, s) static const Term ATOM_##c = make_atom(ATOM_IDX_##c);
#include "atoms.def"
#undef X

/* Fill the table with the atoms of atoms.def; call once at start. */
void atom_init(void);
/* The atom with this UTF-8 name, made if new.  NONE when the name is too
 * long, not valid UTF-8, or the table is full (Erlang's system_limit). */
Term atom_intern(const char *name, size_t len);
Term atom_from_cstr(const char *name);
/* The atom with this name if it exists, else NONE (list_to_existing_atom). */
Term atom_lookup(const char *name, size_t len);
/* The UTF-8 name of an atom and its length in bytes. */
const char *atom_name(Term atom);
size_t atom_length(Term atom);
/* Number of atoms in the table. */
size_t atom_count(void);
/* Make an atom from a boolean. */
#define make_bool(b) ((b) ? ATOM_true_ : ATOM_false_)

#endif

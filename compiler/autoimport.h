/* autoimport.h - Erlang's auto-imported BIFs and operators (see
 * autoimport.c). */
#ifndef ELFE_AUTOIMPORT_H
#define ELFE_AUTOIMPORT_H

#include "../runtime/term.h"

enum { AUTOIMPORT_NO, AUTOIMPORT_NEW, AUTOIMPORT_OLD };

/* Whether (name ...) with this arity calls erlang:name unqualified:
 * AUTOIMPORT_NO, AUTOIMPORT_NEW, or AUTOIMPORT_OLD (before R14). */
int autoimport_find(Term name, int arity);

#endif

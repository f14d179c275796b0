/* runtime.c - starting the runtime (the embedding entry points of elfe.h). */
#include "../include/elfe.h"

#include "atom.h"
#include "gc.h"

void elfe_init(void)
{
    gc_init();
    atom_init();
}

const char *elfe_version(void)
{
    return ELFE_VERSION;
}

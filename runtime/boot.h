/* boot.h - the boot image: the standard library, compiled at build time.
 *
 * make compiles the LFE files of lib/ with the stage-one elfec and mkboot turns the
 * results into boot_modules[], linked into bin/elfe.  Modules load lazily
 * from it on first call (code_ensure_loaded).  Setting ELFE_LIB=DIR makes
 * elfe look for NAME.elfe in DIR first, so lib/ can be tried without
 * relinking.
 */
#ifndef ELFE_BOOT_H
#define ELFE_BOOT_H

#include <stddef.h>

typedef struct BootModule {
    const char *name;
    const char *text; /* the module's assembly in LFE syntax */
    size_t len;
} BootModule;

extern const BootModule boot_modules[];
extern const size_t boot_module_count;

#endif

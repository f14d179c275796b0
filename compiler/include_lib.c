/* include_lib.c - the embedded LFE include files (include_lib.h). */
#include "include_lib.h"

#include <string.h>

typedef struct IncludeFile {
    const char *name;
    const char *text;
} IncludeFile;

static const IncludeFile files[] = {
#include "include_lib.inc"
};

const char *include_lib_find(const char *name, size_t *len)
{
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (!strcmp(files[i].name, name)) {
            *len = strlen(files[i].text);
            return files[i].text;
        }
    return NULL;
}

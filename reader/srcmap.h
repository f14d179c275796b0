/* srcmap.h - source positions of the forms a reader made.
 *
 * Terms carry no positions; instead the reader records, for each cons cell
 * and each boxed term it builds (tuples, maps, binaries, bignums, floats),
 * the line and column where it started.  The key is the object's identity,
 * so a list element's position is found through the cons cell holding it.
 * The compiler asks for positions when it reports an error.
 *
 * The reader records a list's first cell at its opening bracket and every
 * other cell at the element it holds; a string literal records only its
 * first cell.  A SrcMap keeps every recorded object alive while the map
 * itself is reachable.
 */
#ifndef ELFE_SRCMAP_H
#define ELFE_SRCMAP_H

#include "../runtime/term.h"

typedef struct SrcPos {
    uint32_t line; /* 1-based */
    uint32_t col;  /* 1-based, in characters */
} SrcPos;

SrcMap *srcmap_new(const char *file);
const char *srcmap_file(const SrcMap *m);
/* Record where term t (a cons or a boxed term) starts; immediates are
 * ignored. */
void srcmap_put(SrcMap *m, Term t, SrcPos pos);
/* Where t starts, if recorded. */
bool srcmap_get(const SrcMap *m, Term t, SrcPos *pos);

#endif

/* types.h - forward declarations shared by every runtime header.
 *
 * Headers include this file instead of each other, so that no two headers
 * depend on each other in a circle.  The term word itself is defined here
 * because nearly every interface takes or returns one; its bit layout is
 * drawn in term.h.
 */
#ifndef ELFE_TYPES_H
#define ELFE_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One tagged machine word: an immediate value or a tagged pointer. */
typedef uint64_t Term;

typedef struct Cons Cons;
typedef struct Tuple Tuple;
typedef struct Float Float;
typedef struct Bignum Bignum;
typedef struct Binary Binary;
typedef struct BinBuf BinBuf;
typedef struct FlatMap FlatMap;
typedef struct Fun Fun;
typedef struct ExportFun ExportFun;
typedef struct Ref Ref;
typedef struct ExtPid ExtPid;
typedef struct Port Port;
typedef struct StrBuf StrBuf;
typedef struct SrcMap SrcMap;
typedef struct Reader Reader;

#endif

/* elfe.h - the public interface for embedding elfe.
 *
 * elfe is Lisp Flavoured Erlang implemented natively in C.  This header is
 * all an embedding program needs; everything under runtime/, reader/ and
 * compiler/ is internal.  The interface grows with the runtime: today it
 * starts the runtime and names its version.
 */
#ifndef ELFE_H
#define ELFE_H

#define ELFE_VERSION "0.1.0"
/* The LFE language level and Erlang/OTP release elfe behaves like. */
#define ELFE_LFE_VERSION "2.2.1"
#define ELFE_OTP_RELEASE "25"

/* Start the runtime: the collector and the atom table.  Call once, first. */
void elfe_init(void);
/* The version string, e.g. "0.1.0". */
const char *elfe_version(void);

#endif

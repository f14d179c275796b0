/* unit.h - shared set-up for the Check unit tests.
 *
 * Each tests/unit/check_NAME.c defines `Suite *NAME_suite(void)`; the
 * Makefile lists the files and runner.c runs every suite.  The runtime is
 * started once in the runner, before Check forks a child for each test.
 */
#ifndef ELFE_UNIT_H
#define ELFE_UNIT_H

#include <check.h>

#include "../../include/elfe.h"
#include "../../runtime/atom.h"
#include "../../runtime/strbuf.h"
#include "../../runtime/term.h"

#define SUITE(name) Suite *name##_suite(void);
#include "suites.h"
#undef SUITE

/* An atom from a C string. */
#define A(s) atom_from_cstr(s)

#endif

#!/bin/sh
# lib_compare.sh - check lib/{lists,maps,proplists,orddict,ordsets,queue,...}.lfe on
# the reference LFE 2.2.1 against Erlang/OTP's own modules.
#
# Each lib/M.lfe is compiled with the reference lfec under the name elfe_M
# (so it does not clash with OTP's M), then
#   1. tests/lfe/lib_compare.erl calls M:F and elfe_M:F on many hand-picked
#      and random arguments and compares results, errors (class and
#      reason) and the calls made to the funs passed in;
#   2. tests/lfe/M-tests.lfe (expected values from OTP) is run with its
#      calls to M's LFE-implemented functions redirected to elfe_M.
# Usage: tests/lfe/lib_compare.sh [MODULE...]   (from the repo root)
# Environment: LFE_REF (default /tmp/lfe-ref), the reference LFE build.
set -u
LFE_REF=${LFE_REF:-/tmp/lfe-ref}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v erl >/dev/null 2>&1 || ! command -v erlc >/dev/null 2>&1; then
    echo "SKIP lib_compare: Erlang/OTP (erl, erlc) is not installed"; exit 0
fi
if [ ! -x "$LFE_REF/bin/lfec" ] || [ ! -x "$LFE_REF/bin/lfe" ]; then
    echo "SKIP lib_compare: reference LFE not found in $LFE_REF (set LFE_REF)"; exit 0
fi
PATH=$LFE_REF/bin:$PATH; export PATH
MODS=${*:-lists maps proplists orddict ordsets queue gb_trees gb_sets sets dict array string}
TMP=$(mktemp -d /tmp/elfe_lib_compare.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
status=0

for m in $MODS; do
    sed "s/^(defmodule $m\$/(defmodule elfe_$m/; s/^(defmodule $m /(defmodule elfe_$m /" \
        "$ROOT/lib/$m.lfe" > "$TMP/elfe_$m.lfe"
    (cd "$TMP" && lfec "elfe_$m.lfe" 2>&1 | grep -v 'redefining core function') 
    [ -f "$TMP/elfe_$m.beam" ] || { echo "FAIL: lib/$m.lfe does not compile"; exit 1; }
done
erlc -o "$TMP" "$ROOT/tests/lfe/lib_compare.erl" || exit 1
(cd "$TMP" && lfec "$ROOT/tests/lfe/harness.lfe") || exit 1

echo "== random comparison with OTP"
args=$(for m in $MODS; do printf '"%s",' "$m"; done)
erl -noshell -pa "$TMP" -eval "lib_compare:main([${args%,}])" || status=1

for m in $MODS; do
    t="$ROOT/tests/lfe/$m-tests.lfe"
    [ -f "$t" ] || continue
    echo "== $m-tests"
    # Redirect calls to the functions elfe_M defines (not M's BIFs).
    erl -noshell -pa "$TMP" -eval "
        [io:format(\"s/(~s:~s /(elfe_~s:~s /g~n\", [M, F, M, F])
         || M <- [$(echo $MODS | sed 's/ /,/g')],
            {F, _} <- lists:usort((list_to_atom(\"elfe_\" ++ atom_to_list(M))):module_info(exports)),
            F =/= module_info], halt()." > "$TMP/redirect.sed"
    sed -f "$TMP/redirect.sed" "$t" > "$TMP/$m-tests.lfe"
    (cd "$TMP" && lfec "$m-tests.lfe") || { status=1; continue; }
    out=$(lfe -pa "$TMP" -e "($m-tests:main)" 2>&1)
    echo "$out" | grep -v '^ok ' 
    echo "$out" | tail -1 | grep -q ' 0 failed$' || status=1
done
[ $status -eq 0 ] && echo "lib_compare: all passed" || echo "lib_compare: FAILURES"
exit $status

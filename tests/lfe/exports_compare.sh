#!/bin/bash
# exports_compare.sh - list the functions Erlang/OTP 25 exports from the
# standard modules that elfe does not have.
#
# For each module, erl prints OTP's exports (module_info(exports), without
# module_info); elfe then checks each with erlang:function_exported after
# code:ensure_loaded, so C BIFs, LFE functions in lib/ and modules that are
# both are all seen.  Functions listed in tests/lfe/exports_ignored.txt
# (distribution, ports, tracing, code loading internals: things an elfe
# program cannot use) are not reported.
#
# usage: tests/lfe/exports_compare.sh [MODULE...]   (from the repo root)
# Exits 1 when something not ignored is missing.  Skipped, with a notice,
# when erl is not installed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if ! command -v erl >/dev/null 2>&1; then
    echo "SKIP exports_compare: Erlang/OTP (erl) is not installed"; exit 0
fi
mods=${*:-erlang lists maps string sets proplists unicode binary io_lib io
          timer orddict ordsets dict queue gb_trees gb_sets array base64 math
          filename filelib file os calendar rand re}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
list=$(printf '"%s",' $mods)
erl -noshell -eval "
    [begin M = list_to_atom(S), {module, M} = code:ensure_loaded(M),
       [io:format(\"~s ~s ~w~n\", [M, F, A])
        || {F, A} <- lists:sort(M:module_info(exports)), F =/= module_info]
     end || S <- [${list%,}]], halt()." > "$tmp/otp.txt" || exit 1
cat > "$tmp/check.lfe" <<'EOF'
(defmodule check (export (main 1)))
(defun main (args)
  (let* (((tuple 'ok bin) (file:read_file (hd args)))
         (lines (binary:split bin #"\n" '(global trim_all))))
    (lists:foreach
      (lambda (l)
        (let* (((list m f a) (binary:split l #" " '(global)))
               (mod (binary_to_atom m))
               (ar (binary_to_integer a)))
          (code:ensure_loaded mod)
          (if (erlang:function_exported mod (binary_to_atom f) ar)
            'ok
            (io:format "~s ~s ~w~n" (list m f ar)))))
      lines)))
EOF
bin/elfe "$tmp/check.lfe" "$tmp/otp.txt" > "$tmp/missing.txt" || exit 1
ignored=tests/lfe/exports_ignored.txt
grep -v '^#' "$ignored" | grep -v '^$' > "$tmp/ignored.txt"
grep -vxF -f "$tmp/ignored.txt" "$tmp/missing.txt" > "$tmp/report.txt"
total=$(wc -l < "$tmp/otp.txt"); miss=$(wc -l < "$tmp/missing.txt")
left=$(wc -l < "$tmp/report.txt")
cat "$tmp/report.txt"
echo "exports_compare: $total OTP 25 exports in $(echo $mods | wc -w) modules;" \
     "$miss not in elfe, $((miss - left)) of them ignored, $left missing"
[ "$left" -eq 0 ]

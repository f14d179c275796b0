;;; math-tests.lfe - checks of the math module (C BIFs in bif_math.c):
;;; every OTP 25 export, with values and errors printed by Erlang/OTP 25
;;; for the same calls.
;;; Run: (math-tests:main); prints ok/FAIL per check and a summary line.

(defmodule math-tests
  (export (main 0)))

(defun check (name expected thunk) (harness:check name expected thunk))

(defun main ()
  (check "fmod" '#(ok 1.5) (lambda () (math:fmod 7.5 2)))
  (check "ceil-int" '#(ok 1.0) (lambda () (math:ceil 1)))
  (check "floor" '#(ok -2.0) (lambda () (math:floor -1.5)))
  (check "log2" '#(ok 3.0) (lambda () (math:log2 8)))
  (check "erf" '#(ok 0.5204998778130465) (lambda () (math:erf 0.5)))
  (check "erfc" '#(ok 0.4795001221869535) (lambda () (math:erfc 0.5)))
  (check "pi" '#(ok 3.141592653589793) (lambda () (math:pi)))
  (check "sqrt-neg" '#(error badarith) (lambda () (math:sqrt -1)))
  (check "log-0" '#(error badarith) (lambda () (math:log 0)))
  (check "pow" '#(ok 1.4142135623730951) (lambda () (math:pow 2 0.5)))
  (check "atan2" '#(ok 2.356194490192345) (lambda () (math:atan2 1 -1)))
  (check "sin-atom" '#(error badarg) (lambda () (math:sin 'a)))
  (check "fmod-0" '#(error badarith) (lambda () (math:fmod 1 0)))
  (check "exp-big" '#(error badarith) (lambda () (math:exp 1000)))
  (check "cosh" '#(ok 1.5430806348152437) (lambda () (math:cosh 1)))
  (check "log10" '#(ok 3.0) (lambda () (math:log10 1000)))
  (check "acosh" '#(ok 0.0) (lambda () (math:acosh 1)))
  (check "tanh" '#(ok 0.46211715726000974) (lambda () (math:tanh 0.5)))
  (harness:summary))

;;; codegen-tests.lfe - checks of what the code generator's register
;;; allocation, shrink-wrapping, test jumps and the VM's fast-path
;;; instructions must not change: arithmetic and comparison results and
;;; errors at the small-integer edges, (or ...)/(and ...) tests with their
;;; operands' errors, frameless and shrink-wrapped functions, argument
;;; swaps in tail calls, and stack trace frames through frameless
;;; functions.  Expected values come from running the same functions on
;;; the reference LFE 2.2.1 (Erlang/OTP 25).
;;; Run: (codegen-tests:main); prints ok/FAIL per check and a summary line.

(defmodule codegen-tests
  (export (main 0)))

(defun ops (a b)
  (list (try (rem a b) (catch ((tuple _ r _) r))) (try (div a b) (catch ((tuple _ r _) r)))
        (try (band a b) (catch ((tuple _ r _) r))) (try (bsl a b) (catch ((tuple _ r _) r)))
        (try (bsr a b) (catch ((tuple _ r _) r))) (try (* a b) (catch ((tuple _ r _) r)))
        (< a b) (=< a b) (> a b) (>= a b) (== a b) (/= a b) (=:= a b) (=/= a b)))
(defun t1 (q c d) (if (or (== q c) (== (- q c) d) (== (- c q) d)) 'yes 'no))
(defun t2 (q c) (if (and (< q c) (is_atom c)) 'yes 'no))
(defun t3 (x) (cond ((or (> x 5) (< x -5)) 'big) ((>= x 1) 'pos) ('true 'small)))
(defun leaf (x) (+ x 1))
(defun base ((0 acc) acc) ((n acc) (base (- n 1) (+ acc (leaf n)))))
(defun fib ((n) (when (< n 2)) n) ((n) (+ (fib (- n 1)) (fib (- n 2)))))
(defun swap (a b) (list b a))
(defun swapper (a b) (swap b a))
(defun boom (x) (if (> x 0) (+ x (list2 x)) 'none))
(defun list2 (x) (list x))
(defun caller (x) (let ((r (boom x))) (list r x)))
(defun frames (x) (try (caller x) (catch ((tuple _ r st) (tuple r (lists:sublist (lists:map (lambda (f) (element 2 f)) st) 3))))))
(defun clause ((1) 'one))
(defun cframes () (try (clause 2) (catch ((tuple _ r st) (tuple r (element 2 (hd st)) (element 3 (hd st)))))))

(defun main ()
  (harness:check "ops-7-2"
    '#(ok (1 3 2 28 1 14 false false true true false true false true))
    (lambda () (ops 7 2)))
  (harness:check "ops-neg7-2"
    '#(ok (-1 -3 0 -28 -2 -14 true true false false false true false true))
    (lambda () (ops -7 2)))
  (harness:check "ops-7-0"
    '#(ok (badarith badarith 0 7 7 0 false false true true false true false true))
    (lambda () (ops 7 0)))
  (harness:check "ops-1-61"
    '#(ok (1 0 1 2305843009213693952 0 61 true true false false false true false true))
    (lambda () (ops 1 61)))
  (harness:check "ops-neg8-100"
    '#(ok (-8 0 96 -10141204801825835211973625643008 -1 -800 true true false false false true false true))
    (lambda () (ops -8 100)))
  (harness:check "ops-smallmax-2"
    '#(ok (1 288230376151711743 2 2305843009213693948 144115188075855871 1152921504606846974 false false true true false true false true))
    (lambda () (ops 576460752303423487 2)))
  (harness:check "ops-int-float"
    '#(ok (badarith badarith badarith badarith badarith 1.0 false true false true true false false true))
    (lambda () (ops 1 1.0)))
  (harness:check "ops-atoms"
    '#(ok (badarith badarith badarith badarith badarith badarith true true false false false true false true))
    (lambda () (ops 'a 'b)))
  (harness:check "ops-bignum-3"
    '#(ok (1 33333333333333333333 0 800000000000000000000 12500000000000000000 300000000000000000000 false false true true false true false true))
    (lambda () (ops 100000000000000000000 3)))
  (harness:check "or-tests"
    '#(ok (yes yes yes no badarith))
    (lambda () (list (t1 1 1 5) (t1 3 1 2) (t1 1 3 2) (t1 1 7 2) (element 1 (element 2 (catch (t1 1 'a 1)))))))
  (harness:check "and-tests"
    '#(ok (yes no no))
    (lambda () (list (t2 1 'a) (t2 1 2) (t2 'b 'a))))
  (harness:check "cond-tests"
    '#(ok (big big pos small big))
    (lambda () (list (t3 10) (t3 -9) (t3 3) (t3 0) (t3 'a))))
  (harness:check "frameless-leaf-loop"
    '#(ok 501500)
    (lambda () (base 1000 0)))
  (harness:check "shrink-wrapped-fib"
    '#(ok 6765)
    (lambda () (fib 20)))
  (harness:check "swap-arguments"
    '#(ok (1 2))
    (lambda () (swapper 1 2)))
  (harness:check "stack-trace-frames"
    '#(ok #(badarith (+ boom caller)))
    (lambda () (frames 1)))
  (harness:check "no-error"
    '#(ok (none 0))
    (lambda () (frames 0)))
  (harness:check "function-clause-frame"
    '#(ok #(function_clause clause (2)))
    (lambda () (cframes)))
  (harness:summary))

;;; codegen-tests.lfe - checks of what the code generator's register
;;; allocation, shrink-wrapping, test jumps and the VM's fast-path
;;; instructions must not change: arithmetic and comparison results and
;;; errors at the small-integer edges, (or ...)/(and ...) tests with their
;;; operands' errors, frameless and shrink-wrapped functions, argument
;;; swaps in tail calls, stack trace frames through frameless
;;; functions, and values kept across try handlers, catch and receive.  Expected values come from running the same functions on
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

;; Register allocation in functions with try, catch and receive (values
;; live across a wait or read by a handler stay in the frame).
(defun tr1 (a b)
  (let ((c (* a 2)))
    (try (progn (list_to_atom b) (+ a c))
      (catch ((tuple cls r _) (list cls r a b c))))))
(defun tr2 (a)
  (let ((x (+ a 1)))
    (try (try (throw (tuple 'in x))
              (catch ((tuple 'error r _) (list 'inner r))))
      (catch ((tuple 'throw v _) (list 'outer v x a))))))
(defun tr3 (a)
  (let ((x (list a a)))
    (list (catch (throw x)) (catch (+ a 'b)) x)))
(defun tr4 (a)
  (try (+ a 1)
    (case (r (when (> r 5)) (list 'big r a))
          (r (list 'small r a)))
    (catch ((tuple _ r _) (list 'err r a)))
    (after (put 'tr4 a))))
(defun rv1 (n)
  (let ((self (self)) (k (* n 10)))
    (spawn (lambda () (timer:sleep 20) (! self (tuple 'hello n))))
    (receive
      ((tuple 'hello m) (list m n k self)))))
(defun rv2 (n)
  (let ((k (+ n 7)))
    (! (self) 'junk1)
    (! (self) (tuple 'want k))
    (let ((got (receive ((tuple 'want v) (list v k n)))))
      (receive ('junk1 (list got k)) (after 0 'none)))))
(defun rv3 (n)
  (let ((k (* n 3)))
    (receive (x (list x k)) (after 10 (list 'timeout k n)))))
(defun loopr (acc n)
  (if (== n 0) acc
      (progn (! (self) n)
             (receive (m (loopr (+ acc m) (- n 1)))))))
(defun rtc-cases ()
  (list (tuple "tr1-ok" (lambda () (tr1 3 "x")))
        (tuple "tr1-err" (lambda () (tr1 3 4)))
        (tuple "tr2" (lambda () (tr2 5)))
        (tuple "tr3" (lambda () (let (((list a (tuple 'EXIT (tuple r _)) c) (tr3 4))) (list a r c))))
        (tuple "tr4" (lambda () (list (tr4 1) (tr4 10) (tr4 'x) (get 'tr4))))
        (tuple "rv1" (lambda () (let (((list m n k s) (rv1 4))) (list m n k (=:= s (self))))))
        (tuple "rv2" (lambda () (rv2 2)))
        (tuple "rv3" (lambda () (rv3 5)))
        (tuple "loopr" (lambda () (loopr 0 100)))))
;; Comparisons fused with the base case's return (is_lt_ret,
;; is_lt_else_ret, ...) on small integers and on every other kind of term.
(defun lt1 (a b) (if (< a b) a (list 'ge a b)))
(defun ge1 (a b) (if (>= a b) (list 'ge a b) b))
(defun lt2 (a b c) (if (< a b) (list 'lt a b c) c))
(defun ge2 (a b c) (if (>= a b) (list 'ge a b c) c))
(defun lt3 (a) (if (< a 10) (list 'small a) a))
(defun cmp-vals () (list 1 2 1.5 -3 (bsl 1 70) (- (bsl 1 70)) 'a 'b #(1) '(1) #"b"))
(defun cmp-all ()
  (lists:map (lambda (a) (lists:map (lambda (b) (list (lt1 a b) (ge1 a b) (lt2 a b 'z) (ge2 a b 'z) (lt3 a))) (cmp-vals))) (cmp-vals)))
;; Arithmetic and comparisons with a small-integer literal (the n forms:
;; i_eq_xnx, i_lt_xnx, i_band_xnx, ...) on every kind of operand.
(defun lit-cmps (a) (list (== a 3) (/= a 3) (=:= a 3) (=/= a 3) (< a 3) (> a 3) (=< a 3) (>= a 3)))
(defun lit-ariths (a) (try (list (band a 6) (rem a 3) (* a 3)) (catch ((tuple c r _) (tuple c r)))))
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
  (harness:check "tr1-ok"
    '#(ok 9)
    (lambda () (funcall (element 2 (lists:keyfind "tr1-ok" 1 (rtc-cases))))))
  (harness:check "tr1-err"
    '#(ok (error badarg 3 4 6))
    (lambda () (funcall (element 2 (lists:keyfind "tr1-err" 1 (rtc-cases))))))
  (harness:check "tr2"
    '#(ok (outer #(in 6) 6 5))
    (lambda () (funcall (element 2 (lists:keyfind "tr2" 1 (rtc-cases))))))
  (harness:check "tr3"
    '#(ok ((4 4) badarith (4 4)))
    (lambda () (funcall (element 2 (lists:keyfind "tr3" 1 (rtc-cases))))))
  (harness:check "tr4"
    '#(ok ((small 2 1) (big 11 10) (err badarith x) x))
    (lambda () (funcall (element 2 (lists:keyfind "tr4" 1 (rtc-cases))))))
  (harness:check "rv1"
    '#(ok (4 4 40 true))
    (lambda () (funcall (element 2 (lists:keyfind "rv1" 1 (rtc-cases))))))
  (harness:check "rv2"
    '#(ok ((9 9 2) 9))
    (lambda () (funcall (element 2 (lists:keyfind "rv2" 1 (rtc-cases))))))
  (harness:check "rv3"
    '#(ok (timeout 15 5))
    (lambda () (funcall (element 2 (lists:keyfind "rv3" 1 (rtc-cases))))))
  (harness:check "loopr"
    '#(ok 5050)
    (lambda () (funcall (element 2 (lists:keyfind "loopr" 1 (rtc-cases))))))
  (harness:check "compare-return-fusion"
    '#(ok 104583493)
    (lambda () (erlang:phash2 (cmp-all))))
  (harness:check "literal-operand-forms"
    '#(ok (((true false true false false false true true) (2 0 9)) ((true false false true false false true true) #(error badarith)) ((false true false true true false true false) (2 2 6)) ((false true false true false true false true) (4 1 12)) ((false true false true true false true false) (4 0 -9)) ((false true false true false true false true) #(error badarith)) ((false true false true false true false true) (0 2 110680464442257309696)) ((false true false true true false true false) (0 -2 -110680464442257309696)) ((false true false true true false true false) #(error badarith))))
    (lambda () (lists:map (lambda (a) (list (lit-cmps a) (lit-ariths a))) (list 3 3.0 2 4 -3 'a (bsl 1 65) (- (bsl 1 65)) 2.5))))
  (harness:summary))

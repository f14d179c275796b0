;;; phash-tests.lfe - erlang:phash/2 and the orders that follow from it:
;;; sets (v1) and dict pick slots with phash, so their to_list order is
;;; OTP's only when phash is bit-identical.  Expected values were printed
;;; by Erlang/OTP 25 (erl) for the same terms.
;;; Run: (phash-tests:main); prints ok/FAIL per check and a summary line.

(defmodule phash-tests
  (export (main 0)))

(defun main ()
  (harness:check "phash-values"
    '#(ok (1 2788898428 3336869158 687692590 324350873))
    (lambda ()
      (lists:map (lambda (t) (erlang:phash t 4294967296))
                 (list 0 1 '(1 2 3) #b(1 2 3)
                       (tuple '(a . b) #b((0 (size 1))) (list #m(k v)))))))
  (harness:check "phash-range"
    '#(ok (1 98 158))
    (lambda () (list (erlang:phash 'a 1) (erlang:phash 'a 4294967295)
                     (erlang:phash '(1 2 3) 1000))))
  (harness:check "phash-badarg"
    '#(error badarg)
    (lambda () (erlang:phash 'a 0)))
  (harness:check "sets-order"
    '#(ok (a b c 2 #(x) 1))
    (lambda () (sets:to_list (sets:from_list (list 'a 'b 'c 1 2 #(x))))))
  (harness:check "sets-order-big"
    '#(ok (16 32 #b() 3 19 35 6 22 38 9 25 12 28 15 31 2 18 34 "s" 5 21 37 8
           24 40 x 11 27 y 14 30 z 1 17 33 4 20 36 7 23 39 10 26 13 29))
    (lambda ()
      (sets:to_list (sets:from_list (++ (lists:seq 1 40)
                                        (list 'x 'y 'z "s" #b()))))))
  (harness:check "dict-order"
    '#(ok (#(1.5 6) #(3 3) #(a 1) #("str" 2) #(#b(98) 5) #(#(t) 4)))
    (lambda ()
      (dict:to_list (dict:from_list (list #(a 1) #("str" 2) #(3 3) #(#(t) 4)
                                          #(#b("b") 5) #(1.5 6))))))
  (harness:check "dict-keys-order"
    '#(ok (16 19 3 22 6 25 9 28 12 15 18 2 21 5 24 8 27 11 30 14 17 1 20 4 23
           7 26 10 29 13))
    (lambda ()
      (dict:fetch_keys (dict:from_list (lists:map (lambda (k) (tuple k k))
                                                  (lists:seq 1 30))))))
  (harness:summary))

;;; maybe-tests.lfe - maybe with lets in its body, as LFE translates them:
;;; a let directly in a maybe body is part of the body (a ?= in the let's
;;; body ends the maybe or goes to else), and a let binding that does not
;;; match is a badmatch error.  Expected values from LFE 2.2.1 on OTP 25.

(defmodule maybe-tests
  (export (main 0)))

(defun f (g)
  (maybe
    (?= `#(ok ,a) g)
    (let ((x (+ a 1))
          (`#(,y) (tuple a)))
      (?= `#(ok ,b) (tuple 'ok (* x y)))
      (let ((z (when (> b 10)) b))
        (?= 'big (if (> z 100) 'big 'small))
        (tuple a b z)))
    (else ((e) (tuple 'else e)))))

(defun g (v)
  (maybe
    (let ((x v))
      (?= 1 x)
      'one)))

(defun main ()
  (harness:check "?= in a let body fails to else"
    #(ok #(else small)) (lambda () (f #(ok 5))))
  (harness:check "all matches through nested lets"
    #(ok #(20 420 420)) (lambda () (f #(ok 20))))
  (harness:check "first ?= fails to else"
    #(ok #(else nope)) (lambda () (f 'nope)))
  (harness:check "a let guard that fails is badmatch"
    #(error #(badmatch 2)) (lambda () (f #(ok 1))))
  (harness:check "?= in a let body without else: the value"
    #(ok 2) (lambda () (g 2)))
  (harness:check "let body value"
    #(ok one) (lambda () (g 1)))
  (harness:summary))

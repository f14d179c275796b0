;;; macroexpand-tests.lfe - macroexpand-1, macroexpand and macroexpand-all
;;; as LFE 2.2.1 provides them (calls of module lfe, with an empty or a
;;; macro's $ENV environment), and records with the _ field (the default
;;; for every field not named) in patterns, expressions and ets-ms.
;;; Expected values were checked on LFE 2.2.1.
;;; Run: (macroexpand-tests:main); prints ok/FAIL per check and a summary.

(defmodule macroexpand-tests
  (export (main 0)))

(defrecord emp name dept salary)

(defmacro twice (x) `(list ,x ,x))
(defmacro sq (x) `(* ,x ,x))
(defmacro exp1 (f) `',(macroexpand-1 f $ENV))
(defmacro expn (f) `',(macroexpand f $ENV))
(defmacro expall (f) `',(macroexpand-all f $ENV))

(defun main ()
  (harness:check "1 non-macro" '#(ok (foo bar))
    (lambda () (macroexpand-1 '(foo bar))))
  (harness:check "1 atom" '#(ok a) (lambda () (macroexpand-1 'a)))
  (harness:check "1 cadr" '#(ok (car (cdr x)))
    (lambda () (macroexpand-1 '(cadr x))))
  (harness:check "1 list*" '#(ok (cons 1 (cons 2 (3))))
    (lambda () (macroexpand-1 '(list* 1 2 (3)))))
  (harness:check "1 mod:fun" '#(ok (: lists reverse x))
    (lambda () (macroexpand-1 '(lists:reverse x))))
  (harness:check "1 colon" '#(ok (call 'lists 'reverse x))
    (lambda () (macroexpand-1 '(: lists reverse x))))
  (harness:check "1 defun"
    '#(ok (define-function f () (lambda (x) x)))
    (lambda () (macroexpand-1 '(defun f (x) x))))
  (harness:check "1 backquote" '#(ok (list 'a b))
    (lambda () (macroexpand-1 '(backquote (a (comma b))))))
  (harness:check "1 bad cadr arity" '#(ok (cadr x y))
    (lambda () (macroexpand-1 '(cadr x y))))
  (harness:check "1 with empty env" '#(ok (car (cdr (cdr y))))
    (lambda () (macroexpand-1 '(caddr y) (lfe_env:new))))
  (harness:check "1 as fun" '#(ok (car (cdr (cdr y))))
    (lambda () (funcall #'macroexpand-1/1 '(caddr y))))
  (harness:check "repeat cadr" '#(ok (car (cdr x)))
    (lambda () (macroexpand '(cadr x))))
  (harness:check "repeat let*"
    '#(ok (let ((a 1)) (let ((b 2)) (progn (cadr a)))))
    (lambda () (macroexpand '(let* ((a 1) (b 2)) (cadr a)))))
  (harness:check "user macro unknown at run time" '#(ok (twice 1))
    (lambda () (macroexpand '(twice 1))))
  (harness:check "all let*"
    '#(ok (let ((a 1)) (let ((b 2)) (progn (car (cdr a))))))
    (lambda () (macroexpand-all '(let* ((a 1) (b 2)) (cadr a)))))
  (harness:check "all cond"
    '#(ok (list (car (car x)) (cond ((a) 1) ('else 2))))
    (lambda () (macroexpand-all '(list (caar x) (cond ((a) 1) ('else 2))))))
  (harness:check "all call" '#(ok (call 'lists 'reverse (car (cdr x))))
    (lambda () (macroexpand-all '(lists:reverse (cadr x)))))
  (harness:check "all MODULE" '#(ok '-no-module-)
    (lambda () (macroexpand-all '(MODULE))))
  (harness:check "env 1" '#(ok (list (sq 2) (sq 2)))
    (lambda () (exp1 (twice (sq 2)))))
  (harness:check "env repeat" '#(ok (list (sq 2) (sq 2)))
    (lambda () (expn (twice (sq 2)))))
  (harness:check "env all" '#(ok (list (* 2 2) (* 2 2)))
    (lambda () (expall (twice (sq 2)))))
  (harness:check "record _ in expression" '#(ok #(emp 1 z z))
    (lambda () (make-emp name 1 _ 'z)))
  (harness:check "record _ in pattern" '#(ok 1)
    (lambda ()
      (case (make-emp name 1 dept 2 salary 3) ((match-emp name n _ _) n))))
  (harness:check "record _ no match" '#(ok no)
    (lambda ()
      (case (make-emp name 1 dept 2 salary 3)
        ((match-emp name _ _ 2) 'yes)
        (_ 'no))))
  (harness:check "ets-ms record" '#(ok (#(#(emp $1 ops _) () ($1))))
    (lambda () (ets-ms ([(match-emp name n dept 'ops)] n))))
  (harness:check "ets-ms record _" '#(ok (#(#(emp $1 x x) () ($1))))
    (lambda () (ets-ms ([(match-emp name n _ 'x)] n))))
  (harness:summary))

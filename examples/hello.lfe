;; The first program to read: a module with a few functions, compiled with
;;   bin/elfec -o out examples/hello.lfe
;; and run with
;;   bin/elfe -pa out -e '(hello:main)'
(defmodule hello
  (export (main 0) (greet 1) (fact 1)))

(defun greet (name)
  "Say hello to NAME."
  (io:format "Hello, ~s!~n" (list name)))

(defun fact
  "Factorial, with a bignum at the end."
  ((0) 1)
  ((n) (when (> n 0)) (* n (fact (- n 1)))))

(defun main ()
  (greet "LFE")
  (lists:foreach (lambda (n) (io:format "~w! = ~w~n" (list n (fact n))))
                 (list 0 5 25))
  (let ((squares (lc ((<- x (lists:seq 1 6)) (> x 2)) (* x x))))
    (io:format "squares: ~p~n" (list squares))))

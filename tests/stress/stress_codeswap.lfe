;;; stress_codeswap.lfe - load and purge a module N times: purged code must
;;; be freed, so the heap stays bounded.  Each round loads the same module
;;; binary as a new version (the previous one becomes old), purges the old
;;; one, and every K rounds keeps a fun made by the current version in a
;;; list (at most 5 kept): a purged version whose fun is still alive must
;;; stay callable.  The heap (erlang:memory total) after the first 1000
;;; rounds is the baseline; at the end it must be within 1.5 times it plus
;;; 8 MB (without freeing, every version stays: tens of KB each), and
;;; fewer versions than 100 may still be waiting (elfe_code:purged/0).
;;;
;;; usage: (stress_codeswap:main (list "N" "K"))
(defmodule stress_codeswap (export (main 1)))

(defun main (args)
  (let* (((list n k) (lists:map #'list_to_integer/1 args))
         ((tuple 'ok mod bin) (compile:forms (module-forms) '(binary))))
    (let ((base (rounds mod bin 1 (min n 1000) k ()))
          (_ (erlang:garbage_collect)))
      (let* ((m0 (erlang:memory 'total))
             (funs (rounds mod bin 1001 n k (element 2 base)))
             (_ (elfe_code:sweep))
             (m1 (erlang:memory 'total))
             ((tuple waiting freed) (elfe_code:purged))
             (values (lists:map (lambda (f) (funcall f 1)) (element 2 funs))))
        (cond
          ((> m1 (+ (* m0 1.5) 8000000))
           (io:format "FAIL codeswap: heap ~w bytes after ~w loads, ~w after 1000~n"
                      (list m1 n m0))
           (erlang:halt 1))
          ((>= waiting 100)
           (io:format "FAIL codeswap: ~w purged versions still kept~n"
                      (list waiting))
           (erlang:halt 1))
          ((lists:any (lambda (v) (=/= v 1001)) values)
           (io:format "FAIL codeswap: a kept fun returned ~p~n" (list values))
           (erlang:halt 1))
          ('true
           (io:format "ok codeswap loads=~w heap_1000=~w heap_end=~w freed=~w waiting=~w~n"
                      (list n m0 m1 freed waiting))))))))

;; Rounds i..n; #(done Funs) with the funs kept.
(defun rounds (mod bin i n k funs)
  (if (> i n)
    (tuple 'done funs)
    (progn
      (code:load_binary mod "swapped.lfe" bin)
      (code:purge mod)
      (let ((funs2 (if (=:= (rem i k) 0)
                     (lists:sublist (cons (call mod 'adder 1000) funs) 5)
                     funs)))
        (rounds mod bin (+ i 1) n k funs2)))))

;; A module with some bulk: 40 functions and a fun-maker.
(defun module-forms ()
  (++ (list '(defmodule swapped (export all))
            '(defun adder (n) (lambda (x) (+ x n))))
      (lists:map
       (lambda (i)
         (let ((name (list_to_atom (++ "f" (integer_to_list i)))))
           `(defun ,name (x y)
              (case (tuple x y)
                ((tuple 0 _) (list ,i y (* y 2) (+ y 3)))
                ((tuple _ 0) (tuple ,i x (- x 1) (lists:reverse (list x y))))
                (_ (,name (- x 1) (+ y ,i)))))))
       (lists:seq 1 40))))

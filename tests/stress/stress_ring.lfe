;;; stress_ring.lfe - a ring of N processes passing a token M laps; every
;;; process counts what it forwarded, and the total must be N*M.
(defmodule stress_ring (export (main 1)))

(defun main (args)
  (let* (((list n m) (lists:map #'list_to_integer/1 args))
         (me (self))
         (first (spawn (lambda () (first-node me n m)))))
    (receive
      ((tuple 'done hops)
       (if (=:= hops (* n m))
         (io:format "ok ring procs=~p laps=~p hops=~p~n" (list n m hops))
         (progn (io:format "FAIL ring hops=~p want ~p~n" (list hops (* n m)))
                (erlang:halt 1)))))))

;; The first node builds the ring behind it, then injects the token.
(defun first-node (parent n m)
  (let ((next (build (- n 1) (self))))
    (! next (tuple 'token 1))
    (first-loop parent next n m 1)))

(defun build
  ((0 first) first)
  ((k first) (let ((next (build (- k 1) first)))
               (spawn (lambda () (node-loop next 0))))))

(defun first-loop (parent next n m lap)
  (receive
    ((tuple 'token hops)
     (if (>= lap m)
       (progn (! next 'stop) (! parent (tuple 'done hops)))
       (progn (! next (tuple 'token (+ hops 1)))
              (first-loop parent next n m (+ lap 1)))))))

(defun node-loop (next count)
  (receive
    ((tuple 'token hops) (! next (tuple 'token (+ hops 1))) (node-loop next (+ count 1)))
    ('stop (! next 'stop))))

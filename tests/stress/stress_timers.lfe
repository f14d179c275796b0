;;; stress_timers.lfe - N timers with random delays up to D ms, many
;;; pending at once: every one must arrive, none early, in deadline order
;;; (ties by creation), and none very late.  Deadlines are absolute
;;; ({abs, true}), so equal delays mean equal deadlines.
(defmodule stress_timers (export (main 1)))

(defun main (args)
  (let* (((list n d) (lists:map #'list_to_integer/1 args))
         ;; every deadline lies after the last timer is set: a timer
         ;; whose time has passed fires at once, before later ones exist
         (t0 (+ (erlang:monotonic_time 'millisecond) 1500)))
    (rand:seed 'exsss #(1 2 3))
    (let* ((delays (lists:map (lambda (i) (tuple (rand:uniform (+ d 1)) i)) (lists:seq 1 n)))
           (_ (lists:foreach (lambda (di)
                               (let (((tuple delay i) di))
                                 (erlang:send_after (+ t0 delay) (self)
                                                    (tuple 'fire i (+ t0 delay))
                                                    '(#(abs true)))))
                             delays))
           (order (lists:sort delays))
           ((tuple got worst) (collect n () 0)))
      (let ((expected (lists:map (lambda (di) (element 2 di)) order)))
        (cond
          ((=/= (length got) n) (io:format "FAIL timers: ~p of ~p arrived~n" (list (length got) n))
           (erlang:halt 1))
          ((=/= got expected) (io:format "FAIL timers: out of deadline order ~p~n" (list (first-diff got expected order))) (erlang:halt 1))
          ((> worst 1000) (io:format "FAIL timers: one fired ~p ms late~n" (list worst)) (erlang:halt 1))
          ('true (io:format "ok timers n=~p worst_late_ms=~p~n" (list n worst))))))))

(defun collect
  ((0 acc worst) (tuple (lists:reverse acc) worst))
  ((n acc worst)
   (receive
     ((tuple 'fire i due)
      (let ((now (erlang:monotonic_time 'millisecond)))
        (if (< now due)
          (progn (io:format "FAIL timers: timer ~p fired ~p ms early~n" (list i (- due now)))
                 (erlang:halt 1))
          (collect (- n 1) (cons i acc) (max worst (- now due))))))
     (after 20000 (tuple (lists:reverse acc) worst)))))

(defun first-diff
  (((cons g gs) (cons e es) order)
   (if (=:= g e) (first-diff gs es order)
       (tuple 'got g (lists:keyfind g 2 order) 'want e (lists:keyfind e 2 order))))
  ((_ _ _) 'none))

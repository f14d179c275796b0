;;; stress_listsort.lfe - long list operations do not stop the other
;;; processes: while one process sorts a list of N pseudo-random integers
;;; (lists:sort/1, sort/2 with a fun, usort/1), reverses it, flattens a
;;; deep list of N elements, appends N one-element lists, splits a string
;;; of N words (string:tokens/2), and maps and folds over it, a ticker asking to wake every millisecond must never
;;; wait more than MAX ms.  Each step's result is checked, then dropped.
;;; Run: (stress_listsort:main '("1000000" "600")).
;;;
;;; (A collection stops every process while it marks the live data, a
;;; pause that grows with N and that no slicing of the list functions
;;; avoids: keep MAX above the collector's pauses for that N.  On success
;;; the line gives, per step, the longest wait and the step's time.)
(defmodule stress_listsort (export (main 1)))

(defun main (args)
  (let* (((list n max) (lists:map #'list_to_integer/1 args))
         (self (self))
         (xs (gen n 42 '()))
         (ticker (spawn (lambda () (tick (now-us) 0 0))))
         (steps
          (list
           (tuple 'sort (lambda () (lists:sort xs))
                  (lambda (s) (andalso (ascending s) (== (length s) n))))
           (tuple 'sort_fun (lambda () (lists:sort (lambda (a b) (>= a b)) xs))
                  (lambda (s) (andalso (descending s) (== (length s) n))))
           (tuple 'usort (lambda () (lists:usort xs))
                  (lambda (s) (ascending-strict s)))
           (tuple 'reverse (lambda () (lists:reverse xs))
                  (lambda (r) (=:= (hd r) (lists:last xs))))
           (tuple 'flatten (lambda () (lists:flatten (deep xs)))
                  (lambda (f) (=:= f xs)))
           (tuple 'append (lambda () (lists:append (lists:map (lambda (x) (list x)) xs)))
                  (lambda (a) (=:= a xs)))
           (tuple 'tokens
                  (lambda () (string:tokens (lists:flatten (lists:map (lambda (x) (list (rem x 10) 32)) xs))
                                            (list 32)))
                  (lambda (ts) (andalso (== (length ts) n) (=:= (hd ts) (list (rem (hd xs) 10))))))
           (tuple 'map_foldl
                  (lambda () (lists:foldl #'+/2 0 (lists:map (lambda (x) (rem x 10)) xs)))
                  (lambda (sum) (=:= sum (sum-rem xs 0))))))
         (results (lists:map (lambda (step) (run-step ticker step)) steps)))
    (! ticker (tuple 'stop self))
    (receive
      ((tuple 'ticks ticks _)
       (let ((worst (lists:max (lists:map (lambda (r) (element 2 r)) results))))
         (case (lists:filter (lambda (r) (=/= (element 4 r) 'true)) results)
           (()
            (if (> worst max)
              (progn
                (io:format "FAIL listsort: the ticker waited ~p ms (max ~p); per step ~w~n"
                           (list worst max results))
                (erlang:halt 1))
              (io:format "ok listsort n=~p ticks=~p worst_gap_ms=~p steps=~w~n"
                         (list n ticks worst
                               (lists:map (lambda (r) (tuple (element 1 r) (element 2 r)
                                                             (element 3 r)))
                                          results)))))
           (bad
            (io:format "FAIL listsort: wrong results in ~w~n"
                       (list (lists:map (lambda (r) (element 1 r)) bad)))
            (erlang:halt 1))))))))

;; Run one step: {Name, longest wait of the ticker (ms), time (ms), check}.
(defun run-step
  ((ticker (tuple name f check))
   (! ticker (tuple 'worst (self)))
   (receive ((tuple 'worst _) 'ok))
   (let* ((t0 (now-us))
          (v (funcall f))
          (t1 (now-us)))
     (! ticker (tuple 'worst (self)))
     (receive
       ((tuple 'worst w)
        (tuple name (div w 1000) (ms t0 t1) (funcall check v)))))))

(defun ms (a b) (div (- b a) 1000))

(defun now-us () (erlang:monotonic_time 'microsecond))

;; x' = (1103515245 x + 12345) mod 2^31, as bench_lists.
(defun gen
  ((0 _x acc) acc)
  ((k x acc)
   (let ((y (band (+ (* x 1103515245) 12345) 2147483647)))
     (gen (- k 1) y (cons y acc)))))

;; The elements in nested lists: ((x1 (x2)) (x3 (x4)) ...).
(defun deep (l) (deep l '()))

(defun deep
  (((list* a b rest) acc) (deep rest (cons (list a (list b)) acc)))
  ((l acc) (lists:reverse acc l)))

(defun ascending
  (((list* a b rest)) (if (=< a b) (ascending (cons b rest)) 'false))
  ((_) 'true))

(defun descending
  (((list* a b rest)) (if (>= a b) (descending (cons b rest)) 'false))
  ((_) 'true))

(defun ascending-strict
  (((list* a b rest)) (if (< a b) (ascending-strict (cons b rest)) 'false))
  ((_) 'true))

(defun sum-rem
  (('() acc) acc)
  (((cons x xs) acc) (sum-rem xs (+ acc (rem x 10)))))

;; Wake every millisecond; remember the longest wait between wakes since
;; the last {worst, Pid} asked for it.
(defun tick (last n worst)
  (receive
    ((tuple 'stop pid) (! pid (tuple 'ticks n worst)))
    ((tuple 'worst pid)
     (let ((now (now-us)))
       (! pid (tuple 'worst (max worst (- now last))))
       (tick now n 0)))
    (after 1
      (let ((now (now-us)))
        (tick now (+ n 1) (max worst (- now last)))))))

;;; counter.lfe - a counter process, for the hot code swapping demo
;;; (README: "Hot code swapping in the shell").
;;;
;;; The loop calls itself as (counter:loop n): a fully qualified call, so
;;; after the module is recompiled and loaded the process continues in the
;;; new code at its next message, keeping its count.  Change (step) to 10,
;;; run (c "counter") in the shell, and watch the same process count in
;;; tens.

(defmodule counter
  (export (start 0) (tick 1) (loop 1)))

(defun step () 1)

(defun start ()
  (spawn 'counter 'loop '(0)))

;; Ask the counter to count one step; its new count.
(defun tick (pid)
  (! pid (tuple 'tick (self)))
  (receive ((tuple 'count n) n)))

(defun loop (n)
  (receive
    ((tuple 'tick from)
     (let ((next (+ n (step))))
       (! from (tuple 'count next))
       (counter:loop next)))))

;; A process in a local loop: it stays in the version that spawned it.
(defmodule spin
  (export (start 0) (version 0)))

(defun version () 1)

(defun start () (spawn (lambda () (loop))))

(defun loop () (receive (_ (loop))))

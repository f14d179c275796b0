;; A module for the shell's slurp and doc (tests/golden/shell).
(defmodule slurpme
  "Shapes and their areas."
  (export (area 1) (square 1) (unknown 0))
  (export-macro twice)
  (import (from lists (reverse 1)) (rename lists ((sum 1) total))))

(defrecord rect w h)

(defun area
  "The area of a rect."
  (((match-rect w w h h)) (* w h)))

(defun square (x)
  "A square rect of side x."
  (make-rect w x h x))

(defun unknown () (helper 1))

(defun helper (x) (+ x 41))

(defmacro twice (e)
  "Evaluate e twice, in a list."
  `(list ,e ,e))

(defun backwards (l) (reverse l))

(defun sum-of (l) (total l))

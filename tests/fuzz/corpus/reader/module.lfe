(defmodule m (export (f 1)))
(defun f (x)
  "doc"
  (let ((y (+ x 1)))
    (case y (0 (quote zero)) (_ `#(other ,y)))))

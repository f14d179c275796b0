;; Shell forms run by (run "runme.lfe") in tests/golden/shell.
(set base 10)
(defun scale (x) (* x base))
(defrecord pt x y)
(set (tuple p q) (tuple (scale 2) (make-pt x 1)))
(list base p q)

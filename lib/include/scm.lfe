;;; scm.lfe - (include-lib "lfe/include/scm.lfe"): the Scheme macros of
;;; the scm module (begin, define, define-syntax, let-syntax, defsyntax)
;;; without the scm: prefix; each passes its arguments on to scm's.

(defmacro begin args (cons 'scm:begin args))
(defmacro define args (cons 'scm:define args))
(defmacro define-syntax args (cons 'scm:define-syntax args))
(defmacro let-syntax args (cons 'scm:let-syntax args))
(defmacro defsyntax args (cons 'scm:defsyntax args))

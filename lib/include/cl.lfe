;;; cl.lfe - (include-lib "lfe/include/cl.lfe"): Common Lisp style type
;;; predicates (atomp, listp, funcp, ...), vector, dolist and the function
;;; consp, for modules written in CL's idiom.  The names are those of LFE
;;; 2.2.1's include file; funcp, functionp and recordp take either arity
;;; (LFE 2.2.1 keeps only the last definition of each).

;;; Predicates.
(defmacro alivep (_) '(is_alive))
(defmacro atomp (x) (list 'is_atom x))
(defmacro binaryp (x) (list 'is_binary x))
(defmacro bitstringp (x) (list 'is_bitstring x))
(defmacro boolp (x) (list 'is_boolean x))
(defmacro booleanp (x) (list 'is_boolean x))
(defmacro builtinp (m f a) (list 'erlang:is_builtin m f a))
(defmacro floatp (x) (list 'is_float x))
(defmacro funcp args (cons 'is_function args))
(defmacro functionp args (cons 'is_function args))
(defmacro intp (x) (list 'is_integer x))
(defmacro integerp (x) (list 'is_integer x))
(defmacro listp (x) (list 'is_list x))
(defmacro mapp (x) (list 'is_map x))
(defmacro numberp (x) (list 'is_number x))
(defmacro pidp (x) (list 'is_pid x))
(defmacro portp (x) (list 'is_port x))
(defmacro process-alive-p (pid) (list 'is_process_alive pid))
(defmacro recordp args (cons 'is_record args))
(defmacro refp (x) (list 'is_reference x))
(defmacro referencep (x) (list 'is_reference x))
(defmacro tuplep (x) (list 'is_tuple x))
(defmacro vectorp (x) (list 'is_tuple x))

;; A cons cell whose tail is not a list (a dotted pair).
(defun consp
  (((cons _ tail)) (not (is_list tail)))
  ((_) 'false))

;;; Constructors.
(defmacro vector args (cons 'tuple args))

;;; (dolist (var list) body ...): body for each element, for effects.
(defmacro dolist
  ((cons (list var xs) body)
   `(lists:foreach (lambda (,var) (progn ,@body)) ,xs)))

;;; lfe_eval.lfe - evaluating LFE forms at run time: lfe_eval:expr/1,2,
;;; exprs/1,2, body/1,2, and lfe:eval/1,2 and an unqualified (eval ...),
;;; which call them.
;;;
;;; elfe has no interpreter: a form is compiled and run, as the shell
;;; does.  It becomes the body of $eval in a fresh module whose arguments
;;; are the environment's variables (lfe_env), the module is compiled with
;;; compile:forms and loaded, and $eval is applied to the variables'
;;; values.  Afterwards the module is deleted and purged, unless the form
;;; may have made funs or processes that still run its code (it mentions
;;; lambda, match-lambda, fun, function, flet, fletrec, let-function or
;;; letrec-function): such a module is kept, so the funs stay callable.
;;; Errors are raised as LFE's evaluator raises them where the compiler
;;; can tell: an unbound variable is #(unbound_symbol Name), an undefined
;;; function #(undefined_function #(Name Arity)).

(defmodule lfe_eval
  (export (expr 1) (expr 2) (exprs 1) (exprs 2) (body 1) (body 2)))

(defun expr (e) (expr e (lfe_env:new)))

(defun expr (e env) (run (list e) env))

(defun exprs (es) (exprs es (lfe_env:new)))

(defun exprs (es env)
  "The value of each form, in order, each evaluated in env."
  (lists:map (lambda (e) (expr e env)) es))

(defun body (es) (body es (lfe_env:new)))

(defun body (es env) (run es env))

(defun run (body env)
  (let* ((vars (maps:to_list (lfe_env:get_vars env)))
         (names (lists:map (lambda (v) (element 1 v)) vars))
         (mod (list_to_atom
               (++ "$lfe_eval_"
                   (integer_to_list (erlang:unique_integer '(positive))))))
         (forms (list `(defmodule ,mod (export ($eval ,(length names))))
                      `(defun $eval ,names ,@(if (=:= body ()) '('()) body)))))
    (case (compile:forms forms '(return))
      ((tuple 'ok mod bin _)
       (case (code:load_binary mod "lfe_eval" bin)
         ((tuple 'module _)
          (try
            (apply mod '$eval (lists:map (lambda (v) (element 2 v)) vars))
            (after (if (makes-funs? body)
                     'ok
                     (progn (code:delete mod)
                            (code:soft_purge mod))))))
         ((tuple 'error r) (erlang:error r))))
      ((tuple 'error (list (tuple _ (list (tuple _ _ msg)))) _)
       (erlang:error (compile-error msg)))
      (other (erlang:error other)))))

;; The compiler's message "FILE: symbol x is unbound" as the evaluator's
;; error term.
(defun compile-error (msg)
  (let ((text (message-text msg)))
    (case (io_lib:fread "symbol ~a is unbound" text)
      ((tuple 'ok (list name) _) (tuple 'unbound_symbol name))
      (_ (case (io_lib:fread "function ~a undefined" text)
           ((tuple 'ok (list fa) _) (undefined-function (atom_to_list fa)))
           (_ (tuple 'eval_error text)))))))

;; Drop the "FILE: " or "FILE:LINE:COL: " prefix.
(defun message-text (msg)
  (case (string:split msg ": ")
    ((list _ rest) rest)
    (_ msg)))

(defun undefined-function (fa)
  (case (string:split fa "/" 'trailing)
    ((list f a) (tuple 'undefined_function
                       (tuple (list_to_atom f) (list_to_integer a))))
    (_ (tuple 'eval_error fa))))

(defun makes-funs? (t)
  (lists:any (lambda (a) (lists:member a '(lambda match-lambda fun function
                                           flet fletrec flet* let-function
                                           letrec-function)))
             (atoms t ())))

(defun atoms
  ((t acc) (when (is_atom t)) (cons t acc))
  (((cons h t) acc) (atoms t (atoms h acc)))
  ((t acc) (when (is_tuple t)) (atoms (tuple_to_list t) acc))
  ((_ acc) acc))

;;; lfe_env.lfe - LFE's evaluation environments, as lfe_env keeps them:
;;; #(env Vars Funs Recs), three maps.  Vars maps a variable to its value;
;;; Funs maps a name to its functions or its macro (see below); Recs maps
;;; a record name to its fields.  lfe_eval reads the variables.

(defmodule lfe_env
  (export (new 0) (add_env 2)
          (get_vars 1) (clr_vars 1) (set_vars 2) (fold_vars 3)
          (get_funs 1) (clr_funs 1) (set_funs 2) (fold_funs 3) (fold_macros 3)
          (get_recs 1) (clr_recs 1) (set_recs 2) (fold_recs 3)
          (add_vbinding 3) (add_vbindings 2) (is_vbound 2) (get_vbinding 2)
          (fetch_vbinding 2) (del_vbinding 2)
          (add_fbinding 4) (add_fbindings 2) (is_fbound 3) (get_fbinding 3)
          (add_ibinding 5) (add_mbinding 3) (add_mbindings 2) (is_mbound 2)
          (get_mbinding 2) (add_record 3) (get_record 2)))

(defun new () (tuple 'env #M() #M() #M()))

(defun add_env
  "Env1 with Env2's bindings added (Env1's win)."
  (((tuple 'env v1 f1 r1) (tuple 'env v2 f2 r2))
   (tuple 'env (maps:merge v2 v1) (maps:merge f2 f1) (maps:merge r2 r1))))

(defun get_vars (env) (element 2 env))
(defun clr_vars (env) (setelement 2 env #M()))
(defun set_vars (vars env) (setelement 2 env vars))
(defun fold_vars (f acc env) (maps:fold f acc (element 2 env)))
(defun get_funs (env) (element 3 env))
(defun clr_funs (env) (setelement 3 env #M()))
(defun set_funs (funs env) (setelement 3 env funs))
(defun get_recs (env) (element 4 env))
(defun clr_recs (env) (setelement 4 env #M()))
(defun set_recs (recs env) (setelement 4 env recs))
(defun fold_recs (f acc env) (maps:fold f acc (element 4 env)))

;; Variables.

(defun add_vbinding (name val env)
  (setelement 2 env (maps:put name val (element 2 env))))

(defun add_vbindings (bindings env)
  (lists:foldl (lambda (b e) (add_vbinding (element 1 b) (element 2 b) e))
               env bindings))

(defun is_vbound (name env) (maps:is_key name (element 2 env)))

(defun get_vbinding (name env)
  "#(yes Value) or no."
  (case (maps:find name (element 2 env))
    ((tuple 'ok v) (tuple 'yes v))
    ('error 'no)))

(defun fetch_vbinding (name env) (maps:get name (element 2 env)))

(defun del_vbinding (name env)
  (setelement 2 env (maps:remove name (element 2 env))))

;; A name is bound either to functions, #(function ((Arity . Def) ...))
;; with entries #(Arity Def) or #(Arity Mod Name) for imports, or to a
;; macro, #(macro Def); a new binding of the other kind replaces it.

(defun fas (name env)
  (case (maps:find name (element 3 env))
    ((tuple 'ok (tuple 'function fas)) fas)
    (_ ())))

(defun put-fa (name fa env)
  (let ((old (lists:keydelete (element 1 fa) 1 (fas name env))))
    (setelement 3 env (maps:put name (tuple 'function (cons fa old))
                                (element 3 env)))))

(defun add_fbinding (name arity def env)
  (put-fa name (tuple arity def) env))

(defun add_fbindings (fbs env)
  (lists:foldl (lambda (fb e)
                 (add_fbinding (element 1 fb) (element 2 fb) (element 3 fb) e))
               env fbs))

(defun add_ibinding (mod rname arity name env)
  "An imported function: name/arity calls mod:rname."
  (put-fa name (tuple arity mod rname) env))

(defun is_fbound (name arity env)
  (=/= (lists:keyfind arity 1 (fas name env)) 'false))

(defun get_fbinding (name arity env)
  "#(yes Def) for a defined function, #(yes Mod Name) for an imported
  one, or no."
  (case (lists:keyfind arity 1 (fas name env))
    ((tuple _ m f) (tuple 'yes m f))
    ((tuple _ def) (tuple 'yes def))
    ('false 'no)))

(defun fold_funs (f acc env)
  "f is called with Name, Arity, Def and the accumulator for each function."
  (maps:fold (lambda (name b a)
               (case b
                 ((tuple 'function fas)
                  (lists:foldl (lambda (fa a1)
                                 (funcall f name (element 1 fa)
                                          (element 2 fa) a1))
                               a fas))
                 (_ a)))
             acc (element 3 env)))

(defun fold_macros (f acc env)
  "f is called with Name, Def and the accumulator for each macro."
  (maps:fold (lambda (name b a)
               (case b
                 ((tuple 'macro def) (funcall f name def a))
                 (_ a)))
             acc (element 3 env)))

(defun add_mbinding (name def env)
  (setelement 3 env (maps:put name (tuple 'macro def) (element 3 env))))

(defun add_mbindings (mbs env)
  (lists:foldl (lambda (mb e) (add_mbinding (element 1 mb) (element 2 mb) e))
               env mbs))

(defun is_mbound (name env)
  (case (maps:find name (element 3 env))
    ((tuple 'ok (tuple 'macro _)) 'true)
    (_ 'false)))

(defun get_mbinding (name env)
  (case (maps:find name (element 3 env))
    ((tuple 'ok (tuple 'macro def)) (tuple 'yes def))
    (_ 'no)))

;; Records.

(defun add_record (name fields env)
  (setelement 4 env (maps:put name fields (element 4 env))))

(defun get_record (name env)
  (case (maps:find name (element 4 env))
    ((tuple 'ok fields) (tuple 'yes fields))
    ('error 'no)))

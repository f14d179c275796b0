;;; lfe.lfe - module lfe: LFE's own functions that programs call as
;;; (lfe:name ...) or, for eval, unqualified (the compiler maps them):
;;; association lists and trees in the Common Lisp manner, and eval.
;;; macroexpand, macroexpand-1 and macroexpand-all are C BIFs of this
;;; module (runtime/bif_lfe.c).

(defmodule lfe
  (export (acons 3) (pairlis 2) (pairlis 3)
          (assoc 2) (assoc-if 2) (assoc-if-not 2)
          (rassoc 2) (rassoc-if 2) (rassoc-if-not 2)
          (subst 3) (subst-if 3) (subst-if-not 3) (sublis 2)
          (eval 1) (eval 2) (version 0)))

(defun acons (k v alist) (cons (cons k v) alist))

(defun pairlis (keys vals) (pairlis keys vals ()))

(defun pairlis
  (((cons k ks) (cons v vs) alist) (cons (cons k v) (pairlis ks vs alist)))
  ((() () alist) alist))

(defun assoc
  ((k (cons (= (cons k _) pair) _)) pair)
  ((k (cons _ alist)) (assoc k alist))
  ((_ ()) ()))

(defun assoc-if
  ((pred (cons (= (cons k _) pair) alist))
   (if (funcall pred k) pair (assoc-if pred alist)))
  ((_ ()) ()))

(defun assoc-if-not
  ((pred (cons (= (cons k _) pair) alist))
   (if (funcall pred k) (assoc-if-not pred alist) pair))
  ((_ ()) ()))

(defun rassoc
  ((v (cons (= (cons _ v) pair) _)) pair)
  ((v (cons _ alist)) (rassoc v alist))
  ((_ ()) ()))

(defun rassoc-if
  ((pred (cons (= (cons _ v) pair) alist))
   (if (funcall pred v) pair (rassoc-if pred alist)))
  ((_ ()) ()))

(defun rassoc-if-not
  ((pred (cons (= (cons _ v) pair) alist))
   (if (funcall pred v) (rassoc-if-not pred alist) pair))
  ((_ ()) ()))

(defun subst
  "Tree with every subtree equal to old replaced by new."
  ((new old old) new)
  ((new old (cons h t)) (cons (subst new old h) (subst new old t)))
  ((_ _ tree) tree))

(defun subst-if (new test tree)
  (cond ((funcall test tree) new)
        ((is_list tree)
         (if (=:= tree ()) tree
             (cons (subst-if new test (car tree))
                   (subst-if new test (cdr tree)))))
        ('true tree)))

(defun subst-if-not (new test tree)
  (cond ((not (funcall test tree)) new)
        ((is_list tree)
         (if (=:= tree ()) tree
             (cons (subst-if-not new test (car tree))
                   (subst-if-not new test (cdr tree)))))
        ('true tree)))

(defun sublis (alist tree)
  (case (assoc tree alist)
    ((cons _ new) new)
    (() (if (is_list tree)
          (if (=:= tree ()) tree
              (cons (sublis alist (car tree)) (sublis alist (cdr tree))))
          tree))))

(defun eval (sexpr) (lfe_eval:expr sexpr))

(defun eval (sexpr env) (lfe_eval:expr sexpr env))

;; The LFE release elfe follows (ELFE_LFE_VERSION in include/elfe.h).
(defun version () "2.2.1")

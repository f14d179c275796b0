;;; ordsets.lfe - the Erlang `ordsets' module: sets as ordered lists
;;; without duplicates (elements compared with == and term order).
;;;
;;; Same results and errors as OTP 25's ordsets, including which of two
;;; equal elements (1 and 1.0) a union or intersection keeps; the loops are
;;; tail-recursive.

(defmodule ordsets
  (export (new 0) (is_set 1) (size 1) (is_empty 1) (to_list 1)
          (from_list 1) (is_element 2) (add_element 2) (del_element 2)
          (union 1) (union 2) (intersection 1) (intersection 2)
          (is_disjoint 2) (subtract 2) (is_subset 2) (fold 3) (filter 2)))

(defun new ()
  "Return an empty set."
  '())

(defun is_set
  "Return true if the term is an ordered list without duplicates."
  (((cons e es)) (is-set-1 es e))
  (('()) 'true)
  ((_) 'false))

(defun is-set-1
  (((cons e2 es) e1) (when (< e1 e2)) (is-set-1 es e2))
  (((cons _ _) _) 'false)
  (('() _) 'true))

(defun size (s)
  "Return the number of elements."
  (erlang:length s))

(defun is_empty (s)
  "Return true if the set is empty."
  (=:= s '()))

(defun to_list (s)
  "Return the elements as a list."
  s)

(defun from_list (l)
  "Make a set from a list (the first of equal elements is kept)."
  (lists:usort l))

(defun is_element
  "Return true if E is an element of the set."
  ((e (cons h es)) (when (> e h)) (is_element e es))
  ((e (cons h _)) (when (< e h)) 'false)
  ((_ (cons _ _)) 'true)
  ((_ '()) 'false))

(defun add_element (e s)
  "Return the set with E added."
  (add-1 e s '()))

(defun add-1
  ((e (cons h es) acc) (when (> e h)) (add-1 e es (cons h acc)))
  ((e (= (cons h _) s) acc) (when (< e h)) (lists:reverse acc (cons e s)))
  ((_ (= (cons _ _) s) acc) (lists:reverse acc s))
  ((e '() acc) (lists:reverse acc (list e))))

(defun del_element (e s)
  "Return the set without E."
  (del-1 e s '()))

(defun del-1
  ((e (cons h es) acc) (when (> e h)) (del-1 e es (cons h acc)))
  ((e (= (cons h _) s) acc) (when (< e h)) (lists:reverse acc s))
  ((_ (cons _ es) acc) (lists:reverse acc es))
  ((_ '() acc) (lists:reverse acc)))

(defun union (s1 s2)
  "Return the union of two sets."
  (union-1 s1 s2 '()))

;; When the second set's element is smaller the sets swap places, as in
;; OTP: an element equal in both is then taken from the set now first.
(defun union-1
  (((cons e1 es1) (= (cons e2 _) s2) acc) (when (< e1 e2))
   (union-1 es1 s2 (cons e1 acc)))
  (((= (cons e1 _) s1) (cons e2 es2) acc) (when (> e1 e2))
   (union-1 es2 s1 (cons e2 acc)))
  (((cons e1 es1) (cons _ es2) acc) (union-1 es1 es2 (cons e1 acc)))
  (('() es2 acc) (lists:reverse acc es2))
  ((es1 '() acc) (lists:reverse acc es1)))

(defun union (sets)
  "Return the union of a list of sets."
  (lists:umerge sets))

(defun intersection (s1 s2)
  "Return the intersection of two sets."
  (inter-1 s1 s2 '()))

(defun inter-1
  (((cons e1 es1) (= (cons e2 _) s2) acc) (when (< e1 e2)) (inter-1 es1 s2 acc))
  (((= (cons e1 _) s1) (cons e2 es2) acc) (when (> e1 e2)) (inter-1 es2 s1 acc))
  (((cons e1 es1) (cons _ es2) acc) (inter-1 es1 es2 (cons e1 acc)))
  (('() _ acc) (lists:reverse acc))
  ((_ '() acc) (lists:reverse acc)))

(defun intersection
  "Return the intersection of a non-empty list of sets."
  (((cons s1 (cons s2 ss))) (inter-list (intersection s1 s2) ss))
  (((list s)) s))

(defun inter-list
  ((s1 (cons s2 ss)) (inter-list (intersection s1 s2) ss))
  ((s1 '()) s1))

(defun is_disjoint
  "Return true if the two sets have no element in common."
  (((cons e1 es1) (= (cons e2 _) s2)) (when (< e1 e2)) (is_disjoint es1 s2))
  (((= (cons e1 _) s1) (cons e2 es2)) (when (> e1 e2)) (is_disjoint es2 s1))
  (((cons _ _) (cons _ _)) 'false)
  (('() _) 'true)
  ((_ '()) 'true))

(defun subtract (s1 s2)
  "Return the elements of Set1 that are not in Set2."
  (subtract-1 s1 s2 '()))

(defun subtract-1
  (((cons e1 es1) (= (cons e2 _) s2) acc) (when (< e1 e2))
   (subtract-1 es1 s2 (cons e1 acc)))
  (((= (cons e1 _) s1) (cons e2 es2) acc) (when (> e1 e2))
   (subtract-1 s1 es2 acc))
  (((cons _ es1) (cons _ es2) acc) (subtract-1 es1 es2 acc))
  (('() _ acc) (lists:reverse acc))
  ((es1 '() acc) (lists:reverse acc es1)))

(defun is_subset
  "Return true if every element of Set1 is in Set2."
  (((cons e1 _) (cons e2 _)) (when (< e1 e2)) 'false)
  (((= (cons e1 _) s1) (cons e2 es2)) (when (> e1 e2)) (is_subset s1 es2))
  (((cons _ es1) (cons _ es2)) (is_subset es1 es2))
  (('() _) 'true)
  ((_ '()) 'false))

(defun fold (f acc s)
  "Fold F(Elem, Acc) over the set in order."
  (lists:foldl f acc s))

(defun filter (f s)
  "Keep the elements for which F is true."
  (lists:filter f s))

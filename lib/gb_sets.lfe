;;; gb_sets.lfe - the Erlang `gb_sets' module: ordered sets as general
;;; balanced trees, in LFE.
;;;
;;; A set is #(Size Node), Node being nil or #(Element Smaller Bigger);
;;; elements are compared with < and > (1 and 1.0 are the same element).
;;; Inserts rebuild a subtree that got too deep, as in gb_trees.  union,
;;; intersection, difference and is_subset choose, as OTP 25 does, between
;;; merging the two ordered lists and looking the smaller set's elements
;;; up in the bigger tree (by comparing N1 * round(1.46 * ln N2) with N2),
;;; so every resulting tree has OTP's exact shape.  Errors are OTP's
;;; (function_clause, badmatch, #(key_exists E), #(bad_filter V)).

(defmodule gb_sets
  (export (empty 0) (is_empty 1) (size 1) (singleton 1) (is_member 2)
          (insert 2) (add 2) (delete 2) (delete_any 2) (balance 1)
          (union 2) (union 1) (intersection 2) (intersection 1)
          (is_disjoint 2) (difference 2) (is_subset 2) (to_list 1)
          (from_list 1) (from_ordset 1) (smallest 1) (largest 1)
          (take_smallest 1) (take_largest 1) (iterator 1) (iterator_from 2)
          (next 1) (filter 2) (fold 3) (is_set 1) (new 0) (is_element 2)
          (add_element 2) (del_element 2) (subtract 2)))

(defun empty ()
  "Return a new empty set."
  (tuple 0 'nil))

(defun new ()
  "Return a new empty set."
  (empty))

(defun is_empty
  "Return true if the set is empty."
  (((tuple 0 'nil)) 'true)
  ((_) 'false))

(defun size
  "Return the number of elements."
  (((tuple size _)) size))

(defun singleton (key)
  "Return the set of one element."
  (tuple 1 (tuple key 'nil 'nil)))

(defun is_element (key s)
  "Return true if the element is in the set."
  (is_member key s))

(defun is_member
  "Return true if the element is in the set."
  ((key (tuple _ t)) (is-member-1 key t)))

(defun is-member-1
  ((key (tuple k smaller _)) (when (< key k)) (is-member-1 key smaller))
  ((key (tuple k _ bigger)) (when (> key k)) (is-member-1 key bigger))
  ((_ (tuple _ _ _)) 'true)
  ((_ 'nil) 'false))

;;; ------------------------------------------------------------------
;;; Insertion and balancing

(defun insert
  "Insert an element that is not in the set; error #(key_exists E) if it is."
  ((key (tuple s t))
   (let ((s1 (+ s 1)))
     (tuple s1 (insert-1 key t (* s1 s1))))))

;; insert-1 returns a node, or #(Node Height Size) while the path back up
;; may still need rebalancing.
(defun insert-1
  ((key (tuple k smaller bigger) s) (when (< key k))
   (case (insert-1 key smaller (bsr s 1))
     ((tuple t1 h1 s1) (when (is_integer h1))
      (rebalance (tuple k t1 bigger) h1 s1 (count bigger)))
     (t1 (tuple k t1 bigger))))
  ((key (tuple k smaller bigger) s) (when (> key k))
   (case (insert-1 key bigger (bsr s 1))
     ((tuple t1 h1 s1) (when (is_integer h1))
      (rebalance (tuple k smaller t1) h1 s1 (count smaller)))
     (t1 (tuple k smaller t1))))
  ((key 'nil 0) (tuple (tuple key 'nil 'nil) 1 1))
  ((key 'nil _) (tuple key 'nil 'nil))
  ((key _ _) (erlang:error (tuple 'key_exists key))))

(defun rebalance (t h1 s1 other)
  (let* (((tuple h2 s2) other)
         (h (bsl (erlang:max h1 h2) 1))
         (ss (+ s1 s2 1)))
    (if (> h (* ss ss))
      (balance-tree t ss)
      (tuple t h ss))))

;; count: #(2^height size) of a subtree.
(defun count
  (((tuple _ 'nil 'nil)) (tuple 1 1))
  (((tuple _ sm bi))
   (let (((tuple h1 s1) (count sm))
         ((tuple h2 s2) (count bi)))
     (tuple (bsl (erlang:max h1 h2) 1) (+ s1 s2 1))))
  (('nil) (tuple 1 0)))

(defun balance
  "Return the set rebuilt perfectly balanced."
  (((tuple s t)) (tuple s (balance-tree t s))))

(defun balance-tree (t s)
  (balance-list (to-list t '()) s))

(defun balance-list (l s)
  (let (((tuple t _) (balance-list-1 l s)))
    t))

(defun balance-list-1
  ((l s) (when (> s 1))
   (let* ((sm (- s 1))
          (s2 (div sm 2))
          (s1 (- sm s2))
          ((tuple t1 (cons k l1)) (balance-list-1 l s1))
          ((tuple t2 l2) (balance-list-1 l1 s2)))
     (tuple (tuple k t1 t2) l2)))
  (((cons key l) 1) (tuple (tuple key 'nil 'nil) l))
  ((l 0) (tuple 'nil l)))

;; balance-revlist: the same from a list in descending order.
(defun balance-revlist (l s)
  (let (((tuple t _) (balance-revlist-1 l s)))
    t))

(defun balance-revlist-1
  ((l s) (when (> s 1))
   (let* ((sm (- s 1))
          (s2 (div sm 2))
          (s1 (- sm s2))
          ((tuple t2 (cons k l1)) (balance-revlist-1 l s1))
          ((tuple t1 l2) (balance-revlist-1 l1 s2)))
     (tuple (tuple k t1 t2) l2)))
  (((cons key l) 1) (tuple (tuple key 'nil 'nil) l))
  ((l 0) (tuple 'nil l)))

(defun add_element (x s)
  "Add an element to the set (no change if it is there)."
  (add x s))

(defun add (x s)
  "Add an element to the set (no change if it is there)."
  (if (is_member x s) s (insert x s)))

(defun from_list (l)
  "Return the set of the elements of a list."
  (from_ordset (ordsets:from_list l)))

(defun from_ordset (l)
  "Return the set of the elements of an ordset."
  (let ((s (erlang:length l)))
    (tuple s (balance-list l s))))

;;; ------------------------------------------------------------------
;;; Removal

(defun del_element (key s)
  "Remove the element if it is there."
  (delete_any key s))

(defun delete_any (key s)
  "Remove the element if it is there."
  (if (is_member key s) (delete key s) s))

(defun delete
  "Remove an element that must be in the set."
  ((key (tuple s t)) (tuple (- s 1) (delete-1 key t))))

(defun delete-1
  ((key (tuple k smaller larger)) (when (< key k))
   (tuple k (delete-1 key smaller) larger))
  ((key (tuple k smaller bigger)) (when (> key k))
   (tuple k smaller (delete-1 key bigger)))
  ((_ (tuple _ smaller larger)) (merge smaller larger)))

(defun merge
  ((smaller 'nil) smaller)
  (('nil larger) larger)
  ((smaller larger)
   (let (((tuple k larger1) (take-smallest-1 larger)))
     (tuple k smaller larger1))))

(defun take_smallest
  "Return #(Element Set2) for the smallest element."
  (((tuple s t))
   (let (((tuple k larger) (take-smallest-1 t)))
     (tuple k (tuple (- s 1) larger)))))

(defun take-smallest-1
  (((tuple k 'nil larger)) (tuple k larger))
  (((tuple k smaller larger))
   (let (((tuple k1 smaller1) (take-smallest-1 smaller)))
     (tuple k1 (tuple k smaller1 larger)))))

(defun smallest
  "Return the smallest element."
  (((tuple _ t)) (smallest-1 t)))

(defun smallest-1
  (((tuple k 'nil _)) k)
  (((tuple _ smaller _)) (smallest-1 smaller)))

(defun take_largest
  "Return #(Element Set2) for the largest element."
  (((tuple s t))
   (let (((tuple k smaller) (take-largest-1 t)))
     (tuple k (tuple (- s 1) smaller)))))

(defun take-largest-1
  (((tuple k smaller 'nil)) (tuple k smaller))
  (((tuple k smaller larger))
   (let (((tuple k1 larger1) (take-largest-1 larger)))
     (tuple k1 (tuple k smaller larger1)))))

(defun largest
  "Return the largest element."
  (((tuple _ t)) (largest-1 t)))

(defun largest-1
  (((tuple k _ 'nil)) k)
  (((tuple _ _ larger)) (largest-1 larger)))

;;; ------------------------------------------------------------------
;;; Traversal

(defun to_list
  "Return the elements in order."
  (((tuple _ t)) (to-list t '())))

(defun to-list
  (((tuple k small big) l) (to-list small (cons k (to-list big l))))
  (('nil l) l))

(defun iterator
  "Return an iterator over the set, in order (see next/1)."
  (((tuple _ t)) (iterator-1 t '())))

(defun iterator-1
  (((= (tuple _ 'nil _) t) as) (cons t as))
  (((= (tuple _ l _) t) as) (iterator-1 l (cons t as)))
  (('nil as) as))

(defun iterator_from
  "Return an iterator starting at the first element >= S."
  ((s (tuple _ t)) (iterator-from s t '())))

(defun iterator-from
  ((s (tuple k _ t) as) (when (< k s)) (iterator-from s t as))
  ((_ (= (tuple _ 'nil _) t) as) (cons t as))
  ((s (= (tuple _ l _) t) as) (iterator-from s l (cons t as)))
  ((_ 'nil as) as))

(defun next
  "Return #(Element Iter2) for the next element, or none."
  (((cons (tuple x _ t) as)) (tuple x (iterator-1 t as)))
  (('()) 'none))

;;; ------------------------------------------------------------------
;;; Set operations

;; use-lists?: merge ordered lists rather than look N1 elements up in a
;; tree of N2 (OTP's cost estimate, 1.46 being 1 / ln 2).
(defun use-lists? (n1 n2)
  (orelse (< n2 10)
          (< n2 (* n1 (round (* 1.46 (math:log n2)))))))

(defun union
  "Return the union of two sets."
  (((tuple n1 t1) (tuple n2 t2)) (when (< n2 n1))
   (union-4 (to-list t2 '()) n2 t1 n1))
  (((tuple n1 t1) (tuple n2 t2))
   (union-4 (to-list t1 '()) n1 t2 n2)))

(defun union-4 (l n1 t2 n2)
  (if (use-lists? n1 n2)
    (union-2 l (to-list t2 '()) '() (+ n1 n2))
    (union-1 l (tuple n2 t2))))

(defun union-1
  (((cons x xs) s) (union-1 xs (add x s)))
  (('() s) s))

;; union-2: merge two ordered lists into a reversed accumulator; S counts
;; the elements.
(defun union-2
  (((cons x xs1) (= (cons y _) ys) as s) (when (< x y))
   (union-2 xs1 ys (cons x as) s))
  (((= (cons x _) xs) (cons y ys1) as s) (when (> x y))
   (union-2 ys1 xs (cons y as) s))
  (((cons x xs1) (cons _ ys1) as s)
   (union-2 xs1 ys1 (cons x as) (- s 1)))
  (('() ys as s) (tuple s (balance-revlist (push ys as) s)))
  ((xs '() as s) (tuple s (balance-revlist (push xs as) s))))

(defun push
  (((cons x xs) as) (push xs (cons x as)))
  (('() as) as))

(defun union
  "Return the union of a list of sets."
  (((cons s ss)) (union-list s ss))
  (('()) (empty)))

(defun union-list
  ((s (cons s1 ss)) (union-list (union s s1) ss))
  ((s '()) s))

(defun intersection
  "Return the intersection of two sets."
  (((tuple n1 t1) (tuple n2 t2)) (when (< n2 n1))
   (intersection-4 (to-list t2 '()) n2 t1 n1))
  (((tuple n1 t1) (tuple n2 t2))
   (intersection-4 (to-list t1 '()) n1 t2 n2)))

(defun intersection-4 (l n1 t2 n2)
  (if (use-lists? n1 n2)
    (intersection-2 l (to-list t2 '()) '() 0)
    (intersection-1 l t2 '() 0)))

(defun intersection-1
  (((cons x xs) t as n)
   (if (is-member-1 x t)
     (intersection-1 xs t (cons x as) (+ n 1))
     (intersection-1 xs t as n)))
  (('() _ as n) (tuple n (balance-revlist as n))))

(defun intersection-2
  (((cons x xs1) (= (cons y _) ys) as s) (when (< x y))
   (intersection-2 xs1 ys as s))
  (((= (cons x _) xs) (cons y ys1) as s) (when (> x y))
   (intersection-2 ys1 xs as s))
  (((cons x xs1) (cons _ ys1) as s)
   (intersection-2 xs1 ys1 (cons x as) (+ s 1)))
  (('() _ as s) (tuple s (balance-revlist as s)))
  ((_ '() as s) (tuple s (balance-revlist as s))))

(defun intersection
  "Return the intersection of a non-empty list of sets."
  (((cons s ss)) (intersection-list s ss)))

(defun intersection-list
  ((s (cons s1 ss)) (intersection-list (intersection s s1) ss))
  ((s '()) s))

(defun is_disjoint
  "Return true if the two sets have no element in common."
  (((tuple n1 t1) (tuple n2 t2)) (when (< n1 n2)) (is-disjoint-1 t1 t2))
  (((tuple _ t1) (tuple _ t2)) (is-disjoint-1 t2 t1)))

(defun is-disjoint-1
  (((tuple k1 smaller1 bigger) (= (tuple k2 smaller2 _) tree)) (when (< k1 k2))
   (andalso (not (is-member-1 k1 smaller2))
            (is-disjoint-1 smaller1 smaller2)
            (is-disjoint-1 bigger tree)))
  (((tuple k1 smaller bigger1) (= (tuple k2 _ bigger2) tree)) (when (> k1 k2))
   (andalso (not (is-member-1 k1 bigger2))
            (is-disjoint-1 bigger1 bigger2)
            (is-disjoint-1 smaller tree)))
  (((tuple _ _ _) (tuple _ _ _)) 'false)
  (('nil _) 'true)
  ((_ 'nil) 'true))

(defun subtract (s1 s2)
  "Return the elements of S1 that are not in S2."
  (difference s1 s2))

(defun difference
  "Return the elements of S1 that are not in S2."
  (((tuple n1 t1) (tuple n2 t2))
   (let ((l (to-list t1 '())))
     (if (use-lists? n1 n2)
       (difference-2 l (to-list t2 '()) '() n1)
       (difference-1 l t2 '() 0)))))

(defun difference-1
  (((cons x xs) t as n)
   (if (is-member-1 x t)
     (difference-1 xs t as n)
     (difference-1 xs t (cons x as) (+ n 1))))
  (('() _ as n) (tuple n (balance-revlist as n))))

(defun difference-2
  (((cons x xs1) (= (cons y _) ys) as s) (when (< x y))
   (difference-2 xs1 ys (cons x as) s))
  (((= (cons x _) xs) (cons y ys1) as s) (when (> x y))
   (difference-2 xs ys1 as s))
  (((cons _ xs1) (cons _ ys1) as s)
   (difference-2 xs1 ys1 as (- s 1)))
  (('() _ as s) (tuple s (balance-revlist as s)))
  ((xs '() as s) (tuple s (balance-revlist (push xs as) s))))

(defun is_subset
  "Return true if every element of S1 is in S2."
  (((tuple n1 t1) (tuple n2 t2))
   (let ((l (to-list t1 '())))
     (if (use-lists? n1 n2)
       (is-subset-2 l (to-list t2 '()))
       (is-subset-1 l t2)))))

(defun is-subset-1
  (((cons x xs) t) (if (is-member-1 x t) (is-subset-1 xs t) 'false))
  (('() _) 'true))

(defun is-subset-2
  (((cons x _) (cons y _)) (when (< x y)) 'false)
  (((= (cons x _) xs) (cons y ys1)) (when (> x y)) (is-subset-2 xs ys1))
  (((cons _ xs1) (cons _ ys1)) (is-subset-2 xs1 ys1))
  (('() _) 'true)
  ((_ '()) 'false))

(defun is_set
  "Return true if the term looks like a gb_set."
  (((tuple 0 'nil)) 'true)
  (((tuple n (tuple _ _ _))) (when (is_integer n) (>= n 0)) 'true)
  ((_) 'false))

(defun filter
  "Return the set of the elements for which Pred returns true."
  ((f s) (when (is_function f 1))
   (from_ordset (filter-1 f (to_list s) '()))))

(defun filter-1
  ((f (cons x xs) acc)
   (case (funcall f x)
     ('true (filter-1 f xs (cons x acc)))
     ('false (filter-1 f xs acc))
     (other (erlang:error (tuple 'bad_filter other)))))
  ((_ '() acc) (lists:reverse acc)))

(defun fold
  "Fold Fun over the elements in order."
  ((f a (tuple _ t)) (when (is_function f 2)) (fold-1 f a t)))

(defun fold-1
  ((f acc0 (tuple key small big))
   (let* ((acc1 (fold-1 f acc0 small))
          (acc (funcall f key acc1)))
     (fold-1 f acc big)))
  ((_ acc _) acc))

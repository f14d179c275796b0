;;; gb_trees.lfe - the Erlang `gb_trees' module: general balanced trees
;;; (Arne Andersson's scheme), in LFE.
;;;
;;; A tree is #(Size Node), Node being nil or #(Key Value Smaller Bigger).
;;; Keys are compared with < and > (so 1 and 1.0 are the same key).  There
;;; are no rotations: an insert that makes a subtree too deep (2^height >
;;; size^2) rebuilds that subtree perfectly balanced, and deletes never
;;; rebalance.  The rebuild points, and so the exact shape of every tree,
;;; are those of OTP 25, as are the errors (function_clause, badmatch,
;;; #(key_exists Key)).  Recursion depth is bounded by the tree's height.

(defmodule gb_trees
  (export (empty 0) (is_empty 1) (size 1) (lookup 2) (get 2) (insert 3)
          (update 3) (enter 3) (delete 2) (delete_any 2) (balance 1)
          (is_defined 2) (keys 1) (values 1) (to_list 1) (from_orddict 1)
          (smallest 1) (largest 1) (take 2) (take_any 2) (take_smallest 1)
          (take_largest 1) (iterator 1) (iterator_from 2) (next 1) (map 2)))

(defun empty ()
  "Return a new empty tree."
  (tuple 0 'nil))

(defun is_empty
  "Return true if the tree is empty."
  (((tuple 0 'nil)) 'true)
  ((_) 'false))

(defun size
  "Return the number of nodes."
  (((tuple size _)) (when (is_integer size) (>= size 0)) size))

;;; ------------------------------------------------------------------
;;; Lookups

(defun lookup
  "Return #(value Value) for Key, or none."
  ((key (tuple _ t)) (lookup-1 key t)))

(defun lookup-1
  ((key (tuple k _ smaller _)) (when (< key k)) (lookup-1 key smaller))
  ((key (tuple k _ _ bigger)) (when (> key k)) (lookup-1 key bigger))
  ((_ (tuple _ v _ _)) (tuple 'value v))
  ((_ 'nil) 'none))

(defun is_defined
  "Return true if Key is in the tree."
  ((key (tuple _ t)) (is-defined-1 key t)))

(defun is-defined-1
  ((key (tuple k _ smaller _)) (when (< key k)) (is-defined-1 key smaller))
  ((key (tuple k _ _ bigger)) (when (> key k)) (is-defined-1 key bigger))
  ((_ (tuple _ _ _ _)) 'true)
  ((_ 'nil) 'false))

(defun get
  "Return the value of Key, which must be in the tree."
  ((key (tuple _ t)) (get-1 key t)))

(defun get-1
  ((key (tuple k _ smaller _)) (when (< key k)) (get-1 key smaller))
  ((key (tuple k _ _ bigger)) (when (> key k)) (get-1 key bigger))
  ((_ (tuple _ v _ _)) v))

;;; ------------------------------------------------------------------
;;; Updates

(defun update
  "Replace the value of Key, which must be in the tree."
  ((key val (tuple s t)) (tuple s (update-1 key val t))))

(defun update-1
  ((key val (tuple k v smaller bigger)) (when (< key k))
   (tuple k v (update-1 key val smaller) bigger))
  ((key val (tuple k v smaller bigger)) (when (> key k))
   (tuple k v smaller (update-1 key val bigger)))
  ((key val (tuple _ _ smaller bigger))
   (tuple key val smaller bigger)))

(defun insert
  "Insert Key with Value; error #(key_exists Key) if it is there."
  ((key val (tuple s t)) (when (is_integer s))
   (let ((s1 (+ s 1)))
     (tuple s1 (insert-1 key val t (* s1 s1))))))

;; insert-1 returns a node, or #(Node Height Size) while the path back up
;; may still need rebalancing (Height is 2^height; S the size budget).
(defun insert-1
  ((key val (tuple k v smaller bigger) s) (when (< key k))
   (case (insert-1 key val smaller (bsr s 1))
     ((tuple t1 h1 s1)
      (let ((t (tuple k v t1 bigger)))
        (rebalance t h1 s1 (count bigger))))
     (t1 (tuple k v t1 bigger))))
  ((key val (tuple k v smaller bigger) s) (when (> key k))
   (case (insert-1 key val bigger (bsr s 1))
     ((tuple t1 h1 s1)
      (let ((t (tuple k v smaller t1)))
        (rebalance t h1 s1 (count smaller))))
     (t1 (tuple k v smaller t1))))
  ((key val 'nil 0) (tuple (tuple key val 'nil 'nil) 1 1))
  ((key val 'nil _) (tuple key val 'nil 'nil))
  ((key _ _ _) (erlang:error (tuple 'key_exists key))))

;; rebalance: after an insert into one side of node T.
(defun rebalance (t h1 s1 other)
  (let* (((tuple h2 s2) other)
         (h (bsl (erlang:max h1 h2) 1))
         (ss (+ s1 s2 1)))
    (if (> h (* ss ss))
      (balance-tree t ss)
      (tuple t h ss))))

;; count: #(2^height size) of a subtree.
(defun count
  (((tuple _ _ 'nil 'nil)) (tuple 1 1))
  (((tuple _ _ sm bi))
   (let (((tuple h1 s1) (count sm))
         ((tuple h2 s2) (count bi)))
     (tuple (bsl (erlang:max h1 h2) 1) (+ s1 s2 1))))
  (('nil) (tuple 1 0)))

(defun enter (key val t)
  "Insert Key with Value, or replace its value if it is there."
  (if (is_defined key t)
    (update key val t)
    (insert key val t)))

(defun balance
  "Return the tree rebuilt perfectly balanced."
  (((tuple s t)) (tuple s (balance-tree t s))))

(defun balance-tree (t s)
  (balance-list (to-list t '()) s))

(defun balance-list (l s)
  (let (((tuple t '()) (balance-list-1 l s)))
    t))

;; balance-list-1: a balanced tree of the first S pairs, and the rest.
(defun balance-list-1
  ((l s) (when (> s 1))
   (let* ((sm (- s 1))
          (s2 (div sm 2))
          (s1 (- sm s2))
          ((tuple t1 (cons (tuple k v) l1)) (balance-list-1 l s1))
          ((tuple t2 l2) (balance-list-1 l1 s2)))
     (tuple (tuple k v t1 t2) l2)))
  (((cons (tuple key val) l) 1) (tuple (tuple key val 'nil 'nil) l))
  ((l 0) (tuple 'nil l)))

(defun from_orddict (l)
  "Return a balanced tree of an ordered list of unique-key pairs."
  (let ((s (erlang:length l)))
    (tuple s (balance-list l s))))

(defun delete_any (key t)
  "Remove Key from the tree if it is there."
  (if (is_defined key t)
    (delete key t)
    t))

(defun delete
  "Remove Key, which must be in the tree."
  ((key (tuple s t)) (when (is_integer s) (>= s 0))
   (tuple (- s 1) (delete-1 key t))))

(defun delete-1
  ((key (tuple k v smaller larger)) (when (< key k))
   (tuple k v (delete-1 key smaller) larger))
  ((key (tuple k v smaller bigger)) (when (> key k))
   (tuple k v smaller (delete-1 key bigger)))
  ((_ (tuple _ _ smaller larger)) (merge smaller larger)))

;; merge: join two subtrees whose keys are all ordered Smaller < Larger.
(defun merge
  ((smaller 'nil) smaller)
  (('nil larger) larger)
  ((smaller larger)
   (let (((tuple k v larger1) (take-smallest-1 larger)))
     (tuple k v smaller larger1))))

(defun take_any (key tree)
  "Return #(Value Tree2) for Key, or error if it is not there."
  (if (is_defined key tree)
    (take key tree)
    'error))

(defun take
  "Return #(Value Tree2): the value of Key and the tree without it."
  ((key (tuple s t)) (when (is_integer s) (>= s 0))
   (let (((tuple value res) (take-1 key t)))
     (tuple value (tuple (- s 1) res)))))

(defun take-1
  ((key (tuple k v smaller larger)) (when (< key k))
   (let (((tuple v2 smaller1) (take-1 key smaller)))
     (tuple v2 (tuple k v smaller1 larger))))
  ((key (tuple k v smaller bigger)) (when (> key k))
   (let (((tuple v2 bigger1) (take-1 key bigger)))
     (tuple v2 (tuple k v smaller bigger1))))
  ((_ (tuple _ v smaller larger)) (tuple v (merge smaller larger))))

(defun take_smallest
  "Return #(Key Value Tree2) for the smallest key."
  (((tuple size tree)) (when (is_integer size) (>= size 0))
   (let (((tuple k v larger) (take-smallest-1 tree)))
     (tuple k v (tuple (- size 1) larger)))))

(defun take-smallest-1
  (((tuple k v 'nil larger)) (tuple k v larger))
  (((tuple k v smaller larger))
   (let (((tuple k1 v1 smaller1) (take-smallest-1 smaller)))
     (tuple k1 v1 (tuple k v smaller1 larger)))))

(defun smallest
  "Return #(Key Value) for the smallest key."
  (((tuple _ tree)) (smallest-1 tree)))

(defun smallest-1
  (((tuple k v 'nil _)) (tuple k v))
  (((tuple _ _ smaller _)) (smallest-1 smaller)))

(defun take_largest
  "Return #(Key Value Tree2) for the largest key."
  (((tuple size tree)) (when (is_integer size) (>= size 0))
   (let (((tuple k v smaller) (take-largest-1 tree)))
     (tuple k v (tuple (- size 1) smaller)))))

(defun take-largest-1
  (((tuple k v smaller 'nil)) (tuple k v smaller))
  (((tuple k v smaller larger))
   (let (((tuple k1 v1 larger1) (take-largest-1 larger)))
     (tuple k1 v1 (tuple k v smaller larger1)))))

(defun largest
  "Return #(Key Value) for the largest key."
  (((tuple _ tree)) (largest-1 tree)))

(defun largest-1
  (((tuple k v _ 'nil)) (tuple k v))
  (((tuple _ _ _ larger)) (largest-1 larger)))

;;; ------------------------------------------------------------------
;;; Conversions and traversal

(defun to_list
  "Return the tree as an ordered list of #(Key Value) pairs."
  (((tuple _ t)) (to-list t '())))

(defun to-list
  (((tuple k v small big) l) (to-list small (cons (tuple k v) (to-list big l))))
  (('nil l) l))

(defun keys
  "Return the keys in order."
  (((tuple _ t)) (keys-1 t '())))

(defun keys-1
  (((tuple k _ small big) l) (keys-1 small (cons k (keys-1 big l))))
  (('nil l) l))

(defun values
  "Return the values in key order."
  (((tuple _ t)) (values-1 t '())))

(defun values-1
  (((tuple _ v small big) l) (values-1 small (cons v (values-1 big l))))
  (('nil l) l))

(defun iterator
  "Return an iterator over the tree, in key order (see next/1)."
  (((tuple _ t)) (iterator-1 t '())))

;; iterator-1: push the path to the smallest node of T onto the stack.
(defun iterator-1
  (((= (tuple _ _ 'nil _) t) as) (cons t as))
  (((= (tuple _ _ l _) t) as) (iterator-1 l (cons t as)))
  (('nil as) as))

(defun iterator_from
  "Return an iterator starting at the first key >= S."
  ((s (tuple _ t)) (iterator-from s t '())))

(defun iterator-from
  ((s (tuple k _ _ t) as) (when (< k s)) (iterator-from s t as))
  ((_ (= (tuple _ _ 'nil _) t) as) (cons t as))
  ((s (= (tuple _ _ l _) t) as) (iterator-from s l (cons t as)))
  ((_ 'nil as) as))

(defun next
  "Return #(Key Value Iter2) for the next node, or none."
  (((cons (tuple x v _ t) as)) (tuple x v (iterator-1 t as)))
  (('()) 'none))

(defun map
  "Return the tree with each value V replaced by (Fun K V)."
  ((f (tuple size tree)) (when (is_function f 2))
   (tuple size (map-1 f tree))))

(defun map-1
  ((_ 'nil) 'nil)
  ((f (tuple k v smaller larger))
   (tuple k (funcall f k v) (map-1 f smaller) (map-1 f larger))))

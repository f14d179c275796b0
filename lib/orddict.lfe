;;; orddict.lfe - the Erlang `orddict' module: dictionaries as key-sorted
;;; lists of {Key, Value} pairs, keys compared with == and term order.
;;;
;;; Same results and errors as OTP 25's orddict; the loops are
;;; tail-recursive (a prefix is collected and reversed back on).

(defmodule orddict
  (export (new 0) (is_key 2) (to_list 1) (from_list 1) (size 1)
          (is_empty 1) (fetch 2) (find 2) (fetch_keys 1) (erase 2)
          (take 2) (store 3) (append 3) (append_list 3) (update 3)
          (update 4) (update_counter 3) (fold 3) (map 2) (filter 2)
          (merge 3)))

(defun new ()
  "Return an empty dictionary."
  '())

(defun is_key
  "Return true if Key is in the dictionary."
  ((key (cons (tuple k _) _)) (when (< key k)) 'false)
  ((key (cons (tuple k _) d)) (when (> key k)) (is_key key d))
  ((_ (cons (tuple _ _) _)) 'true)
  ((_ '()) 'false))

(defun to_list (d)
  "Return the dictionary as a list of pairs."
  d)

(defun from_list
  "Make a dictionary from a list of pairs; the last value of a key wins."
  (('()) '())
  (((= (list (tuple _ _)) pair)) pair)
  ((pairs) (lists:ukeysort 1 (reverse-pairs pairs '()))))

(defun reverse-pairs
  (((cons (= (tuple _ _) h) t) acc) (reverse-pairs t (cons h acc)))
  (('() acc) acc))

(defun size (d)
  "Return the number of pairs."
  (erlang:length d))

(defun is_empty
  "Return true if the dictionary is empty."
  (('()) 'true)
  (((cons _ _)) 'false))

(defun fetch
  "Return the value of Key; function_clause if absent."
  ((key (cons (tuple k _) d)) (when (> key k)) (fetch key d))
  ((key (cons (tuple k v) _)) (when (== key k)) v))

(defun find
  "Return {ok, Value} for Key, or error."
  ((key (cons (tuple k _) _)) (when (< key k)) 'error)
  ((key (cons (tuple k _) d)) (when (> key k)) (find key d))
  ((_ (cons (tuple _ v) _)) (tuple 'ok v))
  ((_ '()) 'error))

(defun fetch_keys (d)
  "Return the keys, in order."
  (fetch-keys-1 d '()))

(defun fetch-keys-1
  (((cons (tuple k _) d) acc) (fetch-keys-1 d (cons k acc)))
  (('() acc) (lists:reverse acc)))

(defun erase (key d)
  "Return the dictionary without Key."
  (erase-1 key d '()))

(defun erase-1
  ((key (= (cons (tuple k _) _) d) acc) (when (< key k)) (lists:reverse acc d))
  ((key (cons (= (tuple k _) e) d) acc) (when (> key k)) (erase-1 key d (cons e acc)))
  ((_ (cons (tuple _ _) d) acc) (lists:reverse acc d))
  ((_ '() acc) (lists:reverse acc)))

(defun take (key d)
  "Return {Value, DictWithoutKey}, or error if Key is absent."
  (take-1 key d '()))

(defun take-1
  ((key (cons (tuple k _) _) _) (when (< key k)) 'error)
  ((key (cons (= (tuple k _) p) d) acc) (when (> key k)) (take-1 key d (cons p acc)))
  ((_ (cons (tuple _ v) d) acc) (tuple v (lists:reverse acc d)))
  ((_ '() _) 'error))

(defun store (key new d)
  "Store Key with value New, replacing any old value."
  (store-1 key new d '()))

(defun store-1
  ((key new (= (cons (tuple k _) _) d) acc) (when (< key k))
   (lists:reverse acc (cons (tuple key new) d)))
  ((key new (cons (= (tuple k _) e) d) acc) (when (> key k))
   (store-1 key new d (cons e acc)))
  ((key new (cons (tuple _ _) d) acc) (lists:reverse acc (cons (tuple key new) d)))
  ((key new '() acc) (lists:reverse acc (list (tuple key new)))))

(defun append (key new d)
  "Append New to the list of values of Key."
  (append-1 key (list new) d '()))

(defun append_list (key new-list d)
  "Append the elements of NewList to the list of values of Key."
  (append-1 key new-list d '()))

(defun append-1
  ((key new (= (cons (tuple k _) _) d) acc) (when (< key k))
   (lists:reverse acc (cons (tuple key new) d)))
  ((key new (cons (= (tuple k _) e) d) acc) (when (> key k))
   (append-1 key new d (cons e acc)))
  ((key new (cons (tuple _ old) d) acc)
   (lists:reverse acc (cons (tuple key (++ old new)) d)))
  ((key new '() acc) (lists:reverse acc (list (tuple key new)))))

(defun update (key f d)
  "Replace the value V of Key with F(V); function_clause if absent."
  (update-1 key f d '()))

(defun update-1
  ((key f (cons (= (tuple k _) e) d) acc) (when (> key k))
   (update-1 key f d (cons e acc)))
  ((key f (cons (tuple k v) d) acc) (when (== key k))
   (lists:reverse acc (cons (tuple key (funcall f v)) d))))

(defun update (key f init d)
  "Replace the value V of Key with F(V), or store Init if absent."
  (update-2 key f init d '()))

(defun update-2
  ((key _ init (= (cons (tuple k _) _) d) acc) (when (< key k))
   (lists:reverse acc (cons (tuple key init) d)))
  ((key f init (cons (= (tuple k _) e) d) acc) (when (> key k))
   (update-2 key f init d (cons e acc)))
  ((key f _ (cons (tuple _ v) d) acc)
   (lists:reverse acc (cons (tuple key (funcall f v)) d)))
  ((key _ init '() acc) (lists:reverse acc (list (tuple key init)))))

(defun update_counter (key incr d)
  "Add Incr to the value of Key (storing Incr if absent)."
  (counter-1 key incr d '()))

(defun counter-1
  ((key incr (= (cons (tuple k _) _) d) acc) (when (< key k))
   (lists:reverse acc (cons (tuple key incr) d)))
  ((key incr (cons (= (tuple k _) e) d) acc) (when (> key k))
   (counter-1 key incr d (cons e acc)))
  ((key incr (cons (tuple _ v) d) acc)
   (lists:reverse acc (cons (tuple key (+ v incr)) d)))
  ((key incr '() acc) (lists:reverse acc (list (tuple key incr)))))

(defun fold
  "Fold F(Key, Value, Acc) over the dictionary in key order."
  ((f acc (cons (tuple k v) d)) (fold f (funcall f k v acc) d))
  ((f acc '()) (when (is_function f 3)) acc))

(defun map (f d)
  "Replace each value with F(Key, Value)."
  (map-1 f d '()))

(defun map-1
  ((f (cons (tuple k v) d) acc) (map-1 f d (cons (tuple k (funcall f k v)) acc)))
  ((f '() acc) (when (is_function f 2)) (lists:reverse acc)))

(defun filter (f d)
  "Keep the pairs for which F(Key, Value) is true."
  (filter-1 f d '()))

(defun filter-1
  ((f (cons (= (tuple k v) e) d) acc)
   (case (funcall f k v)
     ('true (filter-1 f d (cons e acc)))
     ('false (filter-1 f d acc))))
  ((f '() acc) (when (is_function f 2)) (lists:reverse acc)))

(defun merge (f d1 d2)
  "Merge two dictionaries, combining the values of common keys with F(K, V1, V2)."
  (merge-1 f d1 d2 '()))

(defun merge-1
  ((f (cons (= (tuple k1 _) e1) d1) (= (cons (tuple k2 _) _) d2) acc) (when (< k1 k2))
   (merge-1 f d1 d2 (cons e1 acc)))
  ((f (= (cons (tuple k1 _) _) d1) (cons (= (tuple k2 _) e2) d2) acc) (when (> k1 k2))
   (merge-1 f d1 d2 (cons e2 acc)))
  ((f (cons (tuple k1 v1) d1) (cons (tuple _ v2) d2) acc)
   (merge-1 f d1 d2 (cons (tuple k1 (funcall f k1 v1 v2)) acc)))
  ((f '() d2 acc) (when (is_function f 3)) (lists:reverse acc d2))
  ((f d1 '() acc) (when (is_function f 3)) (lists:reverse acc d1)))

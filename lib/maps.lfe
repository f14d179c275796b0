;;; maps.lfe - the Erlang `maps` module functions that are not BIFs.
;;;
;;; The runtime implements get, find, put, update, remove, take, keys,
;;; values, to_list, from_list, from_keys, size, merge, new and is_key in C
;;; (runtime/bifs.def); this module adds the rest of OTP 25's exports, with
;;; OTP's results and errors ({badmap, M}, badarg, {badkey, K}).
;;;
;;; Iteration order is the BEAM's: a map of at most 32 keys is visited in
;;; maps:to_list order, a larger one in the reverse of it (the runtime lays
;;; maps out as the BEAM does, see runtime/map.h).  Funs given to fold, map,
;;; filter, ... are called in that order.
;;;
;;; An iterator is `(0 . Map)' (as OTP 25 makes it) or, once next/1 has been
;;; called, a chain `#(K V Iterator)' ending in `none'.

(defmodule maps
  (export (filter 2) (filtermap 2) (fold 3) (foreach 2) (map 2)
          (update_with 3) (update_with 4) (without 2) (with 2)
          (iterator 1) (next 1) (intersect 2) (intersect_with 3)
          (merge_with 3) (groups_from_list 2) (groups_from_list 3)))

;;; ------------------------------------------------------------------
;;; Iterators

;; The pairs of a map in iteration order.
(defun pairs (m)
  (if (> (erlang:map_size m) 32)
    (lists:reverse (maps:to_list m))
    (maps:to_list m)))

;; Chain a list of pairs into #(K V Next) ... none.
(defun chain (ps)
  (chain-1 (lists:reverse ps) 'none))

(defun chain-1
  (((cons (tuple k v) ps) next) (chain-1 ps (tuple k v next)))
  (('() next) next))

(defun iterator
  "Return an iterator over a map, for next/1."
  ((m) (when (is_map m)) (cons 0 m))
  ((m) (erlang:error (tuple 'badmap m) (list m))))

(defun next
  "Return {Key, Value, NextIterator} for an iterator, or none at the end."
  (((= (tuple _ _ _) i)) i)
  (((cons 0 m)) (when (is_map m)) (chain (pairs m)))
  (('none) 'none)
  ((i) (erlang:error 'badarg (list i))))

;; The first step of a map or an iterator given to fold, map, ...: what
;; next/1 returns, or 'bad.
(defun start
  ((m) (when (is_map m)) (chain (pairs m)))
  (((= (tuple _ _ _) i)) i)
  (((cons 0 m)) (when (is_map m)) (chain (pairs m)))
  (('none) 'none)
  ((_) 'bad))

;;; ------------------------------------------------------------------
;;; Higher-order functions

(defun fold
  "Fold F(Key, Value, Acc) over a map or an iterator."
  ((f init m) (when (is_function f 3))
   (case (start m)
     ('bad (erlang:error (tuple 'badmap m) (list f init m)))
     (it (fold-1 f init it))))
  ((f init m) (erlang:error 'badarg (list f init m))))

(defun fold-1
  ((f acc (tuple k v i)) (fold-1 f (funcall f k v acc) (next i)))
  ((_ acc 'none) acc))

(defun map
  "Return the map with each value replaced by F(Key, Value)."
  ((f m) (when (is_function f 2))
   (case (start m)
     ('bad (erlang:error (tuple 'badmap m) (list f m)))
     (it (map-1 f it '()))))
  ((f m) (erlang:error 'badarg (list f m))))

(defun map-1
  ((f (tuple k v i) acc) (map-1 f (next i) (cons (tuple k (funcall f k v)) acc)))
  ((_ 'none acc) (maps:from_list (lists:reverse acc))))

(defun filter
  "Return the map of the pairs for which Pred(Key, Value) is true."
  ((pred m) (when (is_function pred 2))
   (case (start m)
     ('bad (erlang:error (tuple 'badmap m) (list pred m)))
     (it (filter-1 pred it '()))))
  ((pred m) (erlang:error 'badarg (list pred m))))

(defun filter-1
  ((pred (tuple k v i) acc)
   (case (funcall pred k v)
     ('true (filter-1 pred (next i) (cons (tuple k v) acc)))
     ('false (filter-1 pred (next i) acc))))
  ((_ 'none acc) (maps:from_list (lists:reverse acc))))

(defun filtermap
  "Filter and map a map: F(Key, Value) returns true, {true, NewValue} or false."
  ((f m) (when (is_function f 2))
   (case (start m)
     ('bad (erlang:error (tuple 'badmap m) (list f m)))
     (it (filtermap-1 f it '()))))
  ((f m) (erlang:error 'badarg (list f m))))

(defun filtermap-1
  ((f (tuple k v i) acc)
   (case (funcall f k v)
     ('true (filtermap-1 f (next i) (cons (tuple k v) acc)))
     ((tuple 'true nv) (filtermap-1 f (next i) (cons (tuple k nv) acc)))
     ('false (filtermap-1 f (next i) acc))))
  ((_ 'none acc) (maps:from_list (lists:reverse acc))))

(defun foreach
  "Call F(Key, Value) for every pair, for its side effects; return ok."
  ((f m) (when (is_function f 2))
   (case (start m)
     ('bad (erlang:error (tuple 'badmap m) (list f m)))
     (it (foreach-1 f it))))
  ((f m) (erlang:error 'badarg (list f m))))

(defun foreach-1
  ((f (tuple k v i)) (funcall f k v) (foreach-1 f (next i)))
  ((_ 'none) 'ok))

;;; ------------------------------------------------------------------
;;; Updating, selecting, combining

;; The error for a bad map argument (badarg when the map is fine and
;; something else is wrong).
(defun map-error
  ((m) (when (is_map m)) 'badarg)
  ((m) (tuple 'badmap m)))

(defun update_with
  "Replace the value V of Key with F(V); {badkey, Key} if absent."
  ((k f m) (when (is_function f 1) (is_map m))
   (case (maps:find k m)
     ((tuple 'ok v) (maps:update k (funcall f v) m))
     ('error (erlang:error (tuple 'badkey k) (list k f m)))))
  ((k f m) (erlang:error (map-error m) (list k f m))))

(defun update_with
  "Replace the value V of Key with F(V), or store Init if Key is absent."
  ((k f init m) (when (is_function f 1) (is_map m))
   (case (maps:find k m)
     ((tuple 'ok v) (maps:update k (funcall f v) m))
     ('error (maps:put k init m))))
  ((k f init m) (erlang:error (map-error m) (list k f init m))))

(defun without
  "Return the map without the given keys."
  ((ks m) (when (is_list ks) (is_map m)) (without-1 ks m))
  ((ks m) (erlang:error (map-error m) (list ks m))))

(defun without-1
  (((cons k ks) m) (without-1 ks (maps:remove k m)))
  (('() m) m))

(defun with
  "Return the map of only the given keys (those present)."
  ((ks m) (when (is_list ks) (is_map m)) (with-1 ks m '()))
  ((ks m) (erlang:error (map-error m) (list ks m))))

(defun with-1
  (((cons k ks) m acc)
   (case (maps:find k m)
     ((tuple 'ok v) (with-1 ks m (cons (tuple k v) acc)))
     ('error (with-1 ks m acc))))
  (('() _ acc) (maps:from_list (lists:reverse acc))))

;; The error for bad arguments to the two-map functions.
(defun two-maps-error
  ((m1 m2) (when (is_map m1)) (tuple 'badmap m2))
  ((m1 _) (tuple 'badmap m1)))

(defun intersect
  "Return the pairs of Map2 whose keys are also in Map1."
  ((m1 m2) (when (is_map m1) (is_map m2))
   (intersect-1 (pairs m1) m2 '()))
  ((m1 m2) (erlang:error (two-maps-error m1 m2) (list m1 m2))))

(defun intersect-1
  (((cons (tuple k _) ps) m2 acc)
   (case (maps:find k m2)
     ((tuple 'ok v2) (intersect-1 ps m2 (cons (tuple k v2) acc)))
     ('error (intersect-1 ps m2 acc))))
  (('() _ acc) (maps:from_list acc)))

(defun intersect_with
  "Intersect two maps, combining the values of common keys with C(K, V1, V2)."
  ((c m1 m2) (when (is_map m1) (is_map m2) (is_function c 3))
   (if (=< (erlang:map_size m1) (erlang:map_size m2))
     (intersect-with-1 c (pairs m1) m2 'false '())
     (intersect-with-1 c (pairs m2) m1 'true '())))
  ((c m1 m2)
   (erlang:error (if (is_function c 3) (two-maps-error m1 m2) 'badarg)
                 (list c m1 m2))))

;; Walk the smaller map's pairs; swapped is true when those come from Map2.
(defun intersect-with-1
  ((c (cons (tuple k v) ps) big swapped acc)
   (case (maps:find k big)
     ((tuple 'ok bv)
      (let ((new (if swapped (funcall c k bv v) (funcall c k v bv))))
        (intersect-with-1 c ps big swapped (cons (tuple k new) acc))))
     ('error (intersect-with-1 c ps big swapped acc))))
  ((_ '() _ _ acc) (maps:from_list acc)))

(defun merge_with
  "Merge two maps, combining the values of common keys with C(K, V1, V2)."
  ((c m1 m2) (when (is_map m1) (is_map m2) (is_function c 3))
   (if (> (erlang:map_size m1) (erlang:map_size m2))
     (merge-with-1 c (pairs m2) m1 'false)
     (merge-with-1 c (pairs m1) m2 'true)))
  ((c m1 m2)
   (erlang:error (if (is_function c 3) (two-maps-error m1 m2) 'badarg)
                 (list c m1 m2))))

;; Fold the smaller map's pairs into the bigger map; swapped is true when
;; the pairs come from Map1.
(defun merge-with-1
  ((c (cons (tuple k v) ps) acc swapped)
   (case (maps:find k acc)
     ((tuple 'ok av)
      (let ((new (if swapped (funcall c k v av) (funcall c k av v))))
        (merge-with-1 c ps (maps:update k new acc) swapped)))
     ('error (merge-with-1 c ps (maps:put k v acc) swapped))))
  ((_ '() acc _) acc))

(defun groups_from_list
  "Group the elements of a list by F(Elem): #{Key => [Elem, ...]}."
  ((f l) (when (is_function f 1))
   (groups-1 f (reverse-or-badarg l (list f l)) (maps:new)))
  ((f l) (erlang:error 'badarg (list f l))))

(defun groups-1
  ((f (cons h t) acc)
   (let ((k (funcall f h)))
     (groups-1 f t (add-to-group k h acc))))
  ((_ '() acc) acc))

(defun groups_from_list
  "Group V(Elem) by K(Elem) over a list: #{Key => [Value, ...]}."
  ((f vf l) (when (is_function f 1) (is_function vf 1))
   (groups-2 f vf (reverse-or-badarg l (list f vf l)) (maps:new)))
  ((f vf l) (erlang:error 'badarg (list f vf l))))

(defun groups-2
  ((f vf (cons h t) acc)
   (let* ((k (funcall f h))
          (v (funcall vf h)))
     (groups-2 f vf t (add-to-group k v acc))))
  ((_ _ '() acc) acc))

(defun add-to-group (k v groups)
  (case (maps:find k groups)
    ((tuple 'ok vs) (maps:update k (cons v vs) groups))
    ('error (maps:put k (list v) groups))))

;; The list reversed; badarg (with the caller's arguments) if it is not
;; a proper list.
(defun reverse-or-badarg (l args)
  (if (proper-list-p l)
    (lists:reverse l)
    (erlang:error 'badarg args)))

(defun proper-list-p
  (((cons _ t)) (proper-list-p t))
  (('()) 'true)
  ((_) 'false))

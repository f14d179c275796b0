;;; lists.lfe - the Erlang `lists` module, in LFE.
;;;
;;; Everything OTP 25's `lists` exports.  reverse/2, member/2 and the
;;; key searches (keyfind/3, keymember/3, keysearch/3) loop over C slice
;;; primitives (elfe_lists:*, runtime/bif_lists.c) that handle a bounded
;;; number of cells per call and yield between slices, so working on a
;;; huge list lets other processes run.  Results and errors
;;; (class and reason) follow OTP 25, including the order in which funs are
;;; called, and which of several equal-comparing terms (1 and 1.0) ends up
;;; where after a sort.  Every loop is tail-recursive: results are built in
;;; an accumulator and reversed, so long lists never grow the stack.
;;;
;;; Sorting: sort/1 and sort/2, usort/2 look for ascending and descending
;;; runs in the same way as OTP and merge them in the same pattern, since
;;; on equal terms (or with a fun that is not a total order) the result
;;; depends on the algorithm.  keysort/2, ukeysort/2 and usort/1 are
;;; documented to be stable (keeping the first of equal elements for the
;;; `u' variants), so they use a plain stable merge sort.
;;;
;;; Many helpers take a key position K: 0 compares whole terms, K > 0
;;; compares element K of tuples (the key* functions).

(defmodule lists
  (export (reverse 1) (reverse 2) (member 2) (keyfind 3) (keymember 3)
          (keysearch 3) (append 1) (append 2) (subtract 2) (nth 2) (nthtail 2)
          (prefix 2) (suffix 2) (droplast 1) (last 1) (seq 2) (seq 3)
          (sum 1) (duplicate 2) (min 1) (max 1) (sublist 2) (sublist 3)
          (delete 2) (zip 2) (unzip 1) (zip3 3) (unzip3 1) (zipwith 3)
          (zipwith3 4) (concat 1) (flatten 1) (flatten 2) (flatlength 1)
          (keydelete 3) (keyreplace 4) (keytake 3) (keystore 4) (keymap 3)
          (enumerate 1) (enumerate 2) (all 2) (any 2) (map 2) (flatmap 2)
          (foldl 3) (foldr 3) (filter 2) (partition 2) (filtermap 2) (zf 2)
          (foreach 2) (mapfoldl 3) (mapfoldr 3) (takewhile 2) (dropwhile 2)
          (search 2) (splitwith 2) (split 2) (join 2) (uniq 1) (uniq 2)
          (sort 1) (sort 2) (usort 1) (usort 2) (keysort 2) (ukeysort 2)
          (merge 1) (merge 2) (merge 3) (merge3 3) (rmerge 2) (rmerge 3)
          (rmerge3 3) (umerge 1) (umerge 2) (umerge 3) (umerge3 3)
          (rumerge 2) (rumerge 3) (rumerge3 3) (keymerge 3) (rkeymerge 3)
          (ukeymerge 3) (rukeymerge 3)))

;;; ------------------------------------------------------------------
;;; Small shared helpers

;; rev: reverse a proper list onto acc; an improper tail raises
;; function_clause (where lists:reverse/2 would raise badarg).
(defun rev
  (((cons h t) acc) (rev t (cons h acc)))
  (('() acc) acc))

;;; ------------------------------------------------------------------
;;; reverse

(defun reverse
  "Reverse a list."
  (((= '() l)) l)
  (((= (cons _ '()) l)) l)
  (((list a b)) (list b a))
  (((cons a (cons b l))) (reverse l (list b a))))

(defun reverse
  "Reverse L and append Tail (badarg when L is not a proper list)."
  (('() tail) tail)
  ((l tail) (reverse-slices (elfe_lists:reverse l tail))))

;; elfe_lists:reverse/2 returns the result (a cons), or {Rest, Acc} when
;; it stopped after a slice (and the process yielded).
(defun reverse-slices
  (((tuple rest acc)) (reverse-slices (elfe_lists:reverse rest acc)))
  ((r) r))

;; The searches: the slice BIFs return the answer (never a cons), or the
;; rest of the list to go on with.
(defun member (e l)
  "Return true if E is an element of L (=:=)."
  (case (elfe_lists:member e l)
    ((= (cons _ _) rest) (member e rest))
    (r r)))

(defun keyfind (k n l)
  "Return the first tuple whose N'th element == K, or false."
  (case (elfe_lists:keyfind k n l)
    ((= (cons _ _) rest) (keyfind k n rest))
    (r r)))

(defun keymember (k n l)
  "Return true if some tuple's N'th element == K."
  (case (elfe_lists:keymember k n l)
    ((= (cons _ _) rest) (keymember k n rest))
    (r r)))

(defun keysearch (k n l)
  "Return {value, Tuple} for the first tuple whose N'th element == K, or false."
  (case (elfe_lists:keysearch k n l)
    ((= (cons _ _) rest) (keysearch k n rest))
    (r r)))

;; key: the term a key position compares (0: the whole term).
(defun key
  ((0 x) x)
  ((k x) (erlang:element k x)))

;;; ------------------------------------------------------------------
;;; Basic list functions

(defun append (l1 l2)
  "Return L1 with the elements of L2 appended."
  (case (elfe_lists:append l1 l2)
    ;; longer than a slice (or improper): two passes that yield
    ('false (reverse (reverse l1 '()) l2))
    (r r)))

(defun append (ls)
  "Concatenate a list of lists."
  (append-1 (rev ls '())))

;; ls is the list of lists reversed: ++ them right to left, as OTP does.
(defun append-1
  (('()) '())
  (((cons last rest)) (append-2 rest last)))

(defun append-2
  (((cons h t) acc) (append-2 t (++ h acc)))
  (('() acc) acc))

(defun subtract (l1 l2)
  "Return L1 with the first occurrence of each element of L2 removed."
  (-- l1 l2))

(defun nth
  "Return the N'th element (1-based) of a list."
  ((1 (cons h _)) h)
  ((n (cons _ t)) (when (> n 1)) (nth (- n 1) t)))

(defun nthtail
  "Return the tail of a list after its first N elements."
  ((1 (cons _ t)) t)
  ((n (cons _ t)) (when (> n 1)) (nthtail (- n 1) t))
  ((0 l) (when (is_list l)) l))

(defun prefix
  "Return true if the first list is a prefix of the second."
  (((cons x pre) (cons x tail)) (prefix pre tail))
  (('() l) (when (is_list l)) 'true)
  (((cons _ _) l) (when (is_list l)) 'false))

(defun suffix (suf l)
  "Return true if the first list is a suffix of the second."
  (let ((delta (- (erlang:length l) (erlang:length suf))))
    (andalso (>= delta 0) (=:= (nthtail delta l) suf))))

(defun droplast (l)
  "Return the list without its last element."
  (droplast-1 l '()))

(defun droplast-1
  (((cons _ '()) acc) (reverse acc))
  (((cons h t) acc) (droplast-1 t (cons h acc))))

(defun last
  "Return the last element of a non-empty list."
  (((cons e es)) (last-1 e es)))

(defun last-1
  ((_ (cons e es)) (last-1 e es))
  ((e '()) e))

(defun seq
  "Return the integers from First to Last, inclusive."
  ((first last) (when (is_integer first) (is_integer last)
                      (=< (- first 1) last))
   (seq-2 last first '())))

(defun seq-2 (x first acc)
  (if (< x first) acc (seq-2 (- x 1) first (cons x acc))))

(defun seq
  "Return First, First+Inc, ... up to and including at most Last."
  ((first last inc)
   (when (is_integer first) (is_integer last) (is_integer inc)
         (orelse (andalso (> inc 0) (=< (- first inc) last))
                 (andalso (< inc 0) (>= (- first inc) last))))
   (let ((n (div (+ (- last first) inc) inc)))
     (seq-3 n (+ (* inc (- n 1)) first) inc '())))
  ((same same 0) (when (is_integer same)) (list same))
  ((first last inc) (erlang:error 'badarg (list first last inc))))

(defun seq-3
  ((0 _ _ acc) acc)
  ((n x inc acc) (seq-3 (- n 1) (- x inc) inc (cons x acc))))

(defun sum (l)
  "Return the sum of the numbers in a list."
  (sum-1 l 0))

(defun sum-1
  (((cons h t) s) (sum-1 t (+ s h)))
  (('() s) s))

(defun duplicate
  "Return a list of N copies of a term."
  ((n x) (when (is_integer n) (>= n 0)) (duplicate-1 n x '())))

(defun duplicate-1
  ((0 _ acc) acc)
  ((n x acc) (duplicate-1 (- n 1) x (cons x acc))))

(defun min
  "Return the first smallest element of a non-empty list."
  (((cons h t)) (min-1 t h)))

(defun min-1
  (((cons h t) m) (when (< h m)) (min-1 t h))
  (((cons _ t) m) (min-1 t m))
  (('() m) m))

(defun max
  "Return the first largest element of a non-empty list."
  (((cons h t)) (max-1 t h)))

(defun max-1
  (((cons h t) m) (when (> h m)) (max-1 t h))
  (((cons _ t) m) (max-1 t m))
  (('() m) m))

(defun sublist
  "Return the sub-list of at most Len elements starting at position Start."
  ((l 1 len) (when (is_list l) (is_integer len) (>= len 0)) (sublist l len))
  (('() s _) (when (is_integer s) (>= s 2)) '())
  (((cons _ t) s len) (when (is_integer s) (>= s 2)) (sublist t (- s 1) len)))

(defun sublist
  "Return the first Len elements of a list (all of it if shorter)."
  ((l len) (when (is_integer len) (is_list l)) (sublist-1 l len '())))

(defun sublist-1
  (((cons h t) n acc) (when (> n 0)) (sublist-1 t (- n 1) (cons h acc)))
  ((_ 0 acc) (reverse acc))
  ((l n acc) (when (is_list l) (> n 0)) (reverse acc)))

(defun delete (x l)
  "Return the list with the first element matching X (=:=) removed."
  (delete-1 x l '()))

(defun delete-1
  ((x (cons x rest) acc) (reverse acc rest))
  ((x (cons h rest) acc) (delete-1 x rest (cons h acc)))
  ((_ '() acc) (reverse acc)))

(defun zip (xs ys)
  "Zip two lists of equal length into a list of pairs."
  (zip-1 xs ys '()))

(defun zip-1
  (((cons x xs) (cons y ys) acc) (zip-1 xs ys (cons (tuple x y) acc)))
  (('() '() acc) (reverse acc)))

(defun unzip (ts)
  "Split a list of pairs into a pair of lists."
  (unzip-1 ts '() '()))

(defun unzip-1
  (((cons (tuple x y) ts) xs ys) (unzip-1 ts (cons x xs) (cons y ys)))
  (('() xs ys) (tuple (reverse xs) (reverse ys))))

(defun zip3 (xs ys zs)
  "Zip three lists of equal length into a list of triples."
  (zip3-1 xs ys zs '()))

(defun zip3-1
  (((cons x xs) (cons y ys) (cons z zs) acc)
   (zip3-1 xs ys zs (cons (tuple x y z) acc)))
  (('() '() '() acc) (reverse acc)))

(defun unzip3 (ts)
  "Split a list of triples into a triple of lists."
  (unzip3-1 ts '() '() '()))

(defun unzip3-1
  (((cons (tuple x y z) ts) xs ys zs)
   (unzip3-1 ts (cons x xs) (cons y ys) (cons z zs)))
  (('() xs ys zs)
   (tuple (reverse xs) (reverse ys) (reverse zs))))

(defun zipwith (f xs ys)
  "Combine the elements of two equal-length lists with F(X, Y)."
  (zipwith-1 f xs ys '()))

(defun zipwith-1
  ((f (cons x xs) (cons y ys) acc)
   (zipwith-1 f xs ys (cons (funcall f x y) acc)))
  ((f '() '() acc) (when (is_function f 2)) (reverse acc)))

(defun zipwith3 (f xs ys zs)
  "Combine the elements of three equal-length lists with F(X, Y, Z)."
  (zipwith3-1 f xs ys zs '()))

(defun zipwith3-1
  ((f (cons x xs) (cons y ys) (cons z zs) acc)
   (zipwith3-1 f xs ys zs (cons (funcall f x y z) acc)))
  ((f '() '() '() acc) (when (is_function f 3)) (reverse acc)))

(defun concat (things)
  "Concatenate the text forms of atoms, integers, floats and strings."
  (concat-1 things '()))

(defun concat-1
  (((cons h t) acc) (concat-1 t (cons (thing-to-list h) acc)))
  (('() acc) (append-2 acc '())))

(defun thing-to-list
  ((x) (when (is_integer x)) (erlang:integer_to_list x))
  ((x) (when (is_float x)) (erlang:float_to_list x))
  ((x) (when (is_atom x)) (erlang:atom_to_list x))
  ((x) (when (is_list x)) x))

(defun flatten
  "Flatten a deep list."
  ((l) (when (is_list l))
   (case (elfe_lists:flatten l '())
     ('false (flatten-1 l '() '() '()))
     (r r))))

(defun flatten
  "Flatten a deep list and append Tail."
  ((l tail) (when (is_list l) (is_list tail))
   (case (elfe_lists:flatten l tail)
     ('false (flatten-1 l '() '() tail))
     (r r))))

;; elfe_lists:flatten/2 (C) does lists of up to 20,000 cells in one call
;; and answers false for bigger or bad ones, which flatten-1 does (a loop
;; the VM preempts).

;; stack holds the tails still to flatten after the current sub-list.
(defun flatten-1
  (((cons h t) stack acc tail) (when (is_list h))
   (flatten-1 h (cons t stack) acc tail))
  (((cons h t) stack acc tail) (flatten-1 t stack (cons h acc) tail))
  (('() (cons l stack) acc tail) (flatten-1 l stack acc tail))
  (('() '() acc tail) (reverse acc tail)))

(defun flatlength (l)
  "Return the length of a deep list once flattened."
  (flatlength-1 l '() 0))

(defun flatlength-1
  (((cons h t) stack n) (when (is_list h)) (flatlength-1 h (cons t stack) n))
  (((cons _ t) stack n) (flatlength-1 t stack (+ n 1)))
  (('() (cons l stack) n) (flatlength-1 l stack n))
  (('() '() n) n))

;;; ------------------------------------------------------------------
;;; Tuple lists

(defun keydelete
  "Delete the first tuple whose N'th element equals (==) Key."
  ((k n l) (when (is_integer n) (> n 0)) (keydelete-1 k n l '())))

(defun keydelete-1
  ((k n (cons h t) acc) (when (== (element n h) k)) (reverse acc t))
  ((k n (cons h t) acc) (keydelete-1 k n t (cons h acc)))
  ((_ _ '() acc) (reverse acc)))

(defun keyreplace
  "Replace the first tuple whose N'th element equals Key with New."
  ((k n l new) (when (is_integer n) (> n 0) (is_tuple new))
   (keyreplace-1 k n l new '())))

(defun keyreplace-1
  ((k n (cons h t) new acc) (when (== (element n h) k))
   (reverse acc (cons new t)))
  ((k n (cons h t) new acc) (keyreplace-1 k n t new (cons h acc)))
  ((_ _ '() _ acc) (reverse acc)))

(defun keytake
  "Remove the first tuple whose N'th element equals Key: {value, T, Rest} or false."
  ((k n l) (when (is_integer n) (> n 0)) (keytake-1 k n l '())))

(defun keytake-1
  ((k n (cons h t) acc) (when (== (element n h) k))
   (tuple 'value h (reverse acc t)))
  ((k n (cons h t) acc) (keytake-1 k n t (cons h acc)))
  ((_ _ '() _) 'false))

(defun keystore
  "Replace the first tuple whose N'th element equals Key, or append New."
  ((k n l new) (when (is_integer n) (> n 0) (is_tuple new))
   (keystore-1 k n l new '())))

(defun keystore-1
  ((k n (cons h t) new acc) (when (== (element n h) k))
   (reverse acc (cons new t)))
  ((k n (cons h t) new acc) (keystore-1 k n t new (cons h acc)))
  ((_ _ '() new acc) (reverse acc (list new))))

(defun keymap (f n l)
  "Apply F to the N'th element of every tuple."
  (keymap-1 f n l '()))

(defun keymap-1
  ((f n (cons tup t) acc)
   (keymap-1 f n t
             (cons (erlang:setelement n tup (funcall f (element n tup))) acc)))
  ((f n '() acc) (when (is_integer n) (>= n 1) (is_function f 1))
   (reverse acc)))

(defun enumerate
  "Pair each element with its 1-based index: [{1, E1}, ...]."
  ((l) (when (is_list l)) (enumerate-1 1 l '())))

(defun enumerate
  "Pair each element with its index, counting from Index."
  ((i l) (when (is_integer i) (is_list l)) (enumerate-1 i l '())))

(defun enumerate-1
  ((i (cons h t) acc) (enumerate-1 (+ i 1) t (cons (tuple i h) acc)))
  ((_ '() acc) (reverse acc)))

;;; ------------------------------------------------------------------
;;; Higher-order functions

(defun all
  "Return true if Pred is true for every element."
  ((pred l) (when (is_function pred 1))
   (case l
     ((cons h t) (case (funcall pred h) ('true (all-1 pred t)) ('false 'false)))
     ('() 'true))))

(defun all-1
  ((pred (cons h t))
   (case (funcall pred h) ('true (all-1 pred t)) ('false 'false)))
  ((_ '()) 'true))

(defun any
  "Return true if Pred is true for some element."
  ((pred l) (when (is_function pred 1))
   (case l
     ((cons h t) (case (funcall pred h) ('true 'true) ('false (any-1 pred t))))
     ('() 'false))))

(defun any-1
  ((pred (cons h t))
   (case (funcall pred h) ('true 'true) ('false (any-1 pred t))))
  ((_ '()) 'false))

(defun map
  "Apply F to every element, in order, and return the results."
  ((f l) (when (is_function f 1))
   (case l
     ((cons h t) (map-1 f t (list (funcall f h))))
     ('() '()))))

(defun map-1
  ((f (cons h t) acc) (map-1 f t (cons (funcall f h) acc)))
  ((_ '() acc) (reverse acc)))

(defun flatmap
  "Apply F (returning lists) to every element and append the results."
  ((f l) (when (is_function f 1)) (flatmap-1 f l '())))

(defun flatmap-1
  ((f (cons h t) acc) (flatmap-1 f t (cons (funcall f h) acc)))
  ((_ '() acc) (append-2 acc '())))

(defun foldl
  "Fold F(Elem, Acc) over the list from the left."
  ((f acc l) (when (is_function f 2))
   (case l
     ((cons h t) (foldl-1 f (funcall f h acc) t))
     ('() acc))))

(defun foldl-1
  ((f acc (cons h t)) (foldl-1 f (funcall f h acc) t))
  ((_ acc '()) acc))

(defun foldr
  "Fold F(Elem, Acc) over the list from the right."
  ((f acc l) (when (is_function f 2)) (foldl-1 f acc (rev l '()))))

(defun filter
  "Return the elements for which Pred returns true."
  ((pred l) (when (is_function pred 1)) (filter-1 pred l '())))

;; OTP's filter is a list comprehension: its errors are bad_generator and
;; bad_filter.
(defun filter-1
  ((pred (cons h t) acc)
   (case (funcall pred h)
     ('true (filter-1 pred t (cons h acc)))
     ('false (filter-1 pred t acc))
     (other (erlang:error (tuple 'bad_filter other)))))
  ((_ '() acc) (reverse acc))
  ((_ other _) (erlang:error (tuple 'bad_generator other))))

(defun partition
  "Split a list into {Satisfying, NotSatisfying} by Pred."
  ((pred l) (when (is_function pred 1)) (partition-1 pred l '() '())))

(defun partition-1
  ((pred (cons h t) as bs)
   (case (funcall pred h)
     ('true (partition-1 pred t (cons h as) bs))
     ('false (partition-1 pred t as (cons h bs)))))
  ((_ '() as bs) (tuple (reverse as) (reverse bs))))

(defun filtermap
  "Filter and map in one pass: F returns true, {true, Value} or false."
  ((f l) (when (is_function f 1)) (filtermap-1 f l '())))

(defun filtermap-1
  ((f (cons h t) acc)
   (case (funcall f h)
     ('true (filtermap-1 f t (cons h acc)))
     ((tuple 'true v) (filtermap-1 f t (cons v acc)))
     ('false (filtermap-1 f t acc))))
  ((_ '() acc) (reverse acc)))

(defun zf (f l)
  "Old name of filtermap/2."
  (filtermap f l))

(defun foreach
  "Apply F to every element for its side effects; return ok."
  ((f l) (when (is_function f 1)) (foreach-1 f l)))

(defun foreach-1
  ((f (cons h t)) (funcall f h) (foreach-1 f t))
  ((_ '()) 'ok))

(defun mapfoldl
  "Map and fold from the left at once: F(Elem, Acc) -> {New, Acc1}."
  ((f acc l) (when (is_function f 2)) (mapfoldl-1 f acc l '())))

(defun mapfoldl-1
  ((f acc0 (cons h t) rs)
   (let (((tuple r acc1) (funcall f h acc0)))
     (mapfoldl-1 f acc1 t (cons r rs))))
  ((_ acc '() rs) (tuple (reverse rs) acc)))

(defun mapfoldr
  "Map and fold from the right at once: F(Elem, Acc) -> {New, Acc1}."
  ((f acc l) (when (is_function f 2)) (mapfoldr-1 f acc (rev l '()) '())))

(defun mapfoldr-1
  ((f acc0 (cons h t) rs)
   (let (((tuple r acc1) (funcall f h acc0)))
     (mapfoldr-1 f acc1 t (cons r rs))))
  ((_ acc '() rs) (tuple rs acc)))

(defun takewhile
  "Return the longest prefix whose elements satisfy Pred."
  ((pred l) (when (is_function pred 1)) (takewhile-1 pred l '())))

(defun takewhile-1
  ((pred (cons h t) acc)
   (case (funcall pred h)
     ('true (takewhile-1 pred t (cons h acc)))
     ('false (reverse acc))))
  ((_ '() acc) (reverse acc)))

(defun dropwhile
  "Drop the longest prefix whose elements satisfy Pred."
  ((pred l) (when (is_function pred 1)) (dropwhile-1 pred l)))

(defun dropwhile-1
  ((pred (= (cons h t) rest))
   (case (funcall pred h)
     ('true (dropwhile-1 pred t))
     ('false rest)))
  ((_ '()) '()))

(defun search
  "Return {value, Elem} for the first element satisfying Pred, else false."
  ((pred l) (when (is_function pred 1)) (search-1 pred l)))

(defun search-1
  ((pred (cons h t))
   (case (funcall pred h)
     ('true (tuple 'value h))
     ('false (search-1 pred t))))
  ((_ '()) 'false))

(defun splitwith
  "Split a list into {takewhile(Pred, L), dropwhile(Pred, L)}."
  ((pred l) (when (is_function pred 1)) (splitwith-1 pred l '())))

(defun splitwith-1
  ((pred (cons h t) taken)
   (case (funcall pred h)
     ('true (splitwith-1 pred t (cons h taken)))
     ('false (tuple (reverse taken) (cons h t)))))
  ((_ '() taken) (tuple (reverse taken) '())))

(defun split
  "Split a list after its first N elements: {First, Rest}."
  ((n l) (when (is_integer n) (>= n 0) (is_list l))
   (case (split-1 n l '())
     ((= (tuple _ _) result) result)
     (fault (erlang:error fault (list n l)))))
  ((n l) (erlang:error 'badarg (list n l))))

(defun split-1
  ((0 l acc) (tuple (reverse acc) l))
  ((n (cons h t) acc) (split-1 (- n 1) t (cons h acc)))
  ((_ '() _) 'badarg))

(defun join
  "Insert Sep between the elements of a list."
  ((_ '()) '())
  ((sep (cons h t)) (join-1 sep t (list h))))

(defun join-1
  ((_ '() acc) (reverse acc))
  ((sep (cons h t) acc) (join-1 sep t (cons h (cons sep acc)))))

(defun uniq (l)
  "Remove repeated elements (=:=), keeping the first occurrence of each."
  (uniq-1 l (maps:new) '()))

(defun uniq-1
  (((cons x xs) seen acc)
   (if (erlang:is_map_key x seen)
     (uniq-1 xs seen acc)
     (uniq-1 xs (maps:put x 'true seen) (cons x acc))))
  (('() _ acc) (reverse acc)))

(defun uniq
  "Remove elements whose F(Elem) was already seen, keeping the first."
  ((f l) (when (is_function f 1)) (uniq-2 l f (maps:new) '())))

(defun uniq-2
  (((cons x xs) f seen acc)
   (let ((k (funcall f x)))
     (if (erlang:is_map_key k seen)
       (uniq-2 xs f seen acc)
       (uniq-2 xs f (maps:put k 'true seen) (cons x acc)))))
  (('() _ _ acc) (reverse acc)))

;;; ------------------------------------------------------------------
;;; sort/1: OTP's run-finding merge sort.
;;;
;;; The list is cut into runs.  An ascending run is kept reversed (largest
;;; first) with its two top elements X =< Y open: a new Z goes on top if
;;; Z >= Y, between them if X =< Z < Y, under the run if the run has only
;;; two elements, and otherwise is held aside as S; the next element that
;;; does not extend the run starts a new run together with S.  Descending
;;; runs are the mirror image.  The runs are then merged three at a time,
;;; alternating direction (ascending runs merge into descending lists and
;;; back); among equal elements, the run that comes first in the list of
;;; runs (the later one in the input) goes first.

(defun sort
  "Sort a list in Erlang term order."
  (((= (cons x (cons _ (cons _ (cons _ _)))) l)) (when (is_integer x))
   (case (sort-c-runs l '())
     ('false (sort-otp l))
     (runs (sort-c-merge runs 'true))))
  (((= (cons _ _) l)) (sort-otp l))
  (('()) '()))

;; Lists of immediates (small integers, atoms, ...) are sorted in C, in
;; slices (elfe_lists:sort_runs/2 and sort_merge/4, runtime/bif_lists.c):
;; equal elements are then identical, so the result is OTP's.  sort_runs
;; answers false for any other list, which sort-otp sorts.
(defun sort-c-runs (l runs)
  (case (elfe_lists:sort_runs l runs)
    ((tuple rest runs2) (sort-c-runs rest runs2))
    (r r)))

;; Merge the runs (ascending when asc is true) pairwise until one is left;
;; each merge turns the direction around.
(defun sort-c-merge
  (((list r) 'true) r)
  (((list r) 'false) (reverse r))
  ((runs asc) (sort-c-merge (sort-c-pairs runs asc '()) (not asc))))

(defun sort-c-pairs
  (((list* a b rest) asc acc)
   (sort-c-pairs rest asc (cons (sort-c-merge2 asc a b '()) acc)))
  (((list a) asc acc) (cons (sort-c-merge2 asc a '() '()) acc))
  (('() _ acc) acc))

(defun sort-c-merge2 (asc a b acc)
  (case (elfe_lists:sort_merge asc a b acc)
    ((tuple a2 b2 acc2) (sort-c-merge2 asc a2 b2 acc2))
    (r r)))

;; OTP's merge sort (the ascending and descending runs, merged in threes).
(defun sort-otp
  (((= (cons x (cons y l)) l0)) (when (=< x y))
   (case l
     ('() l0)
     ((list z) (when (=< y z)) l0)
     ((list z) (when (=< x z)) (list x z y))
     ((list z) (list z x y))
     (_ (when (== x y)) (sort-eq y l (list x)))
     (_ (split-up x y l '() '()))))
  (((cons x (cons y l)))
   (case l
     ('() (list y x))
     ((list z) (when (=< x z)) (cons y (cons x l)))
     ((list z) (when (=< y z)) (list y z x))
     ((list z) (list z y x))
     (_ (split-down x y l '() '()))))
  (((= (list _) l)) l)
  (('()) '()))

;; A leading stretch of equal elements.
(defun sort-eq
  ((x (cons y l) r) (when (== x y)) (sort-eq y l (cons x r)))
  ((x (cons y l) r) (when (< x y)) (split-up x y l r '()))
  ((x (cons y l) r) (split-down x y l r '()))
  ((x '() r) (reverse r (list x))))

;; Ascending run, top two X =< Y, rest R (reversed), finished runs Rs.
(defun split-up
  ((x y (cons z l) r rs)
   (cond ((>= z y) (split-up y z l (cons x r) rs))
         ((>= z x) (split-up z y l (cons x r) rs))
         ((=:= r '()) (split-up x y l (list z) rs))
         ('true (split-up-s x y l r rs z))))
  ((x y '() r rs) (rmergel (cons (cons y (cons x r)) rs) '())))

;; As split-up, with S held aside.
(defun split-up-s
  ((x y (cons z l) r rs s)
   (cond ((>= z y) (split-up-s y z l (cons x r) rs s))
         ((>= z x) (split-up-s z y l (cons x r) rs s))
         ((=< s z) (split-up s z l '() (cons (cons y (cons x r)) rs)))
         ('true (split-up z s l '() (cons (cons y (cons x r)) rs)))))
  ((x y '() r rs s)
   (rmergel (cons (list s) (cons (cons y (cons x r)) rs)) '())))

;; Descending run, top two X > Y (mirror of split-up).
(defun split-down
  ((x y (cons z l) r rs)
   (cond ((=< z y) (split-down y z l (cons x r) rs))
         ((=< z x) (split-down z y l (cons x r) rs))
         ((=:= r '()) (split-down x y l (list z) rs))
         ('true (split-down-s x y l r rs z))))
  ((x y '() r rs) (mergel (cons (cons y (cons x r)) rs) '())))

(defun split-down-s
  ((x y (cons z l) r rs s)
   (cond ((=< z y) (split-down-s y z l (cons x r) rs s))
         ((=< z x) (split-down-s z y l (cons x r) rs s))
         ((> s z) (split-down s z l '() (cons (cons y (cons x r)) rs)))
         ('true (split-down z s l '() (cons (cons y (cons x r)) rs)))))
  ((x y '() r rs s)
   (mergel (cons (list s) (cons (cons y (cons x r)) rs)) '())))

;; mergel: ascending runs, merged in threes into descending lists.
(defun mergel
  (((cons a (cons b (cons c rest))) acc)
   (mergel rest (cons (amerge3 a b c '()) acc)))
  (((list a b) acc) (rmergel (cons (amerge2 0 a b '()) acc) '()))
  (((list a) '()) a)
  (((list a) acc) (rmergel (cons (reverse a) acc) '()))
  (('() '()) '())
  (('() acc) (rmergel acc '())))

;; rmergel: descending runs, merged in threes into ascending lists.
(defun rmergel
  (((cons a (cons b (cons c rest))) acc)
   (rmergel rest (cons (dmerge3 a b c '()) acc)))
  (((list a b) acc) (mergel (cons (dmerge2 0 a b '()) acc) '()))
  (((list a) acc) (mergel (cons (reverse a) acc) '()))
  (('() acc) (mergel acc '())))

;; amerge2 K A B Acc: merge ascending A and B, smallest first onto Acc
;; (so the result is descending); on equal keys A's element goes first.
(defun amerge2
  ((k (= (cons x xs) a) (= (cons y ys) b) acc)
   (if (=< (key k x) (key k y))
     (amerge2 k xs b (cons x acc))
     (amerge2 k a ys (cons y acc))))
  ((_ '() b acc) (reverse b acc))
  ((_ a '() acc) (reverse a acc)))

;; dmerge2 K A B Acc: merge descending A and B, largest first onto Acc
;; (the result is ascending); on equal keys A's element goes first.
(defun dmerge2
  ((k (= (cons x xs) a) (= (cons y ys) b) acc)
   (if (=< (key k y) (key k x))
     (dmerge2 k xs b (cons x acc))
     (dmerge2 k a ys (cons y acc))))
  ((_ '() b acc) (reverse b acc))
  ((_ a '() acc) (reverse a acc)))

;; Three-way versions for sort/1: ties go to A, then B, then C.
(defun amerge3
  (((= (cons x xs) a) (= (cons y ys) b) (= (cons z zs) c) acc)
   (cond ((andalso (=< x y) (=< x z)) (amerge3 xs b c (cons x acc)))
         ((=< y z) (amerge3 a ys c (cons y acc)))
         ('true (amerge3 a b zs (cons z acc)))))
  (('() b c acc) (amerge2 0 b c acc))
  ((a '() c acc) (amerge2 0 a c acc))
  ((a b '() acc) (amerge2 0 a b acc)))

(defun dmerge3
  (((= (cons x xs) a) (= (cons y ys) b) (= (cons z zs) c) acc)
   (cond ((andalso (>= x y) (>= x z)) (dmerge3 xs b c (cons x acc)))
         ((>= y z) (dmerge3 a ys c (cons y acc)))
         ('true (dmerge3 a b zs (cons z acc)))))
  (('() b c acc) (dmerge2 0 b c acc))
  ((a '() c acc) (dmerge2 0 a c acc))
  ((a b '() acc) (dmerge2 0 a b acc)))

;;; ------------------------------------------------------------------
;;; Stable merge sort: keysort/2, ukeysort/2, usort/1.
;;;
;;; stable-sort K L: cut L into non-decreasing runs (a strictly
;;; decreasing stretch is reversed into one), then merge neighbouring runs
;;; pairwise until one is left, the earlier run winning ties.

(defun stable-sort
  ((_ '()) '())
  ((_ (= (list _) l)) l)
  ((k (cons x t)) (merge-runs k (find-runs k t x (key k x) '() '()))))

;; Building a run: up (elements in reverse, ascending) or down.
(defun find-runs
  ((k (cons y t) x kx run runs)
   (let ((ky (key k y)))
     (if (=< kx ky)
       (find-up k t y ky (list x) runs)
       (find-down k t y ky (list x) runs))))
  ((_ '() x _ _ runs) (reverse (cons (list x) runs))))

(defun find-up
  ((k (cons y t) x kx run runs)
   (let ((ky (key k y)))
     (if (=< kx ky)
       (find-up k t y ky (cons x run) runs)
       (find-runs k t y ky '() (cons (reverse run (list x)) runs)))))
  ((_ '() x _ run runs) (reverse (cons (reverse run (list x)) runs))))

(defun find-down
  ((k (cons y t) x kx run runs)
   (let ((ky (key k y)))
     (if (> kx ky)
       (find-down k t y ky (cons x run) runs)
       (find-runs k t y ky '() (cons (cons x run) runs)))))
  ((_ '() x _ run runs) (reverse (cons (cons x run) runs))))

(defun merge-runs
  ((_ (list run)) run)
  ((k runs) (merge-runs k (merge-pairs k runs '()))))

(defun merge-pairs
  ((k (cons a (cons b rest)) acc)
   (merge-pairs k rest (cons (reverse (amerge2 k a b '())) acc)))
  ((_ (list a) acc) (reverse (cons a acc)))
  ((_ '() acc) (reverse acc)))

;; Drop each element whose key equals the previous kept element's.
(defun dedup
  ((_ '()) '())
  ((k (cons x t)) (dedup-1 k t x (key k x) (list x))))

(defun dedup-1
  ((k (cons y t) x kx acc)
   (let ((ky (key k y)))
     (if (== kx ky)
       (dedup-1 k t x kx acc)
       (dedup-1 k t y ky (cons y acc)))))
  ((_ '() _ _ acc) (reverse acc)))

(defun usort (l)
  "Sort a list in term order, keeping the first of equal (==) elements."
  (dedup 0 (stable-sort 0 l)))

(defun keysort
  "Stable sort of a list of tuples on their N'th element."
  ((n l) (when (is_integer n) (> n 0))
   (case l
     ('() l)
     ((list _) l)
     ((cons _ (cons _ _)) (stable-sort n l)))))

(defun ukeysort
  "keysort/2, keeping only the first tuple of each equal key."
  ((n l) (when (is_integer n) (> n 0))
   (case l
     ('() l)
     ((list _) l)
     ((cons _ (cons _ _)) (dedup n (stable-sort n l))))))

;;; ------------------------------------------------------------------
;;; sort/2 and usort/2: OTP's run-finding sort with an ordering fun.
;;; The fun is called exactly as OTP calls it (it need not be a total
;;; order), so the results agree for any fun.  Runs are found as for
;;; sort/1 and merged two at a time.

(defun sort
  "Sort a list with the ordering fun F(A, B): true when A comes first."
  ((f '()) (when (is_function f 2)) '())
  ((f (= (list _) l)) (when (is_function f 2)) l)
  ((f (cons x (cons y t)))
   (case (funcall f x y)
     ('true (fsplit-up y x f t '() '()))
     ('false (fsplit-down y x f t '() '())))))

;; Ascending run, top Y, next X.
(defun fsplit-up
  ((y x f (cons z l) r rs)
   (case (funcall f y z)
     ('true (fsplit-up z y f l (cons x r) rs))
     ('false
      (case (funcall f x z)
        ('true (fsplit-up y z f l (cons x r) rs))
        ('false (if (== r '())
                  (fsplit-up y x f l (list z) rs)
                  (fsplit-up-s y x f l r rs z)))))))
  ((y x f '() r rs) (rfmergel (cons (cons y (cons x r)) rs) '() f 'asc)))

(defun fsplit-up-s
  ((y x f (cons z l) r rs s)
   (case (funcall f y z)
     ('true (fsplit-up-s z y f l (cons x r) rs s))
     ('false
      (case (funcall f x z)
        ('true (fsplit-up-s y z f l (cons x r) rs s))
        ('false
         (case (funcall f s z)
           ('true (fsplit-up z s f l '() (cons (cons y (cons x r)) rs)))
           ('false (fsplit-up s z f l '() (cons (cons y (cons x r)) rs)))))))))
  ((y x f '() r rs s)
   (rfmergel (cons (list s) (cons (cons y (cons x r)) rs)) '() f 'asc)))

;; Descending run (mirror image).
(defun fsplit-down
  ((y x f (cons z l) r rs)
   (case (funcall f y z)
     ('false (fsplit-down z y f l (cons x r) rs))
     ('true
      (case (funcall f x z)
        ('false (fsplit-down y z f l (cons x r) rs))
        ('true (if (== r '())
                 (fsplit-down y x f l (list z) rs)
                 (fsplit-down-s y x f l r rs z)))))))
  ((y x f '() r rs) (fmergel (cons (cons y (cons x r)) rs) '() f 'desc)))

(defun fsplit-down-s
  ((y x f (cons z l) r rs s)
   (case (funcall f y z)
     ('false (fsplit-down-s z y f l (cons x r) rs s))
     ('true
      (case (funcall f x z)
        ('false (fsplit-down-s y z f l (cons x r) rs s))
        ('true
         (case (funcall f s z)
           ('false (fsplit-down z s f l '() (cons (cons y (cons x r)) rs)))
           ('true (fsplit-down s z f l '() (cons (cons y (cons x r)) rs)))))))))
  ((y x f '() r rs s)
   (fmergel (cons (list s) (cons (cons y (cons x r)) rs)) '() f 'desc)))

;; fmergel: merge pairs of ascending runs into descending lists.  In 'asc
;; order the first run of a pair is the fun's left side, in 'desc order
;; the second.
(defun fmergel
  (((cons a (cons b rest)) acc f 'asc)
   (fmergel rest (cons (fmerge2 f a b '()) acc) f 'asc))
  (((cons a (cons b rest)) acc f 'desc)
   (fmergel rest (cons (fmerge2 f b a '()) acc) f 'desc))
  (((list l) '() _ _) l)
  (((list l) acc f o) (rfmergel (cons (reverse l) acc) '() f o))
  (('() acc f o) (rfmergel acc '() f o)))

(defun rfmergel
  (((cons a (cons b rest)) acc f 'asc)
   (rfmergel rest (cons (rfmerge2 f b a '()) acc) f 'asc))
  (((cons a (cons b rest)) acc f 'desc)
   (rfmergel rest (cons (rfmerge2 f a b '()) acc) f 'desc))
  (((list l) acc f o) (fmergel (cons (reverse l) acc) '() f o))
  (('() acc f o) (fmergel acc '() f o)))

;; fmerge2 F A B Acc: ascending merge, A's head taken when F(HA, HB).
(defun fmerge2
  ((f (= (cons x xs) a) (= (cons y ys) b) acc)
   (case (funcall f x y)
     ('true (fmerge2 f xs b (cons x acc)))
     ('false (fmerge2 f a ys (cons y acc)))))
  ((_ '() b acc) (reverse b acc))
  ((_ a '() acc) (reverse a acc)))

;; rfmerge2 F A B Acc: descending merge, B's head taken when F(HA, HB).
(defun rfmerge2
  ((f (= (cons x xs) a) (= (cons y ys) b) acc)
   (case (funcall f x y)
     ('true (rfmerge2 f a ys (cons y acc)))
     ('false (rfmerge2 f xs b (cons x acc)))))
  ((_ '() b acc) (reverse b acc))
  ((_ a '() acc) (reverse a acc)))

(defun usort
  "sort/2 keeping only the first of elements that F orders both ways."
  ((f (= (list _) l)) (when (is_function f 2)) l)
  ((f '()) (when (is_function f 2)) '())
  ((f (cons x l)) (when (is_function f 2)) (usort-f f x l)))

;; Leading elements equal to X are dropped.
(defun usort-f
  ((f x (cons y l))
   (case (funcall f x y)
     ('true
      (case (funcall f y x)
        ('true (if (== l '()) (list x) (usort-f f x l)))
        ('false (ufsplit-up y x f l '() '()))))
     ('false (ufsplit-down y l f (list x))))))

;; Ascending run with top Y, next X (equal elements are dropped).
(defun ufsplit-up
  ((y x f (cons z l) r rs)
   (case (funcall f y z)
     ('true
      (case (funcall f z y)
        ('true (ufsplit-up y x f l r rs))
        ('false (ufsplit-up z y f l (cons x r) rs))))
     ('false
      (case (funcall f x z)
        ('true
         (case (funcall f z x)
           ('true (ufsplit-up y x f l r rs))
           ('false (ufsplit-up y z f l (cons x r) rs))))
        ('false (if (== r '())
                  (ufsplit-up y x f l (list z) rs)
                  (ufsplit-up-s y x f l r rs z)))))))
  ((y x f '() r rs) (rufmergel (cons (cons y (cons x r)) rs) '() f)))

(defun ufsplit-up-s
  ((y x f (cons z l) r rs s)
   (case (funcall f y z)
     ('true
      (case (funcall f z y)
        ('true (ufsplit-up-s y x f l r rs s))
        ('false (ufsplit-up-s z y f l (cons x r) rs s))))
     ('false
      (case (funcall f x z)
        ('true
         (case (funcall f z x)
           ('true (ufsplit-up-s y x f l r rs s))
           ('false (ufsplit-up-s y z f l (cons x r) rs s))))
        ('false
         (case (funcall f s z)
           ('true
            (case (funcall f z s)
              ('true (ufsplit-up-s y x f l r rs s))
              ('false (ufsplit-up z s f l '() (cons (cons y (cons x r)) rs)))))
           ('false
            (ufsplit-up s z f l '() (cons (cons y (cons x r)) rs)))))))))
  ((y x f '() r rs s)
   (rufmergel (cons (list s) (cons (cons y (cons x r)) rs)) '() f)))

;; Descending stretch, kept in R (ascending once reversed).
(defun ufsplit-down
  ((y (cons z l) f r)
   (case (funcall f y z)
     ('true
      (case (funcall f z y)
        ('true (ufsplit-down y l f r))
        ('false (ufsplit-up z y f l '() (list (reverse r))))))
     ('false (ufsplit-down z l f (cons y r)))))
  ((y '() _ r) (cons y r)))

(defun ufmergel
  (((cons (cons h1 t1) (cons t2 rest)) acc f)
   (ufmergel rest (cons (ufmerge-2 h1 t1 f t2 '()) acc) f))
  (((list l) '() _) l)
  (((list l) acc f) (rufmergel (cons (reverse l) acc) '() f))
  (('() acc f) (rufmergel acc '() f)))

(defun rufmergel
  (((cons (cons h2 t2) (cons t1 rest)) acc f)
   (rufmergel rest (cons (rufmerge-1 t1 h2 f t2 '()) acc) f))
  (((list l) acc f) (ufmergel (cons (reverse l) acc) '() f))
  (('() acc f) (ufmergel acc '() f)))

;; Ascending unique merge: A's element H1 pending against B.  After an A
;; element is output (last), a B element that F orders both ways with it
;; is dropped.
(defun ufmerge-2
  ((h1 t1 f (cons h2 t2) m)
   (case (funcall f h1 h2)
     ('true (ufmerge-1 t1 h2 f t2 (cons h1 m) h1))
     ('false (ufmerge-2 h1 t1 f t2 (cons h2 m)))))
  ((h1 t1 _ '() m) (reverse t1 (cons h1 m))))

(defun ufmerge-1
  (((cons h1 t1) h2 f t2 m last)
   (case (funcall f h1 h2)
     ('true (ufmerge-1 t1 h2 f t2 (cons h1 m) h1))
     ('false
      (case (funcall f h2 last)
        ('true (ufmerge-2 h1 t1 f t2 m))
        ('false (ufmerge-2 h1 t1 f t2 (cons h2 m)))))))
  (('() h2 f t2 m last)
   (case (funcall f h2 last)
     ('true (reverse t2 m))
     ('false (reverse t2 (cons h2 m))))))

;; Descending unique merge; B's element H2 pending.
(defun rufmerge-1
  (((cons h1 t1) h2 f t2 m)
   (case (funcall f h1 h2)
     ('true (rufmerge-2 h1 t1 f t2 m h2))
     ('false (rufmerge-1 t1 h2 f t2 (cons h1 m)))))
  (('() h2 _ t2 m) (reverse t2 (cons h2 m))))

(defun rufmerge-2
  ((h1 t1 f (cons h2 t2) m h2m)
   (case (funcall f h1 h2)
     ('true (rufmerge-2 h1 t1 f t2 (cons h2m m) h2))
     ('false
      (case (funcall f h2m h1)
        ('true (rufmerge-1 t1 h2 f t2 (cons h1 m)))
        ('false (rufmerge-1 t1 h2 f t2 (cons h1 (cons h2m m))))))))
  ((h1 t1 f '() m h2m)
   (case (funcall f h2m h1)
     ('true (reverse t1 (cons h1 m)))
     ('false (reverse t1 (cons h1 (cons h2m m)))))))

;;; ------------------------------------------------------------------
;;; Merging sorted lists

(defun merge
  "Merge two sorted lists; on equal elements List1's come first."
  ((t1 '()) t1)
  ((t1 l2) (when (is_list l2)) (reverse (amerge2 0 t1 l2 '()))))

(defun rmerge
  "Merge two lists sorted in descending order."
  ((t1 '()) t1)
  ((t1 l2) (when (is_list l2)) (reverse (rmerge-k 0 t1 l2 '()))))

;; Descending merge (result onto Acc, so ascending); B wins ties.
(defun rmerge-k
  ((k (= (cons x xs) a) (= (cons y ys) b) acc)
   (if (=< (key k x) (key k y))
     (rmerge-k k a ys (cons y acc))
     (rmerge-k k xs b (cons x acc))))
  ((_ '() b acc) (reverse b acc))
  ((_ a '() acc) (reverse a acc)))

(defun merge
  "Merge two lists sorted by the ordering fun F."
  ((f t1 (= (cons _ _) l2)) (when (is_function f 2))
   (reverse (fmerge2 f t1 l2 '())))
  ((f t1 '()) (when (is_function f 2)) t1))

(defun rmerge
  "Merge two lists sorted in reverse by the ordering fun F."
  ((f t1 (= (cons _ _) l2)) (when (is_function f 2))
   (reverse (rfmerge2 f t1 l2 '())))
  ((f t1 '()) (when (is_function f 2)) t1))

(defun merge (ls)
  "Merge a list of sorted lists; earlier lists win ties."
  (merge-list (rev ls '()) '()))

(defun merge-list
  (((cons l rest) acc) (merge-list rest (merge l acc)))
  (('() acc) acc))

(defun merge3
  "Merge three sorted lists; List1 wins ties, then List2."
  ((l1 '() l3) (merge l1 l3))
  ((l1 l2 '()) (merge l1 l2))
  ((l1 (= (cons _ _) l2) (= (cons _ _) l3))
   (reverse (amerge3 l1 l2 l3 '()))))

(defun rmerge3
  "Merge three lists sorted in descending order."
  ((l1 '() l3) (rmerge l1 l3))
  ((l1 l2 '()) (rmerge l1 l2))
  ((l1 (= (cons _ _) l2) (= (cons _ _) l3))
   (reverse (dmerge3 l3 l2 l1 '()))))

(defun umerge
  "Merge two sorted lists without duplicates, removing duplicates."
  (('() t2) t2)
  (((cons h1 t1) t2) (reverse (umerge-2 0 h1 (key 0 h1) t1 t2 '()))))

;; Unique merge.  umerge-2: A's element H1 (key E1) pending against B.
(defun umerge-2
  ((k h1 e1 t1 (cons h2 t2) m)
   (let ((e2 (key k h2)))
     (if (=< e1 e2)
       (umerge-1 k t1 h2 e2 t2 (cons h1 m) e1)
       (umerge-2 k h1 e1 t1 t2 (cons h2 m)))))
  ((_ h1 _ t1 '() m) (reverse t1 (cons h1 m))))

;; umerge-1: B's element H2 (key E2) pending; Last is the key of the A
;; element just output: an equal H2 is dropped.
(defun umerge-1
  ((k (cons h1 t1) h2 e2 t2 m last)
   (let ((e1 (key k h1)))
     (cond ((=< e1 e2) (umerge-1 k t1 h2 e2 t2 (cons h1 m) e1))
           ((== e2 last) (umerge-2 k h1 e1 t1 t2 m))
           ('true (umerge-2 k h1 e1 t1 t2 (cons h2 m))))))
  ((_ '() h2 e2 t2 m last)
   (if (== e2 last) (reverse t2 m) (reverse t2 (cons h2 m)))))

(defun rumerge
  "Merge two descending lists without duplicates, removing duplicates."
  ((t1 '()) t1)
  ((t1 (cons h2 t2)) (reverse (rumerge-1 0 t1 h2 (key 0 h2) t2 '()))))

;; Descending unique merge: B's element H2 pending.
(defun rumerge-1
  ((k (cons h1 t1) h2 e2 t2 m)
   (let ((e1 (key k h1)))
     (if (=< e1 e2)
       (rumerge-2 k h1 e1 t1 t2 m h2 e2)
       (rumerge-1 k t1 h2 e2 t2 (cons h1 m)))))
  ((_ '() h2 _ t2 m) (reverse t2 (cons h2 m))))

;; A's H1 pending behind B's H2M (E1 =< key of H2M).
(defun rumerge-2
  ((k h1 e1 t1 (cons h2 t2) m h2m e2m)
   (let ((e2 (key k h2)))
     (cond ((=< e1 e2) (rumerge-2 k h1 e1 t1 t2 (cons h2m m) h2 e2))
           ((== e1 e2m) (rumerge-1 k t1 h2 e2 t2 (cons h1 m)))
           ('true (rumerge-1 k t1 h2 e2 t2 (cons h1 (cons h2m m)))))))
  ((_ h1 e1 t1 '() m h2m e2m)
   (if (== e1 e2m)
     (reverse t1 (cons h1 m))
     (reverse t1 (cons h1 (cons h2m m))))))

(defun umerge
  "Unique merge of two lists sorted by the ordering fun F."
  ((f '() t2) (when (is_function f 2)) t2)
  ((f (cons h1 t1) t2) (when (is_function f 2))
   (reverse (ufmerge-2 h1 t1 f t2 '()))))

(defun rumerge
  "Unique merge of two lists sorted in reverse by the ordering fun F."
  ((f t1 '()) (when (is_function f 2)) t1)
  ((f t1 (cons h2 t2)) (when (is_function f 2))
   (reverse (rufmerge-1 t1 h2 f t2 '()))))

(defun umerge (ls)
  "Unique merge of a list of sorted lists; earlier lists win ties."
  (umerge-list (rev ls '()) '()))

(defun umerge-list
  (((cons l rest) acc) (umerge-list rest (umerge l acc)))
  (('() acc) acc))

(defun umerge3
  "Unique merge of three sorted lists; List1 wins ties, then List2."
  ((l1 '() l3) (umerge l1 l3))
  ((l1 l2 '()) (umerge l1 l2))
  ((l1 l2 l3) (umerge l1 (umerge l2 l3))))

(defun rumerge3
  "Unique merge of three lists sorted in descending order."
  ((l1 '() l3) (rumerge l1 l3))
  ((l1 l2 '()) (rumerge l1 l2))
  ((l1 l2 l3) (rumerge l1 (rumerge l2 l3))))

(defun keymerge
  "Merge two tuple lists sorted on element N; List1 wins ties."
  ((n t1 l2) (when (is_integer n) (> n 0))
   (case l2
     ('() t1)
     ((cons h2 _)
      (key n h2)
      (reverse (amerge2 n t1 l2 '()))))))

(defun rkeymerge
  "Merge two tuple lists sorted in descending order on element N."
  ((n t1 l2) (when (is_integer n) (> n 0))
   (case l2
     ('() t1)
     ((cons h2 _)
      (key n h2)
      (reverse (rmerge-k n t1 l2 '()))))))

(defun ukeymerge
  "Unique merge of two tuple lists sorted on element N; List1 wins."
  ((n l1 t2) (when (is_integer n) (> n 0))
   (case l1
     ('() t2)
     ((cons h1 t1)
      (reverse (umerge-2 n h1 (key n h1) t1 t2 '()))))))

(defun rukeymerge
  "Unique merge of two tuple lists sorted in descending order on element N."
  ((n t1 l2) (when (is_integer n) (> n 0))
   (case l2
     ('() t1)
     ((cons h2 t2)
      (reverse (rumerge-1 n t1 h2 (key n h2) t2 '()))))))

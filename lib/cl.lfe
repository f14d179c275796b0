;;; cl.lfe - LFE's `cl' module: Common Lisp functions over Erlang terms.
;;;
;;; Sequence, list, set, alist and plist functions with Common Lisp's
;;; names and conventions (() is false, positions count from 0), as LFE
;;; 2.2.1 has them, odd corners included: cl:some on a tuple never
;;; looks at its last element, cl:every on a tuple answers false,
;;; cl:nthcdr n drops n+1 elements.  Symbol property lists live in the
;;; public named ETS table lfe-symbol-plist (persistent terms while elfe
;;; has no ets).  The do macro is exported
;;; (cl:do ...); if and cond are listed as exported macros, as in LFE,
;;; but, being core forms, are not expanded.  (include-lib
;;; "lfe/include/cl.lfe") gives the CL-style predicates unqualified.

(defmodule cl
  (export (make-lfe-bool 1) (make-cl-bool 1)
          (mapcar 2) (maplist 2) (mapc 2) (mapl 2)
          (symbol-plist 1) (symbol-name 1)
          (get 2) (get 3) (getl 2) (putprop 3) (remprop 2)
          (getf 2) (getf 3) (putf 3) (remf 2) (get-properties 2)
          (elt 2) (length 1) (reverse 1) (some 2) (every 2) (notany 2)
          (notevery 2) (reduce 2) (reduce 4) (reduce 6)
          (remove 2) (remove-if 2) (remove-if-not 2) (remove-duplicates 1)
          (substitute 3) (substitute-if 3) (substitute-if-not 3)
          (find 2) (find-if 2) (find-if-not 2)
          (position 2) (position-if 2) (position-if-not 2)
          (count 2) (count-if 2) (count-if-not 2)
          (car 1) (cdr 1) (first 1) (rest 1) (nth 2) (nthcdr 2) (last 1)
          (butlast 1)
          (subst 3) (subst-if 3) (subst-if-not 3) (sublis 2)
          (member 2) (member-if 2) (member-if-not 2) (adjoin 2) (union 2)
          (intersection 2) (set-difference 2) (set-exclusive-or 2)
          (subsetp 2)
          (acons 3) (pairlis 2) (pairlis 3) (assoc 2) (assoc-if 2)
          (assoc-if-not 2) (rassoc 2) (rassoc-if 2) (rassoc-if-not 2)
          (type-of 1) (coerce 2)
          (posix-argv 0))
  (export-macro do if cond))

;;; ------------------------------------------------------------------
;;; Booleans.

(defun make-lfe-bool
  "() is false, anything else true."
  ((()) 'false)
  ((_) 'true))

(defun make-cl-bool
  "false is (), true is true."
  (('false) ())
  (('true) 'true))

;;; ------------------------------------------------------------------
;;; Control.

(defmacro do
  "((var init step) ...) (test result) body ...: a loop; each round runs
  body (its value bound to do-state for the steps), then steps the vars."
  ((list* vars (list test result) body)
   (let ((names (lists:map (lambda (v) (hd v)) vars))
         (inits (lists:map (lambda (v) (hd (tl v))) vars))
         (steps (lists:map (lambda (v) (hd (tl (tl v)))) vars)))
     `(letrec-function
          ((-cl-do-loop-
            (lambda ,names
              (if ,test
                ,result
                (let ((do-state (progn ,@body)))
                  (-cl-do-loop- ,@steps))))))
        (-cl-do-loop- ,@inits)))))

(defun mapcar (f xs)
  "lists:map."
  (lists:map f xs))

(defun maplist
  "f applied to the list and each of its tails."
  ((f (= (cons _ rest) xs)) (cons (funcall f xs) (maplist f rest)))
  ((_ ()) ()))

(defun mapc (f xs)
  "f applied to each element for its effects; returns xs."
  (lists:foreach f xs)
  xs)

(defun mapl (f xs)
  "f applied to the list and each of its tails for effects; returns xs."
  (mapl-loop f xs)
  xs)

(defun mapl-loop
  ((f (= (cons _ rest) xs)) (funcall f xs) (mapl-loop f rest))
  ((_ ()) ()))

;;; ------------------------------------------------------------------
;;; Symbol property lists.

;; The plists live in the public named ETS table lfe-symbol-plist, as in
;; LFE, when there is an ets module; elfe without one keeps them as
;; persistent terms #(lfe-symbol-plist Symbol).
(defun have-ets ()
  (=:= (code:ensure_loaded 'ets) #(module ets)))

(defun plist-table ()
  (case (ets:info 'lfe-symbol-plist 'type)
    ('undefined
     (let ((opts (list 'set 'public 'named_table)))
       (case (erlang:whereis 'init)
         ('undefined (ets:new 'lfe-symbol-plist opts))
         (pid (ets:new 'lfe-symbol-plist
                       (cons (tuple 'heir pid ()) opts))))))
    (_ 'ok)))

(defun symbol-plist (sym)
  "The property list of a symbol."
  (if (have-ets)
    (progn (plist-table)
           (case (ets:lookup 'lfe-symbol-plist sym)
             ((list (tuple _ plist)) plist)
             (() ())))
    (persistent_term:get (tuple 'lfe-symbol-plist sym) ())))

(defun set-symbol-plist
  ((sym ())
   (if (have-ets)
     (ets:delete 'lfe-symbol-plist sym)
     (progn (persistent_term:erase (tuple 'lfe-symbol-plist sym)) 'true)))
  ((sym plist)
   (if (have-ets)
     (ets:insert 'lfe-symbol-plist (tuple sym plist))
     (progn (persistent_term:put (tuple 'lfe-symbol-plist sym) plist)
            'true))))

(defun symbol-name (sym)
  "The name of a symbol, as a list."
  (atom_to_list sym))

(defun get (sym prop)
  "The property prop of sym, or ()."
  (get sym prop ()))

(defun get (sym prop default)
  "The property prop of sym, or default."
  (getf (symbol-plist sym) prop default))

(defun getl (sym props)
  "The tail of sym's plist from the first of props found, or ()."
  (getl-loop (symbol-plist sym) props))

(defun getl-loop
  (((= (list* p _ rest) plist) props)
   (if (lists:member p props) plist (getl-loop rest props)))
  ((() _) ()))

(defun putprop (sym value prop)
  "Set the property prop of sym to value."
  (set-symbol-plist sym (putf (symbol-plist sym) value prop)))

(defun remprop (sym prop)
  "Remove the property prop of sym."
  (set-symbol-plist sym (remf (symbol-plist sym) prop)))

;;; ------------------------------------------------------------------
;;; Property lists (p1 v1 p2 v2 ...).

(defun getf (plist prop)
  "The value of prop in plist, or ()."
  (getf plist prop ()))

(defun getf
  "The value of prop in plist, or default."
  (((list* p v _) p _) v)
  (((list* _ _ rest) prop default) (getf rest prop default))
  ((() _ default) default))

(defun putf
  "plist with prop set to value (added at the end if new)."
  (((list* p _ rest) value p) (list* p value rest))
  (((list* p v rest) value prop) (list* p v (putf rest value prop)))
  ((() value prop) (list prop value)))

(defun remf
  "plist without prop."
  (((list* p _ rest) p) rest)
  (((list* p v rest) prop) (list* p v (remf rest prop)))
  ((() _) ()))

(defun get-properties
  "#(prop value tail) for the first of props in plist, or #(() () ())."
  (((= (list* p v rest) plist) props)
   (if (lists:member p props)
     (tuple p v plist)
     (get-properties rest props)))
  ((() _) (tuple () () ())))

;;; ------------------------------------------------------------------
;;; Sequences: lists, and for some functions tuples.

(defun elt
  "The element at position n (from 0) of a list or tuple."
  ((n xs) (when (is_list xs)) (nth n xs))
  ((n t) (when (is_tuple t)) (element (+ n 1) t)))

(defun length
  "The length of a list or tuple."
  ((xs) (when (is_list xs)) (erlang:length xs))
  ((t) (when (is_tuple t)) (tuple_size t)))

(defun reverse
  "A list or tuple reversed."
  ((xs) (when (is_list xs)) (lists:reverse xs))
  ((t) (when (is_tuple t)) (list_to_tuple (lists:reverse (tuple_to_list t)))))

(defun some
  "Does pred hold for some element? (A tuple's last element is not
  looked at, as in LFE.)"
  ((pred xs) (when (is_list xs)) (lists:any pred xs))
  ((pred t) (when (is_tuple t)) (some-tuple pred t 1 (tuple_size t))))

(defun some-tuple (pred t i n)
  (if (>= i n)
    'false
    (orelse (funcall pred (element i t)) (some-tuple pred t (+ i 1) n))))

(defun every
  "Does pred hold for every element? (false for a tuple, as in LFE.)"
  ((pred xs) (when (is_list xs)) (lists:all pred xs))
  ((pred t) (when (is_tuple t)) (every-tuple pred t 1 (tuple_size t))))

(defun every-tuple (pred t i n)
  (if (>= i n)
    'false
    (andalso (not (funcall pred (element i t)))
             (every-tuple pred t (+ i 1) n))))

(defun notany (pred xs)
  "Does pred fail for every element?"
  (every (lambda (x) (not (funcall pred x))) xs))

(defun notevery (pred xs)
  "Does pred fail for some element?"
  (some (lambda (x) (not (funcall pred x))) xs))

(defun reduce (f xs)
  "Fold f over xs from the left, starting from ()."
  (lists:foldl f () xs))

(defun reduce
  "xs 'initial-value x, or xs 'from-end 'true."
  ((f xs 'initial-value x) (lists:foldl f x xs))
  ((f xs 'from-end 'true) (lists:foldr f () xs)))

(defun reduce
  "Fold from the right with an initial value (keywords in either order)."
  ((f xs 'from-end 'true 'initial-value x) (lists:foldr f x xs))
  ((f xs 'initial-value x 'from-end 'true) (lists:foldr f x xs)))

(defun on-seq (f seq)
  "f applied to a list, or to a tuple's elements giving a tuple."
  (if (is_tuple seq)
    (list_to_tuple (funcall f (tuple_to_list seq)))
    (funcall f seq)))

(defun remove
  "The elements not equal (=/=) to item."
  ((item seq) (when (is_list seq)) (lc ((<- x seq) (=/= x item)) x))
  ((item seq) (when (is_tuple seq)) (on-seq (lambda (l) (remove item l)) seq)))

(defun remove-if
  "The elements for which pred is false."
  ((pred seq) (when (is_list seq)) (lc ((<- x seq) (not (funcall pred x))) x))
  ((pred seq) (when (is_tuple seq))
   (on-seq (lambda (l) (remove-if pred l)) seq)))

(defun remove-if-not
  "The elements for which pred is true."
  ((pred seq) (when (is_list seq)) (lc ((<- x seq) (funcall pred x)) x))
  ((pred seq) (when (is_tuple seq))
   (on-seq (lambda (l) (remove-if-not pred l)) seq)))

(defun remove-duplicates
  "The elements without duplicates, keeping each one's last occurrence."
  ((seq) (when (is_list seq)) (remove-dups seq))
  ((seq) (when (is_tuple seq)) (on-seq #'remove-dups/1 seq)))

(defun remove-dups
  (((cons x rest))
   (if (lists:member x rest) (remove-dups rest) (cons x (remove-dups rest))))
  ((()) ()))

(defun substitute
  "Every element =:= old replaced by new."
  ((new old seq) (when (is_list seq))
   (lists:map (lambda (x) (if (=:= x old) new x)) seq))
  ((new old seq) (when (is_tuple seq))
   (on-seq (lambda (l) (substitute new old l)) seq)))

(defun substitute-if
  "Every element for which pred holds replaced by new."
  ((new pred seq) (when (is_list seq))
   (lists:map (lambda (x) (if (funcall pred x) new x)) seq))
  ((new pred seq) (when (is_tuple seq))
   (on-seq (lambda (l) (substitute-if new pred l)) seq)))

(defun substitute-if-not
  "Every element for which pred fails replaced by new."
  ((new pred seq) (when (is_list seq))
   (lists:map (lambda (x) (if (funcall pred x) x new)) seq))
  ((new pred seq) (when (is_tuple seq))
   (on-seq (lambda (l) (substitute-if-not new pred l)) seq)))

(defun find
  "item if the list has it (=:=), else ()."
  ((x (cons x _)) x)
  ((x (cons _ rest)) (find x rest))
  ((_ ()) ()))

(defun find-if
  "The first element for which pred holds, else ()."
  ((pred (cons x rest)) (if (funcall pred x) x (find-if pred rest)))
  ((_ ()) ()))

(defun find-if-not
  "The first element for which pred fails, else ()."
  ((pred (cons x rest)) (if (funcall pred x) (find-if-not pred rest) x))
  ((_ ()) ()))

(defun position (item xs)
  "The index (from 0) of item (=:=) in the list, else ()."
  (position-loop (lambda (x) (=:= x item)) 'false 0 xs))

(defun position-if (pred xs)
  "The index of the first element for which pred holds, else ()."
  (position-loop pred 'false 0 xs))

(defun position-if-not (pred xs)
  "The index of the first element for which pred fails, else ()."
  (position-loop pred 'true 0 xs))

(defun holds (pred x negate)
  "Does pred hold for x (fail, when negate)?  pred must answer a boolean."
  (if (funcall pred x) (not negate) negate))

(defun position-loop
  ((pred negate i (cons x rest))
   (if (holds pred x negate) i (position-loop pred negate (+ i 1) rest)))
  ((_ _ _ ()) ()))

(defun count (item xs)
  "How many elements are =:= item."
  (count-loop (lambda (x) (=:= x item)) 'false 0 xs))

(defun count-if (pred xs)
  "How many elements pred holds for."
  (count-loop pred 'false 0 xs))

(defun count-if-not (pred xs)
  "How many elements pred fails for."
  (count-loop pred 'true 0 xs))

(defun count-loop
  ((pred negate n (cons x rest))
   (count-loop pred negate (if (holds pred x negate) (+ n 1) n) rest))
  ((_ _ n ()) n))

;;; ------------------------------------------------------------------
;;; Lists.

(defun car
  "The head of a list; () for ()."
  ((()) ())
  ((xs) (erlang:hd xs)))

(defun cdr
  "The tail of a list; () for ()."
  ((()) ())
  ((xs) (erlang:tl xs)))

(defun first (xs)
  "cl:car."
  (car xs))

(defun rest (xs)
  "cl:cdr."
  (cdr xs))

(defun nth
  "The element at index n (from 0), or () past the end."
  ((n _) (when (< n 0)) ())
  ((_ ()) ())
  ((0 xs) (car xs))
  ((n xs) (nth (- n 1) (cdr xs))))

(defun nthcdr (n xs)
  "The list without its first n+1 elements (as LFE 2.2.1)."
  (lists:nthtail (+ n 1) xs))

(defun last (xs)
  "The last element."
  (lists:last xs))

(defun butlast (xs)
  "All but the last element."
  (lists:droplast xs))

;;; ------------------------------------------------------------------
;;; Substitution in trees (conses).

(defun subst
  "tree with every subtree =:= old replaced by new."
  ((new old old) new)
  ((new old (cons x rest)) (cons (subst new old x) (subst new old rest)))
  ((_ _ tree) tree))

(defun subst-if (new test tree)
  "tree with every subtree satisfying test replaced by new."
  (if (funcall test tree)
    new
    (case tree
      ((cons x rest) (cons (subst-if new test x) (subst-if new test rest)))
      (_ tree))))

(defun subst-if-not (new test tree)
  "tree with every subtree not satisfying test replaced by new."
  (if (funcall test tree)
    (case tree
      ((cons x rest)
       (cons (subst-if-not new test x) (subst-if-not new test rest)))
      (_ tree))
    new))

(defun sublis (alist tree)
  "tree with each subtree that is a key of alist replaced by its value."
  (case (assoc tree alist)
    ((cons _ new) new)
    (() (case tree
          ((cons x rest) (cons (sublis alist x) (sublis alist rest)))
          (_ tree)))))

;;; ------------------------------------------------------------------
;;; Lists as sets.

(defun member (x xs)
  "Is x an element of xs?"
  (lists:member x xs))

(defun member-if
  "Does pred hold for some element?"
  ((pred (cons x rest)) (orelse (funcall pred x) (member-if pred rest)))
  ((_ ()) 'false))

(defun member-if-not
  "Does pred fail for some element?"
  ((pred (cons x rest)) (orelse (not (funcall pred x)) (member-if-not pred rest)))
  ((_ ()) 'false))

(defun adjoin (x xs)
  "xs with x in front unless it is already there."
  (if (lists:member x xs) xs (cons x xs)))

(defun union
  "The elements of xs not in ys, then ys."
  (((cons x rest) ys)
   (if (lists:member x ys) (union rest ys) (cons x (union rest ys))))
  ((() ys) ys))

(defun intersection (xs ys)
  "The elements of xs that are in ys."
  (lc ((<- x xs) (lists:member x ys)) x))

(defun set-difference (xs ys)
  "The elements of xs not in ys."
  (lc ((<- x xs) (not (lists:member x ys))) x))

(defun set-exclusive-or (xs ys)
  "The elements in just one of xs and ys."
  (++ (set-difference xs ys) (set-difference ys xs)))

(defun subsetp
  "Is every element of xs in ys?"
  (((cons x rest) ys) (andalso (lists:member x ys) (subsetp rest ys)))
  ((() _) 'true))

;;; ------------------------------------------------------------------
;;; Association lists ((key . value) ...).

(defun acons (k v alist)
  "alist with (k . v) in front."
  (cons (cons k v) alist))

(defun pairlis (ks vs)
  "The alist of keys ks and values vs."
  (pairlis ks vs ()))

(defun pairlis
  "The alist of keys ks and values vs in front of alist."
  (((cons k ks) (cons v vs) alist) (cons (cons k v) (pairlis ks vs alist)))
  ((() () alist) alist))

(defun assoc
  "The first pair whose car is k, else ()."
  ((k (cons (= (cons k _) pair) _)) pair)
  ((k (cons _ rest)) (assoc k rest))
  ((_ ()) ()))

(defun assoc-if
  "The first pair whose car satisfies pred, else ()."
  ((pred (cons (= (cons k _) pair) rest))
   (if (funcall pred k) pair (assoc-if pred rest)))
  ((_ ()) ()))

(defun assoc-if-not
  "The first pair whose car does not satisfy pred, else ()."
  ((pred (cons (= (cons k _) pair) rest))
   (if (funcall pred k) (assoc-if-not pred rest) pair))
  ((_ ()) ()))

(defun rassoc
  "The first pair whose cdr is v, else ()."
  ((v (cons (= (cons _ v) pair) _)) pair)
  ((v (cons _ rest)) (rassoc v rest))
  ((_ ()) ()))

(defun rassoc-if
  "The first pair whose cdr satisfies pred, else ()."
  ((pred (cons (= (cons _ v) pair) rest))
   (if (funcall pred v) pair (rassoc-if pred rest)))
  ((_ ()) ()))

(defun rassoc-if-not
  "The first pair whose cdr does not satisfy pred, else ()."
  ((pred (cons (= (cons _ v) pair) rest))
   (if (funcall pred v) (rassoc-if-not pred rest) pair))
  ((_ ()) ()))

;;; ------------------------------------------------------------------
;;; Types.

(defun type-of (x)
  "The type of x: boolean, atom, tuple, integer, float, string, unicode,
  cons, list, function, binary, bitstring, pid, port, reference or map."
  (cond ((is_boolean x) 'boolean)
        ((is_atom x) 'atom)
        ((is_tuple x) 'tuple)
        ((is_integer x) 'integer)
        ((is_float x) 'float)
        ((is_list x) (list-type x))
        ((is_function x) 'function)
        ((is_binary x) 'binary)
        ((is_bitstring x) 'bitstring)
        ((is_pid x) 'pid)
        ((is_port x) 'port)
        ((is_reference x) 'reference)
        ('true (andalso (is_map x) 'map))))

(defun list-type (x)
  (cond ((io_lib:printable_latin1_list x) 'string)
        ((io_lib:printable_unicode_list x) 'unicode)
        ((not (is_list (cdr x))) 'cons)
        ('true 'list)))

(defun coerce
  "x converted to type: vector, tuple, atom, list, character, integer,
  float or t (x itself)."
  ((x 'vector) (when (is_list x)) (list_to_tuple x))
  ((x 'tuple) (when (is_list x)) (list_to_tuple x))
  ((x 'atom) (when (is_list x)) (list_to_atom x))
  ((x 'list) (when (is_atom x)) (atom_to_list x))
  ((x 'list) (when (is_tuple x)) (tuple_to_list x))
  ((x 'list) (when (is_binary x)) (binary_to_list x))
  ((x 'list) (when (is_bitstring x)) (bitstring_to_list x))
  ((x 'character) (when (is_atom x)) (car (atom_to_list x)))
  ((x 'character) (when (is_list x)) (car x))
  ((x 'integer) (when (is_float x)) (trunc x))
  ((x 'float) (when (is_integer x)) (list_to_float (integer_to_list x)))
  ((x 'float) (when (is_list x)) (list_to_float x))
  ((x 'float) (when (is_atom x)) (list_to_float (atom_to_list x)))
  ((x 't) x))

;;; ------------------------------------------------------------------
;;; System.

(defun posix-argv ()
  "init:get_arguments(), or () where there is no init module."
  (try (init:get_arguments)
    (catch ((tuple 'error 'undef _) ()))))

;;; proplists.lfe - the Erlang `proplists' module: property lists, lists
;;; of `{Key, Value}' tuples and atoms (an atom A stands for {A, true}).
;;;
;;; Same results and errors as OTP 25's proplists.  A property is found
;;; by an atom equal (=:=) to the key or by a tuple whose first element is
;;; the key; other entries are skipped.  Functions OTP writes as list
;;; comprehensions raise {bad_generator, Tail} on an improper list, as OTP
;;; does.  get_keys/1 collects keys with the `sets' module, as OTP does, so
;;; the order of its result is the same.

(defmodule proplists
  (export (property 1) (property 2) (unfold 1) (compact 1) (lookup 2)
          (lookup_all 2) (is_defined 2) (get_value 2) (get_value 3)
          (get_all_values 2) (append_values 2) (get_bool 2) (get_keys 1)
          (delete 2) (substitute_aliases 2) (substitute_negations 2)
          (expand 2) (normalize 2) (split 2) (from_map 1) (to_map 1)
          (to_map 2)))

;; What an entry P of a property list is, for Key: 'atom (P is Key),
;; 'tuple (a tuple whose first element is Key) or 'other.
(defun entry
  ((key p) (when (is_atom p) (=:= p key)) 'atom)
  ((key p) (when (>= (tuple_size p) 1) (=:= (element 1 p) key)) 'tuple)
  ((_ _) 'other))

(defun property
  "Return the normal form of a property: {A, true} becomes A."
  (((tuple key 'true)) (when (is_atom key)) key)
  ((p) p))

(defun property
  "Return the normal form of the property Key with Value."
  ((key 'true) (when (is_atom key)) key)
  ((key value) (tuple key value)))

(defun unfold (ps)
  "Expand each atom A to {A, true}."
  (unfold-1 ps '()))

(defun unfold-1
  (((cons p ps) acc)
   (unfold-1 ps (cons (if (is_atom p) (tuple p 'true) p) acc)))
  (('() acc) (lists:reverse acc)))

(defun compact (ps)
  "Turn each {A, true} into A (the inverse of unfold/1)."
  (compact-1 ps '()))

(defun compact-1
  (((cons p ps) acc) (compact-1 ps (cons (property p) acc)))
  (('() acc) (lists:reverse acc))
  ((tail _) (erlang:error (tuple 'bad_generator tail))))

(defun lookup
  "Return the first entry for Key (A as {A, true}), or none."
  ((key (cons p ps))
   (case (entry key p)
     ('atom (tuple key 'true))
     ('tuple p)
     ('other (lookup key ps))))
  ((_ '()) 'none))

(defun lookup_all (key ps)
  "Return all entries for Key."
  (lookup-all-1 key ps '()))

(defun lookup-all-1
  ((key (cons p ps) acc)
   (case (entry key p)
     ('atom (lookup-all-1 key ps (cons (tuple key 'true) acc)))
     ('tuple (lookup-all-1 key ps (cons p acc)))
     ('other (lookup-all-1 key ps acc))))
  ((_ '() acc) (lists:reverse acc)))

(defun is_defined
  "Return true if the list has an entry for Key."
  ((key (cons p ps))
   (case (entry key p)
     ('other (is_defined key ps))
     (_ 'true)))
  ((_ '()) 'false))

(defun get_value (key ps)
  "Return the value of the first entry for Key, or undefined."
  (get_value key ps 'undefined))

(defun get_value
  "Return the value of the first entry for Key, or Default.  The first
entry decides: a tuple that is not a pair gives Default."
  ((key (cons p ps) default)
   (case (entry key p)
     ('atom 'true)
     ('tuple (case p ((tuple _ value) value) (_ default)))
     ('other (get_value key ps default))))
  ((_ '() default) default))

(defun get_all_values (key ps)
  "Return the values of all entries for Key."
  (all-values-1 key ps '()))

(defun all-values-1
  ((key (cons p ps) acc)
   (case (entry key p)
     ('atom (all-values-1 key ps (cons 'true acc)))
     ('tuple (case p
               ((tuple _ value) (all-values-1 key ps (cons value acc)))
               (_ (all-values-1 key ps acc))))
     ('other (all-values-1 key ps acc))))
  ((_ '() acc) (lists:reverse acc)))

(defun append_values (key ps)
  "Like get_all_values/2, but list values are appended together."
  (append-values-1 key ps '()))

;; acc holds the pieces (lists) in reverse.
(defun append-values-1
  ((key (cons p ps) acc)
   (case (entry key p)
     ('atom (append-values-1 key ps (cons (list 'true) acc)))
     ('tuple (case p
               ((tuple _ value) (when (is_list value))
                (append-values-1 key ps (cons value acc)))
               ((tuple _ value) (append-values-1 key ps (cons (list value) acc)))
               (_ (append-values-1 key ps acc))))
     ('other (append-values-1 key ps acc))))
  ((_ '() acc) (append-pieces acc '())))

(defun append-pieces
  (((cons piece rest) tail) (append-pieces rest (++ piece tail)))
  (('() tail) tail))

(defun get_bool
  "Return true if the first entry for Key is Key or {Key, true}."
  ((key (cons p ps))
   (case (entry key p)
     ('atom 'true)
     ('tuple (case p ((tuple _ 'true) 'true) (_ 'false)))
     ('other (get_bool key ps))))
  ((_ '()) 'false))

(defun get_keys (ps)
  "Return the keys of the list, without duplicates."
  (sets:to_list (get-keys-1 ps (sets:new))))

(defun get-keys-1
  (((cons p ps) keys)
   (cond ((is_atom p) (get-keys-1 ps (sets:add_element p keys)))
         ((andalso (is_tuple p) (>= (tuple_size p) 1))
          (get-keys-1 ps (sets:add_element (element 1 p) keys)))
         ('true (get-keys-1 ps keys))))
  (('() keys) keys))

(defun delete (key ps)
  "Remove all entries for Key."
  (delete-1 key ps '()))

(defun delete-1
  ((key (cons p ps) acc)
   (case (entry key p)
     ('other (delete-1 key ps (cons p acc)))
     (_ (delete-1 key ps acc))))
  ((_ '() acc) (lists:reverse acc)))

(defun substitute_aliases (as ps)
  "Rename keys: each {Key, Key1} in the alias list renames Key to Key1."
  (subst-list 'aliases as ps '()))

(defun substitute_negations (ns ps)
  "Rename and negate keys: {Key, Key1} turns Key into Key1 with the
boolean value negated."
  (subst-list 'negations ns ps '()))

(defun subst-list
  ((how as (cons p ps) acc) (subst-list how as ps (cons (subst-1 how as p) acc)))
  ((_ _ '() acc) (lists:reverse acc))
  ((_ _ tail _) (erlang:error (tuple 'bad_generator tail))))

(defun subst-1
  ((how (cons (tuple key key1) as) p)
   (case (entry key p)
     ('atom (if (=:= how 'aliases) (property key1 'true) (property key1 'false)))
     ('tuple
      (if (=:= how 'aliases)
        (property (erlang:setelement 1 p key1))
        (case p
          ((tuple _ 'true) (property key1 'false))
          (_ (property key1 'true)))))
     ('other (subst-1 how as p))))
  ((_ '() p) p))

(defun expand
  "Expand properties: each {Property, Expansion} replaces the first entry
matching Property with the list Expansion (which is flattened in)."
  ((es ps) (when (is_list ps))
   (expand-flatten (expand-0 (key-uniq (expansions es '())) ps) '())))

;; [{property(P), V} || {P, V} <- Es]: entries that are not pairs are
;; skipped.
(defun expansions
  (((cons (tuple p v) es) acc) (expansions es (cons (tuple (property p) v) acc)))
  (((cons _ es) acc) (expansions es acc))
  (('() acc) (lists:reverse acc))
  ((tail _) (erlang:error (tuple 'bad_generator tail))))

(defun expand-0
  (((cons (tuple p l) es) ps) (expand-0 es (expand-1 p l ps)))
  (('() ps) ps))

(defun expand-1 (p l ps)
  (cond ((is_atom p) (expand-2 p p l ps '()))
        ((andalso (is_tuple p) (>= (tuple_size p) 1))
         (expand-2 (element 1 p) p l ps '()))
        ('true ps)))

;; Find the first entry for Key; replace it by the expansion if it is P1.
(defun expand-2
  ((key p1 l (cons p ps) acc)
   (case (entry key p)
     ('atom (lists:reverse acc (expand-3 key p1 p l ps)))
     ('tuple (lists:reverse acc (expand-3 key p1 (property p) l ps)))
     ('other (expand-2 key p1 l ps (cons p acc)))))
  ((_ _ _ '() acc) (lists:reverse acc)))

(defun expand-3 (key p1 p l ps)
  (if (=:= p1 p)
    (cons l (delete key ps))
    (cons p ps)))

(defun key-uniq
  (((cons (tuple k v) ps)) (key-uniq-1 k ps (list (tuple k v))))
  (('()) '()))

(defun key-uniq-1
  ((k (cons (tuple k1 v) ps) acc)
   (if (=:= k k1)
     (key-uniq-1 k ps acc)
     (key-uniq-1 k1 ps (cons (tuple k1 v) acc))))
  ((_ '() acc) (lists:reverse acc)))

;; Splice in the list elements (one level), right to left.
(defun expand-flatten (ps tail)
  (expand-flatten-1 (rev ps '()) tail))

;; Reverse; function_clause on an improper list (as OTP's recursion).
(defun rev
  (((cons h t) acc) (rev t (cons h acc)))
  (('() acc) acc))

(defun expand-flatten-1
  (((cons e es) tail) (when (is_list e)) (expand-flatten-1 es (++ e tail)))
  (((cons e es) tail) (expand-flatten-1 es (cons e tail)))
  (('() tail) tail))

(defun normalize (l stages)
  "Apply the stages ({aliases, As}, {negations, Ns}, {expand, Es}) in
order, then compact/1."
  (compact (apply-stages l stages)))

(defun apply-stages
  ((l (cons (tuple 'aliases as) xs)) (apply-stages (substitute_aliases as l) xs))
  ((l (cons (tuple 'expand es) xs)) (apply-stages (expand es l) xs))
  ((l (cons (tuple 'negations ns) xs)) (apply-stages (substitute_negations ns l) xs))
  ((l '()) l))

(defun split (l keys)
  "Split a list into the entries for each key in Keys, and the rest:
{[EntriesForKey1, ...], Rest}."
  (let (((tuple store rest) (split-1 l (maps:from_list (empty-groups keys '())) '())))
    (tuple (split-result keys store '()) (lists:reverse rest))))

(defun empty-groups
  (((cons k ks) acc) (empty-groups ks (cons (tuple k '()) acc)))
  (('() acc) (lists:reverse acc))
  ((tail _) (erlang:error (tuple 'bad_generator tail))))

(defun split-result
  (((cons k ks) store acc)
   (split-result ks store (cons (lists:reverse (erlang:map_get k store)) acc)))
  (('() _ acc) (lists:reverse acc)))

(defun split-1
  (((cons p ps) store rest)
   (let ((key (cond ((is_atom p) (tuple 'ok p))
                    ((andalso (is_tuple p) (>= (tuple_size p) 1))
                     (tuple 'ok (element 1 p)))
                    ('true 'none))))
     (case key
       ((tuple 'ok k)
        (if (erlang:is_map_key k store)
          (split-1 ps (maps:update k (cons p (erlang:map_get k store)) store) rest)
          (split-1 ps store (cons p rest))))
       ('none (split-1 ps store (cons p rest))))))
  (('() store rest) (tuple store rest)))

(defun to_map (l)
  "Convert a property list to a map; the first entry for a key wins."
  (lists:foldr
   (match-lambda
     (((tuple k v) m) (maps:put k v m))
     ((t m) (when (>= (tuple_size t) 1)) (maps:remove (element 1 t) m))
     ((k m) (when (is_atom k)) (maps:put k 'true m))
     ((_ m) m))
   (maps:new)
   l))

(defun to_map (l stages)
  "Apply the normalize/2 stages, then convert to a map."
  (to_map (apply-stages l stages)))

(defun from_map (m)
  "Convert a map to a property list."
  (maps:to_list m))

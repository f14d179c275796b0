;;; sets.lfe - the Erlang `sets' module: unordered sets, in LFE.
;;;
;;; Two representations, as in OTP 25:
;;;   version 1 (the default): OTP's linear-hashing table, the record
;;;     #(set Size N MaxN Bso ExpSize ConSize Empty Segs), Segs a tuple of
;;;     16-bucket segments, each bucket a list; it grows one slot at a time
;;;     when the load passes 5 and shrinks below 3.  Elements are compared
;;;     with =:=.
;;;   version 2 (#(version 2) in new/1, from_list/2): a map whose keys are
;;;     the elements and whose values are [].
;;; Slots are chosen with erlang:phash/2, as OTP does, so that to_list and
;;; fold visit a version 1 set in OTP's order.  Where the runtime lacks
;;; erlang:phash/2 the slot falls back to erlang:phash2/2 + 1: the sets are
;;; still correct, only their internal order (to_list, fold) then differs
;;; from OTP's.  Errors are OTP's (function_clause on non-sets).

(defmodule sets
  (export (new 0) (new 1) (is_set 1) (size 1) (is_empty 1) (to_list 1)
          (from_list 1) (from_list 2) (is_element 2) (add_element 2)
          (del_element 2) (union 2) (union 1) (intersection 2)
          (intersection 1) (is_disjoint 2) (subtract 2) (is_subset 2)
          (fold 3) (filter 2)))

;;; ------------------------------------------------------------------
;;; The version 1 record and its hashing

(defun expand-load () 5)
(defun contract-load () 3)

(defun mk-seg () (erlang:make_tuple 16 '()))

;; slot-hash: erlang:phash(Term, Range), in 1..Range.
(defun slot-hash (e range)
  (try (erlang:phash e range)
    (catch ((tuple 'error 'undef _) (+ (erlang:phash2 e range) 1)))))

(defun get-slot
  (((tuple 'set _ n maxn bso _ _ _ _) e)
   (let ((h (slot-hash e maxn)))
     (if (> h n) (- h bso) h))))

(defun get-bucket-s (segs slot)
  (let ((seg-i (+ (div (- slot 1) 16) 1))
        (bkt-i (+ (rem (- slot 1) 16) 1)))
    (element bkt-i (element seg-i segs))))

(defun put-bucket-s (segs slot bkt)
  (let* ((seg-i (+ (div (- slot 1) 16) 1))
         (bkt-i (+ (rem (- slot 1) 16) 1))
         (seg (setelement bkt-i (element seg-i segs) bkt)))
    (setelement seg-i segs seg)))

(defun get-bucket (s slot) (get-bucket-s (element 9 s) slot))

(defun update-bucket (s slot bkt)
  (setelement 9 s (put-bucket-s (element 9 s) slot bkt)))

;;; ------------------------------------------------------------------
;;; Construction and inspection

(defun new ()
  "Return a new empty set (version 1)."
  (let ((empty (mk-seg)))
    (tuple 'set 0 16 16 8 80 48 empty (tuple empty))))

(defun new
  "Return a new empty set; #(version 2) in the options makes a map set."
  (((list (tuple 'version 2))) (maps:new))
  ((opts)
   (case (proplists:get_value 'version opts 1)
     (1 (new))
     (2 (new (list (tuple 'version 2)))))))

(defun from_list (ls)
  "Return the set (version 1) of the elements of a list."
  (lists:foldl (lambda (e s) (add_element e s)) (new) ls))

(defun from_list
  "Return the set of the elements of a list, of the version in Opts."
  ((ls (list (tuple 'version 2))) (maps:from_keys ls '()))
  ((ls opts)
   (case (proplists:get_value 'version opts 1)
     (1 (from_list ls))
     (2 (from_list ls (list (tuple 'version 2)))))))

(defun is_set
  "Return true if the term is a set."
  ((s) (when (is_map s)) 'true)
  (((tuple 'set _ _ _ _ _ _ _ _)) 'true)
  ((_) 'false))

(defun size (s)
  "Return the number of elements."
  (set-size s))

;; set-size: size/1 under a name that does not clash with erlang:size/1.
(defun set-size
  ((s) (when (is_map s)) (map_size s))
  (((tuple 'set size _ _ _ _ _ _ _)) size))

(defun is_empty
  "Return true if the set has no elements."
  ((s) (when (is_map s)) (=:= (map_size s) 0))
  (((tuple 'set size _ _ _ _ _ _ _)) (=:= size 0)))

(defun to_list
  "Return the elements as a list (in no defined order)."
  ((s) (when (is_map s)) (maps:keys s))
  (((= (tuple 'set _ _ _ _ _ _ _ _) s))
   (fold (lambda (e l) (cons e l)) '() s)))

(defun is_element
  "Return true if the element is in the set."
  ((e s) (when (is_map s)) (maps:is_key e s))
  ((e (= (tuple 'set _ _ _ _ _ _ _ _) s))
   (lists:member e (get-bucket s (get-slot s e)))))

(defun add_element
  "Return the set with the element added."
  ((e s) (when (is_map s)) (maps:put e '() s))
  ((e (= (tuple 'set _ _ _ _ _ _ _ _) s0))
   (let* ((slot (get-slot s0 e))
          (bkt (get-bucket s0 slot)))
     (if (lists:member e bkt)
       s0
       (maybe-expand (update-bucket s0 slot (cons e bkt)))))))

(defun del_element
  "Return the set with the element removed."
  ((e s) (when (is_map s)) (maps:remove e s))
  ((e (= (tuple 'set _ _ _ _ _ _ _ _) s0))
   (let* ((slot (get-slot s0 e))
          (bkt (get-bucket s0 slot)))
     (if (lists:member e bkt)
       (maybe-contract (update-bucket s0 slot (lists:delete e bkt)) 1)
       s0))))

;;; ------------------------------------------------------------------
;;; Set operations

(defun union
  "Return the union of two sets."
  ((s1 s2) (when (is_map s1) (is_map s2)) (maps:merge s1 s2))
  ((s1 s2)
   (let ((add (lambda (e s) (add_element e s))))
     (if (< (set-size s1) (set-size s2))
       (fold add s2 s1)
       (fold add s1 s2)))))

(defun union
  "Return the union of a list of sets."
  (((list* s1 s2 ss)) (union-list (union s1 s2) ss))
  (((list s)) s)
  (('()) (new)))

(defun union-list
  ((s1 (cons s2 ss)) (union-list (union s1 s2) ss))
  ((s1 '()) s1))

(defun intersection
  "Return the intersection of two sets."
  ((s1 s2) (when (is_map s1) (is_map s2))
   (if (< (map_size s1) (map_size s2))
     (heuristic 'keep (maps:next (maps:iterator s1)) '() '()
                (floor (* (map_size s1) 0.75)) s1 s2)
     (heuristic 'keep (maps:next (maps:iterator s2)) '() '()
                (floor (* (map_size s2) 0.75)) s2 s1)))
  ((s1 s2)
   (if (< (set-size s1) (set-size s2))
     (filter (lambda (e) (is_element e s2)) s1)
     (filter (lambda (e) (is_element e s1)) s2))))

;; heuristic: walk Acc's keys, collecting the ones to keep (for
;; intersection: in Ref; for subtract: not in Ref) and the ones to drop.
;; Once 3/4 of Acc is known to be kept, it is cheaper to remove the rest
;; from Acc than to rebuild it from the kept keys (OTP's strategy).
(defun heuristic
  ((op next _ delete 0 acc ref)
   (decided op next (remove-keys delete acc) ref))
  ((op (tuple key _ iter) keep delete count acc ref)
   (let ((next (maps:next iter)))
     (if (=:= (maps:is_key key ref) (=:= op 'keep))
       (heuristic op next (cons key keep) delete (- count 1) acc ref)
       (heuristic op next keep (cons key delete) count acc ref))))
  ((_ 'none keep _ _ _ _) (maps:from_keys keep '())))

(defun decided
  ((op (tuple key _ iter) acc ref)
   (if (=:= (maps:is_key key ref) (=:= op 'keep))
     (decided op (maps:next iter) acc ref)
     (decided op (maps:next iter) (maps:remove key acc) ref)))
  ((_ 'none acc _) acc))

(defun remove-keys
  (((cons k ks) m) (remove-keys ks (maps:remove k m)))
  (('() m) m))

(defun intersection
  "Return the intersection of a non-empty list of sets."
  (((list* s1 s2 ss)) (intersection-list (intersection s1 s2) ss))
  (((list s)) s))

(defun intersection-list
  ((s1 (cons s2 ss)) (intersection-list (intersection s1 s2) ss))
  ((s1 '()) s1))

(defun is_disjoint
  "Return true if the two sets have no element in common."
  ((s1 s2) (when (is_map s1) (is_map s2))
   (if (< (map_size s1) (map_size s2))
     (none-in s2 (maps:iterator s1))
     (none-in s1 (maps:iterator s2))))
  ((s1 s2)
   (if (< (set-size s1) (set-size s2))
     (fold (disjoint-fun s2) 'true s1)
     (fold (disjoint-fun s1) 'true s2))))

(defun disjoint-fun (other)
  (match-lambda
    ((_ 'false) 'false)
    ((e 'true) (not (is_element e other)))))

(defun none-in (set iter)
  (case (maps:next iter)
    ((tuple k _ next) (if (maps:is_key k set) 'false (none-in set next)))
    ('none 'true)))

(defun subtract
  "Return the elements of S1 that are not in S2."
  ((s1 s2) (when (is_map s1) (is_map s2))
   (heuristic 'drop (maps:next (maps:iterator s1)) '() '()
              (floor (* (map_size s1) 0.75)) s1 s2))
  ((s1 s2)
   (filter (lambda (e) (not (is_element e s2))) s1)))

(defun is_subset
  "Return true if every element of S1 is in S2."
  ((s1 s2) (when (is_map s1) (is_map s2))
   (if (> (map_size s1) (map_size s2))
     'false
     (all-in s2 (maps:iterator s1))))
  ((s1 s2)
   (fold (lambda (e sub) (andalso sub (is_element e s2))) 'true s1)))

(defun all-in (set iter)
  (case (maps:next iter)
    ((tuple k _ next) (if (maps:is_key k set) (all-in set next) 'false))
    ('none 'true)))

;;; ------------------------------------------------------------------
;;; Fold and filter

(defun fold
  "Fold Fun over the elements (in no defined order)."
  ((f acc d) (when (is_map d) (is_function f 2))
   (fold-map f acc (maps:iterator d)))
  ((f acc (= (tuple 'set _ _ _ _ _ _ _ _) d)) (when (is_function f 2))
   (let ((segs (element 9 d)))
     (fold-segs f acc segs (tuple_size segs)))))

(defun fold-map (f acc iter)
  (case (maps:next iter)
    ((tuple k _ next) (fold-map f (funcall f k acc) next))
    ('none acc)))

;; fold-segs: segments and buckets are visited from the last to the first.
(defun fold-segs (f acc segs i)
  (if (>= i 1)
    (let ((seg (element i segs)))
      (fold-segs f (fold-seg f acc seg (tuple_size seg)) segs (- i 1)))
    acc))

(defun fold-seg (f acc seg i)
  (if (>= i 1)
    (fold-seg f (fold-bucket f acc (element i seg)) seg (- i 1))
    acc))

(defun fold-bucket
  ((f acc (cons e bkt)) (fold-bucket f (funcall f e acc) bkt))
  ((_ acc '()) acc))

(defun filter
  "Return the set of the elements for which Pred returns true."
  ((f d) (when (is_map d) (is_function f 1))
   (maps:from_keys (filter-map f (maps:iterator d)) '()))
  ((f (= (tuple 'set _ _ _ _ _ _ _ _) d)) (when (is_function f 1))
   (let (((tuple segs fc)
          (filter-seg-list f (tuple_to_list (element 9 d)) '() 0)))
     (maybe-contract (setelement 9 d (list_to_tuple segs)) fc))))

;; filter-map: body-recursive, as OTP's.
(defun filter-map (f iter)
  (case (maps:next iter)
    ((tuple k _ next)
     (case (funcall f k)
       ('true (cons k (filter-map f next)))
       ('false (filter-map f next))))
    ('none '())))

(defun filter-seg-list
  ((f (cons seg segs) fss fc0)
   (let (((tuple bkts fc1) (filter-bkt-list f (tuple_to_list seg) '() fc0)))
     (filter-seg-list f segs (cons (list_to_tuple bkts) fss) fc1)))
  ((_ '() fss fc) (tuple (lists:reverse fss '()) fc)))

(defun filter-bkt-list
  ((f (cons bkt0 bkts) fbs fc0)
   (let (((tuple bkt1 fc1) (filter-bucket f bkt0 '() fc0)))
     (filter-bkt-list f bkts (cons bkt1 fbs) fc1)))
  ((_ '() fbs fc) (tuple (lists:reverse fbs) fc)))

;; filter-bucket: the kept elements end up reversed, as in OTP.
(defun filter-bucket
  ((f (cons e bkt) fb fc)
   (case (funcall f e)
     ('true (filter-bucket f bkt (cons e fb) fc))
     ('false (filter-bucket f bkt fb (+ fc 1)))))
  ((_ '() fb fc) (tuple fb fc)))

;;; ------------------------------------------------------------------
;;; Growing and shrinking the table (linear hashing)

(defun maybe-expand
  (((= (tuple 'set size n maxn bso exp _ _ _) t0)) (when (> (+ size 1) exp))
   (let* ((t (maybe-expand-segs t0))
          ((tuple 'set _ _ maxn1 bso1 _ _ _ segs0) t)
          (n1 (+ n 1))
          (slot1 (- n1 bso1))
          (b (get-bucket-s segs0 slot1))
          ((tuple b1 b2) (rehash b slot1 n1 maxn1))
          (segs1 (put-bucket-s segs0 slot1 b1))
          (segs2 (put-bucket-s segs1 n1 b2)))
     (tuple 'set (+ size 1) n1 maxn1 bso1 (* n1 (expand-load))
            (* n1 (contract-load)) (element 8 t) segs2)))
  ((t) (setelement 2 t (+ (element 2 t) 1))))

(defun maybe-expand-segs
  (((tuple 'set size n maxn bso exp con empty segs)) (when (=:= n maxn))
   (tuple 'set size n (* 2 maxn) (* 2 bso) exp con empty
          (expand-segs segs empty)))
  ((t) t))

(defun maybe-contract
  (((= (tuple 'set size n _ bso _ con _ segs0) t) dc)
   (when (< (- size dc) con) (> n 16))
   (let* ((slot1 (- n bso))
          (b1 (get-bucket-s segs0 slot1))
          (b2 (get-bucket-s segs0 n))
          (segs1 (put-bucket-s segs0 slot1 (++ b1 b2)))
          (segs2 (put-bucket-s segs1 n '()))
          (n1 (- n 1)))
     (maybe-contract-segs
      (tuple 'set (- size dc) n1 (element 4 t) bso (* n1 (expand-load))
             (* n1 (contract-load)) (element 8 t) segs2))))
  ((t dc) (setelement 2 t (- (element 2 t) dc))))

(defun maybe-contract-segs
  (((tuple 'set size n maxn bso exp con empty segs)) (when (=:= n bso))
   (tuple 'set size n (div maxn 2) (div bso 2) exp con empty
          (contract-segs segs)))
  ((t) t))

;; rehash: split bucket Slot1's elements between Slot1 and Slot2.
(defun rehash
  (((cons e t) slot1 slot2 maxn)
   (let (((tuple l1 l2) (rehash t slot1 slot2 maxn))
         (h (slot-hash e maxn)))
     (cond ((=:= h slot1) (tuple (cons e l1) l2))
           ((=:= h slot2) (tuple l1 (cons e l2)))
           ('true (erlang:error (tuple 'case_clause h))))))
  (('() _ _ _) (tuple '() '())))

(defun expand-segs (segs empty)
  (list_to_tuple (++ (tuple_to_list segs)
                     (lists:duplicate (tuple_size segs) empty))))

(defun contract-segs (segs)
  (list_to_tuple (lists:sublist (tuple_to_list segs) 1
                                (div (tuple_size segs) 2))))

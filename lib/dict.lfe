;;; dict.lfe - the Erlang `dict' module: key-value dictionaries in a
;;; linear-hashing table, in LFE.
;;;
;;; A dictionary is OTP 25's record
;;;   #(dict Size N MaxN Bso ExpSize ConSize Empty Segs)
;;; Segs is a tuple of 16-bucket segments; a bucket is a list of improper
;;; pairs (Key . Value), newest first.  Keys are compared with =:=.  The
;;; table grows by one slot when the load passes 5 and shrinks below 3,
;;; as OTP's does, and slots are chosen with erlang:phash/2, so to_list,
;;; fold and the printed dictionary come out in OTP's order.  Where the
;;; runtime lacks erlang:phash/2 the slot falls back to erlang:phash2/2 + 1
;;; (correct, but in a different order from OTP).  Errors are OTP 25's:
;;; #(badrecord Term) for a non-dictionary, badarg for a missing key in
;;; fetch/update, function_clause elsewhere.

(defmodule dict
  (export (new 0) (is_key 2) (to_list 1) (from_list 1) (size 1)
          (is_empty 1) (fetch 2) (find 2) (fetch_keys 1) (erase 2) (take 2)
          (store 3) (append 3) (append_list 3) (update 3) (update 4)
          (update_counter 3) (fold 3) (map 2) (filter 2) (merge 3)))

;;; ------------------------------------------------------------------
;;; The record

(defun is-dict
  (((tuple 'dict _ _ _ _ _ _ _ _)) 'true)
  ((_) 'false))

;; check: D itself if it is a dictionary, else the badrecord error.
(defun check (d)
  (if (is-dict d) d (erlang:error (tuple 'badrecord d))))

(defun mk-seg () (erlang:make_tuple 16 '()))

;; slot-hash: erlang:phash(Term, Range), in 1..Range.
(defun slot-hash (k range)
  (try (erlang:phash k range)
    (catch ((tuple 'error 'undef _) (+ (erlang:phash2 k range) 1)))))

(defun get-slot (d key)
  (let (((tuple 'dict _ n maxn bso _ _ _ _) (check d)))
    (let ((h (slot-hash key maxn)))
      (if (> h n) (- h bso) h))))

(defun get-bucket (d slot) (get-bucket-s (element 9 d) slot))

(defun get-bucket-s (segs slot)
  (let ((seg-i (+ (div (- slot 1) 16) 1))
        (bkt-i (+ (rem (- slot 1) 16) 1)))
    (element bkt-i (element seg-i segs))))

(defun put-bucket-s (segs slot bkt)
  (let* ((seg-i (+ (div (- slot 1) 16) 1))
         (bkt-i (+ (rem (- slot 1) 16) 1))
         (seg (setelement bkt-i (element seg-i segs) bkt)))
    (setelement seg-i segs seg)))

;; on-bucket: apply F to bucket Slot, which returns #(Bucket2 Result);
;; return #(D2 Result).
(defun on-bucket (f d slot)
  (let* ((segs (element 9 d))
         (b0 (get-bucket-s segs slot))
         ((tuple b1 res) (funcall f b0)))
    (tuple (setelement 9 d (put-bucket-s segs slot b1)) res)))

;;; ------------------------------------------------------------------
;;; Construction and lookup

(defun new ()
  "Return a new empty dictionary."
  (let ((empty (mk-seg)))
    (tuple 'dict 0 16 16 8 80 48 empty (tuple empty))))

(defun is_key (key d)
  "Return true if Key is in the dictionary."
  (find-key key (get-bucket d (get-slot d key))))

(defun find-key
  ((k (cons (cons k2 _) _)) (when (=:= k k2)) 'true)
  ((k (cons _ bkt)) (find-key k bkt))
  ((_ '()) 'false))

(defun to_list (d)
  "Return the dictionary as a list of #(Key Value) pairs."
  (fold (lambda (key val list) (cons (tuple key val) list)) '() d))

(defun from_list (l)
  "Return a dictionary of a list of #(Key Value) pairs."
  (lists:foldl (match-lambda (((tuple k v) d) (store k v d))) (new) l))

(defun size
  "Return the number of pairs."
  (((tuple 'dict n _ _ _ _ _ _ _)) (when (is_integer n) (>= n 0)) n))

(defun is_empty
  "Return true if the dictionary is empty."
  (((tuple 'dict n _ _ _ _ _ _ _)) (=:= n 0)))

(defun fetch (key d)
  "Return the value of Key; error badarg if it is not there."
  (let ((bkt (get-bucket d (get-slot d key))))
    (try (fetch-val key bkt)
      (catch ((tuple 'throw 'badarg _) (erlang:error 'badarg (list key d)))))))

(defun fetch-val
  ((k (cons (cons k2 val) _)) (when (=:= k k2)) val)
  ((k (cons _ bkt)) (fetch-val k bkt))
  ((_ '()) (throw 'badarg)))

(defun find (key d)
  "Return #(ok Value) for Key, or error."
  (find-val key (get-bucket d (get-slot d key))))

(defun find-val
  ((k (cons (cons k2 val) _)) (when (=:= k k2)) (tuple 'ok val))
  ((k (cons _ bkt)) (find-val k bkt))
  ((_ '()) 'error))

(defun fetch_keys (d)
  "Return the keys of the dictionary."
  (fold (lambda (key _ keys) (cons key keys)) '() d))

;;; ------------------------------------------------------------------
;;; Updates

(defun erase (key d0)
  "Return the dictionary without Key."
  (let* ((slot (get-slot d0 key))
         ((tuple d1 dc) (on-bucket (lambda (b0) (erase-key key b0)) d0 slot)))
    (maybe-contract d1 dc)))

(defun erase-key
  ((key (cons (cons k _) bkt)) (when (=:= key k)) (tuple bkt 1))
  ((key (cons e bkt0))
   (let (((tuple bkt1 dc) (erase-key key bkt0)))
     (tuple (cons e bkt1) dc)))
  ((_ '()) (tuple '() 0)))

(defun take (key d0)
  "Return #(Value Dict2) for Key, or error if it is not there."
  (let ((slot (get-slot d0 key)))
    (case (on-bucket (lambda (b0) (take-key key b0)) d0 slot)
      ((tuple d1 (tuple value dc)) (tuple value (maybe-contract d1 dc)))
      ((tuple _ 'error) 'error))))

(defun take-key
  ((key (cons (cons k val) bkt)) (when (=:= key k)) (tuple bkt (tuple val 1)))
  ((key (cons e bkt0))
   (let (((tuple bkt1 res) (take-key key bkt0)))
     (tuple (cons e bkt1) res)))
  ((_ '()) (tuple '() 'error)))

(defun store (key val d0)
  "Return the dictionary with Key set to Value."
  (let* ((slot (get-slot d0 key))
         ((tuple d1 ic) (on-bucket (lambda (b0) (store-bkt key val b0)) d0 slot)))
    (maybe-expand d1 ic)))

(defun store-bkt
  ((key new (cons (cons k _) bkt)) (when (=:= key k))
   (tuple (cons (cons key new) bkt) 0))
  ((key new (cons other bkt0))
   (let (((tuple bkt1 ic) (store-bkt key new bkt0)))
     (tuple (cons other bkt1) ic)))
  ((key new '()) (tuple (list (cons key new)) 1)))

(defun append (key val d0)
  "Append Value to the list stored under Key."
  (let* ((slot (get-slot d0 key))
         ((tuple d1 ic) (on-bucket (lambda (b0) (append-bkt key (list val) b0))
                                   d0 slot)))
    (maybe-expand d1 ic)))

(defun append_list (key l d0)
  "Append the elements of a list to the list stored under Key."
  (let* ((slot (get-slot d0 key))
         ((tuple d1 ic) (on-bucket (lambda (b0) (append-bkt key l b0)) d0 slot)))
    (maybe-expand d1 ic)))

(defun append-bkt
  ((key l (cons (cons k bag) bkt)) (when (=:= key k))
   (tuple (cons (cons key (++ bag l)) bkt) 0))
  ((key l (cons other bkt0))
   (let (((tuple bkt1 ic) (append-bkt key l bkt0)))
     (tuple (cons other bkt1) ic)))
  ((key l '()) (tuple (list (cons key l)) 1)))

(defun update (key f d0)
  "Replace the value V of Key by (F V); error badarg if Key is not there."
  (let ((slot (get-slot d0 key)))
    (try (on-bucket (lambda (b0) (update-bkt key f b0)) d0 slot)
      (case ((tuple d1 _) d1))
      (catch ((tuple 'throw 'badarg _) (erlang:error 'badarg (list key f d0)))))))

(defun update-bkt
  ((key f (cons (cons k val) bkt)) (when (=:= key k))
   (let ((upd (funcall f val)))
     (tuple (cons (cons key upd) bkt) upd)))
  ((key f (cons other bkt0))
   (let (((tuple bkt1 upd) (update-bkt key f bkt0)))
     (tuple (cons other bkt1) upd)))
  ((_ _ '()) (throw 'badarg)))

(defun update (key f init d0)
  "Replace the value V of Key by (F V), or store Init if Key is not there."
  (let* ((slot (get-slot d0 key))
         ((tuple d1 ic) (on-bucket (lambda (b0) (update-bkt key f init b0))
                                   d0 slot)))
    (maybe-expand d1 ic)))

(defun update-bkt
  ((key f _ (cons (cons k val) bkt)) (when (=:= key k))
   (tuple (cons (cons key (funcall f val)) bkt) 0))
  ((key f i (cons other bkt0))
   (let (((tuple bkt1 ic) (update-bkt key f i bkt0)))
     (tuple (cons other bkt1) ic)))
  ((key f i '()) (when (is_function f 1)) (tuple (list (cons key i)) 1)))

(defun update_counter
  "Add Incr to the number stored under Key (Incr if Key is not there)."
  ((key incr d0) (when (is_number incr))
   (let* ((slot (get-slot d0 key))
          ((tuple d1 ic) (on-bucket (lambda (b0) (counter-bkt key incr b0))
                                    d0 slot)))
     (maybe-expand d1 ic))))

(defun counter-bkt
  ((key i (cons (cons k val) bkt)) (when (=:= key k))
   (tuple (cons (cons key (+ val i)) bkt) 0))
  ((key i (cons other bkt0))
   (let (((tuple bkt1 ic) (counter-bkt key i bkt0)))
     (tuple (cons other bkt1) ic)))
  ((key i '()) (tuple (list (cons key i)) 1)))

;;; ------------------------------------------------------------------
;;; Fold, map, filter, merge

(defun fold
  "Fold (Fun Key Value Acc) over the dictionary (in no defined order)."
  ((f acc (tuple 'dict 0 _ _ _ _ _ _ _)) (when (is_function f 3)) acc)
  ((f acc d)
   (let ((segs (element 9 (check d))))
     (fold-segs f acc segs (tuple_size segs)))))

;; fold-segs: segments and buckets are visited from the last to the first.
(defun fold-segs
  ((f acc segs i) (when (>= i 1))
   (let ((seg (element i segs)))
     (fold-segs f (fold-seg f acc seg (tuple_size seg)) segs (- i 1))))
  ((f acc _ 0) (when (is_function f 3)) acc))

(defun fold-seg
  ((f acc seg i) (when (>= i 1))
   (fold-seg f (fold-bucket f acc (element i seg)) seg (- i 1)))
  ((f acc _ 0) (when (is_function f 3)) acc))

(defun fold-bucket
  ((f acc (cons (cons key val) bkt))
   (fold-bucket f (funcall f key val acc) bkt))
  ((f acc '()) (when (is_function f 3)) acc))

(defun map
  "Replace each value V of key K by (Fun K V)."
  ((f (= (tuple 'dict 0 _ _ _ _ _ _ _) d)) (when (is_function f 2)) d)
  ((f d)
   (let ((segs (map-seg-list f (tuple_to_list (element 9 (check d))) '())))
     (setelement 9 d (list_to_tuple segs)))))

;; map-seg-list, map-bkt-list, map-bucket: in order, with the same
;; function_clause as OTP when F is not a fun of arity 2.
(defun map-seg-list
  ((f (cons seg segs) acc)
   (let ((bkts (map-bkt-list f (tuple_to_list seg) '())))
     (map-seg-list f segs (cons (list_to_tuple bkts) acc))))
  ((f '() acc) (when (is_function f 2)) (lists:reverse acc)))

(defun map-bkt-list
  ((f (cons bkt0 bkts) acc)
   (map-bkt-list f bkts (cons (map-bucket f bkt0 '()) acc)))
  ((f '() acc) (when (is_function f 2)) (lists:reverse acc)))

(defun map-bucket
  ((f (cons (cons key val) bkt) acc)
   (map-bucket f bkt (cons (cons key (funcall f key val)) acc)))
  ((f '() acc) (when (is_function f 2)) (lists:reverse acc)))

(defun filter
  "Keep the pairs for which (Pred Key Value) returns true."
  ((f (= (tuple 'dict 0 _ _ _ _ _ _ _) d)) (when (is_function f 2)) d)
  ((f d)
   (let (((tuple segs fc)
          (filter-seg-list f (tuple_to_list (element 9 (check d))) '() 0)))
     (maybe-contract (setelement 9 d (list_to_tuple segs)) fc))))

(defun filter-seg-list
  ((f (cons seg segs) fss fc0)
   (let (((tuple bkts fc1) (filter-bkt-list f (tuple_to_list seg) '() fc0)))
     (filter-seg-list f segs (cons (list_to_tuple bkts) fss) fc1)))
  ((f '() fss fc) (when (is_function f 2)) (tuple (lists:reverse fss '()) fc)))

(defun filter-bkt-list
  ((f (cons bkt0 bkts) fbs fc0)
   (let (((tuple bkt1 fc1) (filter-bucket f bkt0 '() fc0)))
     (filter-bkt-list f bkts (cons bkt1 fbs) fc1)))
  ((f '() fbs fc) (when (is_function f 2)) (tuple (lists:reverse fbs) fc)))

(defun filter-bucket
  ((f (cons (= (cons key val) e) bkt) fb fc)
   (case (funcall f key val)
     ('true (filter-bucket f bkt (cons e fb) fc))
     ('false (filter-bucket f bkt fb (+ fc 1)))))
  ((f '() fb fc) (when (is_function f 2)) (tuple (lists:reverse fb) fc)))

(defun merge (f d1 d2)
  "Merge two dictionaries; (Fun Key V1 V2) decides a key in both."
  (if (andalso (is-dict d1) (is-dict d2) (< (element 2 d1) (element 2 d2)))
    (fold (lambda (k v1 d) (update k (lambda (v2) (funcall f k v1 v2)) v1 d))
          d2 d1)
    (fold (lambda (k v2 d) (update k (lambda (v1) (funcall f k v1 v2)) v2 d))
          d1 d2)))

;;; ------------------------------------------------------------------
;;; Growing and shrinking the table (linear hashing)

(defun maybe-expand
  (((= (tuple 'dict size n _ _ exp _ _ _) t0) ic) (when (> (+ size ic) exp))
   (let* ((t (maybe-expand-segs t0))
          ((tuple 'dict _ _ maxn1 bso1 _ _ empty segs0) t)
          (n1 (+ n 1))
          (slot1 (- n1 bso1))
          (b (get-bucket-s segs0 slot1))
          ((cons b1 b2) (rehash b slot1 n1 maxn1))
          (segs1 (put-bucket-s segs0 slot1 b1))
          (segs2 (put-bucket-s segs1 n1 b2)))
     (tuple 'dict (+ size ic) n1 maxn1 bso1 (* n1 5) (* n1 3) empty segs2)))
  ((t ic) (setelement 2 t (+ (element 2 t) ic))))

(defun maybe-expand-segs
  (((tuple 'dict size n maxn bso exp con empty segs)) (when (=:= n maxn))
   (tuple 'dict size n (* 2 maxn) (* 2 bso) exp con empty
          (expand-segs segs empty)))
  ((t) t))

(defun maybe-contract
  (((= (tuple 'dict size n maxn bso _ con empty segs0) t) dc)
   (when (< (- size dc) con) (> n 16))
   (let* ((slot1 (- n bso))
          (b1 (get-bucket-s segs0 slot1))
          (b2 (get-bucket-s segs0 n))
          (segs1 (put-bucket-s segs0 slot1 (++ b1 b2)))
          (segs2 (put-bucket-s segs1 n '()))
          (n1 (- n 1)))
     (maybe-contract-segs
      (tuple 'dict (- size dc) n1 maxn bso (* n1 5) (* n1 3) empty segs2))))
  ((t dc) (setelement 2 t (- (element 2 t) dc))))

(defun maybe-contract-segs
  (((tuple 'dict size n maxn bso exp con empty segs)) (when (=:= n bso))
   (tuple 'dict size n (div maxn 2) (div bso 2) exp con empty
          (contract-segs segs)))
  ((t) t))

;; rehash: split bucket Slot1's pairs between Slot1 and Slot2, returned
;; as (Bucket1 . Bucket2).
(defun rehash
  (((cons (= (cons key _) kv) t) slot1 slot2 maxn)
   (let (((cons l1 l2) (rehash t slot1 slot2 maxn))
         (h (slot-hash key maxn)))
     (cond ((=:= h slot1) (cons (cons kv l1) l2))
           ((=:= h slot2) (cons l1 (cons kv l2)))
           ('true (erlang:error (tuple 'case_clause h))))))
  (('() _ _ _) (cons '() '())))

(defun expand-segs (segs empty)
  (list_to_tuple (++ (tuple_to_list segs)
                     (lists:duplicate (tuple_size segs) empty))))

(defun contract-segs (segs)
  (list_to_tuple (lists:sublist (tuple_to_list segs) 1
                                (div (tuple_size segs) 2))))

;;; array.lfe - the Erlang `array' module: functional, extendible arrays
;;; (0-based) in LFE.
;;;
;;; An array is OTP 25's record #(array Size Max Default Elements), so it
;;; prints and compares like OTP's.  Elements is a tree of tuples: a leaf
;;; is a 10-tuple of values, an inner node an 11-tuple of ten subtrees and
;;; the number of entries each subtree covers; a subtree that was never
;;; written is just that number, standing for default values.  Max is the
;;; capacity of the current tree (0 when the array is fixed).  The tree
;;; grows and is written exactly as OTP's, and the errors are OTP's
;;; (badarg, #(badarg X) for a bad orddict, function_clause for a
;;; non-array in fix/relax/is_fix).  Folds and maps call their fun in
;;; index order (reverse order for the foldr variants), like OTP.

(defmodule array
  (export (new 0) (new 1) (new 2) (is_array 1) (set 3) (get 2) (size 1)
          (sparse_size 1) (default 1) (reset 2) (to_list 1) (sparse_to_list 1)
          (from_list 1) (from_list 2) (to_orddict 1) (sparse_to_orddict 1)
          (from_orddict 1) (from_orddict 2) (map 2) (sparse_map 2) (foldl 3)
          (foldr 3) (sparse_foldl 3) (sparse_foldr 3) (fix 1) (relax 1)
          (is_fix 1) (resize 1) (resize 2)))

;; node?: is E an inner node (an 11-tuple)?
(defun node? (e) (andalso (is_tuple e) (=:= (tuple_size e) 11)))

(defun new-node (s) (erlang:make_tuple 11 s))
(defun new-leaf (d) (erlang:make_tuple 10 d))

;;; ------------------------------------------------------------------
;;; Creation and properties

(defun new ()
  "Return a new, empty, extendible array."
  (new '()))

(defun new (options)
  "Return a new array with the options (size, fixed, default)."
  (new-0 options 0 'false))

(defun new
  "Return a new fixed array of Size entries with the options."
  ((size options) (when (is_integer size) (>= size 0))
   (new-0 options size 'true))
  ((_ _) (erlang:error 'badarg)))

(defun new-0 (options size fixed)
  (if (is_list options)
    (new-1 options size fixed 'undefined)
    (new-1 (list options) size fixed 'undefined)))

(defun new-1
  (((cons 'fixed options) size _ default) (new-1 options size 'true default))
  (((cons (tuple 'fixed fixed) options) size _ default) (when (is_boolean fixed))
   (new-1 options size fixed default))
  (((cons (tuple 'default default) options) size fixed _)
   (new-1 options size fixed default))
  (((cons (tuple 'size size) options) _ _ default)
   (when (is_integer size) (>= size 0))
   (new-1 options size 'true default))
  (((cons size options) _ _ default) (when (is_integer size) (>= size 0))
   (new-1 options size 'true default))
  (('() size fixed default) (make size fixed default))
  ((_ _ _ _) (erlang:error 'badarg)))

(defun make
  ((0 'false 'undefined) (tuple 'array 0 10 'undefined 10))
  ((size fixed default)
   (let ((e (find-max (- size 1) 10)))
     (tuple 'array size (if fixed 0 e) default e))))

;; find-max: the smallest tree capacity (10, 100, ...) above index I.
(defun find-max (i m)
  (if (>= i m) (find-max i (* m 10)) m))

(defun is_array
  "Return true if the term is an array."
  (((tuple 'array size max _ _)) (when (is_integer size) (is_integer max)) 'true)
  ((_) 'false))

(defun size
  "Return the number of entries."
  (((tuple 'array n _ _ _)) n)
  ((_) (erlang:error 'badarg)))

(defun default
  "Return the default value of unset entries."
  (((tuple 'array _ _ d _)) d)
  ((_) (erlang:error 'badarg)))

(defun fix
  "Make the array fixed-size."
  (((= (tuple 'array _ _ _ _) a)) (setelement 3 a 0)))

(defun is_fix
  "Return true if the array is fixed-size."
  (((tuple 'array _ 0 _ _)) 'true)
  (((tuple 'array _ _ _ _)) 'false))

(defun relax
  "Make the array extendible."
  (((= (tuple 'array n _ _ _) a)) (setelement 3 a (find-max (- n 1) 10))))

(defun resize
  "Change the size of the array (the entries beyond are not cleared)."
  ((size (= (tuple 'array n m _ e) a)) (when (is_integer size) (>= size 0))
   (cond ((> size n)
          (let (((tuple e1 m1)
                 (grow (- size 1) e (if (> m 0) m (find-max (- n 1) 10)))))
            (tuple 'array size (if (> m 0) m1 m) (element 4 a) e1)))
         ((< size n) (setelement 2 a size))
         ('true a)))
  ((_ _) (erlang:error 'badarg)))

(defun resize (array)
  "Resize the array to its sparse size (the last non-default entry)."
  (resize (sparse_size array) array))

;;; ------------------------------------------------------------------
;;; Get, set, reset

(defun set
  "Set entry I (0-based) to Value, growing an extendible array."
  ((i value (= (tuple 'array n m d e) a)) (when (is_integer i) (>= i 0))
   (cond ((< i n) (setelement 5 a (set-1 i e value d)))
         ((< i m) (tuple 'array (+ i 1) m d (set-1 i e value d)))
         ((> m 0)
          (let (((tuple e1 m1) (grow i e m)))
            (tuple 'array (+ i 1) m1 d (set-1 i e1 value d))))
         ('true (erlang:error 'badarg))))
  ((_ _ _) (erlang:error 'badarg)))

(defun set-1 (i e x d)
  (cond ((node? e)
         (let* ((s (element 11 e))
                (i1 (+ (div i s) 1)))
           (setelement i1 e (set-1 (rem i s) (element i1 e) x d))))
        ((is_integer e) (expand i e x d))
        ('true (setelement (+ i 1) e x))))

;; grow: a tree with room for index I.
(defun grow
  ((i e _) (when (is_integer e))
   (let ((m1 (find-max i e)))
     (tuple m1 m1)))
  ((i e m) (grow-1 i e m)))

(defun grow-1 (i e m)
  (if (>= i m)
    (grow-1 i (setelement 1 (new-node m) e) (* m 10))
    (tuple e m)))

;; expand: turn an unwritten subtree of S entries into a path to I.
(defun expand (i s x d)
  (if (> s 10)
    (let ((s1 (div s 10)))
      (setelement (+ (div i s1) 1) (new-node s1) (expand (rem i s1) s1 x d)))
    (setelement (+ i 1) (new-leaf d) x)))

(defun get
  "Return entry I (0-based); the default beyond the end of an extendible
array."
  ((i (tuple 'array n m d e)) (when (is_integer i) (>= i 0))
   (cond ((< i n) (get-1 i e d))
         ((> m 0) d)
         ('true (erlang:error 'badarg))))
  ((_ _) (erlang:error 'badarg)))

(defun get-1 (i e d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (get-1 (rem i s) (element (+ (div i s) 1) e) d)))
        ((is_integer e) d)
        ('true (element (+ i 1) e))))

(defun reset
  "Set entry I back to the default value."
  ((i (= (tuple 'array n m d e) a)) (when (is_integer i) (>= i 0))
   (cond ((< i n)
          (try (setelement 5 a (reset-1 i e d))
            (catch ((tuple 'throw 'default _) a))))
         ((> m 0) a)
         ('true (erlang:error 'badarg))))
  ((_ _) (erlang:error 'badarg)))

(defun reset-1 (i e d)
  (cond ((node? e)
         (let* ((s (element 11 e))
                (i1 (+ (div i s) 1)))
           (setelement i1 e (reset-1 (rem i s) (element i1 e) d))))
        ((is_integer e) (throw 'default))
        ((=:= (element (+ i 1) e) d) (throw 'default))
        ('true (setelement (+ i 1) e d))))

;;; ------------------------------------------------------------------
;;; To lists and orddicts

(defun to_list
  "Return the entries as a list."
  (((tuple 'array 0 _ _ _)) '())
  (((tuple 'array n _ d e)) (to-list-1 e d (- n 1)))
  ((_) (erlang:error 'badarg)))

;; to-list-1: the entries 0..I of subtree E; to-list-2 a whole subtree
;; onto L; to-list-3 children N..1 onto L.
(defun to-list-1 (e d i)
  (cond ((node? e)
         (let* ((s (element 11 e))
                (n (div i s)))
           (to-list-3 n d (to-list-1 (element (+ n 1) e) d (rem i s)) e)))
        ((is_integer e) (push (+ i 1) d '()))
        ('true (push-tuple (+ i 1) e '()))))

(defun to-list-2 (e d l)
  (cond ((node? e) (to-list-3 10 d l e))
        ((is_integer e) (push e d l))
        ('true (push-tuple 10 e l))))

(defun to-list-3 (n d l e)
  (if (=:= n 0) l (to-list-3 (- n 1) d (to-list-2 (element n e) d l) e)))

(defun push (n e l)
  (if (=:= n 0) l (push (- n 1) e (cons e l))))

(defun push-tuple (n t l)
  (if (=:= n 0) l (push-tuple (- n 1) t (cons (element n t) l))))

(defun sparse_to_list
  "Return the entries that are not the default value, as a list."
  (((tuple 'array 0 _ _ _)) '())
  (((tuple 'array n _ d e)) (sparse-to-list-1 e d (- n 1)))
  ((_) (erlang:error 'badarg)))

(defun sparse-to-list-1 (e d i)
  (cond ((node? e)
         (let* ((s (element 11 e))
                (n (div i s)))
           (sparse-to-list-3 n d (sparse-to-list-1 (element (+ n 1) e) d (rem i s)) e)))
        ((is_integer e) '())
        ('true (sparse-push-tuple (+ i 1) d e '()))))

(defun sparse-to-list-2 (e d l)
  (cond ((node? e) (sparse-to-list-3 10 d l e))
        ((is_integer e) l)
        ('true (sparse-push-tuple 10 d e l))))

(defun sparse-to-list-3 (n d l e)
  (if (=:= n 0) l (sparse-to-list-3 (- n 1) d (sparse-to-list-2 (element n e) d l) e)))

(defun sparse-push-tuple (n d t l)
  (if (=:= n 0)
    l
    (let ((x (element n t)))
      (sparse-push-tuple (- n 1) d t (if (=:= x d) l (cons x l))))))

(defun to_orddict
  "Return the entries as a list of #(Index Value) pairs."
  (((tuple 'array 0 _ _ _)) '())
  (((tuple 'array n _ d e))
   (let ((i (- n 1))) (to-orddict-1 e i d i)))
  ((_) (erlang:error 'badarg)))

(defun to-orddict-1 (e r d i)
  (cond ((node? e)
         (let* ((s (element 11 e))
                (n (div i s))
                (i1 (rem i s)))
           (to-orddict-3 n (- r i1 1) d (to-orddict-1 (element (+ n 1) e) r d i1) e s)))
        ((is_integer e) (push-pairs (+ i 1) r d '()))
        ('true (push-tuple-pairs (+ i 1) r e '()))))

(defun to-orddict-2 (e r d l)
  (cond ((node? e) (to-orddict-3 10 r d l e (element 11 e)))
        ((is_integer e) (push-pairs e r d l))
        ('true (push-tuple-pairs 10 r e l))))

(defun to-orddict-3 (n r d l e s)
  (if (=:= n 0)
    l
    (to-orddict-3 (- n 1) (- r s) d (to-orddict-2 (element n e) r d l) e s)))

(defun push-pairs (n i e l)
  (if (=:= n 0) l (push-pairs (- n 1) (- i 1) e (cons (tuple i e) l))))

(defun push-tuple-pairs (n i t l)
  (if (=:= n 0)
    l
    (push-tuple-pairs (- n 1) (- i 1) t (cons (tuple i (element n t)) l))))

(defun sparse_to_orddict
  "Return the non-default entries as a list of #(Index Value) pairs."
  (((tuple 'array 0 _ _ _)) '())
  (((tuple 'array n _ d e))
   (let ((i (- n 1))) (sparse-to-orddict-1 e i d i)))
  ((_) (erlang:error 'badarg)))

(defun sparse-to-orddict-1 (e r d i)
  (cond ((node? e)
         (let* ((s (element 11 e))
                (n (div i s))
                (i1 (rem i s)))
           (sparse-to-orddict-3 n (- r i1 1) d
                                (sparse-to-orddict-1 (element (+ n 1) e) r d i1) e s)))
        ((is_integer e) '())
        ('true (sparse-push-tuple-pairs (+ i 1) r d e '()))))

(defun sparse-to-orddict-2 (e r d l)
  (cond ((node? e) (sparse-to-orddict-3 10 r d l e (element 11 e)))
        ((is_integer e) l)
        ('true (sparse-push-tuple-pairs 10 r d e l))))

(defun sparse-to-orddict-3 (n r d l e s)
  (if (=:= n 0)
    l
    (sparse-to-orddict-3 (- n 1) (- r s) d (sparse-to-orddict-2 (element n e) r d l) e s)))

(defun sparse-push-tuple-pairs (n i d t l)
  (if (=:= n 0)
    l
    (let ((x (element n t)))
      (sparse-push-tuple-pairs (- n 1) (- i 1) d t
                               (if (=:= x d) l (cons (tuple i x) l))))))

;;; ------------------------------------------------------------------
;;; From lists and orddicts

(defun from_list (list)
  "Return an extendible array of the list's elements."
  (from_list list 'undefined))

(defun from_list
  "Return an extendible array of the list's elements, with a default."
  (('() default) (new (tuple 'default default)))
  ((list default) (when (is_list list))
   (let (((tuple e n m) (from-list-1 10 list default 0 '() '())))
     (tuple 'array n m default e)))
  ((_ _) (erlang:error 'badarg)))

;; from-list-1: cut the list into leaves (padded with the default).
(defun from-list-1
  ((0 xs d n as es)
   (let ((e (list_to_tuple (lists:reverse as))))
     (case xs
       ('() (case es
              ('() (tuple e n 10))
              (_ (from-list-2-0 n (cons e es) 10))))
       ((cons _ _) (from-list-1 10 xs d n '() (cons e es)))
       (_ (erlang:error 'badarg)))))
  ((i xs d n as es)
   (case xs
     ((cons x xs1) (from-list-1 (- i 1) xs1 d (+ n 1) (cons x as) es))
     (_ (from-list-1 (- i 1) xs d n (cons d as) es)))))

;; from-list-2-0: group the subtrees (reversed) into nodes, a level up.
(defun from-list-2-0 (n es s)
  (from-list-2 10 (pad (+ (div (- n 1) s) 1) 10 s es) s n (list s) '()))

(defun from-list-2
  ((0 xs s n as es)
   (let ((e (list_to_tuple as)))
     (case xs
       ('() (case es
              ('() (tuple e n (* s 10)))
              (_ (from-list-2-0 n (lists:reverse (cons e es)) (* s 10)))))
       (_ (from-list-2 10 xs s n (list s) (cons e es))))))
  ((i (cons x xs) s n as es)
   (from-list-2 (- i 1) xs s n (cons x as) es)))

(defun pad (n k p es)
  (push (rem (- k (rem n k)) k) p es))

(defun from_orddict (orddict)
  "Return an extendible array of an orddict of #(Index Value) pairs."
  (from_orddict orddict 'undefined))

(defun from_orddict
  "Return an extendible array of an orddict, with a default."
  (('() default) (new (tuple 'default default)))
  ((list default) (when (is_list list))
   (let (((tuple e n m) (from-orddict-0 list 0 10 default '())))
     (tuple 'array n m default e)))
  ((_ _) (erlang:error 'badarg)))

(defun from-orddict-0
  (('() n _ _ es)
   (case es
     ((list e) (tuple e n 10))
     (_ (collect-leafs n es 10))))
  (((= (cons (tuple ix1 _) _) xs) ix max0 d es0)
   (when (is_integer ix1) (> ix1 max0))
   (let* ((hole (- ix1 ix))
          (step (- hole (rem hole 10)))
          (next (+ ix step)))
     (from-orddict-0 xs next (+ next 10) d (cons step es0))))
  (((= (cons (tuple _ _) _) xs0) ix0 max d es)
   (let (((tuple xs e ix) (from-orddict-1 ix0 max xs0 ix0 d '())))
     (from-orddict-0 xs ix (+ ix 10) d (cons e es))))
  ((xs _ _ _ _) (erlang:error (tuple 'badarg xs))))

(defun from-orddict-1
  ((ix ix xs n _ as) (tuple xs (list_to_tuple (lists:reverse as)) n))
  ((ix max xs n0 d as)
   (case xs
     ((cons (tuple ix1 val) xs1) (when (=:= ix1 ix))
      (let ((n (+ ix 1)))
        (from-orddict-1 n max xs1 n d (cons val as))))
     ((cons (tuple ix1 _) _) (when (is_integer ix1) (> ix1 ix))
      (let ((n (+ ix 1)))
        (from-orddict-1 n max xs n d (cons d as))))
     ((cons _ _) (erlang:error (tuple 'badarg xs)))
     (_ (from-orddict-1 (+ ix 1) max xs n0 d (cons d as))))))

(defun collect-leafs (n es s)
  (let* ((i (+ (div (- n 1) s) 1))
         (pad (* (rem (- 10 (rem i 10)) 10) s)))
    (if (=:= pad 0)
      (collect-leafs 10 es s n (list s) '())
      (collect-leafs 10 (cons pad es) s n (list s) '()))))

(defun collect-leafs
  ((0 xs s n as es)
   (let ((e (list_to_tuple as)))
     (case xs
       ('() (case es
              ('() (tuple e n (* s 10)))
              (_ (collect-leafs n (lists:reverse (cons e es)) (* s 10)))))
       (_ (collect-leafs 10 xs s n (list s) (cons e es))))))
  ((i (cons x xs) s n as0 es0) (when (is_integer x))
   (let ((step0 (div x s)))
     (cond ((< step0 i)
            (collect-leafs (- i step0) xs s n (push step0 s as0) es0))
           ((=:= i 10)
            (let ((step (rem step0 10)))
              (collect-leafs (- i step) xs s n (push step s as0) (cons x es0))))
           ((=:= i step0)
            (collect-leafs 0 xs s n (push i s as0) es0))
           ('true
            (collect-leafs 0 (cons (* (- step0 i) s) xs) s n (push i s as0) es0)))))
  ((i (cons x xs) s n as es)
   (collect-leafs (- i 1) xs s n (cons x as) es))
  ((10 '() s n (list _) es)
   (collect-leafs n (lists:reverse es) (* s 10))))

;;; ------------------------------------------------------------------
;;; Map

(defun map
  "Replace each entry V at index I by (Fun I V), in index order."
  ((function (= (tuple 'array n _ d e) array)) (when (is_function function 2))
   (if (> n 0)
     (setelement 5 array (map-1 (- n 1) e 0 function d))
     array))
  ((_ _) (erlang:error 'badarg)))

(defun map-1 (n e ix f d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (list_to_tuple
            (lists:reverse
             (cons s (map-2 1 e ix f d '() (+ (div n s) 1) (rem n s) s))))))
        ((is_integer e) (map-1 n (unfold e d) ix f d))
        ('true (list_to_tuple (lists:reverse (map-3 1 e ix f d (+ n 1) '()))))))

(defun map-2 (i e ix f d l n r s)
  (if (=:= i n)
    (map-2-1 (+ i 1) e (cons (map-1 r (element i e) ix f d) l))
    (map-2 (+ i 1) e (+ ix s) f d (cons (map-1 (- s 1) (element i e) ix f d) l)
           n r s)))

(defun map-2-1 (i e l)
  (if (=< i 10) (map-2-1 (+ i 1) e (cons (element i e) l)) l))

(defun map-3 (i e ix f d n l)
  (cond ((=< i n) (map-3 (+ i 1) e (+ ix 1) f d n
                         (cons (funcall f ix (element i e)) l)))
        ((=< i 10) (map-3 (+ i 1) e (+ ix 1) f d n (cons d l)))
        ('true l)))

(defun unfold (s d)
  (if (> s 10) (new-node (div s 10)) (new-leaf d)))

(defun sparse_map
  "Replace each non-default entry V at index I by (Fun I V)."
  ((function (= (tuple 'array n _ d e) array)) (when (is_function function 2))
   (if (> n 0)
     (setelement 5 array (sparse-map-1 (- n 1) e 0 function d))
     array))
  ((_ _) (erlang:error 'badarg)))

(defun sparse-map-1 (n e ix f d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (list_to_tuple
            (lists:reverse
             (cons s (sparse-map-2 1 e ix f d '() (+ (div n s) 1) (rem n s) s))))))
        ((is_integer e) e)
        ('true (list_to_tuple (lists:reverse (sparse-map-3 1 e ix f d '()))))))

(defun sparse-map-2 (i e ix f d l n r s)
  (if (=:= i n)
    (map-2-1 (+ i 1) e (cons (sparse-map-1 r (element i e) ix f d) l))
    (sparse-map-2 (+ i 1) e (+ ix s) f d
                  (cons (sparse-map-1 (- s 1) (element i e) ix f d) l) n r s)))

(defun sparse-map-3 (i t ix f d l)
  (if (=< i 10)
    (let ((x (element i t)))
      (sparse-map-3 (+ i 1) t (+ ix 1) f d
                    (if (=:= x d) (cons d l) (cons (funcall f ix x) l))))
    l))

;;; ------------------------------------------------------------------
;;; Folds

(defun foldl
  "Fold (Fun I V Acc) over the entries in index order."
  ((function a (tuple 'array n _ d e)) (when (is_function function 3))
   (if (> n 0) (foldl-1 (- n 1) e a 0 function d) a))
  ((_ _ _) (erlang:error 'badarg)))

(defun foldl-1 (n e a ix f d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (foldl-2 1 e a ix f d (+ (div n s) 1) (rem n s) s)))
        ((is_integer e) (foldl-1 n (unfold e d) a ix f d))
        ('true (foldl-3 1 e a ix f (+ n 1)))))

(defun foldl-2 (i e a ix f d n r s)
  (if (=:= i n)
    (foldl-1 r (element i e) a ix f d)
    (foldl-2 (+ i 1) e (foldl-1 (- s 1) (element i e) a ix f d) (+ ix s) f d n r s)))

(defun foldl-3 (i e a ix f n)
  (if (=< i n)
    (foldl-3 (+ i 1) e (funcall f ix (element i e) a) (+ ix 1) f n)
    a))

(defun sparse_foldl
  "Fold (Fun I V Acc) over the non-default entries in index order."
  ((function a (tuple 'array n _ d e)) (when (is_function function 3))
   (if (> n 0) (sparse-foldl-1 (- n 1) e a 0 function d) a))
  ((_ _ _) (erlang:error 'badarg)))

(defun sparse-foldl-1 (n e a ix f d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (sparse-foldl-2 1 e a ix f d (+ (div n s) 1) (rem n s) s)))
        ((is_integer e) a)
        ('true (sparse-foldl-3 1 e a ix f d (+ n 1)))))

(defun sparse-foldl-2 (i e a ix f d n r s)
  (if (=:= i n)
    (sparse-foldl-1 r (element i e) a ix f d)
    (sparse-foldl-2 (+ i 1) e (sparse-foldl-1 (- s 1) (element i e) a ix f d)
                    (+ ix s) f d n r s)))

(defun sparse-foldl-3 (i t a ix f d n)
  (if (=< i n)
    (let ((x (element i t)))
      (sparse-foldl-3 (+ i 1) t (if (=:= x d) a (funcall f ix x a)) (+ ix 1) f d n))
    a))

(defun foldr
  "Fold (Fun I V Acc) over the entries in reverse index order."
  ((function a (tuple 'array n _ d e)) (when (is_function function 3))
   (if (> n 0)
     (let ((i (- n 1))) (foldr-1 i e i a function d))
     a))
  ((_ _ _) (erlang:error 'badarg)))

(defun foldr-1 (i e ix a f d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (foldr-2 (+ (div i s) 1) e ix a f d (rem i s) (- s 1))))
        ((is_integer e) (foldr-1 i (unfold e d) ix a f d))
        ('true (let ((i1 (+ i 1))) (foldr-3 i1 e (- ix i1) a f)))))

(defun foldr-2 (i e ix a f d r r0)
  (if (=:= i 0)
    a
    (foldr-2 (- i 1) e (- ix r 1) (foldr-1 r (element i e) ix a f d) f d r0 r0)))

(defun foldr-3 (i e ix a f)
  (if (=:= i 0)
    a
    (foldr-3 (- i 1) e ix (funcall f (+ ix i) (element i e) a) f)))

(defun sparse_foldr
  "Fold (Fun I V Acc) over the non-default entries in reverse order."
  ((function a (tuple 'array n _ d e)) (when (is_function function 3))
   (if (> n 0)
     (let ((i (- n 1))) (sparse-foldr-1 i e i a function d))
     a))
  ((_ _ _) (erlang:error 'badarg)))

(defun sparse-foldr-1 (i e ix a f d)
  (cond ((node? e)
         (let ((s (element 11 e)))
           (sparse-foldr-2 (+ (div i s) 1) e ix a f d (rem i s) (- s 1))))
        ((is_integer e) a)
        ('true (let ((i1 (+ i 1))) (sparse-foldr-3 i1 e (- ix i1) a f d)))))

(defun sparse-foldr-2 (i e ix a f d r r0)
  (if (=:= i 0)
    a
    (sparse-foldr-2 (- i 1) e (- ix r 1) (sparse-foldr-1 r (element i e) ix a f d)
                    f d r0 r0)))

(defun sparse-foldr-3 (i t ix a f d)
  (if (=:= i 0)
    a
    (let ((x (element i t)))
      (sparse-foldr-3 (- i 1) t ix (if (=:= x d) a (funcall f (+ ix i) x a)) f d))))

(defun sparse_size (a)
  "Return 1 + the index of the last non-default entry (0 if none)."
  (try (sparse_foldr (lambda (i _ _) (throw (tuple 'value i))) '() a)
    (case ('() 0))
    (catch ((tuple 'throw (tuple 'value i) _) (+ i 1)))))

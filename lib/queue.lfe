;;; queue.lfe - the Erlang `queue' module: FIFO queues, in LFE.
;;;
;;; A queue is the pair #(Rear Front): Front holds the oldest items in
;;; order, Rear the newest items reversed.  When one side runs dry, half
;;; of the other is moved over (so out/1 and out_r/1 are amortised O(1)).
;;; The representation, the rebalancing points and thus every printed
;;; queue are those of OTP 25, and so are the errors: badarg (or empty)
;;; for anything that is not a queue.  Like OTP, the filter/delete helpers
;;; recurse on the body; everything else runs in constant stack.

(defmodule queue
  (export (new 0) (is_queue 1) (is_empty 1) (len 1) (to_list 1)
          (from_list 1) (member 2) (in 2) (in_r 2) (out 1) (out_r 1)
          (get 1) (get_r 1) (peek 1) (peek_r 1) (drop 1) (drop_r 1)
          (reverse 1) (join 2) (split 2) (filter 2) (filtermap 2) (fold 3)
          (any 2) (all 2) (delete 2) (delete_r 2) (delete_with 2)
          (delete_with_r 2) (cons 2) (head 1) (tail 1) (snoc 2) (last 1)
          (daeh 1) (init 1) (liat 1) (lait 1)))

;;; ------------------------------------------------------------------
;;; Rebalancing: a list that was the whole queue split into two halves.

;; r2f: Rear is the whole queue (reversed); move its older half to front.
(defun r2f
  (('()) (tuple '() '()))
  (((= (list _) r)) (tuple '() r))
  (((list y x)) (tuple (list y) (list x)))
  ((l) (let (((tuple rr ff) (lists:split (div (erlang:length l) 2) l)))
         (tuple rr (lists:reverse ff '())))))

;; f2r: Front is the whole queue; move its newer half to the rear.
(defun f2r
  (('()) (tuple '() '()))
  (((= (list _) f)) (tuple f '()))
  (((list x y)) (tuple (list y) (list x)))
  ((l) (let (((tuple ff rr) (lists:split (div (erlang:length l) 2) l)))
         (tuple (lists:reverse rr '()) ff))))

;;; ------------------------------------------------------------------
;;; Basics

(defun new ()
  "Return an empty queue."
  (tuple '() '()))

(defun is_queue
  "Return true if the term looks like a queue (a pair of lists)."
  (((tuple r f)) (when (is_list r) (is_list f)) 'true)
  ((_) 'false))

(defun is_empty
  "Return true if the queue is empty."
  (((tuple '() '())) 'true)
  (((tuple r f)) (when (is_list r) (is_list f)) 'false)
  ((q) (erlang:error 'badarg (list q))))

(defun len
  "Return the number of items in the queue."
  (((tuple r f)) (when (is_list r) (is_list f))
   (+ (erlang:length r) (erlang:length f)))
  ((q) (erlang:error 'badarg (list q))))

(defun to_list
  "Return the items of the queue, oldest first."
  (((tuple r f)) (when (is_list r) (is_list f)) (++ f (lists:reverse r '())))
  ((q) (erlang:error 'badarg (list q))))

(defun from_list
  "Return a queue of the items of a list, the head being the oldest."
  ((l) (when (is_list l)) (f2r l))
  ((l) (erlang:error 'badarg (list l))))

(defun member
  "Return true if an item matches (=:=) the term."
  ((x (tuple r f)) (when (is_list r) (is_list f))
   (orelse (lists:member x r) (lists:member x f)))
  ((x q) (erlang:error 'badarg (list x q))))

;;; ------------------------------------------------------------------
;;; The original API

(defun in
  "Insert an item at the rear of the queue."
  ((x (tuple (= (list _) r) '())) (tuple (list x) r))
  ((x (tuple r f)) (when (is_list r) (is_list f)) (tuple (cons x r) f))
  ((x q) (erlang:error 'badarg (list x q))))

(defun in_r
  "Insert an item at the front of the queue."
  ((x (tuple '() (= (list _) f))) (tuple f (list x)))
  ((x (tuple r f)) (when (is_list r) (is_list f)) (tuple r (cons x f)))
  ((x q) (erlang:error 'badarg (list x q))))

(defun out
  "Remove the front item: #(#(value Item) Q2), or #(empty Q)."
  (((= (tuple '() '()) q)) (tuple 'empty q))
  (((tuple (list v) '())) (tuple (tuple 'value v) (tuple '() '())))
  (((tuple (cons y r) '()))
   (let (((cons v f) (lists:reverse r '())))
     (tuple (tuple 'value v) (tuple (list y) f))))
  (((tuple r (list v))) (when (is_list r)) (tuple (tuple 'value v) (r2f r)))
  (((tuple r (cons v f))) (when (is_list r)) (tuple (tuple 'value v) (tuple r f)))
  ((q) (erlang:error 'badarg (list q))))

(defun out_r
  "Remove the rear item: #(#(value Item) Q2), or #(empty Q)."
  (((= (tuple '() '()) q)) (tuple 'empty q))
  (((tuple '() (list v))) (tuple (tuple 'value v) (tuple '() '())))
  (((tuple '() (cons y f)))
   (let (((cons v r) (lists:reverse f '())))
     (tuple (tuple 'value v) (tuple r (list y)))))
  (((tuple (list v) f)) (when (is_list f)) (tuple (tuple 'value v) (f2r f)))
  (((tuple (cons v r) f)) (when (is_list f)) (tuple (tuple 'value v) (tuple r f)))
  ((q) (erlang:error 'badarg (list q))))

;;; ------------------------------------------------------------------
;;; The extended API

(defun get
  "Return the front item; error empty on an empty queue."
  (((= (tuple '() '()) q)) (erlang:error 'empty (list q)))
  (((tuple r f)) (when (is_list r) (is_list f)) (front r f))
  ((q) (erlang:error 'badarg (list q))))

;; front: the oldest item of a non-empty queue.
(defun front
  ((r (cons h _)) (when (is_list r)) h)
  (((list h) '()) h)
  (((cons _ r) '()) (lists:last r)))

(defun get_r
  "Return the rear item; error empty on an empty queue."
  (((= (tuple '() '()) q)) (erlang:error 'empty (list q)))
  (((tuple (cons h _) f)) (when (is_list f)) h)
  (((tuple '() (list h))) h)
  (((tuple '() (cons _ f))) (lists:last f))
  ((q) (erlang:error 'badarg (list q))))

(defun peek
  "Return #(value Item) for the front item, or empty."
  (((tuple '() '())) 'empty)
  (((tuple r (cons h _))) (when (is_list r)) (tuple 'value h))
  (((tuple (list h) '())) (tuple 'value h))
  (((tuple (cons _ r) '())) (tuple 'value (lists:last r)))
  ((q) (erlang:error 'badarg (list q))))

(defun peek_r
  "Return #(value Item) for the rear item, or empty."
  (((tuple '() '())) 'empty)
  (((tuple (cons h _) f)) (when (is_list f)) (tuple 'value h))
  (((tuple '() (list h))) (tuple 'value h))
  (((tuple '() (cons _ r))) (tuple 'value (lists:last r)))
  ((q) (erlang:error 'badarg (list q))))

(defun drop
  "Remove the front item; error empty on an empty queue."
  (((= (tuple '() '()) q)) (erlang:error 'empty (list q)))
  (((tuple (list _) '())) (tuple '() '()))
  (((tuple (cons y r) '()))
   (let (((cons _ f) (lists:reverse r '())))
     (tuple (list y) f)))
  (((tuple r (list _))) (when (is_list r)) (r2f r))
  (((tuple r (cons _ f))) (when (is_list r)) (tuple r f))
  ((q) (erlang:error 'badarg (list q))))

(defun drop_r
  "Remove the rear item; error empty on an empty queue."
  (((= (tuple '() '()) q)) (erlang:error 'empty (list q)))
  (((tuple '() (list _))) (tuple '() '()))
  (((tuple '() (cons y f)))
   (let (((cons _ r) (lists:reverse f '())))
     (tuple r (list y))))
  (((tuple (list _) f)) (when (is_list f)) (f2r f))
  (((tuple (cons _ r) f)) (when (is_list f)) (tuple r f))
  ((q) (erlang:error 'badarg (list q))))

(defun reverse
  "Return the queue with its items in the opposite order."
  (((tuple r f)) (when (is_list r) (is_list f)) (tuple f r))
  ((q) (erlang:error 'badarg (list q))))

(defun join
  "Return Q1's items followed by Q2's."
  (((= (tuple r f) q) (tuple '() '())) (when (is_list r) (is_list f)) q)
  (((tuple '() '()) (= (tuple r f) q)) (when (is_list r) (is_list f)) q)
  (((tuple r1 f1) (tuple r2 f2))
   (when (is_list r1) (is_list f1) (is_list r2) (is_list f2))
   (tuple r2 (++ f1 (lists:reverse r1 f2))))
  ((q1 q2) (erlang:error 'badarg (list q1 q2))))

(defun split
  "Split after the first N items: #(Front Rest)."
  ((0 (= (tuple r f) q)) (when (is_list r) (is_list f))
   (tuple (tuple '() '()) q))
  ((n (= (tuple r f) q)) (when (is_integer n) (>= n 1) (is_list r) (is_list f))
   (let ((lf (erlang:length f)))
     (cond ((< n lf)
            (split-f1-to-r2 (- n 1) r (tl f) '() (list (hd f))))
           ((> n lf)
            (let ((m (- (erlang:length r) (- n lf))))
              (cond ((< m 0) (erlang:error 'badarg (list n q)))
                    ((> m 0) (split-r1-to-f2 (- m 1) (tl r) f (list (hd r)) '()))
                    ('true (tuple q (tuple '() '()))))))
           ('true (tuple (f2r f) (r2f r))))))
  ((n q) (erlang:error 'badarg (list n q))))

(defun split-f1-to-r2
  ((0 r1 f1 r2 f2) (tuple (tuple r2 f2) (tuple r1 f1)))
  ((n r1 (cons x f1) r2 f2) (split-f1-to-r2 (- n 1) r1 f1 (cons x r2) f2)))

(defun split-r1-to-f2
  ((0 r1 f1 r2 f2) (tuple (tuple r1 f1) (tuple r2 f2)))
  ((n (cons x r1) f1 r2 f2) (split-r1-to-f2 (- n 1) r1 f1 r2 (cons x f2))))

;; rebuild: a queue from filtered rear and front lists.
(defun rebuild
  (('() f) (f2r f))
  ((r '()) (r2f r))
  ((r f) (tuple r f)))

(defun filter
  "Keep the items for which Fun returns true; a list return replaces the
item with the list's items."
  ((fun (tuple r f)) (when (is_function fun 1) (is_list r) (is_list f))
   (let* ((f2 (filter-f fun f))
          (r2 (filter-r fun r)))
     (rebuild r2 f2)))
  ((fun q) (erlang:error 'badarg (list fun q))))

(defun filter-f
  ((_ '()) '())
  ((fun (cons x f))
   (case (funcall fun x)
     ('true (cons x (filter-f fun f)))
     ((list y) (cons y (filter-f fun f)))
     ('false (filter-f fun f))
     ('() (filter-f fun f))
     (l (when (is_list l)) (++ l (filter-f fun f))))))

(defun filter-r
  ((_ '()) '())
  ((fun (cons x r0))
   (let ((r (filter-r fun r0)))
     (case (funcall fun x)
       ('true (cons x r))
       ((list y) (cons y r))
       ('false r)
       ('() r)
       (l (when (is_list l)) (lists:reverse l r))))))

(defun filtermap
  "Keep the items for which Fun returns true, replace those for which it
returns #(true Value)."
  ((fun (tuple r f)) (when (is_function fun 1) (is_list r) (is_list f))
   (let* ((f2 (lists:filtermap fun f))
          (r2 (filtermap-r fun r)))
     (rebuild r2 f2)))
  ((fun q) (erlang:error 'badarg (list fun q))))

(defun filtermap-r
  ((_ '()) '())
  ((fun (cons x r0))
   (let ((r (filtermap-r fun r0)))
     (case (funcall fun x)
       ('true (cons x r))
       ((tuple 'true y) (cons y r))
       ('false r)))))

(defun fold
  "Fold Fun over the items, oldest first."
  ((fun acc (tuple r f)) (when (is_function fun 2) (is_list r) (is_list f))
   (lists:foldr fun (lists:foldl fun acc f) r))
  ((fun acc q) (erlang:error 'badarg (list fun acc q))))

(defun any
  "Return true if Pred holds for some item."
  ((pred (tuple r f)) (when (is_function pred 1) (is_list r) (is_list f))
   (orelse (lists:any pred f) (lists:any pred r)))
  ((pred q) (erlang:error 'badarg (list pred q))))

(defun all
  "Return true if Pred holds for every item."
  ((pred (tuple r f)) (when (is_function pred 1) (is_list r) (is_list f))
   (andalso (lists:all pred f) (lists:all pred r)))
  ((pred q) (erlang:error 'badarg (list pred q))))

(defun delete
  "Remove the oldest item that matches (=:=) the term."
  ((item (= (tuple r0 f0) q)) (when (is_list r0) (is_list f0))
   (case (delete-front item f0)
     ('false
      (case (delete-rear item r0)
        ('false q)
        ('() (f2r f0))
        (r1 (tuple r1 f0))))
     ('() (r2f r0))
     (f1 (tuple r0 f1))))
  ((item q) (erlang:error 'badarg (list item q))))

(defun delete_r
  "Remove the newest item that matches (=:=) the term."
  ((item (tuple r0 f0)) (when (is_list r0) (is_list f0))
   (let (((tuple f1 r1) (delete item (tuple f0 r0))))
     (tuple r1 f1)))
  ((item q) (erlang:error 'badarg (list item q))))

(defun delete-front
  ((item (cons x rest)) (when (=:= x item)) rest)
  ((item (cons x rest))
   (case (delete-front item rest)
     ('false 'false)
     (f (cons x f))))
  ((_ '()) 'false))

(defun delete-rear
  ((item (cons x rest))
   (case (delete-rear item rest)
     ('false (if (=:= x item) rest 'false))
     (r (cons x r))))
  ((_ '()) 'false))

(defun delete_with
  "Remove the oldest item for which Pred returns true."
  ((pred (= (tuple r0 f0) q)) (when (is_function pred 1) (is_list r0) (is_list f0))
   (case (delete-with-front pred f0)
     ('false
      (case (delete-with-rear pred r0)
        ('false q)
        ('() (f2r f0))
        (r1 (tuple r1 f0))))
     ('() (r2f r0))
     (f1 (tuple r0 f1))))
  ((pred q) (erlang:error 'badarg (list pred q))))

(defun delete_with_r
  "Remove the newest item for which Pred returns true."
  ((pred (tuple r0 f0)) (when (is_function pred 1) (is_list r0) (is_list f0))
   (let (((tuple f1 r1) (delete_with pred (tuple f0 r0))))
     (tuple r1 f1)))
  ((pred q) (erlang:error 'badarg (list pred q))))

(defun delete-with-front
  ((pred (cons x rest))
   (case (funcall pred x)
     ('true rest)
     ('false (case (delete-with-front pred rest)
               ('false 'false)
               (f (cons x f))))))
  ((_ '()) 'false))

(defun delete-with-rear
  ((pred (cons x rest))
   (case (delete-with-rear pred rest)
     ('false (case (funcall pred x)
               ('true rest)
               ('false 'false)))
     (r (cons x r))))
  ((_ '()) 'false))

;;; ------------------------------------------------------------------
;;; The Okasaki API

(defun cons (x q)
  "Insert an item at the front of the queue (in_r)."
  (in_r x q))

(defun head
  "Return the front item; error empty on an empty queue."
  (((= (tuple '() '()) q)) (erlang:error 'empty (list q)))
  (((tuple r f)) (when (is_list r) (is_list f)) (front r f))
  ((q) (erlang:error 'badarg (list q))))

(defun tail (q)
  "Remove the front item (drop)."
  (drop q))

(defun snoc (q x)
  "Insert an item at the rear of the queue (in)."
  (in x q))

(defun daeh (q)
  "Return the rear item (get_r)."
  (get_r q))

(defun last (q)
  "Return the rear item (get_r)."
  (get_r q))

(defun liat (q)
  "Remove the rear item (drop_r)."
  (drop_r q))

(defun lait (q)
  "Remove the rear item (drop_r; deprecated spelling)."
  (drop_r q))

(defun init (q)
  "Remove the rear item (drop_r)."
  (drop_r q))

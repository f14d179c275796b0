;;; binary.lfe - the parts of OTP 25's binary module that may take long:
;;; split/2,3, matches/2,3, replace/3,4, copy/1,2 and bin_to_list/1.
;;; The rest of the module (first, last, at, part, match, compile_pattern,
;;; encode_unsigned, ...) is C BIFs (runtime/bif_binary.c,
;;; runtime/bif_binmod.c).
;;;
;;; A small subject goes to the one-call C BIFs (module elfe_binary).  A
;;; big one is searched in bounded slices (elfe_binary:matches_slice/5:
;;; at most 1 MB scanned and 4096 matches per call) and its results are
;;; built in pieces of bounded size, from an LFE loop that hands the
;;; process back to the scheduler after each costly step (the slice BIF
;;; asks for it, the loops here call erlang:yield/0), so a split of 100 MB
;;; leaves the other processes running, as on the BEAM.  Results
;;; and errors are OTP's either way.

(defmodule binary
  (export (split 2) (split 3) (matches 2) (matches 3)
          (replace 3) (replace 4) (copy 1) (copy 2) (bin_to_list 1)))

;; Subjects (or results) above this many bytes take the sliced way.
(defun big () 65536)
;; Bytes scanned per slice, bytes copied per append.
;; (A test may set elfe_binary_scan_step in its process dictionary to
;; exercise the slice boundaries on small subjects.)
(defun scan-step ()
  (case (get 'elfe_binary_scan_step)
    ('undefined 1048576)
    (n n)))
(defun copy-step () 65536)

(defun sliced? (s)
  (andalso (is_binary s) (> (byte_size s) (big)) (elfe_binary:aligned s)))

;;; ------------------------------------------------------------------
;;; split

(defun split (subject pattern) (split subject pattern ()))

(defun split (subject pattern opts)
  "Split Subject at the matches of Pattern: the first one, or every one
  with global; trim and trim_all drop empty parts; {scope, {Start, Len}}."
  (if (sliced? subject)
    (case (if (pattern-ok? subject pattern)
            (parse-opts opts '(global trim trim_all) (byte_size subject))
            'error)
      ((tuple flags from end _) (split-big subject pattern flags from end))
      ('error (erlang:error 'badarg (list subject pattern opts))))
    (try (elfe_binary:split subject pattern opts)
      (catch ((tuple 'error 'badarg _)
              (erlang:error 'badarg (list subject pattern opts)))))))

(defun split-big (s pat flags from end)
  (let* ((global (lists:member 'global flags))
         (trim-all (lists:member 'trim_all flags))
         (trim (orelse trim-all (lists:member 'trim flags)))
         (ms (if global
               (all-matches s pat from end)
               (first-match s pat from end)))
         (chunks (split-parts s ms 0 trim-all ()))
         (chunks2 (if trim (trim-chunks chunks) chunks)))
    (join-chunks chunks2 ())))

;; The parts between the matches, in chunks of at most 4097 parts: a
;; list of chunks, last chunk first (each chunk in order).  ms is a list
;; of match chunks (each a list of {At, Len}, in order).
(defun split-parts
  ((s () start skip-empty acc)
   (let ((last (binary:part s start (- (byte_size s) start))))
     (if (andalso skip-empty (=:= last #""))
       acc
       (cons (list last) acc))))
  ((s (cons chunk rest) start skip-empty acc)
   (let (((tuple parts start2) (chunk-parts s chunk start skip-empty ())))
     (split-parts s rest start2 skip-empty (cons parts acc)))))

(defun chunk-parts
  ((_ () start _ acc) (tuple (lists:reverse acc) start))
  ((s (cons (tuple at len) ms) start skip-empty acc)
   (let ((part (binary:part s start (- at start))))
     (chunk-parts s ms (+ at len) skip-empty
                  (if (andalso skip-empty (=:= part #"")) acc (cons part acc))))))

;; Drop the empty parts at the end (the chunks are last chunk first).
(defun trim-chunks
  ((()) ())
  (((cons chunk rest))
   (case (drop-empty (lists:reverse chunk))
     (() (trim-chunks rest))
     (rev (cons (lists:reverse rev) rest)))))

(defun drop-empty
  (((cons #"" rest)) (drop-empty rest))
  ((l) l))

;; The chunks (last first) as one list, a bounded copy at each step.
(defun join-chunks
  ((() acc) acc)
  (((cons chunk rest) acc)
   (erlang:yield)
   (join-chunks rest (++ chunk acc))))

;;; ------------------------------------------------------------------
;;; matches

(defun matches (subject pattern) (matches subject pattern ()))

(defun matches (subject pattern opts)
  "Every non-overlapping match of Pattern in Subject, as {Pos, Len}."
  (if (sliced? subject)
    (case (if (pattern-ok? subject pattern)
            (parse-opts opts () (byte_size subject))
            'error)
      ((tuple _ from end _)
       (join-chunks (lists:reverse (all-matches subject pattern from end)) ()))
      ('error (erlang:error 'badarg (list subject pattern opts))))
    (try (elfe_binary:matches subject pattern opts)
      (catch ((tuple 'error 'badarg _)
              (erlang:error 'badarg (list subject pattern opts)))))))

;; Every match in [from, end), as a list of chunks in order.
(defun all-matches (s pat from end)
  (all-matches s pat from end ()))

(defun all-matches (s pat pos end acc)
  (let (((tuple ms next) (elfe_binary:matches_slice s pat pos end (scan-step))))
    (let ((acc2 (if (=:= ms ()) acc (cons ms acc))))
      (if (=:= next 'done)
        (lists:reverse acc2)
        (all-matches s pat next end acc2)))))

;; The first match in [from, end), as chunks: () or ((#(At Len))).
(defun first-match (s pat pos end)
  (case (elfe_binary:matches_slice s pat pos end (scan-step))
    ((tuple (cons m _) _) (list (list m)))
    ((tuple () 'done) ())
    ((tuple () next) (first-match s pat next end))))

;; A bad pattern is badarg before any work (the slice BIF checks it).
(defun pattern-ok? (s pat)
  (case (catch (elfe_binary:matches_slice s pat 0 0 1))
    ((tuple 'EXIT _) 'false)
    (_ 'true)))

;;; ------------------------------------------------------------------
;;; replace

(defun replace (subject pattern replacement)
  (replace subject pattern replacement ()))

(defun replace (subject pattern replacement opts)
  "Replace the first match (every one with global) of Pattern in Subject
  by Replacement; {insert_replaced, Pos | [Pos]} inserts the match into
  the replacement at those positions; {scope, {Start, Len}}."
  (let ((args (list subject pattern replacement opts)))
    (if (andalso (sliced? subject) (is_binary replacement))
      (case (parse-opts opts '(global insert_replaced) (byte_size subject))
        ('error (erlang:error 'badarg args))
        ((tuple flags from end ins)
         (case (if (pattern-ok? subject pattern)
                 (insert-positions ins (byte_size replacement))
                 'error)
           ('error (erlang:error 'badarg args))
           (poss
            (replace-big subject pattern replacement flags from end poss)))))
      (try (elfe_binary:replace subject pattern replacement opts)
        (catch ((tuple 'error 'badarg _) (erlang:error 'badarg args)))))))

(defun replace-big (subject pattern replacement flags from end poss)
  (let ((ms (if (lists:member 'global flags)
              (all-matches subject pattern from end)
              (first-match subject pattern from end))))
    (if (=:= ms ())
      subject
      (let ((total (result-size ms (byte_size subject) (byte_size replacement)
                                (length poss))))
        (replace-build subject ms replacement poss 0
                       (elfe_binary:buffer total))))))

;; The size of the result: each match of Len becomes R + Nins * Len.
(defun result-size
  ((() size _ _) size)
  (((cons chunk rest) size r nins)
   (result-size rest
                (lists:foldl (lambda (m acc) (+ acc (- r (element 2 m)) (* nins (element 2 m))))
                             size chunk)
                r nins)))

(defun insert-positions
  (('none _) ())
  ((n size) (when (is_integer n)) (insert-positions (list n) size))
  ((l size) (when (is_list l))
   (if (lists:all (lambda (x) (andalso (is_integer x) (>= x 0) (=< x size))) l)
     (lists:sort l)
     'error))
  ((_ _) 'error))

(defun replace-build
  ((s () _ _ last acc)
   (append-big acc (binary:part s last (- (byte_size s) last))))
  ((s (cons chunk rest) r poss last acc)
   (erlang:yield)
   (let (((tuple acc2 last2) (replace-chunk s chunk r poss last acc)))
     (replace-build s rest r poss last2 acc2))))

(defun replace-chunk
  ((_ () _ _ last acc) (tuple acc last))
  ((s (cons (tuple at len) ms) r poss last acc)
   (let* ((acc2 (append-big acc (binary:part s last (- at last))))
          (acc3 (insert-replaced r poss (binary:part s at len) 0 acc2)))
     (replace-chunk s ms r poss (+ at len) acc3))))

;; The replacement with the matched bytes inserted at each position.
(defun insert-replaced
  ((r () _ rp acc) (append-big acc (binary:part r rp (- (byte_size r) rp))))
  ((r (cons p ps) m rp acc)
   (let ((acc2 (append-big acc (binary:part r rp (- p rp)))))
     (insert-replaced r ps m p (binary (acc2 binary) (m binary))))))

;; acc with bin appended, copy-step bytes at a time (acc comes from
;; elfe_binary:buffer with room for the whole result: no copy of acc).
;; A reduction does not count bytes, so a big append yields first.
(defun append-big (acc bin)
  (let ((n (byte_size bin)) (step (copy-step)))
    (cond
     ((< n 4096) (binary (acc binary) (bin binary)))
     ((=< n step) (erlang:yield) (binary (acc binary) (bin binary)))
     ('true
      (erlang:yield)
      (append-big (binary (acc binary) ((binary:part bin 0 step) binary))
                  (binary:part bin step (- n step)))))))

;;; ------------------------------------------------------------------
;;; copy, bin_to_list

(defun copy (subject)
  "A new binary with the bytes of Subject."
  (if (sliced? subject)
    (copy-loop subject 1 (elfe_binary:buffer (byte_size subject)))
    (try (elfe_binary:copy subject)
      (catch ((tuple 'error 'badarg _) (erlang:error 'badarg (list subject)))))))

(defun copy (subject n)
  "N copies of Subject, one after the other, as a new binary."
  (if (andalso (is_binary subject) (is_integer n) (>= n 0)
               (> (* (byte_size subject) n) (big))
               (elfe_binary:aligned subject))
    (copy-loop subject n (elfe_binary:buffer (* (byte_size subject) n)))
    (try (elfe_binary:copy subject n)
      (catch ((tuple 'error 'badarg _) (erlang:error 'badarg (list subject n)))))))

(defun copy-loop
  ((_ 0 acc) acc)
  ((s n acc) (copy-loop s (- n 1) (append-big acc s))))

(defun bin_to_list (subject)
  "The bytes of Subject as a list."
  (if (sliced? subject)
    (bin-to-list subject (byte_size subject) ())
    (try (elfe_binary:bin_to_list subject)
      (catch ((tuple 'error 'badarg _) (erlang:error 'badarg (list subject)))))))

;; The list built from the end, copy-step bytes at a time.
(defun bin-to-list (s end acc)
  (if (== end 0)
    acc
    (let ((n (min end (copy-step))))
      (erlang:yield)
      (bin-to-list s (- end n)
                   (++ (binary:bin_to_list s (- end n) n) acc)))))

;;; ------------------------------------------------------------------
;;; Options

;; #(Flags From End Insert) for an option list allowing the atoms in
;; `allowed' (global, trim, trim_all, insert_replaced) and scope, or
;; error.  Insert is the insert_replaced value, or none.
(defun parse-opts (opts allowed size)
  (parse-opts opts allowed size () 0 size 'none))

(defun parse-opts
  ((() _ _ flags from end ins) (tuple flags from end ins))
  (((cons (tuple 'scope sc) rest) allowed size flags _ _ ins)
   (case (scope-range sc size)
     ((tuple from len) (parse-opts rest allowed size flags from (+ from len) ins))
     ('error 'error)))
  (((cons (tuple 'insert_replaced v) rest) allowed size flags from end _)
   (if (lists:member 'insert_replaced allowed)
     (parse-opts rest allowed size flags from end v)
     'error))
  (((cons a rest) allowed size flags from end ins) (when (is_atom a))
   (if (andalso (lists:member a allowed) (=/= a 'insert_replaced))
     (parse-opts rest allowed size (cons a flags) from end ins)
     'error))
  ((_ _ _ _ _ _ _) 'error))

;; {Start, Len} (Len may be negative) inside size bytes.
(defun scope-range
  (((tuple start len) size) (when (is_integer start) (is_integer len))
   (let ((s (if (< len 0) (+ start len) start))
         (n (abs len)))
     (if (andalso (>= s 0) (=< s size) (=< n (- size s)))
       (tuple s n)
       'error)))
  ((_ _) 'error))

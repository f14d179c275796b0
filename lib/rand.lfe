;;; rand.lfe - the Erlang `rand' module: pseudo random numbers with OTP
;;; 25's algorithms, seeding and state, so a seeded sequence is the one
;;; OTP gives (rand:seed(exsss, {1,2,3}) then rand:uniform(100) ...).
;;;
;;; Algorithms: exsss (Xorshift116**, the default), exsplus/exsp
;;; (Xorshift116+), exrop (Xoroshiro116+), exs1024s/exs1024
;;; (Xorshift1024*) and exs64.  Seeds from an integer go through
;;; splitmix64 as in OTP.  A state is {Handler, AlgState}, Handler a map
;;; holding the type, the bit count and the next function; export_seed
;;; gives {Alg, AlgState}, OTP's exported form.  The process's state
;;; lives in the process dictionary under rand_seed, as in OTP.
;;;
;;; normal/0,2 use the Box-Muller transform over uniform_s: standard
;;; normal values, but not OTP's ziggurat sequence.

(defmodule rand
  (export (seed 1) (seed 2) (seed_s 1) (seed_s 2) (export_seed 0)
          (export_seed_s 1) (uniform 0) (uniform 1) (uniform_s 1)
          (uniform_s 2) (uniform_real 0) (uniform_real_s 1) (normal 0)
          (normal 2) (normal_s 1) (normal_s 3) (bytes 1) (bytes_s 2)))

(defun mask (bits x) (band x (- (bsl 1 bits) 1)))

;; x shifted left by n within bits.
(defun bsl-in (bits x n) (bsl (mask (- bits n) x) n))

(defun rotl (bits x n) (bor (bsl-in bits x n) (bsr x (- bits n))))

(defun two-pow-minus53 () 1.11022302462515657e-16)

;;; ------------------------------------------------------------------
;;; Algorithm handlers: 'bits for the current algorithms; 'max for the
;;; legacy ones (exsplus, exs1024, exs64), whose uniform functions use
;;; OTP's older formulas.

(defun handler
  (('exsss) (map 'type 'exsss 'bits 58 'weak_low_bits 0 'next #'exsss-next/1))
  (('exsplus) (map 'type 'exsplus 'max (- (bsl 1 58) 1) 'next #'exsp-next/1))
  (('exsp) (map 'type 'exsp 'bits 58 'weak_low_bits 1 'next #'exsp-next/1))
  (('exrop) (map 'type 'exrop 'bits 58 'weak_low_bits 1 'next #'exrop-next/1))
  (('exs1024s) (map 'type 'exs1024s 'bits 64 'weak_low_bits 3 'next #'exs1024-next/1))
  (('exs1024) (map 'type 'exs1024 'max (- (bsl 1 64) 1) 'next #'exs1024-next/1))
  (('exs64) (map 'type 'exs64 'max (- (bsl 1 64) 1) 'next #'exs64-next/1))
  ((alg) (erlang:error 'function_clause (list alg))))

(defun alg-seed
  (('exsss s) (exsss-seed s))
  (('exsplus s) (exsp-seed s))
  (('exsp s) (exsp-seed s))
  (('exrop s) (exrop-seed s))
  (('exs1024s s) (exs1024-seed s))
  (('exs1024 s) (exs1024-seed s))
  (('exs64 s) (exs64-seed s)))

;;; ------------------------------------------------------------------
;;; Seeding

(defun seed (alg)
  "Seed the process's generator with Alg from a fresh default seed."
  (seed-put (seed_s alg)))

(defun seed (alg s)
  "Seed the process's generator: Alg with an integer, a list or {A1,A2,A3}."
  (seed-put (seed_s alg s)))

(defun seed_s
  "A new state: from an exported {Alg, AlgState}, a state, or Alg."
  ([(= (tuple h _) state)] (when (is_map h)) state)
  ([(tuple alg algstate)] (when (is_atom alg)) (tuple (handler alg) algstate))
  ([alg] (seed_s alg (default-seed))))

(defun seed_s
  ([alg s] (let ((a (if (=:= alg 'default) 'exsss alg)))
             (tuple (handler a) (alg-seed a s)))))

(defun default-seed ()
  (tuple (erlang:phash2 (list (tuple (node) (self))))
         (os:system_time)
         (erlang:unique_integer)))

(defun seed-put (state) (put 'rand_seed state) state)

(defun seed-get ()
  (case (get 'rand_seed)
    ('undefined (seed 'exsss))
    (old old)))

(defun export_seed ()
  "The process's state as {Alg, AlgState}, or undefined."
  (case (get 'rand_seed)
    ((tuple (map 'type alg) algstate) (tuple alg algstate))
    (_ 'undefined)))

(defun export_seed_s
  ([(tuple (map 'type alg) algstate)] (tuple alg algstate)))

;; splitmix64: the seed expander.
(defun splitmix64-next (x0)
  (let* ((x (mask 64 (+ x0 #x9e3779b97f4a7c15)))
         (z0 (mask 64 (* (bxor x (bsr x 30)) #xbf58476d1ce4e5b9)))
         (z1 (mask 64 (* (bxor z0 (bsr z0 27)) #x94d049bb133111eb))))
    (tuple (mask 64 (bxor z1 (bsr z1 31))) x)))

;; seed58: one non-zero 58-bit word and the next splitmix state.
(defun seed58 (x0)
  (let (((tuple z0 x) (splitmix64-next x0)))
    (case (mask 58 z0)
      (0 (seed58 x))
      (z (tuple z x)))))

(defun seed58-n
  ((0 _) ())
  ((n x) (let (((tuple z nx) (seed58 x))) (cons z (seed58-n (- n 1) nx)))))

(defun seed64 (x0)
  (let (((tuple z x) (splitmix64-next x0)))
    (if (=:= z 0) (seed64 x) (tuple z x))))

(defun seed64-n
  ((0 _) ())
  ((n x) (let (((tuple z nx) (seed64 x))) (cons z (seed64-n (- n 1) nx)))))

;; A list seed: n words masked to m bits, not all zero.
(defun seed-nz (n ss m) (seed-nz n ss m 'false))

(defun seed-nz
  ((_ () _ 'false) (erlang:error 'zero_seed))
  ((0 (cons _ _) _ _) (erlang:error 'too_many_seed_integers))
  ((0 () _ _) ())
  ((n () m 'true) (cons 0 (seed-nz (- n 1) () m 'true)))
  ((n (cons s ss) m nz)
   (if (is_integer s)
     (let ((r (mask m s)))
       (cons r (seed-nz (- n 1) ss m (orelse nz (=/= r 0)))))
     (erlang:error 'non_integer_seed))))

;;; ------------------------------------------------------------------
;;; The generators

(defun xs-next (s0 s1)
  (let ((s1b (bxor (mask 58 s1) (bsl-in 58 s1 24))))
    (bxor s1b s0 (bsr s1b 11) (bsr s0 41))))

(defun exsss-seed
  ((l) (when (is_list l)) (let (((list s0 s1) (seed-nz 2 l 58))) (cons s0 s1)))
  ((x) (when (is_integer x)) (let (((list s0 s1) (seed58-n 2 x))) (cons s0 s1)))
  (((tuple a1 a2 a3))
   (let* (((tuple _ x0) (seed58 a1))
          ((tuple s0 x1) (seed58 (bxor a2 x0)))
          ((tuple s1 _) (seed58 (bxor a3 x1))))
     (cons s0 s1))))

(defun exsss-next
  (((cons s1 s0))
   (let* ((s0-1 (mask 58 s0))
          (new-s1 (xs-next s0-1 s1))
          (va (+ s0-1 (bsl-in 58 s0-1 2)))
          (vb (bor (bsl-in 58 va 7) (mask 7 (bsr va 51)))))
     (tuple (mask 58 (+ vb (bsl-in 58 vb 3))) (cons s0-1 new-s1)))))

(defun exsp-seed
  ((l) (when (is_list l)) (let (((list s0 s1) (seed-nz 2 l 58))) (cons s0 s1)))
  ((x) (when (is_integer x)) (let (((list s0 s1) (seed58-n 2 x))) (cons s0 s1)))
  (((tuple a1 a2 a3))
   (let* (((tuple _ r1) (exsp-next (cons (mask 58 (+ (* a1 4294967197) 1))
                                         (mask 58 (+ (* a2 4294967231) 1)))))
          ((tuple _ r2) (exsp-next (cons (mask 58 (+ (* a3 4294967279) 1))
                                         (cdr r1)))))
     r2)))

(defun exsp-next
  (((cons s1 s0))
   (let* ((s0-1 (mask 58 s0))
          (new-s1 (xs-next s0-1 s1)))
     (tuple (mask 58 (+ s0-1 new-s1)) (cons s0-1 new-s1)))))

(defun exrop-seed
  ((l) (when (is_list l)) (let (((list s0 s1) (seed-nz 2 l 58))) (cons s0 s1)))
  ((x) (when (is_integer x)) (let (((list s0 s1) (seed58-n 2 x))) (cons s0 s1)))
  (((tuple a1 a2 a3))
   (let (((cons _ s1) (exrop-next-s (mask 58 (+ (* a1 4294967197) 1))
                                    (mask 58 (+ (* a2 4294967231) 1)))))
     (exrop-next-s (mask 58 (+ (* a3 4294967279) 1)) s1))))

(defun exrop-next-s (s0 s1)
  (let ((s1a (bxor s1 s0)))
    (cons (bxor (rotl 58 s0 24) s1a (bsl-in 58 s1a 2))
          (rotl 58 s1a 35))))

(defun exrop-next
  (((cons s0 s1)) (tuple (mask 58 (+ s0 s1)) (exrop-next-s s0 s1))))

(defun exs64-seed
  ((l) (when (is_list l)) (let (((list r) (seed-nz 1 l 64))) r))
  ((a) (when (is_integer a)) (let (((list r) (seed64-n 1 a))) r))
  (((tuple a1 a2 a3))
   (let (((tuple v1 _) (exs64-next (+ (* (mask 32 a1) 4294967197) 1)))
         ((tuple v2 _) (exs64-next (+ (* (mask 32 a2) 4294967231) 1)))
         ((tuple v3 _) (exs64-next (+ (* (mask 32 a3) 4294967279) 1))))
     (+ (rem (* v1 v2 v3) (- (mask 64 -1) 1)) 1))))

(defun exs64-next (r)
  (let* ((r1 (bxor r (bsr r 12)))
         (r2 (bxor r1 (bsl-in 64 r1 25)))
         (r3 (bxor r2 (bsr r2 27))))
    (tuple (mask 64 (* r3 2685821657736338717)) r3)))

(defun exs1024-seed
  ((l) (when (is_list l)) (tuple (seed-nz 16 l 64) ()))
  ((x) (when (is_integer x)) (tuple (seed64-n 16 x) ()))
  (((tuple a1 a2 a3))
   (let ((b1 (mask 21 (* (+ (mask 21 a1) 1) 2097131)))
         (b2 (mask 21 (* (+ (mask 21 a2) 1) 2097133)))
         (b3 (mask 21 (* (+ (mask 21 a3) 1) 2097143))))
     (tuple (gen1024 16 (bor (bsl b1 43) (bsl b2 22) (bsl b3 1) 1) ()) ()))))

(defun gen1024
  ((0 _ l) l)
  ((n r l) (let (((tuple x r2) (exs64-next r))) (gen1024 (- n 1) r2 (cons x l)))))

(defun exs1024-next
  (((tuple (list* s0 s1 l3) rl))
   (let* ((s11 (bxor s1 (bsl-in 64 s1 31)))
          (s12 (bxor s11 (bsr s11 11)))
          (s01 (bxor s0 (bsr s0 30)))
          (ns1 (bxor s01 s12)))
     (tuple (mask 64 (* ns1 1181783497276652981))
            (tuple (cons ns1 l3) (cons s0 rl)))))
  (((tuple (list h) rl))
   (exs1024-next (tuple (cons h (lists:reverse rl)) ()))))

;;; ------------------------------------------------------------------
;;; Uniform numbers

(defun uniform ()
  "A float uniformly in [0.0, 1.0), from the process's generator."
  (let (((tuple x state) (uniform_s (seed-get))))
    (seed-put state)
    x))

(defun uniform (n)
  "An integer uniformly in 1..N."
  (let (((tuple x state) (uniform_s n (seed-get))))
    (seed-put state)
    x))

(defun uniform_s
  "{Float in [0.0, 1.0), NewState}."
  ([(tuple (= (map 'bits bits 'next next) h) r0)]
   (let (((tuple v r1) (funcall next r0)))
     (tuple (* (bsr v (- bits 53)) (two-pow-minus53)) (tuple h r1))))
  ([(tuple (= (map 'max max 'next next) h) r0)]
   (let (((tuple v r1) (funcall next r0)))
     (tuple (/ v (+ max 1)) (tuple h r1)))))

(defun uniform_s
  "{Integer in 1..N, NewState}."
  ([n (tuple (= (map 'bits bits 'next next) h) r0)] (when (is_integer n) (>= n 1))
   (let (((tuple v r1) (funcall next r0)))
     (uniform-fit n h r1 v (- (bsl 1 bits) n))))
  ([n (tuple (= (map 'max max 'next next) h) r0)] (when (is_integer n) (>= n 1))
   (let (((tuple v r1) (funcall next r0)))
     (if (=< n max)
       (tuple (+ (rem v n) 1) (tuple h r1))
       (tuple (+ (trunc (* (/ v (+ max 1)) n)) 1) (tuple h r1))))))

;; OTP's range reduction: take V when it falls in a whole number of
;; ranges, else draw again; ranges wider than the generator's bits
;; gather several words.
(defun uniform-fit (range h r v max-minus-range)
  (if (=< 0 max-minus-range)
    (if (< v range)
      (tuple (+ v 1) (tuple h r))
      (let ((i (rem v range)))
        (if (=< (- v i) max-minus-range)
          (tuple (+ i 1) (tuple h r))
          (uniform_s range (tuple h r)))))
    (uniform-range range h r v)))

(defun uniform-range (range h r v)
  (let* (((map 'next next 'bits bits 'weak_low_bits weak) h)
         (shift (- bits weak))
         (shift-mask (bnot (- (bsl 1 weak) 1)))
         (range-1 (- range 1)))
    (if (=:= (band range range-1) 0)
      (let (((tuple v1 r1 _) (gather (bsr range bits) next r v shift-mask shift bits)))
        (tuple (+ (band v1 range-1) 1) (tuple h r1)))
      (let* (((tuple v1 r1 b) (gather (bsr range (- bits 2)) next r v shift-mask shift bits))
             (i (rem v1 range)))
        (if (=< (- v1 i) (- (bsl 1 b) range))
          (tuple (+ i 1) (tuple h r1))
          (let (((tuple v2 r2) (funcall next r1)))
            (uniform-range range h r2 v2)))))))

(defun gather (range next r v shift-mask shift b)
  (if (=< range 1)
    (tuple v r b)
    (let (((tuple v1 r1) (funcall next r)))
      (gather (bsr range shift) next r1 (bor (bsl (band v shift-mask) shift) v1)
              shift-mask shift (+ b shift)))))

(defun uniform_real ()
  "A float in (0.0, 1.0) with all the precision floats near 0 have."
  (let (((tuple x state) (uniform_real_s (seed-get))))
    (seed-put state)
    x))

(defun uniform_real_s
  ([(tuple (= (map 'bits bits 'next next) h) r0)]
   (let* (((tuple v1 r1) (funcall next r0))
          (m1 (bsr v1 (- bits 56))))
     (real-from h next m1 r1 bits)))
  ([(tuple (= (map 'max _ 'next next) h) r0)]
   (let (((tuple v1 r1) (funcall next r0)))
     (real-from h next (mask 56 v1) r1 56))))

(defun real-from (h next m1 r1 bits)
  (cond ((=< (bsl 1 55) m1) (tuple (* (bsr m1 3) (math:pow 2.0 -53)) (tuple h r1)))
        ((=< (bsl 1 54) m1) (tuple (* (bsr m1 2) (math:pow 2.0 -54)) (tuple h r1)))
        ((=< (bsl 1 53) m1) (tuple (* (bsr m1 1) (math:pow 2.0 -55)) (tuple h r1)))
        ((=< (bsl 1 52) m1) (tuple (* m1 (math:pow 2.0 -56)) (tuple h r1)))
        ;; (the first extra word is used unmasked even by the legacy
        ;; algorithms, as in OTP)
        ('true (let (((tuple v2 r2) (funcall next r1)))
                 (real-more h next m1 -56 r2 v2 bits)))))

;; More bits for a value below 2^52 (OTP's loop): m0 is what we have,
;; bitno its exponent, v1 the next word.
(defun real-more (h next m0 bitno r1 v1 bits)
  (cond ((orelse (== bitno -1064) (/= m0 0))
         (let ((b0 (- 53 (bit-length m0 0))))
           (tuple (* (bor (bsl m0 b0) (bsr v1 (- bits b0))) (math:pow 2.0 (- bitno b0)))
                  (tuple h r1))))
        ('true
         (let ((m1 (bsr v1 (- bits 56))))
           (cond ((=< (bsl 1 55) m1) (tuple (* (bsr m1 3) (math:pow 2.0 (- bitno 53))) (tuple h r1)))
                 ((=< (bsl 1 54) m1) (tuple (* (bsr m1 2) (math:pow 2.0 (- bitno 54))) (tuple h r1)))
                 ((=< (bsl 1 53) m1) (tuple (* (bsr m1 1) (math:pow 2.0 (- bitno 55))) (tuple h r1)))
                 ((=< (bsl 1 52) m1) (tuple (* m1 (math:pow 2.0 (- bitno 56))) (tuple h r1)))
                 ((== bitno -1008)
                  (if (=< (bsl 1 42) m1)
                    (real-next h next m1 (- bitno 56) r1 bits)
                    (uniform_real_s (tuple h r1))))
                 ('true (real-next h next m1 (- bitno 56) r1 bits)))))))

(defun real-next (h next m bitno r0 bits)
  (let (((tuple v r) (funcall next r0)))
    (real-more h next m bitno r (if (maps:is_key 'max h) (mask 56 v) v) bits)))

(defun bit-length (m n) (if (== m 0) n (bit-length (bsr m 1) (+ n 1))))

;;; ------------------------------------------------------------------
;;; Normal distribution and bytes

(defun normal ()
  "A standard normal value (mean 0, variance 1)."
  (let (((tuple x state) (normal_s (seed-get))))
    (seed-put state)
    x))

(defun normal (mean variance) (+ mean (* (math:sqrt variance) (normal))))

(defun normal_s (state0)
  (let* (((tuple u1 s1) (uniform_real_s state0))
         ((tuple u2 s2) (uniform_s s1)))
    (tuple (* (math:sqrt (* -2.0 (math:log u1))) (math:cos (* 2.0 (math:pi) u2))) s2)))

(defun normal_s
  ([mean variance state0] (when (> variance 0))
   (let (((tuple x s) (normal_s state0)))
     (tuple (+ mean (* (math:sqrt variance) x)) s))))

(defun bytes (n)
  "N random bytes as a binary."
  (let (((tuple b state) (bytes_s n (seed-get))))
    (seed-put state)
    b))

(defun bytes_s
  ([n state] (when (is_integer n) (>= n 0)) (bytes-loop n state ())))

(defun bytes-loop
  ((0 state acc) (tuple (list_to_binary acc) state))
  ((n state acc)
   (let (((tuple v s) (uniform_s 256 state)))
     (bytes-loop (- n 1) s (cons (- v 1) acc)))))

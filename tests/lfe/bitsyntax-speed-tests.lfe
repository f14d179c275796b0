;;; bitsyntax-speed-tests.lfe - checks of binary matching through match
;;; contexts (bs_start_match, bs_ctx_start, bs_restore, bs_match,
;;; bs_get_tail, bs_tail_own, bs_ctx_to_bin: doc/internals/vm.md): loops
;;; that pass their tail on as a context, unaligned offsets, sizes from
;;; earlier bindings, utf8 segments, tails kept as terms, failures falling
;;; through to the next clause, contexts rewound across clauses (with
;;; guards), the arguments of a function_clause error, two contexts swapped
;;; between argument positions, and binary patterns in case, let and
;;; inside tuples; appends of integer segments to a binary (the
;;; construction fast path).  Expected values come from running the same functions on
;;; the reference LFE 2.2.1 (Erlang/OTP 25).
;;; Run: (bitsyntax-speed-tests:main); prints ok/FAIL per check and a summary line.

(defmodule bitsyntax-speed-tests
  (export (main 0)))

(defun sum-bytes
  (((binary (b (size 8)) (rest binary)) acc) (sum-bytes rest (+ acc b)))
  (((binary) acc) acc))
(defun sum-words
  (((binary (w (size 32)) (rest binary)) acc) (sum-words rest (+ acc w)))
  ((rest acc) (tuple acc rest)))
(defun bits
  (((binary (b (size 1)) (rest bitstring)) acc) (bits rest (cons b acc)))
  (((binary) acc) (lists:reverse acc)))
(defun unaligned
  (((binary (a (size 3)) (b (size 8)) (c (size 5) signed) (rest bitstring)))
   (list a b c rest)))
(defun sized
  (((binary (n (size 8)) (data (size n) binary) (rest binary)))
   (tuple n data rest))
  ((other) (tuple 'no other)))
(defun chars
  (((binary (c utf8) (rest binary)) acc) (chars rest (cons c acc)))
  (((binary) acc) (lists:reverse acc))
  ((rest acc) (tuple 'bad (lists:reverse acc) rest)))
(defun keep-tail (((binary (a (size 8)) (rest binary))) (list a rest rest (byte_size rest))))
(defun fall
  (((binary (a (size 16)) (r binary))) (tuple 'two a r))
  (((binary (a (size 8)) (r binary))) (tuple 'one a r))
  ((x) (tuple 'other x)))
(defun guarded
  (((binary (a (size 8)) (rest binary))) (when (> a 100)) (tuple 'big a rest))
  (((binary (a (size 8)) (b (size 8)) (rest binary))) (tuple 'two a b rest))
  (((binary (a (size 8)))) (tuple 'one a))
  (((binary)) 'empty))
(defun only4 (((binary (a (size 32)))) a))
(defun only4-args (b)
  (try (only4 b) (catch ((tuple c r st) (tuple c r (element 3 (hd st)))))))
(defun zip
  (((binary (a (size 8)) (r1 binary)) (binary (b (size 8)) (r2 binary)) acc)
   (zip r2 r1 (cons (tuple a b) acc)))
  ((x y acc) (tuple (lists:reverse acc) x y)))
(defun cnt
  (((binary (a (size 8)) (r binary)) n) (when (> a 10)) (cnt r (+ n 1)))
  (((binary (_ (size 8)) (r binary)) n) (cnt r n))
  (((binary) n) n))
(defun len2
  (((binary (_ (size 8)) (r binary))) (+ 1 (len2 r)))
  (((binary)) 0))
(defun same
  (((binary (a (size 8)) (a (size 8)))) (tuple 'same a))
  ((_) 'diff))
(defun kinds
  (((binary (f (size 32) float) (l (size 16) little signed) (s (size 8) signed) (rest bytes)))
   (list f l s rest)))
(defun unit16
  (((binary (a (size 8)) (rest binary (unit 16)))) (tuple a rest))
  ((x) (tuple 'no x)))
(defun in-case (b)
  (case b
    ((binary (x (size 8)) (y (size 8))) (when (> x y)) (tuple 'down x y))
    ((binary (x (size 8)) (rest binary)) (tuple 'first x rest))
    ((binary) 'empty)
    (_ 'nothing)))
(defun in-let (b)
  (let (((binary (x (size 4)) (y (size 4)) (r bits)) b)) (list x y r)))
(defun twice (b) (list (sum-bytes b 0) (sum-bytes b 0) b))
(defun tail-in-guard
  (((binary (a (size 8)) (r binary)) acc) (when (=/= r #"")) (tail-in-guard r (+ acc a)))
  (((binary (a (size 8)) (r binary)) acc) (tuple (+ acc a) r)))
(defun nested
  (((tuple 'p (binary (a (size 8)) (r binary)))) (tuple a r))
  ((x) (tuple 'no x)))
(defun strpat
  (((binary "ab" (r binary))) (tuple 'ab r))
  (((binary "a" (r binary))) (tuple 'a r))
  ((x) (tuple 'no x)))

(defun app (acc a b) (binary (acc binary) (a (size 16)) (b (size 8))))
(defun app-loop
  ((0 acc) acc)
  ((n acc) (app-loop (- n 1) (binary (acc binary) (n (size 8))))))

(defun app1 (acc v) (binary (acc binary) (v (size 16))))
(defun app2 (acc v) (binary (acc binary) (v (size 32))))
(defun app3 (acc v) (binary (acc binary) (v (size 8))))

(defun lines
  (((binary (c (size 8)) (rest binary)) n)
   (if (== c 10) (lines rest (+ n 1)) (lines rest n)))
  (((binary) n) n))
(defun words
  (((binary (c (size 8)) (rest binary)) in n)
   (case c
     (32 (words rest 'false n))
     (_ (if in (words rest 'true n) (let ((m (+ n 1))) (words rest 'true m))))))
  (((binary) _ n) n))
(defun upto-zero
  (((binary (c (size 8)) (rest binary)) acc)
   (if (== c 0) (tuple (lists:reverse acc) rest) (upto-zero rest (cons c acc))))
  (((binary) acc) (tuple (lists:reverse acc) #"")))
(defun twice-arg
  (((binary (c (size 8)) (r binary)) (binary (d (size 8)) (s binary)) acc)
   (twice-arg r r (cons (tuple c d) acc)))
  ((_ _ acc) (lists:reverse acc)))

(defun skips
  (((binary (_ (size 32) float) (rest binary))) (tuple 'f rest))
  (((binary (_ utf8) (_ (size 100)) (rest bits))) (tuple 'u rest))
  (((binary (_ (size 3)) (x (size 5)) (_ (size 2) binary) (rest binary))) (tuple 'a x rest))
  ((other) (tuple 'no other)))

(defun cases ()
  (list
   (tuple "sum-bytes" (lambda () (sum-bytes (binary 1 2 3 250) 0)))
   (tuple "sum-bytes-empty" (lambda () (sum-bytes (binary) 0)))
   (tuple "sum-bytes-bits" (lambda () (sum-bytes (binary (5 (size 4))) 0)))
   (tuple "sum-bytes-atom" (lambda () (sum-bytes 'foo 0)))
   (tuple "sum-bytes-sub" (lambda () (let (((binary _ (r binary)) (binary 9 8 7 6))) (sum-bytes r 0))))
   (tuple "sum-words" (lambda () (sum-words (binary 0 0 1 0 255 255 255 255 7 8) 0)))
   (tuple "sum-words-atom" (lambda () (sum-words 'x 5)))
   (tuple "bits" (lambda () (bits (binary (5 (size 3)) 255) '())))
   (tuple "unaligned" (lambda () (unaligned (binary 255 1 2 3))))
   (tuple "unaligned-short" (lambda () (unaligned (binary 255))))
   (tuple "sized" (lambda () (sized (binary 2 65 66 67 68))))
   (tuple "sized-short" (lambda () (sized (binary 5 65 66))))
   (tuple "sized-zero" (lambda () (sized (binary 0 1))))
   (tuple "chars" (lambda () (chars (binary (104 utf8) (233 utf8) (8364 utf8) (66 utf8) (128512 utf8)) '())))
   (tuple "chars-bad" (lambda () (chars (binary 104 255 105) '())))
   (tuple "keep-tail" (lambda () (keep-tail (binary 1 2 3))))
   (tuple "fall-3" (lambda () (fall (binary 1 2 3))))
   (tuple "fall-1" (lambda () (fall (binary 7))))
   (tuple "fall-bits" (lambda () (fall (binary 1 (2 (size 4))))))
   (tuple "fall-atom" (lambda () (fall 'a)))
   (tuple "guarded-big" (lambda () (guarded (binary 200 1 2))))
   (tuple "guarded-two" (lambda () (guarded (binary 20 1 2))))
   (tuple "guarded-one" (lambda () (guarded (binary 20))))
   (tuple "guarded-empty" (lambda () (guarded (binary))))
   (tuple "guarded-none" (lambda () (guarded 'x)))
   (tuple "only4" (lambda () (only4 (binary 0 0 1 1))))
   (tuple "only4-args" (lambda () (only4-args (binary 1 2 3))))
   (tuple "only4-args-sub" (lambda () (let (((binary _ (r binary)) (binary 9 1 2 3))) (only4-args r))))
   (tuple "zip" (lambda () (zip (binary 1 2 3) (binary 4 5 6 7) '())))
   (tuple "zip-atom" (lambda () (zip (binary 1 2) 'b '())))
   (tuple "cnt" (lambda () (cnt (binary 1 20 30 4 50) 0)))
   (tuple "len2" (lambda () (len2 (binary 1 2 3 4 5))))
   (tuple "same" (lambda () (list (same (binary 3 3)) (same (binary 3 4)) (same (binary 3)))))
   (tuple "kinds" (lambda () (kinds (binary (1.5 (size 32) float) (-2 (size 16) little) (-3 (size 8)) 9 9))))
   (tuple "kinds-nan" (lambda () (kinds (binary 127 192 0 0 0 0 0 9))))
   (tuple "unit16" (lambda () (list (unit16 (binary 1 2 3)) (unit16 (binary 1 2)) (unit16 (binary 1)))))
   (tuple "in-case" (lambda () (list (in-case (binary 5 3)) (in-case (binary 3 5)) (in-case (binary 3 5 7)) (in-case (binary)) (in-case 'x) (in-case (binary (1 (size 1)))))))
   (tuple "in-let" (lambda () (in-let (binary 171 205))))
   (tuple "in-let-bad" (lambda () (in-let 'x)))
   (tuple "twice" (lambda () (twice (binary 1 2 3))))
   (tuple "tail-in-guard" (lambda () (tail-in-guard (binary 1 2 3) 0)))
   (tuple "nested" (lambda () (list (nested (tuple 'p (binary 1 2))) (nested (tuple 'p (binary))))))
   (tuple "strpat" (lambda () (list (strpat #"abc") (strpat #"acb") (strpat #"b"))))
   (tuple "loop-big" (lambda () (let ((b (list_to_binary (lists:seq 0 255)))) (list (sum-bytes b 0) (cnt b 0) (len2 b) (byte_size (element 2 (sum-words b 0)))))))
   (tuple "append-ints" (lambda () (list (binary ((binary 1 2) binary) (-1 (size 16)) (258 (size 16)) (5 (size 24)) (-2 (size 64)) (7 (size 0))) (binary ((binary 1) binary) (1 (size 2) (unit 8))) (binary ((binary 1) binary) (300 (size 8)) (-300 (size 8) signed)))))
   (tuple "append-shared" (lambda () (let* ((a (binary 1)) (b (app a 2 3)) (c (app a 4 5)) (d (app b 6 7))) (list a b c d))))
   (tuple "append-unaligned" (lambda () (let (((binary _ (r bits)) (binary 255 1))) (list (app r 1 2) (app (binary (1 (size 4))) 1 2)))))
   (tuple "append-bad" (lambda () (app (binary 1) 'x 2)))
   (tuple "append-loop" (lambda () (let ((b (app-loop 300 (binary)))) (list (byte_size b) (sum-bytes b 0)))))
   (tuple "append-one" (lambda () (let* ((a (binary 7)) (b (app1 a -2)) (c (app2 b #x123456789)) (d (app3 c 300)) (e (app1 a 70000))) (list a b c d e (app3 (binary) 1) (app1 a (bsl 1 70))))))
   (tuple "append-one-bad" (lambda () (lists:map (lambda (f) (try (funcall f) (catch ((tuple c r _) (tuple c r))))) (list (lambda () (app3 (binary (1 (size 3))) 1)) (lambda () (app3 'x 1)) (lambda () (app1 (binary) 1.5))))))
   (tuple "tail-branches" (lambda () (let ((b #"one two\nthree  four\nfive\n")) (list (lines b 0) (words b 'false 0) (lines b 0) b))))
   (tuple "tail-value-in-branch" (lambda () (list (upto-zero (binary 1 2 0 3 4) '()) (upto-zero (binary 1 2) '()))))
   (tuple "tail-twice-in-call" (lambda () (twice-arg (binary 1 2 3) (binary 4 5 6) '())))
   (tuple "skip-segments" (lambda () (list (skips (binary 63 128 0 0 9)) (skips (binary 127 192 0 0 1 2 3 4 5 6 7 8 9 10 11 12 13)) (skips (binary 127 192 0 0 9)) (skips (binary 255 255 255 255 1)) (skips (binary 1)))))
   ))

(defun main ()
  (harness:check "sum-bytes"
    '#(ok 256)
    (lambda () (funcall (element 2 (lists:keyfind "sum-bytes" 1 (cases))))))
  (harness:check "sum-bytes-empty"
    '#(ok 0)
    (lambda () (funcall (element 2 (lists:keyfind "sum-bytes-empty" 1 (cases))))))
  (harness:check "sum-bytes-bits"
    '#(error function_clause)
    (lambda () (funcall (element 2 (lists:keyfind "sum-bytes-bits" 1 (cases))))))
  (harness:check "sum-bytes-atom"
    '#(error function_clause)
    (lambda () (funcall (element 2 (lists:keyfind "sum-bytes-atom" 1 (cases))))))
  (harness:check "sum-bytes-sub"
    '#(ok 21)
    (lambda () (funcall (element 2 (lists:keyfind "sum-bytes-sub" 1 (cases))))))
  (harness:check "sum-words"
    '#(ok #(4294967551 #B(7 8)))
    (lambda () (funcall (element 2 (lists:keyfind "sum-words" 1 (cases))))))
  (harness:check "sum-words-atom"
    '#(ok #(5 x))
    (lambda () (funcall (element 2 (lists:keyfind "sum-words-atom" 1 (cases))))))
  (harness:check "bits"
    '#(ok (1 0 1 1 1 1 1 1 1 1 1))
    (lambda () (funcall (element 2 (lists:keyfind "bits" 1 (cases))))))
  (harness:check "unaligned"
    '#(ok (7 248 1 #B(2 3)))
    (lambda () (funcall (element 2 (lists:keyfind "unaligned" 1 (cases))))))
  (harness:check "unaligned-short"
    '#(error function_clause)
    (lambda () (funcall (element 2 (lists:keyfind "unaligned-short" 1 (cases))))))
  (harness:check "sized"
    '#(ok #(2 #B(65 66) #B(67 68)))
    (lambda () (funcall (element 2 (lists:keyfind "sized" 1 (cases))))))
  (harness:check "sized-short"
    '#(ok #(no #B(5 65 66)))
    (lambda () (funcall (element 2 (lists:keyfind "sized-short" 1 (cases))))))
  (harness:check "sized-zero"
    '#(ok #(0 #B() #B(1)))
    (lambda () (funcall (element 2 (lists:keyfind "sized-zero" 1 (cases))))))
  (harness:check "chars"
    '#(ok (104 233 8364 66 128512))
    (lambda () (funcall (element 2 (lists:keyfind "chars" 1 (cases))))))
  (harness:check "chars-bad"
    '#(ok #(bad (104) #B(255 105)))
    (lambda () (funcall (element 2 (lists:keyfind "chars-bad" 1 (cases))))))
  (harness:check "keep-tail"
    '#(ok (1 #B(2 3) #B(2 3) 2))
    (lambda () (funcall (element 2 (lists:keyfind "keep-tail" 1 (cases))))))
  (harness:check "fall-3"
    '#(ok #(two 258 #B(3)))
    (lambda () (funcall (element 2 (lists:keyfind "fall-3" 1 (cases))))))
  (harness:check "fall-1"
    '#(ok #(one 7 #B()))
    (lambda () (funcall (element 2 (lists:keyfind "fall-1" 1 (cases))))))
  (harness:check "fall-bits"
    '#(ok #(other #B(1 (2 (size 4)))))
    (lambda () (funcall (element 2 (lists:keyfind "fall-bits" 1 (cases))))))
  (harness:check "fall-atom"
    '#(ok #(other a))
    (lambda () (funcall (element 2 (lists:keyfind "fall-atom" 1 (cases))))))
  (harness:check "guarded-big"
    '#(ok #(big 200 #B(1 2)))
    (lambda () (funcall (element 2 (lists:keyfind "guarded-big" 1 (cases))))))
  (harness:check "guarded-two"
    '#(ok #(two 20 1 #B(2)))
    (lambda () (funcall (element 2 (lists:keyfind "guarded-two" 1 (cases))))))
  (harness:check "guarded-one"
    '#(ok #(one 20))
    (lambda () (funcall (element 2 (lists:keyfind "guarded-one" 1 (cases))))))
  (harness:check "guarded-empty"
    '#(ok empty)
    (lambda () (funcall (element 2 (lists:keyfind "guarded-empty" 1 (cases))))))
  (harness:check "guarded-none"
    '#(error function_clause)
    (lambda () (funcall (element 2 (lists:keyfind "guarded-none" 1 (cases))))))
  (harness:check "only4"
    '#(ok 257)
    (lambda () (funcall (element 2 (lists:keyfind "only4" 1 (cases))))))
  (harness:check "only4-args"
    '#(ok #(error function_clause (#B(1 2 3))))
    (lambda () (funcall (element 2 (lists:keyfind "only4-args" 1 (cases))))))
  (harness:check "only4-args-sub"
    '#(ok #(error function_clause (#B(1 2 3))))
    (lambda () (funcall (element 2 (lists:keyfind "only4-args-sub" 1 (cases))))))
  (harness:check "zip"
    '#(ok #((#(1 4) #(5 2) #(3 6)) #B(7) #B()))
    (lambda () (funcall (element 2 (lists:keyfind "zip" 1 (cases))))))
  (harness:check "zip-atom"
    '#(ok #(() #B(1 2) b))
    (lambda () (funcall (element 2 (lists:keyfind "zip-atom" 1 (cases))))))
  (harness:check "cnt"
    '#(ok 3)
    (lambda () (funcall (element 2 (lists:keyfind "cnt" 1 (cases))))))
  (harness:check "len2"
    '#(ok 5)
    (lambda () (funcall (element 2 (lists:keyfind "len2" 1 (cases))))))
  (harness:check "same"
    '#(ok (#(same 3) diff diff))
    (lambda () (funcall (element 2 (lists:keyfind "same" 1 (cases))))))
  (harness:check "kinds"
    '#(ok (1.5 -2 -3 #B(9 9)))
    (lambda () (funcall (element 2 (lists:keyfind "kinds" 1 (cases))))))
  (harness:check "kinds-nan"
    '#(error function_clause)
    (lambda () (funcall (element 2 (lists:keyfind "kinds-nan" 1 (cases))))))
  (harness:check "unit16"
    '#(ok (#(1 #B(2 3)) #(no #B(1 2)) #(1 #B())))
    (lambda () (funcall (element 2 (lists:keyfind "unit16" 1 (cases))))))
  (harness:check "in-case"
    '#(ok (#(down 5 3) #(first 3 #B(5)) #(first 3 #B(5 7)) empty nothing nothing))
    (lambda () (funcall (element 2 (lists:keyfind "in-case" 1 (cases))))))
  (harness:check "in-let"
    '#(ok (10 11 #B(205)))
    (lambda () (funcall (element 2 (lists:keyfind "in-let" 1 (cases))))))
  (harness:check "in-let-bad"
    '#(error #(badmatch x))
    (lambda () (funcall (element 2 (lists:keyfind "in-let-bad" 1 (cases))))))
  (harness:check "twice"
    '#(ok (6 6 #B(1 2 3)))
    (lambda () (funcall (element 2 (lists:keyfind "twice" 1 (cases))))))
  (harness:check "tail-in-guard"
    '#(ok #(6 #B()))
    (lambda () (funcall (element 2 (lists:keyfind "tail-in-guard" 1 (cases))))))
  (harness:check "nested"
    '#(ok (#(1 #B(2)) #(no #(p #B()))))
    (lambda () (funcall (element 2 (lists:keyfind "nested" 1 (cases))))))
  (harness:check "strpat"
    '#(ok (#(ab #B(99)) #(a #B(99 98)) #(no #B(98))))
    (lambda () (funcall (element 2 (lists:keyfind "strpat" 1 (cases))))))
  (harness:check "loop-big"
    '#(ok (32640 245 256 0))
    (lambda () (funcall (element 2 (lists:keyfind "loop-big" 1 (cases))))))
  (harness:check "append-ints"
    '#(ok (#B(1 2 255 255 1 2 0 0 5 255 255 255 255 255 255 255 254) #B(1 0 1) #B(1 44 212)))
    (lambda () (funcall (element 2 (lists:keyfind "append-ints" 1 (cases))))))
  (harness:check "append-shared"
    '#(ok (#B(1) #B(1 0 2 3) #B(1 0 4 5) #B(1 0 2 3 0 6 7)))
    (lambda () (funcall (element 2 (lists:keyfind "append-shared" 1 (cases))))))
  (harness:check "append-unaligned"
    '#(error badarg)
    (lambda () (funcall (element 2 (lists:keyfind "append-unaligned" 1 (cases))))))
  (harness:check "append-bad"
    '#(error badarg)
    (lambda () (funcall (element 2 (lists:keyfind "append-bad" 1 (cases))))))
  (harness:check "append-loop"
    '#(ok (300 33630))
    (lambda () (funcall (element 2 (lists:keyfind "append-loop" 1 (cases))))))
  (harness:check "append-one"
    '#(ok (#B(7) #B(7 255 254) #B(7 255 254 35 69 103 137) #B(7 255 254 35 69 103 137 44) #B(7 17 112) #B(1) #B(7 0 0)))
    (lambda () (funcall (element 2 (lists:keyfind "append-one" 1 (cases))))))
  (harness:check "append-one-bad"
    '#(ok (#(error badarg) #(error badarg) #(error badarg)))
    (lambda () (funcall (element 2 (lists:keyfind "append-one-bad" 1 (cases))))))
  (harness:check "tail-branches"
    '#(ok (3 3 3 #B(111 110 101 32 116 119 111 10 116 104 114 101 101 32 32 102 111 117 114 10 102 105 118 101 10)))
    (lambda () (funcall (element 2 (lists:keyfind "tail-branches" 1 (cases))))))
  (harness:check "tail-value-in-branch"
    '#(ok (#((1 2) #B(3 4)) #((1 2) #B())))
    (lambda () (funcall (element 2 (lists:keyfind "tail-value-in-branch" 1 (cases))))))
  (harness:check "tail-twice-in-call"
    '#(ok (#(1 4) #(2 2) #(3 3)))
    (lambda () (funcall (element 2 (lists:keyfind "tail-twice-in-call" 1 (cases))))))
  (harness:check "skip-segments"
    '#(ok (#(f #B(9)) #(u #B(160 176 192 (13 (size 4)))) #(a 31 #B(0 9)) #(a 31 #B(255 1)) #(no #B(1))))
    (lambda () (funcall (element 2 (lists:keyfind "skip-segments" 1 (cases))))))
  (harness:summary))

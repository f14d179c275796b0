;;; erl_scan.lfe - the Erlang tokenizer: erl_scan:string/1,2,3 as OTP 25
;;; returns it ({ok, Tokens, EndLocation} or {error, ErrorInfo,
;;; EndLocation}), with the same token shapes: {atom,A,Name}, {var,A,Name},
;;; {integer,A,N}, {float,A,F}, {char,A,C}, {string,A,S}, {dot,A} and
;;; {Symbol,A} for punctuation, operators and reserved words.  A location
;;; is a line, or {Line,Column} when the start location is one.  Comments
;;; and white space are skipped (no text or return options).

(defmodule erl_scan
  (export (string 1) (string 2) (string 3) (reserved_word 1)
          (format_error 1)))

(defun string (cs) (string cs 1 ()))

(defun string (cs loc) (string cs loc ()))

(defun string
  "Tokenize the characters cs, starting at location loc."
  ([cs loc _opts] (when (is_integer loc))
   (scan cs loc 0 'false ()))
  ([cs (tuple line col) _opts] (when (is_integer line) (is_integer col))
   (scan cs line col 'true ()))
  ([cs loc opts] (erlang:error 'badarg (list cs loc opts))))

(defun reserved_word
  "Whether an atom is one of Erlang's reserved words."
  ([w] (lists:member w '(after and andalso band begin bnot bor bsl bsr bxor
                         case catch cond div end fun if let not of or orelse
                         receive rem try when xor))))

(defun format_error
  ([(tuple 'string q s)]
   (lists:flatten (io_lib:format "unterminated ~s" (list (string-quote q s)))))
  ([(tuple 'illegal what)]
   (lists:flatten (io_lib:format "illegal ~w" (list what))))
  (['char] "unterminated character")
  ([(tuple 'base b)] (lists:flatten (io_lib:format "illegal base '~w'" (list b))))
  ([other] (lists:flatten (io_lib:write other))))

(defun string-quote (q s)
  (let ((head (lists:sublist s 16)))
    (if (== q 39) (++ "atom " (list q) head) (++ "string " (list q) head))))

;; ---- the scanner loop --------------------------------------------------
;; line, col: the current position (col counts from 1 when columns are
;; kept, colp); acc: the tokens so far, reversed.

(defun anno (line col colp) (if colp (tuple line col) line))

(defun scan
  (('() line col colp acc)
   (tuple 'ok (lists:reverse acc) (anno line col colp)))
  (((cons 10 cs) line col colp acc) (scan cs (+ line 1) 1 colp acc))
  (((cons c cs) line col colp acc) (when (is_integer c) (or (=< c 32) (and (>= c 128) (=< c 160))))
   (scan cs line (+ col 1) colp acc))
  (((cons 37 cs) line col colp acc)              ; % comment
   (let ((rest (lists:dropwhile (lambda (x) (=/= x 10)) cs)))
     (scan rest line (+ col (- (length cs) (length rest)) 1) colp acc)))
  (((= (cons c _) cs) line col colp acc) (when (is_integer c) (>= c 48) (=< c 57))
   (scan-number cs line col colp acc))
  (((= (cons c _) cs) line col colp acc) (when (is_integer c) (or (and (>= c 97) (=< c 122))
                                                             (and (>= c 223) (=< c 255) (=/= c 247))))
   (let* (((tuple name rest) (take-name cs ()))
          (a (list_to_atom name))
          (tok (if (reserved_word a) (tuple a (anno line col colp))
                   (tuple 'atom (anno line col colp) a))))
     (scan rest line (+ col (length name)) colp (cons tok acc))))
  (((= (cons c _) cs) line col colp acc) (when (is_integer c) (or (and (>= c 65) (=< c 90)) (== c 95)
                                                             (and (>= c 192) (=< c 222) (=/= c 215))))
   (let (((tuple name rest) (take-name cs ())))
     (scan rest line (+ col (length name)) colp
           (cons (tuple 'var (anno line col colp) (list_to_atom name)) acc))))
  (((cons 34 cs) line col colp acc)              ; "string"
   (case (scan-quoted cs 34 line col colp ())
     ((tuple 'ok s rest line1 col1)
      (scan rest line1 col1 colp (cons (tuple 'string (anno line col colp) s) acc)))
     ((tuple 'error _ _)
      (tuple 'error (tuple (anno line col colp) 'erl_scan (tuple 'string 34 cs))
             (end-loc cs line col colp)))))
  (((cons 39 cs) line col colp acc)              ; 'quoted atom'
   (case (scan-quoted cs 39 line col colp ())
     ((tuple 'ok s rest line1 col1)
      (scan rest line1 col1 colp
            (cons (tuple 'atom (anno line col colp) (list_to_atom s)) acc)))
     ((tuple 'error _ _)
      (tuple 'error (tuple (anno line col colp) 'erl_scan (tuple 'string 39 cs))
             (end-loc cs line col colp)))))
  (((cons 36 cs) line col colp acc)              ; $char
   (case (scan-char cs)
     ((tuple 'ok c rest n)
      (scan rest line (+ col 1 n) colp (cons (tuple 'char (anno line col colp) c) acc)))
     ('error
      (tuple 'error (tuple (anno line col colp) 'erl_scan 'char)
             (end-loc cs line col colp)))))
  (((cons 46 cs) line col colp acc)              ; . and dot
   (case cs
     ('() (scan () line (+ col 1) colp (cons (tuple 'dot (anno line col colp)) acc)))
     ((cons c _) (when (is_integer c) (or (=< c 32) (== c 37) (and (>= c 128) (=< c 160))))
      (scan cs line (+ col 1) colp (cons (tuple 'dot (anno line col colp)) acc)))
     (_ (scan-symbol (cons 46 cs) line col colp acc))))
  ((cs line col colp acc) (scan-symbol cs line col colp acc)))

(defun end-loc (cs line col colp)
  (let ((nl (length (lists:filter (lambda (c) (== c 10)) cs))))
    (anno (+ line nl) col colp)))

(defun take-name
  (((cons c cs) acc) (when (is_integer c) (or (and (>= c 97) (=< c 122)) (and (>= c 65) (=< c 90))
                                             (and (>= c 48) (=< c 57)) (== c 95) (== c 64)
                                             (and (>= c 192) (=< c 255) (=/= c 215) (=/= c 247))))
   (take-name cs (cons c acc)))
  ((cs acc) (tuple (lists:reverse acc) cs)))

;; Operators and punctuation, longest first.
(defun symbols ()
  '("=:=" "=/=" "..." "<<" ">>" "<-" "<=" "=>" ":=" "::" "==" "/=" "=<" ">="
    "->" "++" "--" "||" ".." "?="))

(defun scan-symbol
  (((= (cons c rest) cs) line col colp acc)
   (case (lists:dropwhile (lambda (s) (not (lists:prefix s cs))) (symbols))
     ((cons s _)
      (scan (lists:nthtail (length s) cs) line (+ col (length s)) colp
            (cons (tuple (list_to_atom s) (anno line col colp)) acc)))
     ('()
      (scan rest line (+ col 1) colp
            (cons (tuple (list_to_atom (list c)) (anno line col colp)) acc))))))

;; ---- numbers -----------------------------------------------------------

(defun digit-value (c)
  (cond ((and (>= c 48) (=< c 57)) (- c 48))
        ((and (>= c 97) (=< c 122)) (+ (- c 97) 10))
        ((and (>= c 65) (=< c 90)) (+ (- c 65) 10))
        ('true 99)))

;; Digits in base b, with single _ between digits; returns {Digits, Rest}.
(defun take-digits
  (((cons c cs) b acc) (when (is_integer c))
   (cond ((< (digit-value c) b) (take-digits cs b (cons c acc)))
         ((and (== c 95) (=/= acc ()) (is-digit-in cs b))
          (take-digits cs b acc))
         ('true (tuple (lists:reverse acc) (cons c cs)))))
  ((cs _ acc) (tuple (lists:reverse acc) cs)))

(defun is-digit-in
  (((cons c _) b) (when (is_integer c)) (< (digit-value c) b))
  ((_ _) 'false))

(defun scan-number (cs line col colp acc)
  (let* (((tuple ds rest) (take-digits cs 10 ()))
         (consumed (- (length cs) (length rest))))
    (case rest
      ((cons 35 rest1)                           ; Base#digits
       (let ((base (list_to_integer ds)))
         (if (and (>= base 2) (=< base 36))
           (let (((tuple bds rest2) (take-digits rest1 base ())))
             (if (== bds ())
               (tuple 'error (tuple (anno line col colp) 'erl_scan (tuple 'illegal 'integer))
                      (anno line col colp))
               (scan rest2 line (+ col (- (length cs) (length rest2))) colp
                     (cons (tuple 'integer (anno line col colp) (list_to_integer bds base)) acc))))
           (tuple 'error (tuple (anno line col colp) 'erl_scan (tuple 'base base))
                  (anno line col colp)))))
      ((cons 46 (= (cons d _) rest1)) (when (is_integer d) (>= d 48) (=< d 57))
       (let (((tuple fds rest2) (take-digits rest1 10 ())))
         (case (scan-exponent rest2)
           ((tuple 'ok exp rest3)
            (scan rest3 line (+ col (- (length cs) (length rest3))) colp
                  (cons (tuple 'float (anno line col colp)
                               (list_to_float (++ ds "." fds exp)))
                        acc)))
           ('error
            (tuple 'error (tuple (anno line col colp) 'erl_scan (tuple 'illegal 'float))
                   (anno line col colp))))))
      (_ (scan rest line (+ col consumed) colp
               (cons (tuple 'integer (anno line col colp) (list_to_integer ds)) acc))))))

(defun scan-exponent
  (((cons e rest)) (when (or (== e 101) (== e 69)))
   (let* (((tuple sign rest1) (case rest
                                ((cons 45 r) (tuple "-" r))
                                ((cons 43 r) (tuple "+" r))
                                (r (tuple "" r))))
          ((tuple ds rest2) (take-digits rest1 10 ())))
     (if (== ds ()) 'error (tuple 'ok (++ "e" sign ds) rest2))))
  ((rest) (tuple 'ok "" rest)))

;; ---- characters, strings, escapes -----------------------------------------

(defun scan-char
  (('()) 'error)
  (((cons 92 cs))
   (case (scan-escape cs)
     ((tuple 'ok c rest) (tuple 'ok c rest (+ 1 (- (length cs) (length rest)))))
     (_ 'error)))
  (((cons c cs)) (tuple 'ok c cs 1)))

;; The characters up to the closing quote q, escapes resolved.
(defun scan-quoted
  (('() _ _ _ _ _) (tuple 'error 'eof ()))
  (((cons q cs) q line col _ acc) (tuple 'ok (lists:reverse acc) cs line (+ col 1)))
  (((cons 92 cs) q line col colp acc)
   (case (scan-escape cs)
     ((tuple 'ok c rest)
      (scan-quoted rest q line (+ col 1 (- (length cs) (length rest))) colp (cons c acc)))
     (_ (tuple 'error 'eof ()))))
  (((cons 10 cs) q line _ colp acc) (scan-quoted cs q (+ line 1) 1 colp (cons 10 acc)))
  (((cons c cs) q line col colp acc) (scan-quoted cs q line (+ col 1) colp (cons c acc))))

(defun scan-escape
  (('()) 'error)
  (((cons c cs)) (when (is_integer c) (>= c 48) (=< c 55))
   (let (((tuple ds rest) (take-octal (cons c cs) 3 ())))
     (tuple 'ok (list_to_integer ds 8) rest)))
  (((cons 120 (cons 123 cs)))                    ; \x{H...}
   (let (((tuple ds rest) (lists:splitwith (lambda (x) (< (digit-value x) 16)) cs)))
     (case rest
       ((cons 125 rest1) (when (=/= ds ())) (tuple 'ok (list_to_integer ds 16) rest1))
       (_ 'error))))
  (((cons 120 cs))                               ; \xHH
   (case cs
     ((cons a (cons b rest)) (when (is_integer a) (is_integer b))
      (if (and (< (digit-value a) 16) (< (digit-value b) 16))
        (tuple 'ok (list_to_integer (list a b) 16) rest)
        'error))
     (_ 'error)))
  (((cons 94 (cons c cs))) (when (is_integer c)) (tuple 'ok (band c 31) cs))
  (((cons c cs))
   (tuple 'ok (case c
                (110 10) (114 13) (116 9) (118 11) (98 8) (102 12)
                (101 27) (115 32) (100 127) (_ c))
          cs)))

(defun take-octal
  (((cons c cs) n acc) (when (> n 0) (is_integer c) (>= c 48) (=< c 55))
   (take-octal cs (- n 1) (cons c acc)))
  ((cs _ acc) (tuple (lists:reverse acc) cs)))

;;; io_lib.lfe - the parts of Erlang's `io_lib' written in LFE, around the
;;; C BIFs (format/2, fwrite/2, write/1,2, print/1,4, write_atom/1,
;;; write_string/1,2, nl/0 and the char-list tests, in runtime/bif_io.c
;;; and runtime/format.c): format/3 and fwrite/3, chars_length, the
;;; write_char and latin-1/unicode variants of write_atom and write_string,
;;; quote_atom, deep_unicode_char_list, write/3, format_prompt,
;;; indentation, and the io-server helpers collect_line/3,4,
;;; collect_chars/3,4 and get_until/3,4.
;;;
;;; format/3's chars_limit works as OTP's io_lib_format:build/2: the
;;; other directives and the text are formatted first, then the budget
;;; left is shared among the ~p ~P ~w ~W ~s arguments in order, each
;;; printed by the limited printers (io_lib_pretty:print/2 and
;;; io_lib:write/2 with chars_limit, in C).

(defmodule io_lib
  (export (format 3) (fwrite 3) (chars_length 1) (write 3)
          (write_char 1) (write_latin1_char 1) (write_unicode_char 1)
          (write_char_as_latin1 1)
          (write_latin1_string 1) (write_latin1_string 2)
          (write_unicode_string 1)
          (write_string_as_latin1 1) (write_string_as_latin1 2)
          (write_atom_as_latin1 1)
          (quote_atom 2) (deep_unicode_char_list 1)
          (format_prompt 1) (format_prompt 2) (indentation 2)
          (collect_line 3) (collect_line 4) (collect_chars 3)
          (collect_chars 4) (get_until 3) (get_until 4)
          (fread 2) (fread 3)))

(defun format (fmt args opts)
  "io_lib:format/2 with an option list: #(chars_limit N) shortens the
  output of ~p ~P ~w ~W ~s to about N characters in all, as OTP."
  (if (is_list opts)
    (case (lists:keyfind 'chars_limit 1 opts)
      ((tuple 'chars_limit n) (when (is_integer n) (>= n 0))
       (case (catch (limited-format fmt args n))
         ((tuple 'EXIT _) (erlang:error 'badarg (list fmt args)))
         (chars chars)))
      (_ (io_lib:format fmt args)))
    (erlang:error 'badarg (list fmt args opts))))

(defun fwrite (fmt args opts)
  "The same as format/3."
  (format fmt args opts))

(defun chars_length (chars)
  "The number of characters in deep chardata."
  (length (unicode:characters_to_list chars)))

(defun write (term depth pretty)
  "write/2, or print/4 on one 80-column line when Pretty is true."
  (if (=:= pretty 'true)
    (io_lib:print term 1 80 depth)
    (io_lib:write term depth)))

;;; ---- characters and strings ------------------------------------------

(defun write_char (c)
  "The character as an Erlang $ literal, e.g. \"$a\", \"$\\\\n\"."
  (if (andalso (is_integer c) (>= c 0))
    (if (== c 32)
      "$\\s"
    (let* ((q (if (== c 34) 39 34))
           (s (io_lib:write_string (list c) q)))
      (cons 36 (lists:droplast (tl s)))))
    (erlang:error 'function_clause (list c))))

(defun write_latin1_char
  "write_char/1 for a latin-1 character."
  ((c) (when (is_integer c) (>= c 0) (=< c 255)) (write_char c))
  ((c) (erlang:error 'function_clause (list c))))

(defun write_unicode_char (c) "write_char/1." (write_char c))

(defun write_char_as_latin1 (c)
  "write_char/1 with characters above 255 as \\x{...}."
  (as-latin1 (write_char c)))

(defun write_latin1_string (s)
  "write_string/1 of a latin-1 string."
  (write_latin1_string s 34))

(defun write_latin1_string (s q)
  "write_string/2 of a latin-1 string."
  (if (latin1-list? s)
    (io_lib:write_string s q)
    (erlang:error 'function_clause (list s q))))

(defun write_unicode_string (s) "write_string/1." (io_lib:write_string s))

(defun write_string_as_latin1 (s)
  "write_string/1 with characters above 255 as \\x{...}."
  (write_string_as_latin1 s 34))

(defun write_string_as_latin1 (s q)
  "write_string/2 with characters above 255 as \\x{...}."
  (as-latin1 (io_lib:write_string s q)))

(defun write_atom_as_latin1 (a)
  "write_atom/1 with characters above 255 as \\x{...} (quoted then)."
  (let ((w (lists:flatten (io_lib:write_atom a))))
    (if (latin1-list? w)
      w
      (as-latin1 (if (=:= (hd w) 39) w (++ "'" w "'"))))))

(defun latin1-list?
  ((()) 'true)
  (((cons c cs)) (when (is_integer c) (>= c 0) (=< c 255)) (latin1-list? cs))
  ((_) 'false))

(defun as-latin1 (chars)
  (lists:flatmap
    (lambda (c)
      (if (> c 255)
        (++ "\\x{" (integer_to_list c 16) "}")
        (list c)))
    (lists:flatten chars)))

(defun quote_atom (atom chars)
  "Whether the atom needs quotes to be read back."
  (if (is_atom atom)
    (=/= (lists:flatten (io_lib:write_atom atom)) chars)
    (erlang:error 'function_clause (list atom chars))))

(defun deep_unicode_char_list
  "Whether the term is a deep list of Unicode code points."
  ((l) (deep-unicode? l ())))

(defun deep-unicode?
  ((() ()) 'true)
  ((() (cons more stack)) (deep-unicode? more stack))
  (((cons c cs) stack)
   (when (is_integer c) (>= c 0)
         (orelse (< c 55296) (andalso (> c 57343) (< c 1114112))))
   (deep-unicode? cs stack))
  (((cons l cs) stack) (when (is_list l)) (deep-unicode? l (cons cs stack)))
  ((_ _) 'false))

;;; ---- prompts and columns ---------------------------------------------

(defun format_prompt (prompt) (format_prompt prompt 'latin1))

(defun format_prompt
  "The text of an io prompt: #(format Fmt Args), an atom, a string or
  other term."
  (((tuple 'format fmt args) _) (io_lib:format fmt args))
  ((prompt _) (when (is_atom prompt)) (io_lib:format "~ts" (list prompt)))
  ((prompt enc)
   (if (andalso (is_list prompt) (io_lib:deep_char_list prompt))
     (io_lib:format "~ts" (list prompt))
     (case enc
       ('latin1 (io_lib:format "~p" (list prompt)))
       (_ (io_lib:format "~tp" (list prompt)))))))

(defun indentation (chars col)
  "The column after writing Chars from column Col (tabs to multiples of
  8, a newline back to 0)."
  (lists:foldl
    (lambda (c acc)
      (case c
        (10 0)
        (9 (* 8 (+ (div acc 8) 1)))
        (_ (+ acc 1))))
    col
    (lists:flatten chars)))

;;; ---- io-server helpers -------------------------------------------------

(defun collect_line (state chars _unused)
  "Collect characters up to a newline: #(stop Line Rest), or the reversed
  characters so far to continue with."
  (collect_line state chars 'latin1 _unused))

(defun collect_line
  ((state 'eof _ _)
   (tuple 'stop (lists:reverse state) 'eof))
  ((state chars _ _)
   (let ((cs (if (is_binary chars) (binary_to_list chars) chars)))
     (line-chars cs state))))

(defun line-chars
  (((cons 10 rest) acc) (tuple 'stop (lists:reverse (cons 10 acc)) rest))
  (((cons 13 (cons 10 rest)) acc) (tuple 'stop (lists:reverse (cons 10 acc)) rest))
  (((cons c rest) acc) (line-chars rest (cons c acc)))
  ((() acc) acc))

(defun collect_chars (state chars n) (collect_chars state chars 'latin1 n))

(defun collect_chars
  "Collect N characters: #(done Chars Rest), or #(more State)."
  ((() 'eof _ _) #(done eof ()))
  (((tuple _ acc) 'eof _ _) (tuple 'done (lists:reverse acc) ()))
  ((() chars enc n) (collect_chars (tuple n ()) chars enc n))
  (((tuple left acc) chars _ _)
   (let ((cs (if (is_binary chars) (binary_to_list chars) chars)))
     (take-chars cs left acc))))

(defun take-chars
  ((rest 0 acc) (tuple 'done (lists:reverse acc) rest))
  ((() left acc) (tuple 'more (tuple left acc)))
  (((cons c rest) left acc) (take-chars rest (- left 1) (cons c acc))))

(defun get_until (state chars fun-spec) (get_until state chars 'latin1 fun-spec))

(defun get_until
  "Collect lines and call M:F(Chars, ExtraArgs...) on each, as an io
  server's get_until does."
  ((state chars _ (tuple m f xargs))
   (case (collect_line state chars 'latin1 'ignored)
     ((tuple 'stop line rest)
      (case (apply m f (cons line xargs))
        ((tuple 'done result _) (tuple 'done result rest))
        (other other)))
     (more more))))

;;; ---- fread: formatted input ---------------------------------------------
;;;
;;; fread/2 reads one line against a format and answers #(ok Terms Rest),
;;; #(more Format N Results) when the line ran out before the format, or
;;; #(error #(fread What)).  fread/3 is the io-server form: it gathers
;;; characters into lines (a continuation carries the unfinished line),
;;; and answers #(more Cont) or #(done Result Rest), Result being
;;; #(ok Terms), eof or #(error #(fread What)).
;;;
;;; Format: white space skips any white space (space, tab, CR, LF) of the
;;; input; another character must match itself; ~ starts a field:
;;; ~[*][Width][t]C with C one of d (integer), u (unsigned; a width is
;;; the base), - (sign, -1 or 1), # (Base#Digits), f (float with a
;;; point), s (a word), a (a word as an atom), c (characters, default 1),
;;; l (characters read so far), ~ (a literal ~).  * reads the field
;;; without returning it; t allows characters above 255 (s, a, c).

(defun fread (format chars)
  "Read the characters of one line against the format."
  (fr format chars 0 ()))

(defun fread
  "The continuation form of fread/2, as io servers call it."
  ((() chars format) (fr-collect format () 0 () chars))
  (((tuple format stack n res) chars _) (fr-collect format stack n res chars)))

;; fr-collect: gather characters up to a newline into Stack (reversed).
(defun fr-collect
  ((fmt (cons 13 stack) n res (cons 10 more))
   (fr-line fmt (lists:reverse stack) n res more '(13 10)))
  ((fmt stack n res (cons 10 more))
   (fr-line fmt (lists:reverse stack) n res more '(10)))
  ((fmt stack n res ())
   (tuple 'more (tuple fmt stack n res)))
  ((fmt (cons 13 stack) n res more)
   (fr-line fmt (lists:reverse stack) n res more '(13)))
  ((fmt stack n res (cons c more))
   (fr-collect fmt (cons c stack) n res more))
  ((fmt stack n res more)
   (fr-line fmt (lists:reverse stack) n res more ())))

;; fr-line: run the format on one line; Newline is what ended it.
(defun fr-line (fmt line n res more newline)
  (let ((after (if (is_list more) more ())))
    (case (fr fmt line n res)
      ((tuple 'ok terms ()) (tuple 'done (tuple 'ok terms) after))
      ((tuple 'ok terms rest)
       (tuple 'done (tuple 'ok terms) (++ rest newline after)))
      ((tuple 'more fmt2 n2 res2) (when (is_list line) (is_list more))
       (fr-collect fmt2 () (+ n2 (length newline)) res2 more))
      ((tuple 'more fmt2 n2 res2) (when (is_list line))
       (fr-line fmt2 'eof (+ n2 (length newline)) res2 more ()))
      (other (tuple 'done other more)))))

(defun fr-white? (c)
  (orelse (=:= c 32) (=:= c 9) (=:= c 13) (=:= c 10)))

;; fr: the format against a line (a list, or eof); N counts characters
;; read, Res the results so far (reversed).
(defun fr
  (((cons 126 fmt) line n res)
   (let (((tuple fmt2 width sup uni) (fr-field fmt)))
     (fr-directive fmt2 width sup uni line n res (cons 126 fmt))))
  (((cons c fmt) line n res) (when (orelse (=:= c 32) (=:= c 9)
                                           (=:= c 13) (=:= c 10)))
   (let (((tuple line2 n2) (fr-skip-white line n)))
     (fr fmt line2 n2 res)))
  (((cons c fmt) (cons c line) n res) (fr fmt line (+ n 1) res))
  (((cons _ _) (cons _ _) _ _) (fr-error 'input))
  (((= (cons _ _) fmt) () n res) (tuple 'more fmt n res))
  (((cons _ _) 'eof 0 ()) 'eof)
  (((cons _ _) 'eof _ _) (fr-error 'input))
  ((() line _ res) (tuple 'ok (lists:reverse res) line)))

(defun fr-error (what) (tuple 'error (tuple 'fread what)))

(defun fr-skip-white
  (((cons c line) n) (when (orelse (=:= c 32) (=:= c 9)
                                   (=:= c 13) (=:= c 10)))
   (fr-skip-white line (+ n 1)))
  ((line n) (tuple line n)))

(defun fr-strip-white
  (((cons c line)) (when (orelse (=:= c 32) (=:= c 9)
                                 (=:= c 13) (=:= c 10)))
   (fr-strip-white line))
  ((line) line))

;; fr-field: [*][Width][t] -> #(Rest Width Suppress Unicode).
(defun fr-field
  (((cons 42 fmt)) (fr-width fmt 'none 'true))
  ((fmt) (fr-width fmt 'none 'false)))

(defun fr-width
  (((cons d fmt) w sup) (when (>= d 48) (=< d 57))
   (fr-width fmt (+ (* (if (=:= w 'none) 0 w) 10) (- d 48)) sup))
  (((cons 116 fmt) w sup) (tuple fmt w sup 'true))
  ((fmt w sup) (tuple fmt w sup 'false)))

(defun fr-result
  (('true _ res) res)
  (('false v res) (cons v res)))

(defun fr-directive
  (((cons 108 fmt) _ sup _ line n res _)           ; ~l
   (fr fmt line n (fr-result sup n res)))
  ((_ _ _ _ () n res all) (tuple 'more all n res))
  ((_ _ _ _ 'eof 0 () _) 'eof)
  ((_ _ _ _ 'eof _ _ _) (fr-error 'input))
  (((cons c fmt) w sup uni line n res _)
   (fr-field-read c fmt w sup uni line n res))
  ((_ _ _ _ _ _ _ _) (fr-error 'format)))

;; fr-field-read: one field, directive C, with the line non-empty.
(defun fr-field-read
  ((102 fmt 'none sup 'false line n res)           ; ~f
   (let (((tuple line2 n2 cs) (fr-float-cs line n)))
     (fr-number cs 'float 10 'float sup fmt line2 n2 res)))
  ((102 fmt w sup 'false line n res)
   (let (((tuple line2 cs) (fr-chars line w 'false)))
     (fr-number cs 'float 10 'float sup fmt line2 (+ n w) res)))
  ((100 fmt 'none sup 'false line n res)           ; ~d
   (let (((tuple line2 n2 cs) (fr-int-cs line n)))
     (fr-number cs 'int 10 'integer sup fmt line2 n2 res)))
  ((100 fmt w sup 'false line n res)
   (let (((tuple line2 cs) (fr-chars line w 'false)))
     (fr-number cs 'int 10 'integer sup fmt line2 (+ n w) res)))
  ((117 fmt 'none sup 'false line n res)           ; ~u
   (let (((tuple line2 n2 cs) (fr-digits line n 10 ())))
     (fr-number cs 'int 10 'unsigned sup fmt line2 n2 res)))
  ((117 fmt w sup 'false line n res) (when (>= w 2) (=< w 36))
   (let (((tuple line2 n2 cs) (fr-digits line n w ())))
     (fr-number cs 'int w 'unsigned sup fmt line2 n2 res)))
  ((45 fmt _ sup 'false line n res)                ; ~-
   (case line
     ((cons 45 line2) (fr fmt line2 (+ n 1) (fr-result sup -1 res)))
     ((cons 43 line2) (fr fmt line2 (+ n 1) (fr-result sup 1 res)))
     (_ (fr fmt line n (fr-result sup 1 res)))))
  ((35 fmt 'none sup 'false line n res)            ; ~#
   (case (catch (fr-based-free line n))
     ((tuple 'ok v line2 n2) (fr fmt line2 n2 (fr-result sup v res)))
     (_ (fr-error 'based))))
  ((35 fmt w sup 'false line n res)
   (case (catch (fr-based-width line w))
     ((tuple 'ok v line2) (fr fmt line2 (+ n w) (fr-result sup v res)))
     (_ (fr-error 'based))))
  ((115 fmt 'none sup uni line n res)              ; ~s
   (let (((tuple line2 n2 cs) (fr-word line n uni)))
     (fr-string cs sup fmt line2 n2 res)))
  ((115 fmt w sup uni line n res)
   (let (((tuple line2 cs) (fr-chars line w uni)))
     (fr-string cs sup fmt line2 (+ n w) res)))
  ((97 fmt 'none sup uni line n res)               ; ~a
   (let (((tuple line2 n2 cs) (fr-word line n uni)))
     (fr-atom cs sup fmt line2 n2 res)))
  ((97 fmt w sup 'false line n res)
   (let (((tuple line2 cs) (fr-chars line w 'false)))
     (fr-atom cs sup fmt line2 (+ n w) res)))
  ((99 fmt w sup uni line n res)                   ; ~c
   (let* ((k (if (=:= w 'none) 1 w))
          ((tuple line2 cs) (fr-chars line k uni)))
     (if (=:= cs 'error)
       (fr-error 'character)
       (fr fmt line2 (+ n k) (fr-result sup (lists:reverse cs) res)))))
  ((126 fmt _ _ _ (cons 126 line) n res)           ; ~~
   (fr fmt line (+ n 1) res))
  ((_ _ _ _ _ _ _ _) (fr-error 'format)))

;; fr-number: convert the reversed characters CS (or error) to a number.
(defun fr-number (cs kind base what sup fmt line n res)
  (case (fr-convert cs kind base)
    ((tuple 'ok v) (fr fmt line n (fr-result sup v res)))
    ('error (fr-error what))))

(defun fr-convert (cs kind base)
  (if (is_list cs)
    (let ((s (fr-strip-white (lists:reverse cs))))
      (case (catch (if (=:= kind 'float)
                     (list_to_float s)
                     (list_to_integer s base)))
        ((tuple 'EXIT _) 'error)
        (v (tuple 'ok v))))
    'error))

(defun fr-string (cs sup fmt line n res)
  (if (=:= cs 'error)
    (fr-error 'string)
    (let ((s (fr-strip-white (lists:reverse (fr-strip-white cs)))))
      (fr fmt line n (fr-result sup s res)))))

(defun fr-atom (cs sup fmt line n res)
  (if (=:= cs 'error)
    (fr-error 'atom)
    (let ((s (fr-strip-white (lists:reverse (fr-strip-white cs)))))
      (case (catch (list_to_atom s))
        ((tuple 'EXIT _) (fr-error 'atom))
        (a (fr fmt line n (fr-result sup a res)))))))

;; fr-chars: exactly K characters (not a newline; at most 255 unless
;; Uni): #(Rest RevChars), or #(Rest error).
(defun fr-chars (line k uni) (fr-chars line k uni ()))

(defun fr-chars
  ((line 0 _ acc) (tuple line acc))
  (((= (cons 10 _) line) _ _ _) (tuple line 'error))
  (((cons c line) k 'true acc) (fr-chars line (- k 1) 'true (cons c acc)))
  (((cons c line) k 'false acc) (when (is_integer c) (>= c 0) (=< c 255))
   (fr-chars line (- k 1) 'false (cons c acc)))
  ((line _ _ _) (tuple line 'error)))

;; fr-word: skip white space, then take characters up to white space
;; (stopping before one above 255 unless Uni).
(defun fr-word (line n uni)
  (let (((tuple line2 n2) (fr-skip-white line n)))
    (fr-word-1 line2 n2 uni ())))

(defun fr-word-1
  (((= (cons c _) line) n uni acc)
   (cond ((fr-white? c) (tuple line n acc))
         ((andalso (=:= uni 'false) (> c 255))
          (tuple line n (if (=:= acc ()) 'error acc)))
         ('true (fr-word-1 (tl line) (+ n 1) uni (cons c acc)))))
  ((line n _ acc) (tuple line n acc)))

(defun fr-sign
  (((cons 43 line) n cs) (tuple line (+ n 1) (cons 43 cs)))
  (((cons 45 line) n cs) (tuple line (+ n 1) (cons 45 cs)))
  ((line n cs) (tuple line n cs)))

(defun fr-int-cs (line n)
  (let* (((tuple l1 n1) (fr-skip-white line n))
         ((tuple l2 n2 cs) (fr-sign l1 n1 ())))
    (fr-digits l2 n2 10 cs)))

;; fr-float-cs: [sign] digits [. digits [e|E [sign] digits]].
(defun fr-float-cs (line n)
  (let (((tuple l1 n1 cs1) (fr-int-cs line n)))
    (case l1
      ((cons 46 l2)
       (let (((tuple l3 n3 cs3) (fr-digits l2 (+ n1 1) 10 (cons 46 cs1))))
         (case l3
           ((cons e l4) (when (orelse (=:= e 101) (=:= e 69)))
            (let (((tuple l5 n5 cs5) (fr-sign l4 (+ n3 1) (cons e cs3))))
              (fr-digits l5 n5 10 cs5)))
           (_ (tuple l3 n3 cs3)))))
      (_ (tuple l1 n1 cs1)))))

;; fr-digits: the digits of Base (letters either case above 10); as in
;; OTP, 0-9 are taken whatever the base, so "102" in base 2 is an error.
(defun fr-digits
  (((= (cons c line) l) n base cs)
   (if (fr-digit? c base)
     (fr-digits line (+ n 1) base (cons c cs))
     (tuple l n cs)))
  ((l n _ cs) (tuple l n cs)))

(defun fr-digit? (c base)
  (orelse (andalso (>= c 48) (=< c 57))
          (andalso (>= c 65) (< c (+ 65 (- base 10))))
          (andalso (>= c 97) (< c (+ 97 (- base 10))))))

;; ~# without a width: [sign] Base # digits of abs(Base); a negative base
;; makes the number negative.  Crashes on bad input (caught above).
(defun fr-based-free (line n)
  (let* (((tuple (cons 35 l1) n1 bcs) (fr-int-cs line n))
         (b (list_to_integer (lists:reverse bcs)))
         (base (abs b))
         ('true (andalso (>= base 2) (=< base 36)))
         ((tuple l2 n2 cs) (fr-digits l1 (+ n1 1) base ()))
         (ds (lists:reverse cs))
         (v (if (< b 0)
              (list_to_integer (cons 45 ds) base)
              (list_to_integer ds base))))
    (tuple 'ok v l2 n2)))

;; ~W# : the W characters hold Base#Digits, Base from 2 to 36.
(defun fr-based-width (line w)
  (let* (((tuple rest cs) (fr-chars line w 'false))
         (field (lists:reverse cs))
         ((tuple (cons 35 ds) _ bcs) (fr-int-cs field 0))
         (base (list_to_integer (lists:reverse bcs)))
         ('true (andalso (>= base 2) (=< base 36))))
    (tuple 'ok (list_to_integer ds base) rest)))

;;; ---- format/3 with chars_limit -------------------------------------------

;; limited-format: the two passes of OTP's io_lib_format:build/2.
(defun limited-format (fmt args limit)
  (let* ((items (small-items (fmt-specs (fmt-chars fmt) args)))
         ((tuple ps count other) (count-items items 0 0 0)))
    (if (=:= count 0)
      (lists:flatten items)
      (lists:flatten (build-limited items ps count (lim-sub limit other) 0)))))

(defun fmt-chars
  ((f) (when (is_atom f)) (atom_to_list f))
  ((f) (when (is_binary f)) (binary_to_list f))
  ((f) (when (is_list f)) (lists:flatten f)))

(defun lim-sub (t e)
  (cond ((< t 0) t) ((>= t e) (- t e)) ('true 0)))

;; fmt-specs: the format as characters and specs
;; #(spec C Args Width Adjust Precision Pad Unicode Strings).
(defun fmt-specs
  (((cons 126 fmt) args)
   (let* (((tuple w adj f1 a1) (fmt-width fmt args))
          ((tuple p f2 a2) (fmt-precision f1 a1))
          ((tuple pad f3 a3) (fmt-pad f2 a2))
          ((tuple uni str f4) (fmt-mods f3 'false 'true))
          ((tuple c as f5 a5) (fmt-cc f4 a3)))
     (cons (tuple 'spec c as w adj p pad uni str) (fmt-specs f5 a5))))
  (((cons c fmt) args) (cons c (fmt-specs fmt args)))
  ((() ()) ()))

(defun fmt-width
  (((cons 45 fmt) args)
   (let (((tuple f f1 a1) (fmt-value fmt args)))
     (fmt-adjust (- f) f1 a1)))
  ((fmt args)
   (let (((tuple f f1 a1) (fmt-value fmt args)))
     (fmt-adjust f f1 a1))))

(defun fmt-adjust (f fmt args)
  (if (=:= f 'none)
    (tuple 'none 'right fmt args)
    (if (< f 0) (tuple (- f) 'left fmt args) (tuple f 'right fmt args))))

(defun fmt-precision
  (((cons 46 fmt) args) (fmt-value fmt args))
  ((fmt args) (tuple 'none fmt args)))

(defun fmt-value
  (((cons 42 fmt) (cons a args)) (when (is_integer a)) (tuple a fmt args))
  (((= (cons c _) fmt) args) (when (>= c 48) (=< c 57)) (fmt-digits fmt args 0))
  ((fmt args) (tuple 'none fmt args)))

(defun fmt-digits
  (((cons c fmt) args n) (when (>= c 48) (=< c 57))
   (fmt-digits fmt args (+ (* n 10) (- c 48))))
  ((fmt args n) (tuple n fmt args)))

(defun fmt-pad
  (((list* 46 42 fmt) (cons pad args)) (tuple pad fmt args))
  (((list* 46 pad fmt) args) (tuple pad fmt args))
  ((fmt args) (tuple 32 fmt args)))

(defun fmt-mods
  (((cons 116 fmt) _ str) (fmt-mods fmt 'true str))
  (((cons 108 fmt) uni _) (fmt-mods fmt uni 'false))
  ((fmt uni str) (tuple uni str fmt)))

(defun fmt-cc
  (((cons c fmt) args)
   (let ((n (cond ((lists:member c '(126 110)) 0)
                  ((lists:member c '(87 80 120 88)) 2)
                  ('true 1))))
     (let (((tuple as rest) (lists:split n args)))
       (tuple c as fmt rest)))))

;; small-items: every spec that is not limited formatted now (by the C
;; engine), as characters; ~p ~P ~w ~W and ~s of a non-atom stay specs.
(defun small-items
  (((cons (= (tuple 'spec c as _ _ _ _ _ _) sp) rest))
   (if (limited? c as)
     (cons sp (small-items rest))
     (++ (lists:flatten (io_lib:format (spec-format sp) as)) (small-items rest))))
  (((cons c rest)) (cons c (small-items rest)))
  ((()) ()))

(defun limited?
  ((c as) (when (orelse (=:= c 112) (=:= c 80) (=:= c 119) (=:= c 87))) 'true)
  ((115 (list a)) (not (is_atom a)))
  ((_ _) 'false))

;; spec-format: a one-directive format for the spec, widths as numbers.
(defun spec-format
  (((tuple 'spec c _ w adj p pad uni str))
   (lists:flatten
    (list 126 (if (=:= adj 'left) "-" "")
          (if (=:= w 'none) "" (integer_to_list w))
          (cond ((andalso (=:= p 'none) (=:= pad 32)) "")
                ((=:= pad 32) (list 46 (integer_to_list p)))
                ('true (list 46 (if (=:= p 'none) "" (integer_to_list p)) 46 pad)))
          (if uni "t" "") (if str "" "l") c))))

(defun count-items
  (((cons (tuple 'spec c _ _ _ _ _ _ _) rest) ps n other)
   (count-items rest (if (orelse (=:= c 112) (=:= c 80)) (+ ps 1) ps) (+ n 1) other))
  (((cons _ rest) ps n other) (count-items rest ps n (+ other 1)))
  ((() ps n other) (tuple ps n other)))

(defun build-limited
  (((cons (= (tuple 'spec c _ _ _ _ _ _ _) sp) rest) ps count maxlen i)
   (let* ((maxchars (if (< maxlen 0) maxlen (div maxlen count)))
          (s (lists:flatten (control-limited sp maxchars i)))
          (ps2 (if (orelse (=:= c 112) (=:= c 80)) (- ps 1) ps))
          (maxlen2 (if (< maxlen 0) maxlen (lim-sub maxlen (length s)))))
     (cons s (build-limited rest ps2 (- count 1) maxlen2
                            (if (> ps2 0) (indentation s i) i)))))
  (((cons 10 rest) ps count maxlen _)
   (cons 10 (build-limited rest ps count maxlen 0)))
  (((cons 9 rest) ps count maxlen i)
   (cons 9 (build-limited rest ps count maxlen (* (div (+ i 8) 8) 8))))
  (((cons c rest) ps count maxlen i)
   (cons c (build-limited rest ps count maxlen (+ i 1))))
  ((() _ _ _ _) ()))

(defun control-limited
  (((tuple 'spec 115 (list a) w adj p pad uni _) cl _)
   (let ((l (limit-chars (if uni (cdata-chars a) (iolist-chars a)) w cl uni)))
     (string-field l (limit-field w cl) adj p pad uni)))
  (((tuple 'spec 119 (list a) w adj p pad uni _) cl _)
   (term-field (io_lib:write a (list #(depth -1) (tuple 'encoding (enc uni))
                                     (tuple 'chars_limit cl)))
               w adj p pad))
  (((tuple 'spec 87 (list a d) w adj p pad uni _) cl _) (when (is_integer d))
   (term-field (io_lib:write a (list (tuple 'depth d) (tuple 'encoding (enc uni))
                                     (tuple 'chars_limit cl)))
               w adj p pad))
  (((tuple 'spec 112 (list a) w adj p _ uni str) cl i)
   (pretty a -1 w adj p uni str cl i))
  (((tuple 'spec 80 (list a d) w adj p _ uni str) cl i) (when (is_integer d))
   (pretty a d w adj p uni str cl i)))

(defun enc (uni) (if uni 'unicode 'latin1))

(defun pretty (a d w adj p uni str cl i)
  (let ((ll (if (=:= w 'none) 80 w))
        (col (if (=:= p 'none) (+ i 1) p)))
    (if (=:= adj 'right)
      (io_lib_pretty:print a (list (tuple 'chars_limit cl) (tuple 'column col)
                                   (tuple 'line_length ll) (tuple 'depth d)
                                   (tuple 'encoding (enc uni))
                                   (tuple 'strings str)))
      (erlang:error 'badarg))))

;; iolist-chars, cdata-chars: ~s and ~ts arguments as characters.
(defun iolist-chars (a)
  (let ((cs (lists:flatten (iolist-chars-1 a))))
    cs))

(defun iolist-chars-1
  (((cons c cs)) (when (is_integer c) (>= c 0) (=< c 255))
   (cons c (iolist-chars-1 cs)))
  (((cons l cs)) (cons (iolist-chars-1 l) (iolist-chars-1 cs)))
  ((()) ())
  ((b) (when (is_binary b)) (binary_to_list b)))

(defun cdata-chars
  (((cons c cs)) (when (is_integer c) (>= c 0)) (cons c (cdata-chars cs)))
  (((cons l cs)) (++ (cdata-chars l) (cdata-chars cs)))
  ((()) ())
  ((b) (when (is_binary b))
   (case (catch (unicode:characters_to_list b))
     (l (when (is_list l)) l)
     (_ (binary_to_list b)))))

;; limit-chars: at most CL characters (grapheme clusters for ~ts), the
;; last three "..." when it is cut; as iolist_to_chars/cdata_to_chars.
(defun limit-chars (cs w cl uni)
  (if (orelse (< cl 0) (andalso (is_integer w) (>= cl w)))
    cs
    (let* ((keep (lim-sub cl 3))
           (units (if uni (string:to_graphemes cs) cs)))
      (if (< (- (length units) keep) 4)
        cs
        (++ (lists:flatten (lists:sublist units keep)) "...")))))

(defun limit-field (w cl)
  (if (orelse (< cl 0) (=:= w 'none)) w (max 3 (min w cl))))

(defun string-field (l w adj p pad uni)
  (if (andalso (=:= w 'none) (=:= p 'none))
    l
    (io_lib:format (spec-format (tuple 'spec 115 () w adj p pad uni 'true))
                   (list l))))

;; term-field: io_lib_format's term/5 (a term's text in a field: '*'s when
;; it does not fit).
(defun term-field
  ((t 'none _ 'none _) t)
  ((t 'none adj p pad) (term-field t p adj p pad))
  ((t w adj p0 pad)
   (let* ((l (length t))
          (p (min l (if (=:= p0 'none) w (min p0 w)))))
     (if (> l p)
       (pad-adjust (lists:duplicate p 42) (lists:duplicate (- w p) pad) adj)
       (pad-adjust t (lists:duplicate (- w l) pad) adj)))))

(defun pad-adjust
  ((data () _) data)
  ((data pad 'left) (++ data pad))
  ((data pad 'right) (++ pad data)))

;;; io_lib.lfe - the parts of Erlang's `io_lib' written in LFE, around the
;;; C BIFs (format/2, fwrite/2, write/1,2, print/1,4, write_atom/1,
;;; write_string/1,2, nl/0 and the char-list tests, in runtime/bif_io.c
;;; and runtime/format.c): format/3 and fwrite/3, chars_length, the
;;; write_char and latin-1/unicode variants of write_atom and write_string,
;;; quote_atom, deep_unicode_char_list, write/3, format_prompt,
;;; indentation, and the io-server helpers collect_line/3,4,
;;; collect_chars/3,4 and get_until/3,4.
;;;
;;; format/3 accepts OTP's option list but does not apply chars_limit
;;; (output is never shortened).

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
          (collect_chars 4) (get_until 3) (get_until 4)))

(defun format (fmt args opts)
  "io_lib:format/2 with an option list (chars_limit is accepted, not
  applied)."
  (if (is_list opts)
    (io_lib:format fmt args)
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

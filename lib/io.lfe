;; io.lfe - Erlang's io module over the io protocol.
;;
;; Every function takes an io device: standard_io (the calling process's
;; group leader), standard_error, user, a registered name or a pid of an io
;; server.  Output for a device that ends at the user process (the usual
;; case: the group leader of every process started by elfe) is written
;; directly by the elfe_io BIFs, as the user process would write it; any
;; other device gets an io request
;;
;;   #(io_request From ReplyAs Request)  ->  #(io_reply ReplyAs Reply)
;;
;; so a process can redirect the output of others by becoming their group
;; leader.  Open files (file:open) are written through the file module.

(defmodule io
  (export (format 1) (format 2) (format 3)
          (fwrite 1) (fwrite 2) (fwrite 3)
          (put_chars 1) (put_chars 2)
          (nl 0) (nl 1)
          (write 1) (write 2)
          (get_line 1) (get_line 2)
          (get_chars 2) (get_chars 3)
          (read 1) (read 2)
          (fread 2) (fread 3)
          (read 3) (read 4)
          (scan_erl_exprs 1) (scan_erl_exprs 2) (scan_erl_exprs 3)
          (scan_erl_exprs 4)
          (scan_erl_form 1) (scan_erl_form 2) (scan_erl_form 3)
          (scan_erl_form 4)
          (columns 0) (columns 1) (rows 0) (rows 1)
          (getopts 0) (getopts 1) (setopts 1) (setopts 2)
          (printable_range 0)
          (request 1) (request 2) (requests 1) (requests 2)))

(defun format (fmt) (format 'standard_io fmt ()))
(defun format (fmt args) (format 'standard_io fmt args))
(defun format (dev fmt args)
  (case (elfe_io:direct dev)
    ('false (output dev (lambda () (io_lib:format fmt args))
                    (list dev fmt args)))
    (d (elfe_io:format d fmt args))))

(defun fwrite (fmt) (format fmt))
(defun fwrite (fmt args) (format fmt args))
(defun fwrite (dev fmt args) (format dev fmt args))

(defun put_chars (chars) (put_chars 'standard_io chars))
(defun put_chars (dev chars)
  (case (elfe_io:direct dev)
    ('false (output dev (lambda () chars) (list dev chars)))
    (d (elfe_io:put_chars d chars))))

(defun nl () (nl 'standard_io))
(defun nl (dev)
  (case (elfe_io:direct dev)
    ('false (output dev (lambda () "\n") (list dev)))
    (d (elfe_io:nl d))))

(defun write (term) (write 'standard_io term))
(defun write (dev term)
  (case (elfe_io:direct dev)
    ('false (output dev (lambda () (io_lib:write term)) (list dev term)))
    (d (elfe_io:write d term))))

;; Output through a request; a failed request raises badarg as OTP's io.
(defun output (dev chars-fun args)
  (if (file-device? dev)
    (file-output dev (funcall chars-fun))
    (let ((chars (funcall chars-fun)))
      (case (request dev (tuple 'put_chars 'unicode chars))
        ('ok 'ok)
        ((tuple 'error reason) (erlang:error (conv-reason reason) args))
        (other other)))))

(defun conv-reason
  (('arguments) 'badarg)
  (('terminated) 'terminated)
  (('calling_self) 'calling_self)
  (((tuple 'no_translation _ _)) 'no_translation)
  ((_) 'badarg))

(defun file-device?
  (((tuple 'file_descriptor _ _)) 'true)
  ((_) 'false))

(defun file-output (fd chars)
  (case (file:write fd (unicode:characters_to_binary chars))
    ('ok 'ok)
    ((tuple 'error reason) (erlang:error reason))))

;; ---- input -------------------------------------------------------------

(defun get_line (prompt) (get_line 'standard_io prompt))
(defun get_line (dev prompt)
  (request dev (tuple 'get_line 'unicode prompt)))

(defun get_chars (prompt n) (get_chars 'standard_io prompt n))
(defun get_chars (dev prompt n)
  (request dev (tuple 'get_chars 'unicode prompt n)))

;; read(Prompt): an Erlang term ending in a full stop, as io:read.
(defun read (prompt) (read 'standard_io prompt))
(defun read (dev prompt)
  (read-more dev prompt ()))

(defun read-more (dev prompt sofar)
  (case (get_line dev prompt)
    ('eof (if (=:= sofar ()) 'eof (parse-term sofar)))
    ((tuple 'error e) (tuple 'error e))
    (line
     (let ((text (++ sofar (chars-of line))))
       (if (complete? text)
         (parse-term text)
         (read-more dev prompt text))))))

(defun chars-of (line)
  (if (is_binary line) (unicode:characters_to_list line) line))

(defun complete? (text)
  (case (erl_scan:string text)
    ((tuple 'ok tokens _) (ends-with-dot tokens))
    (_ 'true)))

(defun ends-with-dot
  ((()) 'false)
  ((tokens) (=:= (element 1 (lists:last tokens)) 'dot)))

(defun parse-term (text)
  (case (erl_scan:string text)
    ((tuple 'ok tokens end)
     (case (erl_parse:parse_term tokens)
       ((tuple 'ok term) (tuple 'ok term))
       ((tuple 'error info) (tuple 'error info))))
    ((tuple 'error info end) (tuple 'error info))))

;; fread(Prompt, Format): formatted input (see io_lib:fread/3), as
;; #(ok Terms), eof or #(error #(fread What)).  The server is asked for
;; get_until with io_lib:fread; one that does not know that request is
;; read line by line with get_line instead, and then what is left of the
;; last line after the format is dropped.
(defun fread (prompt format) (fread 'standard_io prompt format))
(defun fread (dev prompt format)
  (case (request dev (tuple 'get_until 'unicode prompt 'io_lib 'fread
                            (list format)))
    ((tuple 'error 'request) (fread-lines dev prompt format ()))
    ((tuple 'error 'enotsup) (fread-lines dev prompt format ()))
    (reply reply)))

(defun fread-lines (dev prompt format cont)
  (case (get_line dev prompt)
    ((tuple 'error e) (tuple 'error e))
    (line
     (let ((input (if (is_binary line) (chars-of line) line)))
       (case (io_lib:fread cont input format)
         ((tuple 'more cont2) (fread-lines dev "" format cont2))
         ((tuple 'done result _) result))))))

;; scan_erl_exprs/scan_erl_form(Prompt[, Location]): read lines up to
;; a full stop and return the Erlang tokens, as #(ok Tokens EndLocation),
;; #(eof EndLocation) or #(error ErrorInfo EndLocation).  (Both read the
;; same way: the tokens up to and including the first dot.)
(defun scan_erl_exprs (prompt) (scan_erl_exprs 'standard_io prompt 1))
(defun scan_erl_exprs (dev prompt) (scan_erl_exprs dev prompt 1))
(defun scan_erl_exprs (dev prompt loc) (scan-erl dev prompt loc ()))

(defun scan_erl_form (prompt) (scan_erl_form 'standard_io prompt 1))
(defun scan_erl_form (dev prompt) (scan_erl_form dev prompt 1))
(defun scan_erl_form (dev prompt loc) (scan-erl dev prompt loc ()))

;; The /4 forms take erl_scan options; none of them is applied.
(defun scan_erl_exprs (dev prompt loc _opts) (scan-erl dev prompt loc ()))
(defun scan_erl_form (dev prompt loc _opts) (scan-erl dev prompt loc ()))

;; read(Dev, Prompt, Location[, Options]): one Erlang term ending in a
;; full stop, as #(ok Term EndLocation), #(error ErrorInfo EndLocation)
;; or #(eof EndLocation).
(defun read (dev prompt loc) (read dev prompt loc ()))
(defun read (dev prompt loc _opts)
  (case (scan-erl dev prompt loc ())
    ((tuple 'ok tokens end)
     (case (erl_parse:parse_term tokens)
       ((tuple 'ok term) (tuple 'ok term end))
       ((tuple 'error info) (tuple 'error info end))))
    (other other)))

(defun scan-erl (dev prompt loc sofar)
  (case (get_line dev prompt)
    ('eof
     (if (=:= (string:trim sofar) ())
       (tuple 'eof (scan-end sofar loc))
       (scan-text sofar loc)))
    ((tuple 'error e) (tuple 'error e))
    (line
     (let ((text (++ sofar (chars-of line))))
       (if (complete? text)
         (scan-text text loc)
         (scan-erl dev "" loc text))))))

(defun scan-text (text loc)
  (case (erl_scan:string (upto-dot text) loc)
    ((tuple 'ok tokens end) (tuple 'ok tokens end))
    ((tuple 'error info end) (tuple 'error info end))))

;; upto-dot: Text up to its first dot token and the character after it
;; (what an io server's scan would consume); the rest stays unread.
(defun upto-dot (text)
  (case (erl_scan:string text #(1 1))
    ((tuple 'ok tokens _)
     (case (lists:keyfind 'dot 1 tokens)
       ((tuple 'dot (tuple l c)) (cut-at text l (+ c 1)))
       ('false text)))
    (_ text)))

;; cut-at: the prefix of Text that ends after line L, column C.
(defun cut-at (text l c) (cut-at text l c 1 1 ()))

(defun cut-at
  ((() _ _ _ _ acc) (lists:reverse acc))
  (((cons ch rest) l c line col acc)
   (if (andalso (=:= line l) (=:= col c))
     (lists:reverse (cons ch acc))
     (if (=:= ch 10)
       (cut-at rest l c (+ line 1) 1 (cons ch acc))
       (cut-at rest l c line (+ col 1) (cons ch acc))))))

;; The location after Text: Loc advanced by its newlines.
(defun scan-end (text loc)
  (let ((lines (length (lists:filter (lambda (c) (=:= c 10)) text))))
    (case loc
      ((tuple l _) (tuple (+ l lines) 1))
      (l (+ l lines)))))

;; ---- options and sizes -------------------------------------------------

(defun columns () (columns 'standard_io))
(defun columns (dev)
  (case (request dev (tuple 'get_geometry 'columns))
    (n (when (is_integer n)) (tuple 'ok n))
    (_ (tuple 'error 'enotsup))))

(defun rows () (rows 'standard_io))
(defun rows (dev)
  (case (request dev (tuple 'get_geometry 'rows))
    (n (when (is_integer n)) (tuple 'ok n))
    (_ (tuple 'error 'enotsup))))

(defun getopts () (getopts 'standard_io))
(defun getopts (dev) (request dev 'getopts))

(defun setopts (opts) (setopts 'standard_io opts))
(defun setopts (dev opts) (request dev (tuple 'setopts opts)))

(defun printable_range () 'latin1)

;; ---- the protocol ------------------------------------------------------

(defun request (req) (request 'standard_io req))

;; Send one io request and wait for its reply (or the server's death).
(defun request (dev req)
  (case (server-of dev)
    ('undefined (tuple 'error 'arguments))
    (pid
     (if (=:= pid (self))
       (tuple 'error 'calling_self)
       (let ((ref (erlang:monitor 'process pid)))
         (! pid (tuple 'io_request (self) ref req))
         (receive
           ((tuple 'io_reply r reply) (when (=:= r ref))
            (erlang:demonitor ref '(flush))
            reply)
           ((tuple 'DOWN r _ _ _) (when (=:= r ref))
            (tuple 'error 'terminated))))))))

(defun requests (reqs) (requests 'standard_io reqs))
(defun requests (dev reqs) (request dev (tuple 'requests reqs)))

(defun server-of
  (('standard_io) (group_leader))
  (('standard_error) (whereis-or-undefined 'standard_error))
  ((pid) (when (is_pid pid)) pid)
  ((name) (when (is_atom name)) (whereis-or-undefined name))
  ((_) 'undefined))

(defun whereis-or-undefined (name)
  (case (whereis name)
    ('undefined 'undefined)
    (pid pid)))

;;; file_io_server.lfe - the process behind a file opened without `raw':
;;; an io server speaking the io protocol over a prim_file handle, as
;;; OTP's file_io_server does.
;;;
;;; file:open spawns it for the opener (start/3); it opens the file itself
;;; and answers {ok, Pid} or {error, Reason}.  It monitors the opener and
;;; closes the file when the opener dies.  (OTP 25's server is not linked
;;; to the opener either, so an opener trapping exits gets no 'EXIT'
;;; message when the file closes.)  Requests:
;;;
;;;   #(io_request From ReplyAs Req)   -> #(io_reply ReplyAs Reply)
;;;     put_chars, get_line, get_chars, get_until (each with or without an
;;;     encoding), setopts, getopts, get_geometry, requests
;;;   #(file_request From ReplyAs Req) -> #(file_reply ReplyAs Reply)
;;;     close, #(position At), #(pread At N), #(pwrite At Data), sync,
;;;     datasync, truncate, #(advise ...), #(allocate ...)
;;;
;;; The handle is opened in binary mode; what a reader gets follows the
;;; server's options: a list or a binary (`binary'), characters decoded
;;; from the file's encoding (latin1, or utf8 with {encoding, utf8}) and
;;; re-encoded for the request's (latin1 from the file module, unicode
;;; from io).  A character the other side cannot hold is
;;; {error, {no_translation, unicode, latin1}}.  A failed write ends the
;;; server (as OTP's does); so does close, and the death of the opener.
;;; Requests to a
;;; server that is gone give {error, terminated}.

(defmodule file_io_server
  (export (start 3) (init 4)))

(defun start (owner name modes)
  "Spawn a server for Owner (the calling process) that opens Name with
  Modes: {ok, Pid} or {error, Reason}."
  (let* ((ref (make_ref))
         (pid (spawn 'file_io_server 'init (list owner ref name modes)))
         (mref (erlang:monitor 'process pid)))
    (receive
      ((tuple r reply) (when (=:= r ref))
       (erlang:demonitor mref '(flush))
       (case reply
         ('ok (tuple 'ok pid))
         (e e)))
      ((tuple 'DOWN r _ _ reason) (when (=:= r mref))
       (tuple 'error reason)))))

;; The state: #(state Fd OwnerMonitor Binary Encoding).
(defun init (owner ref name modes)
  (let ((raw-modes (cons 'binary (lists:filter #'pass-mode?/1 modes))))
    (case (prim_file:open name raw-modes)
      ((tuple 'ok fd)
       (! owner (tuple ref 'ok))
       (loop (tuple 'state fd (erlang:monitor 'process owner) (lists:member 'binary modes)
                    (encoding-of modes))))
      (e (! owner (tuple ref e))))))

(defun pass-mode?
  (('binary) 'false)
  (('list) 'false)
  ((_) 'true))

(defun encoding-of (modes)
  (case (lists:keyfind 'encoding 1 modes)
    ((tuple 'encoding e) (norm-encoding e))
    ('false 'latin1)))

(defun norm-encoding
  (('latin1) 'latin1)
  ((_) 'unicode))

(defun fd-of (st) (element 2 st))
(defun binary? (st) (element 4 st))
(defun enc-of (st) (element 5 st))

(defun loop (st)
  (receive
    ((tuple 'io_request from reply-as req)
     (case (io-request req st)
       ((tuple 'reply reply st2)
        (! from (tuple 'io_reply reply-as reply))
        (loop st2))
       ((tuple 'stop reply)
        (prim_file:close (fd-of st))
        (! from (tuple 'io_reply reply-as reply)))))
    ((tuple 'file_request from reply-as req)
     (case (file-request req st)
       ((tuple 'reply reply)
        (! from (tuple 'file_reply reply-as reply))
        (loop st))
       ((tuple 'stop reply)
        (prim_file:close (fd-of st))
        (! from (tuple 'file_reply reply-as reply)))))
    ((tuple 'DOWN r _ _ _) (when (=:= r (element 3 st)))
     (prim_file:close (fd-of st)))
    (_ (loop st))))

;;; ------------------------------------------------------------------
;;; The io protocol

(defun io-request
  (((tuple 'put_chars enc chars) st) (put-chars enc chars st))
  (((tuple 'put_chars chars) st) (put-chars 'latin1 chars st))
  (((tuple 'put_chars enc m f a) st)
   (case (catch (apply m f a))
     ((tuple 'EXIT _) (tuple 'stop (tuple 'error 'badarg)))
     (chars (put-chars enc chars st))))
  (((tuple 'put_chars m f a) st) (when (is_atom m))
   (io-request (tuple 'put_chars 'latin1 m f a) st))
  (((tuple 'get_line enc _prompt) st) (reply (get-line enc st) st))
  (((tuple 'get_line _prompt) st) (reply (get-line 'latin1 st) st))
  (((tuple 'get_chars enc _prompt n) st) (reply (get-chars enc n st) st))
  (((tuple 'get_chars _prompt n) st) (when (is_integer n))
   (reply (get-chars 'latin1 n st) st))
  (((tuple 'get_until enc _prompt m f a) st) (reply (get-until enc m f a st) st))
  (((tuple 'get_until _prompt m f a) st) (reply (get-until 'latin1 m f a st) st))
  (((tuple 'setopts opts) st) (setopts opts st))
  (('getopts st)
   (reply (list (tuple 'binary (binary? st)) (tuple 'encoding (enc-of st))) st))
  (((tuple 'get_geometry _) st) (reply (tuple 'error 'enotsup) st))
  (((tuple 'requests reqs) st) (requests reqs (tuple 'reply 'ok st)))
  ((_ st) (reply (tuple 'error 'request) st)))

(defun reply (r st) (tuple 'reply r st))

(defun requests
  ((() last) last)
  (((cons req reqs) (tuple 'reply 'ok st)) (requests reqs (io-request req st)))
  ((_ (= (tuple 'reply _ _) last)) last)
  ((_ stop) stop))

(defun setopts (opts st)
  (case (catch (lists:foldl #'setopt/2 st (if (is_list opts) opts (list opts))))
    ((tuple 'EXIT _) (reply (tuple 'error 'enotsup) st))
    (st2 (reply 'ok st2))))

(defun setopt
  (('binary st) (setelement 4 st 'true))
  (('list st) (setelement 4 st 'false))
  (((tuple 'binary b) st) (when (is_boolean b)) (setelement 4 st b))
  (((tuple 'encoding e) st)
   (if (lists:member e '(latin1 unicode utf8))
     (setelement 5 st (norm-encoding e))
     (erlang:error 'badarg)))
  ((_ _) (erlang:error 'badarg)))

;; put_chars: the bytes to write for the file's encoding; a failure ends
;; the server.
(defun put-chars (enc chars st)
  (case (out-bytes enc (enc-of st) chars)
    ((tuple 'ok bytes)
     (case (prim_file:write (fd-of st) bytes)
       ('ok (reply 'ok st))
       (e (tuple 'stop e))))
    (e (tuple 'stop e))))

(defun out-bytes (req-enc file-enc chars)
  (case (catch (convert chars (if (=:= req-enc 'latin1) 'latin1 'unicode)
                        file-enc))
    (b (when (is_binary b)) (tuple 'ok b))
    (_ (if (andalso (=/= req-enc 'latin1) (=:= file-enc 'latin1))
         (tuple 'error (tuple 'no_translation 'unicode 'latin1))
         (tuple 'error 'badarg)))))

;; Characters (iodata in encoding `from') as a binary in encoding `to'.
(defun convert (chars from to)
  (if (=:= from 'latin1)
    (if (=:= to 'latin1)
      (iolist_to_binary chars)
      (unicode:characters_to_binary (iolist_to_binary chars) 'latin1 'unicode))
    (unicode:characters_to_binary chars 'unicode to)))

;;; ------------------------------------------------------------------
;;; Reading

;; A line: eof, {error, R} or the data for the request.
(defun get-line (enc st)
  (case (prim_file:read_line (fd-of st))
    ((tuple 'ok bin) (in-data enc bin st))
    (other other)))

;; N characters (bytes on a latin1 file).
(defun get-chars (enc n st)
  (cond
   ((not (andalso (is_integer n) (>= n 0))) (tuple 'error 'badarg))
   ((=:= (enc-of st) 'latin1)
    (case (prim_file:read (fd-of st) n)
      ((tuple 'ok bin) (in-data enc bin st))
      (other other)))
   ('true (get-utf8-chars enc n #"" 0 st))))

;; Read UTF-8 until N characters are complete (each byte read adds at
;; most one character, so asking for N - Got bytes never overshoots).
(defun get-utf8-chars (enc n acc got st)
  (if (>= got n)
    (in-data enc acc st)
    (case (prim_file:read (fd-of st) (- n got))
      ((tuple 'ok more)
       (let ((all (binary (acc binary) (more binary))))
         (get-utf8-chars enc n all (count-utf8 all) st)))
      ('eof (if (=:= acc #"") 'eof (in-data enc acc st)))
      (e e))))

(defun count-utf8 (bin)
  (case (unicode:characters_to_list bin 'unicode)
    (l (when (is_list l)) (length l))
    ((tuple 'incomplete l _) (length l))
    ((tuple 'error l _) (length l))))

;; Bytes read from the file as the request wants them.
(defun in-data (req-enc bytes st)
  (let ((file-enc (enc-of st)) (to (if (=:= req-enc 'latin1) 'latin1 'unicode)))
    (case (catch (convert-in bytes file-enc to))
      (b (when (is_binary b))
         (if (binary? st)
           b
           (if (=:= to 'latin1) (binary_to_list b) (unicode:characters_to_list b))))
      (_ (if (=:= to 'latin1)
           (tuple 'error (tuple 'no_translation 'unicode 'latin1))
           (tuple 'error 'invalid_unicode))))))

(defun convert-in (bytes file-enc to)
  (if (=:= file-enc to)
    (if (=:= to 'latin1)
      bytes
      (case (unicode:characters_to_list bytes 'unicode)
        (l (when (is_list l)) bytes)
        (_ (erlang:error 'badarg))))
    (convert bytes file-enc to)))

;; get_until: feed lines to M:F(Cont, Chars, Args...) until it is done;
;; what it leaves of the last line goes back to the file.
(defun get-until (enc m f a st)
  (get-until-loop enc m f a () st))

(defun get-until-loop (enc m f a cont st)
  (let ((data (case (prim_file:read_line (fd-of st))
                ((tuple 'ok bin) (in-chars enc bin st))
                (other other))))
    (case data
      ((tuple 'error e) (tuple 'error e))
      (_
       (case (catch (apply m f (list* cont data a)))
         ((tuple 'done result rest)
          (unread enc rest st)
          result)
         ((tuple 'more cont2)
          (if (=:= data 'eof) 'eof (get-until-loop enc m f a cont2 st)))
         (_ (tuple 'error 'get_until)))))))

(defun in-chars (enc bin st)
  (case (in-data enc bin (setelement 4 st 'false))
    ((= (tuple 'error _) e) e)
    (chars chars)))

;; Move the file position back over the characters Rest.
(defun unread (enc rest st)
  (case (catch (convert (if (is_list rest) rest ()) (if (=:= enc 'latin1) 'latin1 'unicode)
                        (enc-of st)))
    (b (when (andalso (is_binary b) (> (byte_size b) 0)))
       (prim_file:position (fd-of st) (tuple 'cur (- (byte_size b)))))
    (_ 'ok)))

;;; ------------------------------------------------------------------
;;; File requests

(defun file-request
  (('close st) (tuple 'stop (prim_file:close (fd-of st))))
  (((tuple 'position at) st) (tuple 'reply (prim_file:position (fd-of st) at)))
  (((tuple 'pread at n) st)
   (tuple 'reply
          (if (andalso (is_integer at) (>= at 0) (is_integer n) (>= n 0))
            (case (prim_file:pread (fd-of st) at n)
              ((tuple 'ok bin) (tuple 'ok (if (binary? st) bin (binary_to_list bin))))
              (other other))
            (tuple 'error 'badarg))))
  (((tuple 'pwrite at data) st)
   (tuple 'reply
          (case (out-bytes 'latin1 (enc-of st) data)
            ((tuple 'ok bytes) (prim_file:pwrite (fd-of st) at bytes))
            (e e))))
  (('sync st) (tuple 'reply (prim_file:sync (fd-of st))))
  (('datasync st) (tuple 'reply (prim_file:datasync (fd-of st))))
  (('truncate st) (tuple 'reply (prim_file:truncate (fd-of st))))
  (((tuple 'advise _ _ _) _) (tuple 'reply 'ok))
  (((tuple 'allocate _ _) _) (tuple 'reply (tuple 'error 'enotsup)))
  ((_ _) (tuple 'reply (tuple 'error 'badarg))))

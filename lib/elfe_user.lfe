;; elfe_user.lfe - the user process: the io server for standard input and
;; output, registered as `user' and the group leader of every process elfe
;; starts.
;;
;; It answers io requests (put_chars, get_line, get_chars, getopts,
;; setopts, get_geometry, requests) one at a time, in arrival order.
;; Output is written with the elfe_io BIFs; a line of input is asked of the
;; stdin reader thread (elfe_io:request_line) and waited for in receive, so
;; reading never blocks another process.

(defmodule elfe_user
  (export (start 0) (server 0)))

(defun start ()
  (let ((pid (spawn 'elfe_user 'server ())))
    (register 'user pid)
    pid))

(defun server ()
  (loop (map 'binary 'false 'encoding 'latin1 'buffer #"" 'eof 'false)))

(defun loop (st)
  (receive
    ((tuple 'io_request from reply-as req)
     (let (((tuple reply st2) (handle req st)))
       (! from (tuple 'io_reply reply-as reply))
       (loop st2)))
    (_ (loop st))))

(defun handle
  (((tuple 'put_chars _enc chars) st) (tuple (put chars) st))
  (((tuple 'put_chars _enc m f a) st)
   (case (catch (apply m f a))
     ((tuple 'EXIT _) (tuple (tuple 'error 'put_chars) st))
     (chars (tuple (put chars) st))))
  (((tuple 'put_chars chars) st) (tuple (put chars) st))
  (((tuple 'get_line _enc prompt) st) (get-line prompt st))
  (((tuple 'get_line prompt) st) (get-line prompt st))
  (((tuple 'get_chars _enc prompt n) st) (get-chars prompt n st))
  (('getopts st)
   (tuple (list (tuple 'binary (mref st 'binary))
                (tuple 'encoding (mref st 'encoding)))
          st))
  (((tuple 'setopts opts) st) (setopts opts st))
  (((tuple 'get_geometry _) st) (tuple (tuple 'error 'enotsup) st))
  (((tuple 'requests reqs) st) (requests reqs 'ok st))
  ((_ st) (tuple (tuple 'error 'request) st)))

(defun put (chars)
  (case (catch (elfe_io:put_chars 'standard_io chars))
    ('ok 'ok)
    (_ (tuple 'error 'put_chars))))

(defun requests
  ((() last st) (tuple last st))
  (((cons r rest) _ st)
   (let (((tuple reply st2) (handle r st)))
     (case reply
       ((tuple 'error _) (tuple reply st2))
       (_ (requests rest reply st2))))))

(defun setopts (opts st)
  (let ((bin (lists:member 'binary opts))
        (lst (lists:member 'list opts)))
    (tuple 'ok
           (cond (bin (mset st 'binary 'true))
                 (lst (mset st 'binary 'false))
                 ('true (case (proplists:get_value 'binary opts)
                          ('undefined st)
                          (b (mset st 'binary b))))))))

(defun prompt-out
  (('()) 'ok)
  ((p) (when (is_atom p)) (put (atom_to_list p)))
  ((p) (put (io_lib:format "~ts" (list p)))))

;; The next line: from the buffer if it holds one, else from the reader.
(defun get-line (prompt st)
  (prompt-out prompt)
  (get-line-more st))

(defun get-line-more (st)
  (let ((buf (mref st 'buffer)))
    (case (binary:match buf #"\n")
      ((tuple pos _) (take (+ pos 1) st))
      ('nomatch (fill st #'get-line-more/1)))))

(defun get-chars (prompt n st)
  (prompt-out prompt)
  (get-chars-more n st))

(defun get-chars-more (n st)
  (if (>= (byte_size (mref st 'buffer)) n)
    (take n st)
    (fill st (lambda (st2) (get-chars-more n st2)))))

;; The first n bytes of the buffer as the reply.
(defun take (n st)
  (let (((tuple chunk rest) (split_binary (mref st 'buffer) n)))
    (tuple (result chunk st) (mset st 'buffer rest))))

;; Read more input into the buffer and go on with next; at the end of
;; input, what the buffer holds is the last reply, then eof.
(defun fill (st next)
  (let ((buf (mref st 'buffer)))
    (case (read-chunk)
      ('eof
       (if (=:= buf #"")
         (tuple 'eof st)
         (tuple (result buf st) (mset st 'buffer #""))))
      (data (funcall next (mset st 'buffer (binary (buf binary) (data binary))))))))

(defun read-chunk ()
  (let ((tag (make_ref)))
    (elfe_io:request_line (self) tag)
    (receive ((tuple t data) (when (=:= t tag)) data))))

(defun result (bin st)
  (if (mref st 'binary) bin (binary_to_list bin)))

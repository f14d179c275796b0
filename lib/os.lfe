;;; os.lfe - the parts of the Erlang `os' module written in LFE: cmd/1,2,
;;; getenv/2, env/0, find_executable/1,2.  The primitives (getenv/0,1,
;;; putenv/2, unsetenv/1, type/0, version/0, getpid/0, timestamp/0,
;;; system_time/0,1, perf_counter/0,1) are C BIFs in runtime/bif_os.c.
;;;
;;; os:cmd starts the command with os:cmd_start/2 (bif_os.c), which
;;; hands its output back as messages from a poller thread, and waits
;;; for them in receive: the other processes keep running meanwhile.

(defmodule os
  (export (cmd 1) (cmd 2) (getenv 2) (env 0)
          (find_executable 1) (find_executable 2)))

(defun cmd (command) (cmd command #M()))

(defun cmd
  "Run a shell command and return its output (stdout and stderr) as a
  string.  The command is a string, a deep list of characters or an atom.
  Options: #M(max_size N) keeps the first N bytes and closes the
  command's output (it gets SIGPIPE if it writes more)."
  ([command opts] (when (is_map opts))
   (case (flat-command command)
     ('error (erlang:error 'badarg (list command opts)))
     (cs (let ((max (case opts
                      ((map 'max_size m) (when (is_integer m)) m)
                      (_ 'infinity))))
           (if (andalso (is_integer max) (< max 0))
             (erlang:error 'badarg (list command opts))
             (let ((tag (make_ref)))
               (os:cmd_start cs tag)
               (cmd-collect tag max () 0)))))))
  ([command opts] (erlang:error 'badarg (list command opts))))

;; Gather the output chunks until eof, or until max bytes are in.
(defun cmd-collect (tag max acc size)
  (receive
    ((tuple t (tuple 'data bin)) (when (=:= t tag))
     (let ((size2 (+ size (byte_size bin))))
       (if (andalso (is_integer max) (>= size2 max))
         (progn
           (os:cmd_stop tag)
           (cmd-flush tag)
           (cmd-result (cons (binary:part bin 0 (- max size)) acc)))
         (cmd-collect tag max (cons bin acc) size2))))
    ((tuple t 'eof) (when (=:= t tag))
     (cmd-result acc))))

(defun cmd-flush (tag)
  (receive
    ((tuple t _) (when (=:= t tag)) (cmd-flush tag))
    (after 0 'ok)))

;; The output as characters when it is UTF-8, else as bytes.
(defun cmd-result (acc)
  (let ((bin (iolist_to_binary (lists:reverse acc))))
    (case (unicode:characters_to_list bin 'unicode)
      (l (when (is_list l)) l)
      (_ (binary_to_list bin)))))

;; A command as a flat string, or error.
(defun flat-command
  ((a) (when (is_atom a)) (atom_to_list a))
  ((l) (when (is_list l))
   (case (catch (lists:flatten l))
     (f (when (is_list f))
        (if (lists:all (lambda (c) (andalso (is_integer c) (> c 0))) f) f 'error))
     (_ 'error)))
  ((_) 'error))

(defun getenv (var default)
  "The value of an environment variable, or Default when it is unset."
  (case (os:getenv var)
    ('false default)
    (v v)))

(defun env ()
  "The environment as a list of {Name, Value}."
  (lists:map (lambda (s)
               (let (((tuple k v) (lists:splitwith (lambda (c) (=/= c #\=)) s)))
                 (tuple k (case v ((cons _ r) r) (() ())))))
             (os:getenv)))

(defun find_executable (name)
  "The full name of an executable found on $PATH, or false."
  (find_executable name (os:getenv "PATH" "")))

(defun find_executable (name path)
  "The full name of an executable found in a colon-separated path, or false."
  (case (filename:pathtype name)
    ('absolute (if (executable? name) name 'false))
    ('relative
     (if (lists:member #\/ name)
       (let ((full (filename:absname name)))
         (if (executable? full) full 'false))
       (find-in (string:split path ":" 'all) name)))))

(defun find-in
  ((() _) 'false)
  (((cons dir dirs) name)
   (let ((full (filename:join (if (== dir "") "." dir) name)))
     (if (executable? full) (filename:absname full) (find-in dirs name)))))

(defun executable? (name)
  (case (file:read_file_info name)
    ((tuple 'ok info)
     (andalso (=:= (element 3 info) 'regular) (=/= (band (element 8 info) 73) 0)))
    (_ 'false)))

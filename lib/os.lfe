;;; os.lfe - the parts of the Erlang `os' module written in LFE: cmd/1,2,
;;; getenv/2, env/0, find_executable/1,2.  The primitives (getenv/0,1,
;;; putenv/2, unsetenv/1, type/0, version/0, getpid/0, timestamp/0,
;;; system_time/0,1, perf_counter/0,1) are C BIFs in runtime/bif_os.c.
;;;
;;; os:cmd runs the command with /bin/sh and waits for it, blocking the
;;; calling scheduler (OTP runs it in a port; that comes with processes).

(defmodule os
  (export (cmd 1) (cmd 2) (getenv 2) (env 0)
          (find_executable 1) (find_executable 2)))

(defun cmd (command) (cmd command #M()))

(defun cmd
  "Run a shell command and return its output (stdout and stderr) as a
  string.  The command is a string, a deep list of characters or an atom."
  ([command opts] (when (is_map opts))
   (case (flat-command command)
     ('error (erlang:error 'badarg (list command)))
     (cs (let ((out (os:cmd_string cs)))
           (case opts
             ((map 'max_size max) (when (is_integer max)) (lists:sublist out max))
             (_ out)))))))

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

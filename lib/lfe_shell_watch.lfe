;;; lfe_shell_watch.lfe - watch mode: reload modules when their source
;;; files change.
;;;
;;; (lfe_shell_watch:start Dir) (the shell's (watch "dir"), elfe --watch
;;; DIR) compiles and loads every DIR/*.lfe, then starts a registered
;;; process, lfe_shell_watch, which looks at the files every half second
;;; (a receive with a timeout, so it blocks nothing) and, when a file's
;;; bytes changed or a new file appeared, compiles it to a binary and hot
;;; loads each of its modules as the shell's c does: the old version is
;;; purged first (its users are killed), then the new one is loaded, which
;;; makes the previous one old.  It prints one line per module:
;;;
;;;   ;; reloaded counter (src/counter.lfe)
;;;   ;; killed <0.52.0> (it was running old code of counter)
;;;
;;; A file that does not compile prints its errors and
;;; ";; src/counter.lfe not reloaded: old code kept".  No object file is
;;; written.  (lfe_shell_watch:stop) (the shell's (unwatch)) ends it.  On
;;; a terminal the lines go through the line editor, which redraws the
;;; prompt and the half-typed line below them.

(defmodule lfe_shell_watch
  (export (start 1) (start 2) (stop 0) (init 3) (scan 1)))

(defun start (dir) (start dir 500))

;; #(ok Pid), or #(error Reason) when Dir is no directory.
(defun start (dir interval)
  (let ((d (if (is_atom dir) (atom_to_list dir) dir)))
    (if (andalso (io_lib:printable_unicode_list d) (filelib:is_dir d))
      (progn
        (stop)
        (let ((pid (spawn 'lfe_shell_watch 'init (list d interval (self)))))
          (receive
            ((tuple 'watching p n) (when (=:= p pid))
             (say (io_lib:format ";; watching ~s (~w modules loaded)~n"
                                 (list d n)))
             (tuple 'ok pid)))))
      (tuple 'error 'enoent))))

(defun stop ()
  (case (whereis 'lfe_shell_watch)
    ('undefined 'ok)
    (pid
     (let ((ref (monitor 'process pid)))
       (exit pid 'kill)
       (receive ((tuple 'DOWN r _ _ _) (when (=:= r ref)) 'ok))))))

(defun init (dir interval from)
  (register 'lfe_shell_watch (self))
  (let* ((files (scan dir))
         (loaded (lists:foldl
                  (lambda (fh n) (+ n (length (reload (element 1 fh) 'false))))
                  0 files)))
    (! from (tuple 'watching (self) loaded))
    (loop dir interval files)))

(defun loop (dir interval seen)
  (receive
    ('stop 'ok)
    (after interval
      (let ((now (scan dir)))
        (lists:foreach
         (lambda (fh)
           (if (lists:member fh seen) 'ok (reload (element 1 fh) 'true)))
         now)
        (loop dir interval now)))))

;; #(File Hash) for each DIR/*.lfe.
(defun scan (dir)
  (lists:filtermap
   (lambda (name)
     (let ((f (filename:join dir name)))
       (case (file:read_file f)
         ((tuple 'ok bin) (tuple 'true (tuple f (erlang:md5 bin))))
         (_ 'false))))
   (lists:sort (filelib:wildcard "*.lfe" dir))))

;; Compile a file and load its modules; the modules loaded.
(defun reload (file verbose?)
  (case (compile:file file '(binary return))
    ((tuple 'error errs _)
     (say (errors-text errs))
     (say (io_lib:format ";; ~s not reloaded: old code kept~n" (list file)))
     ())
    ((tuple 'ok mod bin _) (load-modules (list (tuple mod bin)) file verbose?))
    ((tuple 'ok mods _) (load-modules mods file verbose?))))

(defun load-modules (mods file verbose?)
  (lists:filtermap
   (lambda (mb)
     (let* (((tuple m bin) mb)
            (users (lists:filter
                    (lambda (p) (erlang:check_process_code p m))
                    (lists:delete (self) (processes)))))
       (code:purge m)
       (case (code:load_binary m (filename:absname file) bin)
         ((tuple 'module _)
          (if verbose?
            (say (list (io_lib:format ";; reloaded ~s (~s)~n"
                                      (list (lfe_io:print1 m) file))
                       (lists:map
                        (lambda (p)
                          (io_lib:format
                           ";; killed ~s (it was running old code of ~s)~n"
                           (list (pid_to_list p) (lfe_io:print1 m))))
                        users)))
            'ok)
          (tuple 'true m))
         ((tuple 'error r)
          (say (io_lib:format ";; ~s: cannot load ~s: ~s~n"
                              (list file (lfe_io:print1 m) (lfe_io:print1 r))))
          'false))))
   mods))

(defun errors-text (errs)
  (lists:map
   (lambda (fe)
     (lists:map (lambda (e)
                  (case e
                    ((tuple _ 'file reason)
                     (io_lib:format "~s: ~s~n" (list (element 1 fe)
                                                     (file:format_error reason))))
                    ((tuple _ _ msg) (list msg "\n"))))
                (element 2 fe)))
   errs))

;; Print a line without garbling the prompt being edited.
(defun say (text)
  (let ((chars (unicode:characters_to_binary text)))
    (if (elfe_shell:line_editor)
      (elfe_shell:print chars)
      (io:put_chars chars))))

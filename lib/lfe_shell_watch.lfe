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
;;;   ;; killed #Pid<0.52.0> (it was running old code of counter)
;;;
;;; A file that does not compile prints its errors and
;;; ";; src/counter.lfe not reloaded: old code kept".  No object file is
;;; written.  (lfe_shell_watch:check) makes it look now and returns when
;;; it is done (tests use it so as not to depend on timing).
;;; (lfe_shell_watch:stop) (the shell's (unwatch)) ends it.  On
;;; a terminal the lines go through the line editor, which redraws the
;;; prompt and the half-typed line below them.

(defmodule lfe_shell_watch
  (export (start 1) (start 2) (stop 0) (check 0) (init 3) (scan 1)))

(defun start (dir) (start dir 500))

;; #(ok Pid), or #(error Reason) when Dir is no directory.
(defun start (dir interval)
  (let ((d (if (is_atom dir) (atom_to_list dir) dir)))
    (if (andalso (io_lib:printable_unicode_list d) (filelib:is_dir d))
      (progn
        (stop)
        (let ((pid (spawn 'lfe_shell_watch 'init (list d interval (self)))))
          (receive
            ((tuple 'watching p mods) (when (=:= p pid))
             (say (io_lib:format ";; watching ~s~s~n"
                                 (list d (loaded-text mods))))
             (tuple 'ok pid)))))
      (tuple 'error 'enoent))))

(defun loaded-text
  ((()) "")
  ((mods) (list ", loaded: "
                (lists:join " " (lists:map #'lfe_io:print1/1 mods)))))

;; Look at the files now; ok when done, error when not watching.
(defun check ()
  (case (whereis 'lfe_shell_watch)
    ('undefined 'error)
    (pid
     (let ((ref (monitor 'process pid)))
       (! pid (tuple 'check (self) ref))
       (receive
         ((tuple r 'checked) (when (=:= r ref))
          (demonitor ref '(flush))
          'ok)
         ((tuple 'DOWN r _ _ _) (when (=:= r ref)) 'error))))))

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
         (loaded (lists:flatmap (lambda (fh) (reload (element 1 fh) 'false))
                                files)))
    (! from (tuple 'watching (self) loaded))
    (loop dir interval files)))

(defun loop (dir interval seen)
  (receive
    ((tuple 'check from ref)
     (let ((now (look dir seen)))
       (! from (tuple ref 'checked))
       (loop dir interval now)))
    (after interval
      (loop dir interval (look dir seen)))))

;; Reload what changed since seen; the files now.
(defun look (dir seen)
  (let ((now (scan dir)))
    (lists:foreach
     (lambda (fh)
       (if (lists:member fh seen) 'ok (reload (element 1 fh) 'true)))
     now)
    now))

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
          (say (list (if verbose?
                       (io_lib:format ";; reloaded ~s (~s)~n"
                                      (list (lfe_io:print1 m) file))
                       "")
                       (lists:map
                        (lambda (p)
                          (io_lib:format
                           ";; killed ~s (it was running old code of ~s)~n"
                           (list (lfe_io:print1 p) (lfe_io:print1 m))))
                        users)))
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

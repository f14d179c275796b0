;;; lfe_shell.lfe - the interactive shell: read, compile, run, print.
;;;
;;; The shell process reads forms (through the line editor of
;;; repl/shell.c on a terminal, else with io:get_line from the user
;;; process, so piped input works), and hands each expression to an
;;; evaluator process.  Evaluation is compile-then-run: the expression
;;; becomes the body of a function $eval in a scratch module
;;; $lfe_shell_eval whose parameters are the shell's variables, next to the
;;; functions, macros and records defined at the prompt and the shell
;;; commands it calls; compile:forms compiles it, code:load_binary loads
;;; it, and the evaluator calls it, so typed code runs at compiled speed.
;;; Scratch modules (names starting with $) are never purged: funs made by
;;; earlier expressions stay callable.  An exception is printed in LFE
;;; syntax (** exception CLASS: ...) and the evaluator is restarted; the
;;; bindings, functions and macros are kept.  Ctrl-C (the message
;;; interrupt from the line editor) kills a running evaluation.
;;;
;;; The commands ((c "file"), (l 'mod), (m), (i), (regs), (flush), ...)
;;; are in lfe_shell_cmds.

(defmodule lfe_shell
  (export (start 1) (evaluator 0) (format-exception 3) (banner 0)
          (run-file 2)))

(defun banner ()
  (io_lib:format "elfe ~s (LFE 2.2.1 compatible), (h) for help, (q) to quit\n"
                 (list (elfe_shell:version))))

;; ---- start ------------------------------------------------------------

(defun start (opts)
  (process_flag 'trap_exit 'true)
  (let* ((tty (elfe_shell:line_editor))
         (st (map 'bindings (initial-bindings)
                  'funs () 'macros () 'records ()
                  'prompt (proplists:get_value 'prompt opts "lfe> ")
                  'tty tty
                  'buffer ""
                  'eval (new-evaluator))))
    (if tty (elfe_shell:set_interrupt (self)) 'ok)
    (if (proplists:get_value 'banner opts tty)
      (io:put_chars (banner))
      'ok)
    (loop (rc-files st))))

(defun initial-bindings ()
  (list (tuple '* ()) (tuple '** ()) (tuple '*** ())
        (tuple '+ ()) (tuple '++ ()) (tuple '+++ ()) (tuple '- ())))

;; ~/.elfe/init.lfe then ./.elfe.lfe, when present
(defun rc-files (st)
  (let ((home (case (os:getenv "HOME") ('false ".") (h h))))
    (lists:foldl (lambda (f s)
                   (if (filelib:is_regular f) (run-file f s) s))
                 st
                 (list (filename:join (list home ".elfe" "init.lfe"))
                       ".elfe.lfe"))))

;; Evaluate the forms of a file in the shell, quietly.
(defun run-file (file st)
  (case (file:read_file file)
    ((tuple 'ok bin)
     (case (lfe_io:read_string (binary_to_list bin))
       ((tuple 'ok forms)
        (lists:foldl (lambda (f s) (eval-form f s 'false)) st forms))
       ((tuple 'error e)
        (io:format "~s: ~p~n" (list file e))
        st)))
    (_ st)))

(defun loop (st)
  (case (read-forms st)
    ('eof
     (if (mref st 'tty) (io:put_chars "\n") 'ok)
     (halt-shell))
    ((tuple forms st2) (loop (eval-batch forms st2)))))

(defun halt-shell () (erlang:halt 0))

;; ---- reading ----------------------------------------------------------

;; All the forms of the next complete input, or eof.
(defun read-forms (st)
  (let ((buf (mref st 'buffer)))
    (case (if (blank? buf) 'more (parse buf))
      ((tuple 'ok forms) (tuple forms (mset st 'buffer "")))
      ((tuple 'error msg)
       (io:format "~s~n" (list msg))
       (read-forms (mset st 'buffer "")))
      ('more
       (case (get-line (if (blank? buf)
                         (mref st 'prompt)
                         (continuation-prompt st))
                       st)
         ('eof (if (blank? buf) 'eof (read-eof buf st)))
         ('interrupt (read-forms (mset st 'buffer "")))
         (line (read-forms (mset st 'buffer (++ buf line)))))))))

(defun read-eof (buf st)
  (case (parse buf)
    ((tuple 'ok forms) (tuple forms (mset st 'buffer "")))
    (_ (io:format "shell: unterminated form at end of input~n")
       (erlang:halt 1))))

(defun continuation-prompt (st)
  (if (mref st 'tty)
    (lists:duplicate (length (mref st 'prompt)) 32)
    (mref st 'prompt)))

(defun blank? (s)
  (lists:all (lambda (c) (lists:member c '(32 9 10 13)))
             (strip-comments s)))

(defun strip-comments
  (('()) ())
  (((cons #\; rest)) (strip-comments (lists:dropwhile (lambda (c) (=/= c 10)) rest)))
  (((cons c rest)) (cons c (strip-comments rest))))

(defun parse (text)
  (case (lfe_io:read_string text)
    ((tuple 'ok forms) (tuple 'ok forms))
    ((tuple 'error (tuple _ 'lfe_parse 'missing_token)) 'more)
    ((tuple 'error (tuple line _ (tuple 'illegal tok)))
     (tuple 'error (io_lib:format "~w: illegal '~s'" (list line (msg-text tok)))))
    ((tuple 'error (tuple line _ msg))
     (if (unterminated? msg)
       'more
       (tuple 'error (io_lib:format "~w: ~s" (list line (msg-text msg))))))))

(defun unterminated? (msg)
  (andalso (io_lib:printable_unicode_list msg)
           (=/= (string:find msg "unterminated") 'nomatch)))

(defun msg-text (msg)
  (cond ((is_atom msg) (atom_to_list msg))
        ((io_lib:printable_unicode_list msg) msg)
        ('true (lfe_io:print1 msg))))

(defun get-line (prompt st)
  (if (mref st 'tty)
    (let ((tag (make_ref)))
      (elfe_shell:request_line (self) tag prompt)
      (receive
        ((tuple t data) (when (=:= t tag))
         (cond ((is_binary data) (++ (unicode:characters_to_list data) "\n"))
               ('true data)))))
    (case (io:get_line prompt)
      ('eof 'eof)
      ((tuple 'error _) 'eof)
      (line line))))

;; ---- evaluating -------------------------------------------------------

;; A (defmodule ...) form takes the rest of the input with it: the whole
;; module is compiled and loaded.
(defun eval-batch
  (((= (cons (cons 'defmodule _) _) forms) st)
   (define-module forms st))
  (((cons form more) st)
   ;; later forms of the same input get their prompt too (piped input)
   (lists:foldl (lambda (f s)
                  (if (mref s 'tty) 'ok (io:put_chars (mref s 'prompt)))
                  (eval-form f s 'true))
                (eval-form form st 'true) more)))

(defun define-module (forms st)
  (case (compile:forms forms '(return))
    ((tuple 'ok mod bin _)
     (case (code:load_binary mod (++ (atom_to_list mod) ".lfe") bin)
       ((tuple 'module m) (print-value (list (tuple 'module m))) st)
       (err (print-value err) st)))
    ((tuple 'error errs _)
     (compile-errors errs)
     st)))

(defun eval-form (form st print?)
  (case form
    ((list* 'defun name _)
     (define 'funs (tuple name (fun-arity form)) form st print? name))
    ((list* 'defmacro name _)
     (define 'macros name form st print? name))
    ((list* 'defrecord name fields)
     (define 'records name form st print? (record-value name fields)))
    ((list* 'include-file _) (define 'records form form st print? 'ok))
    ((list* 'include-lib _) (define 'records form form st print? 'ok))
    ('(reset-environment)
     (if print? (print-value 'ok) 'ok)
     (mset (mset (mset (mset st 'bindings (initial-bindings)) 'funs ())
                 'macros ())
           'records ()))
    (_ (if (andalso (lists:member form '((q) (exit)))
                    (not (lists:keymember (tuple (car form) 0) 1
                                          (mref st 'funs))))
         (progn (if print? (print-value 'ok) 'ok) (halt-shell))
         (evaluate form st print?)))))

;; LFE prints the last function a defrecord makes: set-NAME-LASTFIELD.
(defun record-value (name fields)
  (case fields
    (() name)
    (_ (let ((last (lists:last fields)))
         (list_to_atom
          (lists:flatten
           (list "set-" (atom_to_list name) "-"
                 (atom_to_list (if (is_list last) (car last) last)))))))))

(defun fun-arity
  (((list* 'defun _ (cons args _))) (when (is_list args)) (length args))
  (((list* 'defun _ (cons (cons (cons args _) _) _)))
   (when (is_list args)) (length args))
  (((list* 'defun _ _ (cons (cons args _) _)))
   (when (is_list args)) (length args))
  ((_) 0))

;; Add a definition, after checking that the shell module still compiles.
(defun define (kind key form st print? value)
  (let* ((defs (lists:keystore key 1 (mref st kind) (tuple key form)))
         (st2 (mset st kind defs)))
    (case (compile-eval ''ok st2)
      ((tuple 'ok _ _)
       (if print? (print-value value) 'ok)
       st2)
      ((tuple 'error msg)
       (print-compile-error msg)
       st))))

(defun evaluate (form st print?)
  (let ((body (case form
                ((list 'set pat expr) (set-body pat expr))
                ((list 'set pat guard expr) (set-body-guard pat guard expr))
                (_ form))))
    (case (compile-eval body st)
      ((tuple 'error msg)
       (print-compile-error msg)
       st)
      ((tuple 'ok mod args)
       (case (run-eval mod args st)
         ((tuple 'value v st2)
          (if print? (print-value (shown-value form v)) 'ok)
          (history form (result-value form v) (apply-bindings form v st2)))
         ((tuple 'failed st2) st2))))))

(defun shown-value
  (((list* 'set _) (tuple v _)) v)
  ((_ v) v))

(defun result-value
  (((list* 'set _) (tuple v _)) v)
  ((_ v) v))

(defun apply-bindings
  (((list* 'set _) (tuple _ new) st)
   (mset st 'bindings
         (lists:foldl (lambda (b acc) (lists:keystore (element 1 b) 1 acc b))
                      (mref st 'bindings) new)))
  ((_ _ st) st))

(defun history (form value st)
  (let* ((bs (mref st 'bindings))
         (get (lambda (k) (element 2 (lists:keyfind k 1 bs))))
         (new (list (tuple '+++ (funcall get '++)) (tuple '++ (funcall get '+))
                    (tuple '+ form)
                    (tuple '*** (funcall get '**)) (tuple '** (funcall get '*))
                    (tuple '* value))))
    (mset st 'bindings
          (lists:foldl (lambda (b acc) (lists:keystore (element 1 b) 1 acc b))
                       bs new))))

;; (set pat expr): the value and the pattern's variables.
(defun set-body (pat expr)
  (let ((vars (pattern-vars pat)))
    `(let (($shell-value ,expr))
       (let ((,pat $shell-value))
         (tuple $shell-value
                (list ,@(lists:map (lambda (v) `(tuple ',v ,v)) vars)))))))

(defun set-body-guard (pat guard expr)
  (let ((vars (pattern-vars pat)))
    `(let (($shell-value ,expr))
       (case $shell-value
         (,pat ,guard
          (tuple $shell-value
                 (list ,@(lists:map (lambda (v) `(tuple ',v ,v)) vars))))
         (_ (error (tuple 'badmatch $shell-value)))))))

;; The variables a pattern binds.
(defun pattern-vars (pat) (lists:usort (pvars pat)))

(defun pvars
  (('_) ())
  ((p) (when (is_atom p))
   (if (lists:member p '(true false undefined)) () (list p)))
  (((list 'quote _)) ())
  (((cons 'binary segs))
   (lists:flatmap (lambda (s) (if (is_list s) (pvars (car s)) (pvars s)))
                  segs))
  (((cons 'map kvs)) (map-vals kvs))
  (((cons 'record (cons _ fvs))) (map-vals fvs))
  (((cons h args)) (when (is_atom h))
   (if (lists:member h '(tuple list list* cons = when))
     (lists:flatmap #'pvars/1 args)
     (case (atom_to_list h)
       ((cons #\m (cons #\a (cons #\k (cons #\e (cons #\- _)))))
        (map-vals args))
       (_ (lists:flatmap #'pvars/1 args)))))
  (((cons h t)) (++ (pvars h) (pvars t)))
  ((_) ()))

(defun map-vals
  (((list* _ v rest)) (++ (pvars v) (map-vals rest)))
  ((_) ()))

;; Compile the shell module around body: #(ok Mod ArgValues) or
;; #(error Message).
(defun compile-eval (body st)
  (let* ((bindings (mref st 'bindings))
         (names (lists:map (lambda (b) (element 1 b)) bindings))
         (values (lists:map (lambda (b) (element 2 b)) bindings))
         (funs (lists:map (lambda (d) (element 2 d)) (mref st 'funs)))
         (defined (lists:map (lambda (d) (element 1 d)) (mref st 'funs)))
         (cmds (lfe_shell_cmds:wrappers (used-atoms (cons body funs)) defined))
         (forms (++ (list `(defmodule $lfe_shell_eval
                             (export ($eval ,(length names)))))
                    (lists:map (lambda (d) (element 2 d)) (mref st 'records))
                    (lists:map (lambda (d) (element 2 d)) (mref st 'macros))
                    funs
                    cmds
                    (list `(defun $eval ,names ,body)))))
    (case (compile:forms forms '(return))
      ((tuple 'ok mod bin _)
       (case (code:load_binary mod "shell" bin)
         ((tuple 'module _) (tuple 'ok mod values))
         ((tuple 'error r) (tuple 'error (lfe_io:print1 r)))))
      ((tuple 'error (list (tuple _ (list (tuple _ _ msg)))) _)
       (tuple 'error msg))
      (other (tuple 'error (lfe_io:print1 other))))))

(defun used-atoms (t) (lists:usort (atoms t ())))

(defun atoms
  ((t acc) (when (is_atom t)) (cons t acc))
  (((cons h t) acc) (atoms t (atoms h acc)))
  ((t acc) (when (is_tuple t)) (atoms (tuple_to_list t) acc))
  ((_ acc) acc))

;; ---- the evaluator process --------------------------------------------

(defun new-evaluator ()
  (let ((pid (spawn_link 'lfe_shell 'evaluator ())))
    pid))

(defun evaluator ()
  (receive
    ((tuple 'eval from mod args)
     (let ((reply (try (tuple 'value (apply mod '$eval args))
                    (catch ((tuple c r stk) (tuple 'exception c r stk))))))
       (! from (tuple 'evaluated (self) reply))
       (case reply
         ((tuple 'value _) (evaluator))
         (_ 'restart))))))

(defun run-eval (mod args st)
  (flush-interrupts)
  (let ((ev (mref st 'eval)))
    (! ev (tuple 'eval (self) mod args))
    (wait-eval ev st)))

(defun flush-interrupts ()
  (receive ('interrupt (flush-interrupts)) (after 0 'ok)))

(defun wait-eval (ev st)
  (receive
    ((tuple 'evaluated e (tuple 'value v)) (when (=:= e ev))
     (tuple 'value v st))
    ((tuple 'evaluated e (tuple 'exception c r stk)) (when (=:= e ev))
     (receive ((tuple 'EXIT p _) (when (=:= p ev)) 'ok) (after 1000 'ok))
     (print-exception c r (trim-stack stk))
     (tuple 'failed (mset st 'eval (new-evaluator))))
    ((tuple 'EXIT e reason) (when (=:= e ev))
     (print-exception 'exit reason ())
     (tuple 'failed (mset st 'eval (new-evaluator))))
    ('interrupt
     (unlink ev)
     (exit ev 'kill)
     (print-exception 'exit 'killed ())
     (tuple 'failed (mset st 'eval (new-evaluator))))
    ((tuple 'EXIT _ _) (wait-eval ev st))))

;; Drop the frames of the shell's own machinery, and the raising BIF
;; itself (erlang:error/exit/throw are not frames on the BEAM).
(defun trim-stack (stk)
  (lists:filter
   (lambda (f)
     (not (orelse (lists:member (element 1 f) '($lfe_shell_eval lfe_shell))
                  (andalso (=:= (element 1 f) 'erlang)
                           (lists:member (element 2 f)
                                         '(error exit throw raise))))))
   stk))

;; ---- printing ---------------------------------------------------------

(defun print-value (v)
  (io:put_chars (list (lfe_io:prettyprint1 v 30) "\n")))

(defun print-compile-error (msg)
  (io:put_chars (list "** exception error: " (compile-message msg) "\n\n")))

(defun compile-errors (errs)
  (lists:foreach
   (lambda (fe)
     (lists:foreach (lambda (e) (io:format "~s~n" (list (element 3 e))))
                    (element 2 fe)))
   errs))

;; "nofile:L:C: unbound symbol x" -> "symbol x is unbound"
(defun compile-message (msg)
  (let ((m (strip-location msg)))
    (case m
      ((++ "unbound symbol " sym) (++ "symbol " sym " is unbound"))
      (_ m))))

(defun strip-location (msg)
  (case msg
    ((++ "nofile:" rest)
     (lists:dropwhile (lambda (c) (lists:member c '(32 58 48 49 50 51 52 53 54 55 56 57)))
                      rest))
    (_ msg)))

(defun print-exception (class reason stk)
  (io:put_chars (list (format-exception class reason stk) "\n")))

(defun format-exception (class reason stk)
  (let ((head (++ "** exception " (atom_to_list class) ": ")))
    (list head (reason-text reason (length head)) "\n"
          (lists:map #'frame-text/1 stk))))

(defun reason-text
  (('badarg _) "bad argument")
  (((tuple 'badarg v) i) (value-text "bad argument " v i))
  (('badarith _) "error in arithmetic expression")
  (((tuple 'badarity (tuple f args)) _) (when (is_function f))
   (io_lib:format "~s called with ~s" (list (fun-text f) (count-args (length args)))))
  (((tuple 'badfun v) i) (value-text "bad function " v i))
  (((tuple 'badmatch v) i) (value-text "no match of value " v i))
  (((tuple 'case_clause v) i) (value-text "no case clause matching " v i))
  (('function_clause _) "no function clause matching")
  (('if_clause _) "no if clause matching")
  (('noproc _) "no such process or port")
  (('system_limit _) "a system limit has been reached")
  (('timeout_value _) "bad receive timeout value")
  (((tuple 'try_clause v) i) (value-text "no try clause matching " v i))
  (('undef _) "undefined function")
  (((tuple 'unbound_symb s) _) (io_lib:format "symbol ~s is unbound" (list (lfe_io:print1 s))))
  (((tuple 'badkey k) i) (value-text "bad key " k i))
  (((tuple 'badmap m) i) (value-text "bad map " m i))
  ((r i) (lfe_io:prettyprint1 r 15 i 80)))

(defun value-text (prefix v i)
  (list prefix (lfe_io:prettyprint1 v 10 (+ i (length prefix)) 80)))

(defun count-args
  ((0) "no arguments")
  ((1) "one argument")
  ((2) "two arguments")
  ((n) (io_lib:format "~w arguments" (list n))))

(defun fun-text (f)
  (let (((tuple 'module m) (erlang:fun_info f 'module))
        ((tuple 'arity a) (erlang:fun_info f 'arity)))
    (if (=:= m '$lfe_shell_eval)
      (io_lib:format "interpreted function with arity ~w" (list a))
      (lfe_io:print1 f))))

(defun frame-text
  (((tuple m f a loc)) (when (is_integer a))
   (list "  in " (lfe_io:print1 m) ":" (lfe_io:print1 f) "/"
         (integer_to_list a) (location loc) "\n"))
  (((tuple m f args _))
   (list "  in " (lfe_io:prettyprint1 (list* m ': f args) 15 5 80) "\n"))
  ((_) ""))

(defun location (loc)
  (case (tuple (proplists:get_value 'file loc) (proplists:get_value 'line loc))
    ((tuple 'undefined _) "")
    ((tuple _ 'undefined) "")
    ((tuple file line) (io_lib:format " (~s, line ~w)" (list file line)))))

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
;;; The commands ((c "file"), (l 'mod), (m), (i), (regs), (flush), (doc
;;; ...), (watch "dir"), ...) are in lfe_shell_cmds; the forms that change
;;; the shell's own state are here: set, defun, defmacro, defrecord,
;;; include-file/include-lib, (run "file") (its forms as if typed, quietly;
;;; the value of the last one), (slurp "file") (the functions, macros,
;;; records and imports of the file's first module, as if typed: #(ok Mod);
;;; (unslurp) takes them back) and (reset-environment).

(defmodule lfe_shell
  (export (start 1) (evaluator 0) (format-exception 3) (banner 0)
          (run-file 2) (prompt 1)))

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
                  'save 'none 'result #(value ())
                  'tty tty
                  'buffer ""
                  'eval (new-evaluator))))
    (if tty (elfe_shell:set_interrupt (self)) 'ok)
    (if (proplists:get_value 'banner opts tty)
      (io:put_chars (banner))
      'ok)
    (case (proplists:get_value 'watch opts)
      ('undefined 'ok)
      (dir (lfe_shell_watch:start dir)))
    (loop (completions (rc-files st)))))

;; The prompt: -prompt P (default "lfe> "; "classic" is "> "), with ~node
;; replaced by the node name, or (node@host) in front when the node is
;; alive and P has no ~node; ~node is dropped when it is not.
(defun prompt (p)
  (let ((user (if (=:= p "classic") "> " p)))
    (if (erlang:is_alive)
      (let ((node (atom_to_list (node))))
        (case (string:find user "~node")
          ('nomatch (++ "(" node ")" user))
          (_ (string:replace user "~node" node 'all))))
      (lists:flatten (string:replace user "~node" "" 'all)))))

;; Tell the line editor the names the shell has defined, for Tab.
(defun completions (st)
  (if (mref st 'tty)
    (let ((vars (lists:filtermap
                 (lambda (b)
                   (let ((v (element 1 b)))
                     (if (lists:member v '(* ** *** + ++ +++ -))
                       'false
                       (tuple 'true v))))
                 (mref st 'bindings)))
          (funs (lists:map (lambda (d) (element 1 (element 1 d)))
                           (mref st 'funs)))
          (macros (lists:map (lambda (d) (element 1 d)) (mref st 'macros)))
          (records (lists:flatmap
                    (lambda (d)
                      (let ((r (element 1 d)))
                        (if (is_atom r)
                          (list r (list_to_atom (++ "make-" (atom_to_list r))))
                          ())))
                    (mref st 'records))))
      (elfe_shell:set_completions
       (lists:usort (++ vars funs macros records))))
    'ok)
  st)

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

;; Evaluate the forms of a file in the shell, quietly (the rc files).
(defun run-file (file st)
  (case (read-script file)
    ((tuple 'ok forms)
     (lists:foldl (lambda (f s) (eval-form f s 'false)) st forms))
    ((tuple 'error e)
     (io:format "~s: ~s~n" (list file (read-error-text e)))
     st)))

;; The forms of a file, without a first line starting with #!.
(defun read-script (file)
  (case (file:read_file file)
    ((tuple 'ok bin)
     (let ((text (unicode:characters_to_list bin)))
       (lfe_io:read_string
        (case text
          ((cons #\# (cons #\! _))
           (lists:dropwhile (lambda (c) (=/= c 10)) text))
          (_ text)))))
    ((tuple 'error reason) (tuple 'error (tuple 'file reason)))))

(defun read-error-text
  (((tuple 'file reason)) (file:format_error reason))
  (((tuple line _ msg)) (io_lib:format "~w: ~s" (list line (msg-text msg))))
  ((e) (lfe_io:print1 e)))

(defun loop (st)
  (case (read-forms st)
    ('eof
     (if (mref st 'tty) (io:put_chars "\n") 'ok)
     (halt-shell))
    ((tuple forms st2) (loop (completions (eval-batch forms st2))))))

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
                         (prompt (mref st 'prompt))
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
  (let ((p (prompt (mref st 'prompt))))
    (if (mref st 'tty)
      (lists:duplicate (length p) 32)
      p)))

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
                  (if (mref s 'tty) 'ok (io:put_chars (prompt (mref s 'prompt))))
                  (eval-form f s 'true))
                (eval-form form st 'true) more)))

(defun define-module (forms st) (define-module forms st 'true))

(defun define-module (forms st print?)
  (case (compile:forms forms '(return))
    ((tuple 'ok mod bin _)
     (case (code:load_binary mod (++ (atom_to_list mod) ".lfe") bin)
       ((tuple 'module m) (done-value (list (tuple 'module m)) st print?))
       (err (done-value err st print?))))
    ((tuple 'error errs _)
     (compile-errors errs)
     (mset st 'result 'error))))

;; The value of a shell form: printed when asked, and kept as the result.
(defun done-value (v st print?)
  (if print? (print-value v) 'ok)
  (mset st 'result (tuple 'value v)))

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
     (done-value 'ok
                 (mset (mset (mset (mset (mset st 'bindings (initial-bindings))
                                         'funs ())
                                   'macros ())
                             'records ())
                       'save 'none)
                 print?))
    ((list 'run file) (run-cmd form file st print?))
    ((list 'slurp file) (slurp form file st print?))
    ('(unslurp) (done-value 'ok (unslurp st) print?))
    ((cons 'doc args) (when (andalso (is_list args) (=< 1 (length args) 3)))
     (if (lists:keymember (tuple 'doc (length args)) 1 (mref st 'funs))
       (evaluate form st print?)
       (evaluate (doc-call args) st print?)))
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
  (define kind key form st print? value 10))

;; A function may use a shell variable bound only later (LFE's are
;; dynamic): a symbol the compiler finds unbound in it is read with
;; $shell-var when the function is called.
(defun define (kind key form st print? value tries)
  (let* ((defs (lists:keystore key 1 (mref st kind) (tuple key form)))
         (st2 (mset st kind defs)))
    (case (compile-eval ''ok st2)
      ((tuple 'ok _ _)
       (done-value value st2 print?))
      ((tuple 'error msg)
       (case (unbound-symbol msg)
         ((tuple 'ok sym) (when (andalso (=:= kind 'funs) (> tries 0)))
          (if (lists:member sym (used-atoms form))
            (define kind key (shell-vars-in form (list sym)) st print? value
                    (- tries 1))
            (progn (print-compile-error msg) (mset st 'result 'error))))
         (_
          (print-compile-error msg)
          (mset st 'result 'error)))))))

(defun unbound-symbol (msg)
  (case (compile-message msg)
    ((++ "symbol " rest)
     (case (string:split rest " is unbound")
       ((list name "") (tuple 'ok (list_to_atom name)))
       (_ 'no)))
    (_ 'no)))

;; (doc x ...) with its arguments quoted, as LFE's doc macro does.
(defun doc-call (args)
  (list* ': 'lfe_shell_cmds 'doc
         (lists:map (lambda (a)
                      (case a
                        ((list 'quote x) (list 'quote x))
                        (x (list 'quote x))))
                    args)))

;; ---- run, slurp, unslurp ----------------------------------------------

;; The value of a form's argument: a string as it is, else evaluated.
;; #(ok Value St) or #(error St).
(defun eval-arg (expr st)
  (if (andalso (is_list expr) (io_lib:printable_unicode_list expr))
    (tuple 'ok expr st)
    (case (compile-eval expr st)
      ((tuple 'error msg)
       (print-compile-error msg)
       (tuple 'error st))
      ((tuple 'ok mod args)
       (case (run-eval mod args st)
         ((tuple 'value v st2) (tuple 'ok v st2))
         ((tuple 'failed st2) (tuple 'error st2)))))))

;; (run "file"): the file's forms as if typed, without printing; stops at
;; the first error, leaving the shell as it was before the run.
(defun run-cmd (form file st0 print?)
  (case (eval-arg file st0)
    ((tuple 'ok name st)
     (case (read-script name)
       ((tuple 'ok forms)
        (let ((st2 (run-forms forms (mset st 'result #(value ())))))
          (case (mref st2 'result)
            ((tuple 'value v)
             (history form v (done-value v st2 print?)))
            (_ (mset (mset st 'eval (mref st2 'eval)) 'result 'error)))))
       ((tuple 'error e)
        (file-error name e)
        (done-value 'error st print?))))
    ((tuple 'error st) (mset st 'result 'error))))

(defun run-forms
  ((() st) st)
  (((= (cons (cons 'defmodule _) _) forms) st)
   (define-module forms st 'false))
  (((cons f fs) st)
   (let ((st2 (eval-form f st 'false)))
     (case (mref st2 'result)
       ('error st2)
       (_ (run-forms fs st2))))))

(defun file-error (name e)
  (case e
    ((tuple 'file reason)
     (io:format "~s:none: ~s~n" (list name (file:format_error reason))))
    (_ (io:format "~s:~s~n" (list name (read-error-text e))))))

;; (slurp "file"): compile the file (to report its errors), then take the
;; first module's functions (exported or not), macros, records and
;; imports into the shell.  A slurp first undoes the previous one.
(defun slurp (form file st0 print?)
  (let ((st (unslurp st0)))
    (case (eval-arg file st)
      ((tuple 'ok name st1)
       (case (slurp-file name)
         ((tuple 'ok mod defs)
          (let ((st2 (lists:foldl (lambda (d s)
                                    (let (((tuple kind key f) d))
                                      (mset s kind (lists:keystore
                                                    key 1 (mref s kind)
                                                    (tuple key f)))))
                                  st1 defs)))
            (case (compile-eval ''ok st2)
              ((tuple 'ok _ _)
               (let ((v (tuple 'ok mod)))
                 (history form v
                          (done-value v (mset st2 'save (saved-env st1))
                                      print?))))
              ((tuple 'error msg)
               (print-compile-error msg)
               (done-value 'error st1 print?)))))
         ('error (done-value 'error st1 print?))))
      ((tuple 'error st1) (mset st1 'result 'error)))))

(defun saved-env (st)
  (maps:with '(bindings funs macros records) st))

(defun unslurp (st)
  (case (mref st 'save)
    ('none st)
    (env (mset (maps:merge st env) 'save 'none))))

;; #(ok Mod Defs) with Defs a list of #(Kind Key Form), or error.
(defun slurp-file (name)
  (let ((src (if (=:= (filename:extension name) "") (++ name ".lfe") name)))
    (case (compile:file src '(binary return))
      ((tuple 'error errs _)
       (lfe_shell_cmds:report-errors errs)
       'error)
      (_
       (case (read-script src)
         ((tuple 'ok forms)
          (case (lists:dropwhile (lambda (f) (not (defmodule? f))) forms)
            ((cons (list* 'defmodule mod attrs) rest)
             (tuple 'ok mod
                    (++ (lists:flatmap #'slurp-imports/1 attrs)
                        (lists:flatmap
                         #'slurp-def/1
                         (lists:takewhile (lambda (f) (not (defmodule? f)))
                                          rest)))))
            (_ (io:format "~s:none: no module definition~n" (list src))
               'error)))
         ((tuple 'error e) (file-error src e) 'error))))))

(defun defmodule? (f)
  (andalso (is_list f) (=/= f ()) (=:= (car f) 'defmodule)))

(defun slurp-def
  (((= (list* 'defun name _) f)) (when (is_atom name))
   (list (tuple 'funs (tuple name (fun-arity f)) f)))
  (((= (list* 'defmacro name _) f)) (when (is_atom name))
   (list (tuple 'macros name f)))
  (((= (list* 'defrecord name _) f)) (when (is_atom name))
   (list (tuple 'records name f)))
  (((= (list* 'include-file _) f)) (list (tuple 'records f f)))
  (((= (list* 'include-lib _) f)) (list (tuple 'records f f)))
  (((cons 'progn fs)) (when (is_list fs)) (lists:flatmap #'slurp-def/1 fs))
  ((_) ()))

;; (import (from m (f 1) ...) (rename m ((f 1) g) ...)): local functions
;; calling m.
(defun slurp-imports
  (((cons 'import specs)) (when (is_list specs))
   (lists:flatmap
    (lambda (spec)
      (case spec
        ((list* 'from m fas)
         (lists:map (lambda (fa) (import-def m (car fa) (cadr fa) (car fa)))
                    fas))
        ((list* 'rename m rs)
         (lists:map (lambda (r)
                      (let (((list (list f a) local) r))
                        (import-def m f a local)))
                    rs))
        (_ ())))
    specs))
  ((_) ()))

(defun import-def (m f a local)
  (let ((args (lists:map (lambda (i) (list_to_atom (++ "a" (integer_to_list i))))
                         (lists:seq 1 a))))
    (tuple 'funs (tuple local a)
           `(defun ,local ,args (call ',m ',f ,@args)))))

(defun evaluate (form st print?)
  (let ((body (case form
                ((list 'set pat expr) (set-body pat expr))
                ((list 'set pat guard expr) (set-body-guard pat guard expr))
                (_ form))))
    (case (compile-eval body st)
      ((tuple 'error msg)
       (print-compile-error msg)
       (mset st 'result 'error))
      ((tuple 'ok mod args)
       (case (run-eval mod args st)
         ((tuple 'value v st2)
          (history form (result-value form v)
                   (done-value (shown-value form v)
                               (apply-bindings form v st2) print?)))
         ((tuple 'failed st2) (mset st2 'result 'error)))))))

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

;; A function defined at the prompt sees the shell's variables as they are
;; when it is called (as LFE's shell functions do): each clause body gets
;; a let binding the shell variables it mentions (other than its own
;; parameters) to their values at call time, which $shell-var reads from
;; the bindings the shell keeps in persistent_term.
(defun shell-vars-in (form names)
  (let ((used (lists:filter (lambda (n) (lists:member n names))
                            (used-atoms form))))
    (if (=:= used ())
      form
      (case form
        ((list* 'defun name args body) (when (is_list args))
         (if (lists:all #'is_atom/1 args)
           (list* 'defun name args (with-vars (-- used args) body))
           (list* 'defun name (clauses-with-vars used (cons args body)))))
        ((list* 'defun name clauses)
         (list* 'defun name (clauses-with-vars used clauses)))
        (_ form)))))

(defun clauses-with-vars (used clauses)
  (lists:map
   (lambda (c)
     (case c
       ((cons pats rest) (when (is_list pats))
        (let ((vs (-- used (pattern-vars pats))))
          (case rest
            ((cons (= (cons 'when _) g) body) (list* pats g (with-vars vs body)))
            (body (cons pats (with-vars vs body))))))
       (other other)))
   clauses))

;; body (with a leading doc string kept in front) inside the let.
(defun with-vars
  ((() body) body)
  ((vs (cons doc (= (cons _ _) body)))
   (if (andalso (is_list doc) (=/= doc ()) (io_lib:printable_unicode_list doc))
     (list doc (vars-let vs body))
     (list (vars-let vs (cons doc body)))))
  ((vs body) (list (vars-let vs body))))

(defun vars-let (vs body)
  `(let ,(lists:map (lambda (v) `(,v ($shell-var ',v))) vs) ,@body))

;; Compile the shell module around body: #(ok Mod ArgValues) or
;; #(error Message).
(defun compile-eval (body st)
  (let* ((bindings (mref st 'bindings))
         (names (lists:map (lambda (b) (element 1 b)) bindings))
         (values (lists:map (lambda (b) (element 2 b)) bindings))
         (funs (lists:map (lambda (d) (shell-vars-in (element 2 d) names))
                          (mref st 'funs)))
         (defined (lists:map (lambda (d) (element 1 d)) (mref st 'funs)))
         (cmds (lfe_shell_cmds:wrappers (used-atoms (cons body funs)) defined))
         (forms (++ (list `(defmodule $lfe_shell_eval
                             (export ($eval ,(length names)))))
                    (lists:map (lambda (d) (element 2 d)) (mref st 'records))
                    (lists:map (lambda (d) (element 2 d)) (mref st 'macros))
                    funs
                    cmds
                    (list '(defun $shell-var (name)
                             (case (lists:keyfind
                                    name 1 (persistent_term:get
                                            'lfe_shell_bindings ()))
                               ((tuple _ v) v)
                               ('false (error (tuple 'unbound_symb name)))))
                          `(defun $eval ,names ,body)))))
    (persistent_term:put 'lfe_shell_bindings bindings)
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

;;; lfe_shell_cmds.lfe - the shell's commands: (c "file"), (l 'mod), (m),
;;; (i), (regs), (flush), (pwd), (cd d), (ls), (q), (h), (doc ...) and
;;; friends.
;;;
;;; They run in the shell's evaluator process (so (flush) empties its
;;; mailbox, where (! (self) ...) at the prompt sends).  The shell makes
;;; them callable unqualified: wrappers/2 gives a local function calling
;;; each command an expression uses, unless a function of the same name and
;;; arity was defined at the prompt.

(defmodule lfe_shell_cmds
  (export (wrappers 2) (commands 0) (report-errors 1) (watch 1) (unwatch 0)
          (c 1) (c 2) (l 1) (lm 0) (cd 1) (pwd 0) (ls 0) (ls 1) (clear 0)
          (flush 0) (h 0) (help 0) (i 0) (m 0) (m 1) (regs 0) (nregs 0)
          (memory 0) (memory 1) (uptime 0) (p 1) (pp 1) (ep 1) (epp 1) (pid 3)
          (q 0) (exit 0) (doc 1) (doc 2) (doc 3)))

(defun commands ()
  '((c 1) (c 2) (l 1) (lm 0) (cd 1) (pwd 0) (ls 0) (ls 1) (clear 0)
    (flush 0) (h 0) (help 0) (i 0) (m 0) (m 1) (regs 0) (nregs 0)
    (memory 0) (memory 1) (uptime 0) (p 1) (pp 1) (ep 1) (epp 1) (pid 3) (q 0)
    (exit 0) (watch 1) (unwatch 0)))

(defun wrappers (used defined)
  (lists:filtermap
   (lambda (na)
     (let* (((list name arity) na)
            (args (lists:sublist '(a1 a2 a3) arity)))
       (if (andalso (lists:member name used)
                    (not (lists:member (tuple name arity) defined)))
         (tuple 'true `(defun ,name ,args (call 'lfe_shell_cmds ',name ,@args)))
         'false)))
   (commands)))

;; ---- compiling and loading --------------------------------------------

(defun c (file) (c file ()))

(defun c (file opts)
  "Compile an LFE file into the current directory (or #(outdir D)) and
  load its modules: a list of #(module Mod), or error."
  (let ((opts2 (if (proplists:is_defined 'outdir opts)
                 opts
                 (cons (tuple 'outdir ".") opts))))
    (case (compile:file file (list* 'return_errors opts2))
      ((tuple 'ok m) (load-all (list m) opts2))
      ((tuple 'ok ms) (when (is_list ms)) (load-all ms opts2))
      ((tuple 'error errs _)
       (report-errors errs)
       'error))))

;; Print compile:file's errors, #(File Errors) each.
(defun report-errors (errs)
  (lists:foreach
   (lambda (fe)
     (let (((tuple f es) fe))
       (lists:foreach (lambda (e) (io:format "~s~n" (list (error-text f e))))
                      es)))
   errs))

;; ---- watch mode (lfe_shell_watch) --------------------------------------

(defun watch (dir)
  "Recompile and reload a directory's modules when their .lfe files change."
  (lfe_shell_watch:start dir))

(defun unwatch ()
  "Stop watching."
  (lfe_shell_watch:stop))

(defun error-text
  ((f (tuple _ 'file reason))
   (io_lib:format "~s:none: ~s" (list f (file:format_error reason))))
  ((_ (tuple _ _ msg)) msg))

(defun load-all (mods opts)
  (let ((dir (proplists:get_value 'outdir opts ".")))
    (lists:map
     (lambda (m)
       (code:purge m)
       (let ((path (filename:absname
                    (filename:join dir (++ (atom_to_list m) ".beam")))))
         (case (file:read_file path)
           ((tuple 'ok bin) (code:load_binary m path bin))
           ((tuple 'error r) (tuple 'error r)))))
     mods)))

(defun l (mod)
  "Purge and load a module from the code path: a list of #(module Mod)."
  (let ((mods (if (is_list mod) mod (list mod))))
    (lists:map (lambda (m) (code:purge m) (code:load_file m)) mods)))

(defun lm ()
  "Load every module whose object file changed."
  (lists:map (lambda (m) (code:purge m) (code:load_file m))
             (code:modified_modules)))

;; ---- files ------------------------------------------------------------

;; As c:cd: an error is ignored, the directory printed.
(defun cd (dir)
  (file:set_cwd (if (is_atom dir) (atom_to_list dir) dir))
  (pwd))

(defun pwd ()
  (case (file:get_cwd)
    ((tuple 'ok dir) (io:format "~s~n" (list dir)))
    (_ 'ok))
  'ok)

(defun ls () (ls "."))

(defun ls (dir)
  (case (file:list_dir dir)
    ((tuple 'ok names) (columns (lists:sort names)))
    ((tuple 'error 'enotdir) (columns (list (lists:flatten dir))))
    ((tuple 'error reason) (io:format "~s~n" (list (file:format_error reason)))))
  'ok)

;; As c:ls: columns as wide as the longest name (at most 40) plus 5,
;; as many as fit in 80.
(defun columns
  ((()) 'ok)
  ((names)
   (let ((width (+ 5 (min 40 (lists:foldl (lambda (n m) (max (length n) m))
                                          0 names)))))
     (columns names width 0))))

(defun columns
  ((names width len) (when (>= (+ width len) 80))
   (io:nl)
   (columns names width 0))
  (((cons n rest) width len)
   (io:format "~s" (list (string:pad n width)))
   (columns rest width (+ len width)))
  ((() _ _) (io:nl)))

(defun clear () (io:put_chars "\e[H\e[J") 'ok)

;; ---- processes --------------------------------------------------------

(defun flush ()
  "Print and drop every message of the shell's process."
  (receive
    (m (io:format "Shell got ~s~n" (list (lfe_io:prettyprint1 m))) (flush))
    (after 0 'ok)))

(defun i ()
  (io:format "~-14s ~-36s ~10s ~6s~n"
             (list "Pid" "Initial Call" "Reds" "Msgs"))
  (lists:foreach
   (lambda (p)
     (case (process_info p '(initial_call reductions message_queue_len
                              registered_name))
       ('undefined 'ok)
       (info
        (let* (((tuple m f a) (proplists:get_value 'initial_call info))
               (name (case (proplists:get_value 'registered_name info)
                       (() "") ('undefined "") (n (atom_to_list n)))))
          (io:format "~-14s ~-36s ~10w ~6w ~s~n"
                     (list (pid_to_list p)
                           (io_lib:format "~w:~w/~w" (list m f a))
                           (proplists:get_value 'reductions info)
                           (proplists:get_value 'message_queue_len info)
                           name))))))
   (erlang:processes))
  'ok)

(defun regs ()
  (io:format "~n** Registered procs on node ~w **~n" (list (node)))
  (proc-row "Name" "Pid" "Initial Call" "Reds" "Msgs")
  (lists:foreach
   (lambda (n)
     (case (whereis n)
       ('undefined 'ok)
       (p (case (process_info p '(initial_call reductions message_queue_len))
            ('undefined 'ok)
            (info
             (let (((tuple m f a) (proplists:get_value 'initial_call info)))
               (proc-row (io_lib:format "~w" (list n)) (pid_to_list p)
                         (io_lib:format "~w:~w/~w" (list m f a))
                         (integer_to_list
                          (proplists:get_value 'reductions info))
                         (integer_to_list
                          (proplists:get_value 'message_queue_len info)))))))))
   (lists:sort (erlang:registered)))
  (io:format "~n** Registered ports on node ~w **~n" (list (node)))
  (io:format "~-21s ~-15s ~-40s~n" (list "Name" "Id" "Command"))
  'ok)

;; As c:regs: the columns are cut to their width.
(defun proc-row (name pid call reds msgs)
  (io:format "~-21s ~-12s ~-25s ~12s ~4s~n" (list name pid call reds msgs)))

(defun nregs () (regs))

(defun pid (x y z)
  (list_to_pid (lists:flatten (io_lib:format "<~w.~w.~w>" (list x y z)))))

;; ---- modules ----------------------------------------------------------

(defun m ()
  (io:format "~-24s ~s~n" (list "Module" "File"))
  (lists:foreach
   (lambda (mf)
     (let (((tuple m f) mf))
       (io:format "~-24s ~s~n"
                  (list (atom_to_list m)
                        (if (is_atom f) (atom_to_list f) f)))))
   (lists:sort (code:all_loaded)))
  'ok)

(defun m (mod)
  (case (code:is_loaded mod)
    ('false (io:format "~s is not loaded~n" (list (lfe_io:print1 mod))))
    ((tuple 'file f)
     (io:format "Module: ~s~nObject file: ~s~n"
                (list (lfe_io:print1 mod) (if (is_atom f) (atom_to_list f) f)))
     (case (call mod 'module_info 'md5)
       ((binary (md5 (size 128))) (io:format "MD5: ~.16b~n" (list md5)))
       (_ 'ok))
     (io:format "Compiled: No compile time info avaliable~n")
     (io:format "Compiler options: ~s~n"
                (list (lfe_io:print1
                       (proplists:get_value 'options
                                            (call mod 'module_info 'compile)
                                            ()))))
     (io:format "Exported functions:~n")
     (names (lists:map (lambda (fa)
                         (io_lib:format "~s/~w" (list (lfe_io:print1 (element 1 fa))
                                                      (element 2 fa))))
                       (lists:sort (call mod 'module_info 'exports))))
     (io:format "Exported macros:~n")
     (names (lists:map #'lfe_io:print1/1 (exported-macros mod)))))
  'ok)

;; From the export-macro attributes, else the compiler's docs entries.
(defun exported-macros (mod)
  (let ((attrs (lists:flatmap
                (lambda (a)
                  (case a
                    ((tuple 'export-macro ms) (when (is_list ms)) ms)
                    ((tuple 'export-macro m) (list m))
                    (_ ())))
                (call mod 'module_info 'attributes))))
    (lists:usort
     (if (=/= attrs ())
       attrs
       (lists:filtermap
        (lambda (e)
          (case e
            ((list 'macro name _ _) (tuple 'true name))
            (_ 'false)))
        (case (elfe_code:docs mod)
          ((tuple _ entries) entries)
          (_ ())))))))

;; Names in two columns, the first half down the left one (as LFE's m).
(defun names (strs)
  (let* ((all (lists:map #'lists:flatten/1 strs))
         (half (round (/ (length all) 2)))
         ((tuple left right) (lists:split half all)))
    (name-rows left right)))

(defun name-rows
  (((cons a as) (cons b bs))
   (io:format "  ~-30s  ~-30s~n" (list a b))
   (name-rows as bs))
  (((list a) ()) (io:format "  ~s~n" (list a)))
  ((() ()) 'ok))

;; ---- the system -------------------------------------------------------

(defun memory () (erlang:memory))

(defun memory (type) (erlang:memory type))

;; As c:uptime: days, hours and minutes when there are any.
(defun uptime ()
  (let* (((tuple ms _) (erlang:statistics 'wall_clock))
         (s (div ms 1000))
         (d (div s 86400)) (h (rem (div s 3600) 24)) (m (rem (div s 60) 60)))
    (io:format "~s~p seconds~n"
               (list (list (if (> d 0) (io_lib:format "~p days, " (list d)) "")
                           (if (> (+ d h) 0) (io_lib:format "~p hours, " (list h)) "")
                           (if (> (+ d h m) 0)
                             (io_lib:format "~p minutes and " (list m))
                             ""))
                     (rem s 60))))
  'ok)

(defun q () (erlang:halt 0))
(defun exit () (erlang:halt 0))

;; ---- printing ---------------------------------------------------------

(defun p (e) (io:put_chars (list (lfe_io:print1 e) "\n")) 'ok)
(defun pp (e) (io:put_chars (list (lfe_io:prettyprint1 e) "\n")) 'ok)
(defun ep (e) (io:format "~w~n" (list e)) 'ok)
(defun epp (e) (io:format "~p~n" (list e)) 'ok)

(defun h () (help))

(defun help ()
  (io:put_chars "
(c file)       compile and load an LFE file      (l mod)     reload a module
(c file opts)  ... with compile options           (lm)        reload changed modules
(cd dir)       change directory                   (pwd)       print the directory
(ls) (ls dir)  list files                         (clear)     clear the screen
(m) (m mod)    loaded modules / one module        (i)         processes
(regs)         registered processes               (flush)     print and drop messages
(p e) (pp e)   print in LFE syntax (pretty)       (ep e) (epp e)  ... Erlang syntax
(pid x y z)    a pid from its numbers             (uptime) (memory)
(set pat e)    bind variables                     (defun ...) (defmacro ...) (defrecord ...)
(defmodule ...) define and load a module from the forms that follow on the input
(reset-environment) forget bindings, functions, macros and records
(run file)     evaluate a file's forms as if typed
(slurp file)   use a module file's functions, macros and records here; (unslurp) undoes it
(doc mod) (doc mod:fun/arity) (doc mod fun arity) (doc mod:name)  doc strings
(watch dir)    reload dir/*.lfe modules when they change; (unwatch) stops
*, **, ***     the last three values              +, ++, +++  the last three forms
(q) (exit)     quit                               Ctrl-C      interrupt an evaluation
")
  'ok)
;; ---- documentation ----------------------------------------------------

;; (doc mod), (doc mod name), (doc mod fun arity): the doc strings the
;; compiler keeps (elfe_code:docs/1), printed as LFE 2.2.1's doc does: a
;; red line, the title in blue, the text (no colours when the shell is not
;; on a terminal).  mod:fun/arity and mod:name in one symbol are split.
;; ok, or #(error non_existing) / #(error function_missing).
(defun doc (what)
  (case (split-name what)
    ((list m) (module-doc m))
    ((list m f) (doc m f))
    ((list m f a) (doc m f a))
    (_ (tuple 'error 'non_existing))))

(defun doc (mod name)
  (case (module-docs mod)
    ((tuple 'error e) (tuple 'error e))
    ((tuple _ entries)
     (let ((funs (lists:filtermap
                  (lambda (fa)
                    (if (=:= (element 1 fa) name)
                      (tuple 'true (list 'function name (element 2 fa)
                                         (entry-docs entries 'function name
                                                     (element 2 fa))))
                      'false))
                  (exports mod)))
           (macs (lists:filter (lambda (e) (=:= (list (car e) (cadr e))
                                               (list 'macro name)))
                               entries)))
       (show-entries (++ funs macs))))))

(defun doc (mod name arity)
  (case (module-docs mod)
    ((tuple 'error e) (tuple 'error e))
    ((tuple _ entries)
     (if (lists:member (tuple name arity) (exports mod))
       (show-entries
        (list (list 'function name arity
                    (entry-docs entries 'function name arity))))
       (tuple 'error 'function_missing)))))

(defun module-doc (mod)
  (case (module-docs mod)
    ((tuple 'error e) (tuple 'error e))
    ((tuple mdoc _)
     (io:put_chars (list (red-line) (blue (lfe_io:print1 mod)) "\n\n"
                         (doc-text mdoc (lfe_io:print1 mod))))
     'ok)))

;; #(ModDocs Entries), or #(error non_existing).
(defun module-docs (mod)
  (if (andalso (is_atom mod)
               (=:= (element 1 (code:ensure_loaded mod)) 'module))
    (case (elfe_code:docs mod)
      ('none #(() ()))
      ('non_existing #(error non_existing))
      (docs docs))
    #(error non_existing)))

;; The module's exported functions, the C BIFs in it included.
(defun exports (mod)
  (let ((fas (lists:filter (lambda (fa) (not (lists:member fa '(#(module_info 0)
                                                                #(module_info 1)))))
                           (call mod 'module_info 'exports))))
    (++ fas
        (lists:flatmap
         (lambda (fa) (if (lists:member fa fas) () (list fa)))
         (elfe_code:bif_exports mod)))))

(defun entry-docs (entries kind name arity)
  (case (lists:filter (lambda (e) (=:= (lists:sublist e 3)
                                      (list kind name arity)))
                      entries)
    ((cons (list _ _ _ docs) _) docs)
    (() ())))

(defun show-entries
  ((()) #(error function_missing))
  ((entries)
   (lists:foreach
    (lambda (e)
      (let* (((list kind name arity docs) e)
             (sig (io_lib:format "~s/~w" (list (lfe_io:print1 name) arity))))
        (io:put_chars (list (red-line)
                            (blue (list (atom_to_list kind) " " sig))
                            "\n\n" (doc-text docs sig)))))
    entries)
   'ok))

(defun doc-text
  ((() missing) (list "No documentation for " missing "\n"))
  ((docs _) (list (unicode:characters_to_list (iolist_to_binary docs)) "\n")))

(defun red-line ()
  (let ((dashes (lists:duplicate 60 #\-)))
    (if (colours?) (list "\e[31m" dashes "\e[0m\n") (list dashes "\n"))))

(defun blue (text)
  (if (colours?) (list "\e[1;34m" text "\e[0m") text))

(defun colours? () (elfe_shell:line_editor))

;; 'mod -> (mod); 'mod:fun -> (mod fun); 'mod:fun/2 -> (mod fun 2).
(defun split-name (what)
  (let ((s (if (is_atom what) (atom_to_list what) "")))
    (case (string:split s ":")
      ((list m) (list (list_to_atom m)))
      ((list m fa)
       (case (string:split fa "/" 'trailing)
         ((list f a)
          (case (catch (list_to_integer a))
            (n (when (is_integer n))
               (list (list_to_atom m) (list_to_atom f) n))
            (_ (list (list_to_atom m) (list_to_atom fa)))))
         (_ (list (list_to_atom m) (list_to_atom fa)))))
      (_ ()))))

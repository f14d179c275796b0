;;; compile.lfe - the compiler, callable from LFE programs.
;;;
;;;   (compile:file "src/mod.lfe")               -> #(ok mod), writes mod.beam
;;;   (compile:file "src/mod" '(#(outdir "ebin")))
;;;   (compile:file "mod.lfe" '(binary))          -> #(ok mod #B(...))
;;;   (compile:forms '((defmodule m ...) ...))    -> #(ok m #B(...))
;;;
;;; The object bytes are an elfe module file, what elfec writes and what
;;; code:load_binary/3 loads.  Options: binary (return the bytes, write
;;; nothing), #(outdir Dir), report / report_errors / report_warnings
;;; (print messages as FILE:LINE:COL: ...; on by default unless return is
;;; given), return / return_errors / return_warnings (results as
;;; #(ok Mod Warnings) / #(error Errors Warnings)), load (load the
;;; module(s) after compiling, as the shell's c does).  A file defining
;;; several modules gives #(ok Mods) with their names.  The compiling
;;; itself is the runtime's C compiler (elfe_compile BIFs); user macros run
;;; on the compiler's own runtime, so they can call the standard library
;;; but not modules only the calling program has loaded.

(defmodule compile
  (export (file 1) (file 2) (forms 1) (forms 2) (output_generated 1)))

(defun output_generated (_opts) 'true)

(defun file (name) (file name ()))

(defun file (name opts)
  (let* ((src (source-name name))
         (opts (if (is_list opts) opts (list opts))))
    (case (file:read_file src)
      ((tuple 'ok text)
       (done (elfe_compile:text src text) src opts))
      ((tuple 'error reason)
       (fail (list (tuple src (list (tuple 'none 'file reason)))) src
             (io_lib:format "~s: ~s" (list src (file:format_error reason)))
             opts)))))

(defun forms (forms) (forms forms ()))

(defun forms (forms opts)
  (let ((opts (if (is_list opts) opts (list opts))))
    (done (elfe_compile:forms forms "nofile") "nofile"
          (cons 'binary opts))))

;; "mod" and 'mod mean mod.lfe; a name with an extension is used as is.
(defun source-name (name)
  (let ((n (if (is_atom name) (atom_to_list name) name)))
    (if (=:= (filename:extension n) "") (++ n ".lfe") n)))

(defun done
  (((tuple 'ok mods warnings) src opts)
   (let ((ws (split-lines warnings)))
     (if (report? 'report_warnings opts)
       (lists:foreach (lambda (w) (io:format "~s~n" (list w))) ws)
       'ok)
     (case (output mods opts)
       ((tuple 'error reason)
        (fail (list (tuple src (list (tuple 'none 'file reason)))) src
              (io_lib:format "~s: cannot write object file: ~p"
                             (list src reason))
              opts))
       (result
        (let ((wlist (if (=:= ws ()) () (list (tuple src ws)))))
          (if (return? 'return_warnings opts)
            (list_to_tuple (++ (tuple_to_list result) (list wlist)))
            result))))))
  (((tuple 'error msg) src opts)
   (let ((text (binary_to_list msg)))
     (fail (list (tuple src (list (tuple 'none 'lfe_comp text)))) src text
           opts))))

(defun fail (errors _src text opts)
  (if (report? 'report_errors opts)
    (io:format "~s~n" (list text))
    'ok)
  (if (return? 'return_errors opts)
    (tuple 'error errors ())
    'error))

(defun report? (which opts)
  (orelse (lists:member 'report opts) (lists:member which opts)
          (not (orelse (lists:member 'return opts)
                       (lists:member 'return_errors opts)
                       (lists:member 'return_warnings opts)
                       (lists:member 'silent opts)))))

(defun return? (which opts)
  (orelse (lists:member 'return opts) (lists:member which opts)))

;; Write (or return) the object files, load them when asked.
(defun output (mods opts)
  (let ((written
         (if (lists:member 'binary opts)
           'ok
           (write-all mods (proplists:get_value 'outdir opts ".")))))
    (case written
      ('ok
       (if (lists:member 'load opts)
         (lists:foreach
          (lambda (mb)
            (let (((tuple m b) mb))
              (code:load_binary m (obj-path m opts) b)))
          mods)
         'ok)
       (result mods opts))
      (err err))))

(defun result
  (((list (tuple m b)) opts)
   (if (lists:member 'binary opts) (tuple 'ok m b) (tuple 'ok m)))
  ((mods opts)
   (if (lists:member 'binary opts)
     (tuple 'ok mods)
     (tuple 'ok (lists:map (lambda (mb) (element 1 mb)) mods)))))

(defun obj-path (m opts)
  (if (lists:member 'binary opts)
    (++ (atom_to_list m) ".beam")
    (filename:absname
     (filename:join (proplists:get_value 'outdir opts ".")
                    (++ (atom_to_list m) ".beam")))))

(defun write-all
  ((() _dir) 'ok)
  (((cons (tuple m b) rest) dir)
   (case (file:write_file (filename:join dir (++ (atom_to_list m) ".beam")) b)
     ('ok (write-all rest dir))
     (err err))))

(defun split-lines (bin)
  (lists:filter (lambda (l) (=/= l ()))
                (string:split (binary_to_list bin) "\n" 'all)))

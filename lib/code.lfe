;;; code.lfe - the code module's policy, in LFE, over the runtime's
;;; primitives.
;;;
;;; The C side (runtime/code.c, code_purge.c, bif_code.c) keeps two
;;; versions per module, current and old, loads a module file's bytes as a
;;; new version, tells whether a process runs old code and kills the ones
;;; that do.  This module decides when: loading a new version over an old
;;; one purges the old one first (a third version never coexists), purge
;;; kills, soft_purge refuses.  is_loaded/1, which/1, ensure_loaded/1,
;;; get_path/0, add_path/1, add_patha/1, add_pathz/1, all_loaded/0 and
;;; get_object_code/1 are C BIFs (runtime/bifs.def).  Results and errors
;;; (function_clause on bad arguments) follow OTP 25's code module;
;;; elfe's object files are NAME.beam files that elfec and
;;; compile:file/2 write (not BEAM files).

(defmodule code
  (export (load_file 1) (load_abs 1) (load_binary 3) (purge 1)
          (soft_purge 1) (delete 1) (check_process_code 2)
          (del_path 1) (set_path 1) (add_paths 1) (add_pathsa 1)
          (add_pathsz 1) (replace_path 2)
          (priv_dir 1) (lib_dir 0) (lib_dir 1) (lib_dir 2) (root_dir 0)
          (modified_modules 0) (module_status 1) (objfile_extension 0)
          (is_sticky 1) (stick_dir 1) (unstick_dir 1)
          (all_available 0) (atomic_load 1)))

(defun objfile_extension () ".beam")

;; ---- loading ----------------------------------------------------------

(defun load_file
  "Load mod's object file from the code path, as a new version."
  ((mod)
    (when (is_atom mod))
    (case (code:get_object_code mod)
      ((tuple _ bin file) (load_binary mod file bin))
      ('error (tuple 'error 'nofile)))))

(defun load_abs (file)
  "Load the object file FILE.beam (FILE without the extension)."
  (let* ((name (if (is_atom file) (atom_to_list file) file))
         (path (++ name (objfile_extension)))
         (mod (list_to_atom (filename:basename name))))
    (case (file:read_file path)
      ((tuple 'ok bin) (load_binary mod path bin))
      ((tuple 'error _) (tuple 'error 'nofile)))))

(defun load_binary
  "Load the bytes of an object file (code:get_object_code/1,
  compile:forms/2) as the new version of mod."
  ((mod file bin)
    (when (is_atom mod) (is_list file) (is_binary bin))
    (elfe_code:load_binary mod file bin)))

(defun atomic_load (mods)
  (let ((bad (lists:filtermap
              (lambda (m)
                (case (code:get_object_code m)
                  ((tuple _ _ _) 'false)
                  ('error (tuple 'true (tuple m 'nofile)))))
              mods)))
    (if (=:= bad ())
      (progn (lists:foreach #'load_file/1 mods) 'ok)
      (tuple 'error bad))))

;; ---- versions ---------------------------------------------------------

(defun purge
  "Drop mod's old version, killing the processes that still run it.
  True when some process was killed."
  ((mod)
    (when (is_atom mod))
    (> (elfe_code:purge mod 'false) 0)))

(defun soft_purge
  "Drop mod's old version unless some process still runs it (false)."
  ((mod)
    (when (is_atom mod))
    (elfe_code:purge mod 'true)))

(defun delete
  "Make mod's current version old: calls to it fail until it is loaded
  again.  False when an old version must be purged first."
  ((mod)
    (when (is_atom mod))
    (case (catch (erlang:delete_module mod))
      ('true 'true)
      (_ 'false))))

(defun check_process_code (pid mod)
  (erlang:check_process_code pid mod))

(defun module_status (mod)
  "not_loaded, loaded, modified (its object file changed) or removed."
  (case (code:is_loaded mod)
    ('false 'not_loaded)
    ((tuple 'file 'preloaded) 'loaded)
    ((tuple 'file path)
     (cond ((not (filelib:is_regular path)) 'removed)
           ((elfe_code:modified mod) 'modified)
           ('true 'loaded)))))

(defun modified_modules ()
  "The loaded modules whose object file changed since they were loaded."
  (lists:filtermap
   (lambda (mf)
     (let (((tuple m _) mf))
       (andalso (elfe_code:modified m) (tuple 'true m))))
   (code:all_loaded)))

(defun is_sticky (_mod) 'false)
(defun stick_dir (_dir) 'ok)
(defun unstick_dir (_dir) 'ok)

(defun all_available ()
  (let ((ext (objfile_extension)))
    (lists:usort
     (++ (lists:map (lambda (mf)
                      (let (((tuple m f) mf))
                        (tuple (atom_to_list m) f (quote true))))
                    (code:all_loaded))
         (lists:flatmap
          (lambda (dir)
            (case (file:list_dir dir)
              ((tuple 'ok names)
               (lists:filtermap
                (lambda (n)
                  (andalso (=:= (filename:extension n) ext)
                           (tuple 'true
                                  (tuple (filename:rootname n)
                                         (filename:join dir n)
                                         'false))))
                names))
              (_ ())))
          (code:get_path))))))

;; ---- the code path ----------------------------------------------------

(defun set_path
  ((dirs)
    (when (is_list dirs))
    (if (lists:all #'dir?/1 dirs)
      (elfe_code:set_path dirs)
      (tuple 'error 'bad_directory))))

(defun dir? (d) (andalso (is_list d) (filelib:is_dir d)))

(defun del_path
  "Drop a directory (or the directory of an application) from the path:
  true if it was there, false if not."
  ((name-or-dir)
    (when (orelse (is_atom name-or-dir) (is_list name-or-dir)))
    (let* ((path (code:get_path))
           (keep (lists:filter (lambda (d) (not (path-match? name-or-dir d)))
                               path)))
      (if (=:= keep path)
        'false
        (progn (elfe_code:set_path keep) 'true)))))

(defun path-match? (name dir)
  (if (is_atom name)
    (=:= (app-of dir) (atom_to_list name))
    (=:= (filename:absname name) (filename:absname dir))))

(defun add_paths (dirs) (add_pathsz dirs))
(defun add_pathsa (dirs)
  (lists:foreach #'code:add_patha/1 (lists:reverse dirs))
  'ok)
(defun add_pathsz (dirs)
  (lists:foreach #'code:add_pathz/1 dirs)
  'ok)

(defun replace_path (name dir)
  (if (not (dir? dir))
    (tuple 'error 'bad_directory)
    (let ((path (code:get_path)))
      (if (lists:any (lambda (d) (=:= (app-of d) (atom-or-list name))) path)
        (progn
          (elfe_code:set_path
           (lists:map (lambda (d)
                        (if (=:= (app-of d) (atom-or-list name)) dir d))
                      path))
          'true)
        (tuple 'error 'bad_name)))))

(defun atom-or-list (x) (if (is_atom x) (atom_to_list x) x))

;; The application a code path directory belongs to: APP for
;; .../APP/ebin or .../APP-VSN/ebin, else "".
(defun app-of (dir)
  (if (=:= (filename:basename dir) "ebin")
    (let ((base (filename:basename (filename:dirname dir))))
      (case (string:split base "-" 'trailing)
        ((list app _vsn) app)
        (_ base)))
    ""))

(defun root_dir ()
  (case (os:getenv "ELFE_ROOT")
    ('false (filename:dirname (filename:dirname (elfe-exe))))
    (dir dir)))

(defun elfe-exe ()
  (case (file:read_link "/proc/self/exe")
    ((tuple 'ok exe) exe)
    (_ "/usr/local/bin/elfe")))

(defun lib_dir () (filename:join (root_dir) "lib"))

(defun lib_dir
  "The directory of an application found on the code path."
  ((app)
    (when (is_atom app))
    (let ((name (atom_to_list app)))
      (case (lists:search (lambda (d) (=:= (app-of d) name)) (code:get_path))
        ((tuple 'value dir) (filename:dirname dir))
        ('false (tuple 'error 'bad_name))))))

(defun lib_dir
  ((app sub)
    (when (is_atom app) (is_atom sub))
    (case (lib_dir app)
      ((tuple 'error _) (tuple 'error 'bad_name))
      (dir (filename:join dir (atom_to_list sub))))))

(defun priv_dir
  ((app)
    (when (is_atom app))
    (lib_dir app 'priv)))

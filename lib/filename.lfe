;;; filename.lfe - the Erlang `filename' module: pure manipulation of Unix
;;; file names, with OTP 25's results.
;;;
;;; A name is a string, a deep list of characters and atoms, an atom or a
;;; binary.  Binaries in give binaries out; when a binary and a list are
;;; mixed, the list is encoded as UTF-8 and the result is a binary, as OTP
;;; does.  Every function works on a flat character list (a binary's
;;; bytes as characters: '/' and '.' are ASCII) and converts back.

(defmodule filename
  (export (absname 1) (absname 2) (absname_join 2) (append 2)
          (basedir 2) (basedir 3) (basename 1) (basename 2) (dirname 1)
          (extension 1) (flatten 1) (join 1) (join 2) (nativename 1)
          (pathtype 1) (rootname 1) (rootname 2) (split 1) (validate 1)))

;;; ------------------------------------------------------------------
;;; Helpers

(defun flatten
  "A deep list of characters and atoms as a flat string; a binary as is."
  ([bin] (when (is_binary bin)) bin)
  ([name] (flat name ())))

;; flat: the characters of a deep list (atoms spelled out) before tail.
(defun flat
  ((() tail) tail)
  (((cons h t) tail) (when (is_list h)) (flat h (flat t tail)))
  (((cons h t) tail) (when (is_atom h)) (++ (atom_to_list h) (flat t tail)))
  (((cons h t) tail) (cons h (flat t tail)))
  ((a tail) (when (is_atom a)) (++ (atom_to_list a) tail)))

;; A list name as a binary (UTF-8), for mixing with binaries.
(defun to-bin (name)
  (case (unicode:characters_to_binary (flatten name))
    (b (when (is_binary b)) b)
    (_ (erlang:error 'badarg))))

;; chars: the name as a flat character list; bytes for a binary.  A
;; binary inside a list is function_clause, as in OTP.
(defun chars
  ((bin) (when (is_binary bin)) (binary_to_list bin))
  ((name)
   (let ((cs (flatten name)))
     (if (lists:all #'is_integer/1 cs) cs (erlang:error 'function_clause (list name))))))

;; Back to the caller's type: a binary if the input was one.
(defun back (was cs)
  (if (is_binary was) (list_to_binary cs) cs))

;;; ------------------------------------------------------------------
;;; pathtype, split

(defun pathtype
  "absolute or relative (Unix has no volume-relative names)."
  ([name] (when (or (is_list name) (is_binary name) (is_atom name)))
   (case (if (is_binary name) (binary_to_list name) (flatten name))
     ((cons #\/ _) 'absolute)
     (_ 'relative))))

(defun split
  "The components of a name; an absolute name starts with \"/\"."
  ([name] (when (is_binary name))
   (lists:map #'list_to_binary/1 (split-chars (binary_to_list name))))
  ([name] (split-chars (chars name))))

(defun split-chars
  (((cons #\/ rest)) (cons "/" (components rest)))
  ((cs) (components cs)))

;; components: the non-empty parts between slashes.
(defun components (cs) (components cs () ()))

(defun components
  ((() () acc) (lists:reverse acc))
  ((() cur acc) (lists:reverse (cons (lists:reverse cur) acc)))
  (((cons #\/ rest) () acc) (components rest () acc))
  (((cons #\/ rest) cur acc) (components rest () (cons (lists:reverse cur) acc)))
  (((cons c rest) cur acc) (components rest (cons c cur) acc)))

;;; ------------------------------------------------------------------
;;; join, append, absname

(defun join
  "Join a list of components, cleaning redundant slashes."
  ([(list name)] (when (is_binary name)) (list_to_binary (normalise (binary_to_list name))))
  ([(list name)] (when (is_atom name)) (join (list (atom_to_list name))))
  ([(list name)] (when (is_list name)) (normalise (chars name)))
  ([(list* n1 n2 rest)] (join (cons (join n1 n2) rest))))

(defun join
  "Join two names; an absolute second name replaces the first."
  ([n1 n2] (when (is_atom n1)) (join (atom_to_list n1) n2))
  ([n1 n2] (when (is_atom n2)) (join n1 (atom_to_list n2)))
  ([n1 n2] (when (is_binary n1) (is_list n2)) (join n1 (to-bin n2)))
  ([n1 n2] (when (is_list n1) (is_binary n2)) (join (to-bin n1) n2))
  ([n1 n2] (when (is_binary n1) (is_binary n2))
   (list_to_binary (join-chars (binary_to_list n1) (binary_to_list n2))))
  ([n1 n2] (when (is_list n1) (is_list n2))
   (join-chars (chars n1) (chars n2))))

(defun join-chars (a b)
  (case b
    ((cons #\/ _) (normalise b))
    (() (normalise a))
    (_ (normalise-rel a b))))

;; normalise: collapse // to /, drop a . between slashes, drop a final /
;; (but keep a lone /).
(defun normalise (cs) (finish (norm cs ())))

;; normalise-rel: a, then b joined with one slash (a trailing /. of a
;; becomes /, an empty a gives "/b" as OTP does).
(defun normalise-rel (a b)
  (let ((ra (norm a ())))
    (finish (norm b (case ra
                      ((cons #\/ _) ra)
                      ((list* #\. #\/ r) (cons #\/ r))
                      (_ (cons #\/ ra)))))))

;; norm: the characters pushed on acc (reversed), cleaning as they come.
(defun norm
  ((() acc) acc)
  (((cons #\/ rest) (list* #\. #\/ acc)) (norm rest (cons #\/ acc)))
  (((cons #\/ rest) (= (cons #\/ _) acc)) (norm rest acc))
  (((cons c rest) acc) (norm rest (cons c acc))))

(defun finish
  (((list #\/)) "/")
  (((cons #\/ r)) (lists:reverse r))
  ((r) (lists:reverse r)))

(defun append
  "Dir, a slash and Name, as they are."
  ([dir name] (when (is_binary dir) (is_binary name))
   (binary (dir binary) #\/ (name binary)))
  ([dir name] (when (is_binary dir)) (append dir (to-bin name)))
  ([dir name] (when (is_binary name)) (append (to-bin dir) name))
  ([dir name] (++ dir (cons #\/ name))))

(defun absname (name)
  "The absolute name of Name, relative to the current directory."
  (let (((tuple 'ok cwd) (file:get_cwd)))
    (absname name cwd)))

(defun absname
  "The absolute name of Name, relative to Dir."
  ([name dir] (when (is_binary name) (is_list dir)) (absname name (to-bin dir)))
  ([name dir] (when (is_list name) (is_binary dir)) (absname (to-bin name) dir))
  ([name dir]
   (case (pathtype name)
     ('relative (absname_join dir name))
     ('absolute (join (list (flatten name)))))))

(defun absname_join (dir name)
  "Join Dir and Name (flattened)."
  (join dir (flatten name)))

(defun nativename (name)
  "The name as the OS writes it: on Unix, join/1 of it."
  (join (list name)))

;;; ------------------------------------------------------------------
;;; basename, dirname

(defun basename
  "The last component of a name (\"\" when there is none)."
  ([name] (when (is_binary name))
   (case (components (binary_to_list name))
     (() #"")
     (parts (list_to_binary (lists:last parts)))))
  ([name] (base-chars (chars name))))

;; base-chars: after the last slash, once one trailing slash is dropped
;; (so "a/b/" is "b" but "a/b//" is "", as OTP's list version gives).
(defun base-chars (cs)
  (let ((cs1 (case (lists:reverse cs)
               ((cons #\/ r) (lists:reverse r))
               (_ cs))))
    (last-component cs1)))

(defun basename
  "The last component without the extension Ext, if it ends so."
  ([name ext] (when (is_binary name) (is_list ext)) (basename name (to-bin ext)))
  ([name ext] (when (is_list name) (is_binary ext)) (basename (to-bin name) ext))
  ([name ext] (when (is_binary name))
   (let* ((base (basename name))
          (keep (- (byte_size base) (byte_size ext)))
          (start (- (byte_size name) keep (byte_size ext))))
     (if (andalso (>= keep 0) (lists:suffix (binary_to_list ext) (binary_to_list name)))
       (binary:part name start keep)
       base)))
  ([name ext]
   (let ((cs (chars name))
         (e (chars ext)))
     (if (andalso (=/= e ()) (lists:suffix e cs))
       (last-component (lists:sublist cs (- (length cs) (length e))))
       (base-chars cs)))))

(defun dirname (name)
  "The directory part of a name: \".\" for a bare name, \"/\" at the root."
  (back name (dir (chars name) () ())))

;; dir: dir is the directory so far (reversed), file the component being
;; read (reversed, with the slash before it).
(defun dir
  (((cons #\/ rest) d f) (dir rest (++ f d) "/"))
  (((cons c rest) d f) (dir rest d (cons c f)))
  ((() () f)
   (case (lists:reverse f)
     ((cons #\/ _) "/")
     (_ ".")))
  ((() (cons #\/ d) f) (dir () d f))
  ((() d _) (lists:reverse d)))

;;; ------------------------------------------------------------------
;;; extension, rootname

(defun extension (name)
  "The extension of the last component, dot included (\"\" if none; a
  leading dot does not start one)."
  (back name (ext-of (last-component (chars name)))))

;; The characters after the last slash.
(defun last-component (cs)
  (case (lists:splitwith (lambda (c) (=/= c #\/)) (lists:reverse cs))
    ((tuple rlast _) (lists:reverse rlast))))

(defun ext-of (comp)
  (case (last-dot comp 0 'none)
    ('none ())
    (0 ())
    (i (lists:nthtail i comp))))

(defun last-dot
  ((() _ found) found)
  (((cons #\. rest) i _) (last-dot rest (+ i 1) i))
  (((cons _ rest) i found) (last-dot rest (+ i 1) found)))

(defun rootname (name)
  "The name without the extension of its last component."
  (back name (root (chars name))))

;; root: drop the extension of the last component, unless its dot
;; directly follows a slash.
(defun root (cs)
  (let* ((comp (last-component cs))
         (dirlen (- (length cs) (length comp))))
    (case (last-dot comp 0 'none)
      ('none cs)
      (0 (if (== dirlen 0) () cs))
      (i (lists:sublist cs (+ dirlen i))))))

(defun rootname
  "The name without Ext, if it ends with Ext (not right after a slash)."
  ([name ext] (when (is_binary name) (is_binary ext))
   (list_to_binary (rootname (binary_to_list name) (binary_to_list ext))))
  ([name ext] (when (is_binary name)) (rootname name (to-bin ext)))
  ([name ext] (when (is_binary ext)) (rootname (to-bin name) ext))
  ([name ext]
   (let ((cs (chars name))
         (e (chars ext)))
     (back name
           (if (lists:suffix e cs)
             (let ((pre (lists:sublist cs (- (length cs) (length e)))))
               (if (andalso (=/= pre ()) (=:= (lists:last pre) #\/)) cs pre))
             cs)))))

;;; ------------------------------------------------------------------
;;; validate, basedir

(defun validate
  "Whether a name is a valid file name (non-empty, no NUL, valid chars)."
  ([bin] (when (is_binary bin))
   (andalso (> (byte_size bin) 0)
            (=:= (binary:match bin #B(0)) 'nomatch)))
  ([name] (when (or (is_list name) (is_atom name)))
   (try (> (valid-count name 0) 0)
     (catch ((tuple _ _ _) 'false)))))

(defun valid-count
  ((() n) n)
  ((c n) (when (is_integer c))
   (if (andalso (>= c 1) (< c 1114112) (not (andalso (>= c 55296) (=< c 57343))))
     (+ n 1)
     (throw 'invalid)))
  ((a n) (when (is_atom a)) (valid-count (atom_to_list a) n))
  (((cons h t) n) (valid-count t (valid-count h n))))

(defun basedir (type app) (basedir type app #M()))

(defun basedir
  "Where an application keeps its files of a kind, as the XDG base
  directory rules say on Linux: user_cache, user_config, user_data,
  user_log (one name), site_config, site_data (lists of names)."
  ([type app opts] (when (is_atom type) (is_map opts)
                         (or (is_list app) (is_binary app)))
   (let ((name (case opts
                 ((map 'version v) (join (list app v)))
                 (_ app))))
     (case type
       ('user_data (join (list (home-env "XDG_DATA_HOME" ".local/share") name)))
       ('user_config (join (list (home-env "XDG_CONFIG_HOME" ".config") name)))
       ('user_cache (join (list (home-env "XDG_CACHE_HOME" ".cache") name)))
       ('user_log (join (list (home-env "XDG_CACHE_HOME" ".cache") name "log")))
       ('site_data
        (lists:map (lambda (b) (join (list b name)))
                   (string:lexemes (env "XDG_DATA_DIRS" "/usr/local/share/:/usr/share/")
                                   ":")))
       ('site_config
        (lists:map (lambda (b) (join (list b name)))
                   (string:lexemes (env "XDG_CONFIG_DIRS" "/etc/xdg") ":")))
       (_ (erlang:error 'badarg (list type app opts)))))))

(defun env (var default)
  (case (os:getenv var)
    ('false default)
    (() default)
    (v v)))

(defun home-env (var default)
  (case (os:getenv var)
    ('false (join (os:getenv "HOME" "/") default))
    (() (join (os:getenv "HOME" "/") default))
    (v v)))

;;; filelib.lfe - the Erlang `filelib' module: file-system utilities over
;;; file and filename, with OTP 25's results.
;;;
;;; wildcard/1,2 matches a pattern one path component at a time: `*'
;;; (any characters, dot files included), `?' (one character), `[a-z0-9]'
;;; (a set; `^' is an ordinary character, as in OTP), `{a,b}'
;;; (alternatives) and `**' (any number of directories).  Results are
;;; sorted and relative when the pattern is.

(defmodule filelib
  (export (wildcard 1) (wildcard 2) (ensure_dir 1) (ensure_path 1)
          (is_file 1) (is_dir 1) (is_regular 1) (file_size 1)
          (last_modified 1) (fold_files 5)))

;;; ------------------------------------------------------------------
;;; File tests

(defun info (name)
  (case (file:read_file_info name)
    ((tuple 'ok i) i)
    (_ 'false)))

(defun is_dir (name)
  "Whether Name is a directory."
  (case (info name)
    ('false 'false)
    (i (=:= (element 3 i) 'directory))))

(defun is_file (name)
  "Whether Name is a regular file or a directory."
  (case (info name)
    ('false 'false)
    (i (lists:member (element 3 i) '(regular directory)))))

(defun is_regular (name)
  "Whether Name is a regular file."
  (case (info name)
    ('false 'false)
    (i (=:= (element 3 i) 'regular))))

(defun file_size (name)
  "The size of a file in bytes, 0 when it does not exist."
  (case (info name)
    ('false 0)
    (i (element 2 i))))

(defun last_modified (name)
  "The local modification time of a file, 0 when it does not exist."
  (case (info name)
    ('false 0)
    (i (element 6 i))))

;;; ------------------------------------------------------------------
;;; Directories

(defun ensure_dir (name)
  "Make sure every parent directory of Name exists."
  (let ((dir (filename:dirname name)))
    (if (is_dir dir)
      'ok
      (case (ensure_dir dir)
        ('ok (make-dir dir))
        (e e)))))

(defun ensure_path (path)
  "Make sure the directory Path and its parents exist."
  (if (is_dir path)
    'ok
    (case (ensure_path (filename:dirname path))
      ('ok (make-dir path))
      (e e))))

(defun make-dir (dir)
  (case (file:make_dir dir)
    ((= (tuple 'error 'eexist) e) (if (is_dir dir) 'ok e))
    (r r)))

(defun fold_files (dir regexp recursive fun acc)
  "Fold Fun over the regular files under Dir whose base names match the
  regular expression; into subdirectories when Recursive is true."
  (let (((tuple 'ok re) (re:compile regexp '(unicode))))
    (fold-dir dir re recursive fun acc)))

(defun fold-dir (dir re recursive fun acc)
  (case (file:list_dir dir)
    ((tuple 'ok names) (fold-names names dir re recursive fun acc))
    (_ acc)))

(defun fold-names
  ((() _ _ _ _ acc) acc)
  (((cons n ns) dir re recursive fun acc)
   (let ((full (filename:join dir n)))
     (fold-names ns dir re recursive fun
                 (if (is_dir full)
                   (if recursive (fold-dir full re recursive fun acc) acc)
                   (case (re:run n re '(#(capture none)))
                     ('match (funcall fun full acc))
                     ('nomatch acc)))))))

;;; ------------------------------------------------------------------
;;; wildcard

(defun wildcard
  "The names matching a pattern, relative to the current directory."
  ([pattern] (when (is_list pattern)) (wildcard-in pattern ".")))

(defun wildcard
  "The names matching a pattern, relative to the directory Cwd."
  ([pattern cwd] (when (is_list pattern) (is_list cwd)) (wildcard-in pattern cwd)))

(defun wildcard-in (pattern cwd)
  (lists:usort
   (lists:append
    (lists:map (lambda (p) (match-pattern p cwd)) (expand-braces (filename:flatten pattern))))))

(defun match-pattern (p cwd)
  (case p
    ((cons #\/ _) (walk "/" (filename:split (lists:nthtail 1 p)) "/"))
    (_ (walk () (filename:split p) cwd))))

;; walk: prefix is the name built so far (as returned), real where it is.
(defun walk
  ((prefix () real) (if (exists real) (list (unprefix prefix)) ()))
  ((prefix (cons "**" rest) real) (doublestar prefix rest real))
  ((prefix (cons c rest) real)
   (if (wild? c)
     (lists:append
      (lists:map (lambda (n) (walk (add prefix n) rest (filename:join real n)))
                 (lists:filter (lambda (n) (glob c n)) (entries real))))
     (walk (add prefix c) rest (filename:join real c)))))

(defun doublestar (prefix rest real)
  (let ((here (if (== rest ()) () (walk prefix rest real))))
    (lists:foldl
     (lambda (n acc)
       (let ((p (add prefix n)) (r (filename:join real n)))
         (++ acc
             (if (== rest ()) (list (unprefix p)) ())
             (if (is_dir r) (doublestar p rest r) ()))))
     here
     (entries real))))

(defun add
  ((() n) n)
  (("/" n) (++ "/" n))
  ((p n) (++ p "/" n)))

(defun unprefix (p) p)

(defun exists (name)
  (case (file:read_link_info name)
    ((tuple 'ok _) 'true)
    (_ 'false)))

(defun entries (dir)
  (case (file:list_dir dir)
    ((tuple 'ok names) (lists:sort names))
    (_ ())))

(defun wild? (c) (lists:any (lambda (x) (lists:member x "*?[")) c))

;; glob: whether a name matches one component pattern.
(defun glob
  ((() ()) 'true)
  (((cons #\* rest) name)
   (orelse (glob rest name)
           (andalso (=/= name ()) (glob (cons #\* rest) (tl name)))))
  (((cons #\? rest) (cons _ name)) (glob rest name))
  (((cons #\[ rest) (cons c name))
   (case (set-match rest c 'false)
     ((tuple 'true after) (glob after name))
     (_ 'false)))
  (((cons c rest) (cons c name)) (glob rest name))
  ((_ _) 'false))

;; set-match: #(true Rest) when c is in the set that ends at `]'.
(defun set-match
  (((cons #\] rest) _ found) (tuple found rest))
  (((list* a #\- b rest) c found) (when (=/= b #\]))
   (set-match rest c (orelse found (andalso (>= c a) (=< c b)))))
  (((cons a rest) c found) (set-match rest c (orelse found (== a c))))
  ((() _ _) (tuple 'false ())))

;; expand-braces: every pattern an {a,b} alternation stands for.
(defun expand-braces (p)
  (case (lists:splitwith (lambda (c) (=/= c #\{)) p)
    ((tuple _ ()) (list p))
    ((tuple before (cons #\{ after))
     (case (alternatives after 0 () ())
       ('error (list p))
       ((tuple alts rest)
        (lists:append
         (lists:map (lambda (a) (expand-braces (++ before a rest))) alts)))))))

;; alternatives: the comma-separated parts up to the matching `}'.
(defun alternatives
  ((() _ _ _) 'error)
  (((cons #\} rest) 0 cur acc) (tuple (lists:reverse (cons (lists:reverse cur) acc)) rest))
  (((cons #\, rest) 0 cur acc) (alternatives rest 0 () (cons (lists:reverse cur) acc)))
  (((cons #\{ rest) d cur acc) (alternatives rest (+ d 1) (cons #\{ cur) acc))
  (((cons #\} rest) d cur acc) (alternatives rest (- d 1) (cons #\} cur) acc))
  (((cons c rest) d cur acc) (alternatives rest d (cons c cur) acc)))

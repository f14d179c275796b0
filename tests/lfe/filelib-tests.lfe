;;; filelib-tests.lfe - checks of the filelib module: wildcard/1,2 with
;;; *, ?, [..], {..} and **, ensure_dir, ensure_path, the is_ tests,
;;; file_size, last_modified and fold_files.  The tree below is the one
;;; Erlang/OTP 25 was run on, and the expected values are its results.
;;; Run: (filelib-tests:main); prints ok/FAIL per check and a summary line.

(defmodule filelib-tests
  (export (main 0)))

(defun check (name expected thunk) (harness:check name expected thunk))

(defun dir () (++ "/tmp/elfe-filelib-tests-" (os:getpid)))

(defun p (name) (++ (dir) "/" name))

(defun main ()
  (file:del_dir_r (dir))
  (lists:foreach (lambda (d) (file:make_dir (p d))) '("" "a" "a/b" "a/b/c" "d"))
  (lists:foreach (lambda (f) (file:write_file (p f) ""))
                 '(".h" "x.erl" "y.erl" "z.txt" "a/m.erl" "a/b/n.erl" "a/b/c/o.erl" "d/p.txt"))
  (wildcards)
  (others)
  (file:del_dir_r (dir))
  (harness:summary))

(defun wc (name pattern expected)
  (check name (tuple 'ok expected) (lambda () (filelib:wildcard pattern (dir)))))

(defun wildcards ()
  (wc "star" "*" '(".h" "a" "d" "x.erl" "y.erl" "z.txt"))
  (wc "star-ext" "*.erl" '("x.erl" "y.erl"))
  (wc "question" "?.erl" '("x.erl" "y.erl"))
  (wc "set" "[xy].erl" '("x.erl" "y.erl"))
  (wc "braces" "{x,z}.*" '("x.erl" "z.txt"))
  (wc "doublestar-ext" "**/*.erl" '("a/b/c/o.erl" "a/b/n.erl" "a/m.erl" "x.erl" "y.erl"))
  (wc "dir-doublestar" "a/**/*.erl" '("a/b/c/o.erl" "a/b/n.erl" "a/m.erl"))
  (wc "star-star" "*/*" '("a/b" "a/m.erl" "d/p.txt"))
  (wc "nonexist" "nonexist" ())
  (wc "literal" "x.erl" '("x.erl"))
  (wc "literal-dir" "a" '("a"))
  (wc "range" "[a-c]" '("a"))
  (wc "mid-star" "a/*/c" '("a/b/c"))
  (wc "doublestar" "**"
      '(".h" "a" "a/b" "a/b/c" "a/b/c/o.erl" "a/b/n.erl" "a/m.erl" "d" "d/p.txt"
        "x.erl" "y.erl" "z.txt"))
  (wc "trailing-slash" "a/b/" '("a/b"))
  (wc "caret-is-a-char" "[^x]*.erl" '("x.erl"))
  (check "absolute" (tuple 'ok (list (p "z.txt"))) (lambda () (filelib:wildcard (p "*.txt"))))
  (check "cwd-1" '#(ok true)
    (lambda ()
      (let (((tuple 'ok old) (file:get_cwd)))
        (file:set_cwd (p "a"))
        (let ((r (filelib:wildcard "*.erl")))
          (file:set_cwd old)
          (=:= r '("m.erl"))))))
  (check "binary-pattern" '#(error function_clause) (lambda () (filelib:wildcard #"*.erl")))
  (check "atom-pattern" '#(error function_clause) (lambda () (filelib:wildcard 'foo))))

(defun others ()
  (check "ensure_dir" '#(ok ok) (lambda () (filelib:ensure_dir (p "e/f/g"))))
  (check "is_dir" '#(ok (true true false)) (lambda () (list (filelib:is_dir (p "e/f")) (filelib:is_file (p "x.erl")) (filelib:is_regular (p "a")))))
  (check "ensure_dir-file" '#(ok #(error eexist)) (lambda () (filelib:ensure_dir (p "x.erl/y"))))
  (check "ensure_path" '#(ok (ok true)) (lambda () (list (filelib:ensure_path (p "q/r")) (filelib:is_dir (list_to_binary (p "q/r"))))))
  (check "file_size-none" '#(ok 0) (lambda () (filelib:file_size (p "nonex"))))
  (check "file_size" '#(ok 3) (lambda () (file:write_file (p "s") "abc") (filelib:file_size (p "s"))))
  (check "last_modified-none" '#(ok 0) (lambda () (filelib:last_modified (p "nonex"))))
  (check "last_modified" '#(ok true)
    (lambda () (=:= (filelib:last_modified (p "s"))
                    (element 6 (element 2 (file:read_file_info (p "s")))))))
  (check "fold_files-rec" (tuple 'ok (lists:map #'p/1 '("a/b/c/o.erl" "a/b/n.erl" "a/m.erl" "x.erl" "y.erl")))
    (lambda () (lists:sort (filelib:fold_files (dir) "\\.erl$" 'true (lambda (f a) (cons f a)) ()))))
  (check "fold_files-flat" (tuple 'ok (lists:map #'p/1 '(".h" "s" "x.erl" "y.erl" "z.txt")))
    (lambda () (lists:sort (filelib:fold_files (dir) ".*" 'false (lambda (f a) (cons f a)) ())))))

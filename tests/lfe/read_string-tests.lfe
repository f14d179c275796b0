;;; read_string-tests.lfe - lfe_io:read_string/1.  Expected values were
;;; printed by the reference LFE 2.2.1 for the same strings.
;;; Run: (read_string-tests:main); prints ok/FAIL per check and a summary line.

(defmodule read_string-tests
  (export (main 0)))

(defun main ()
  (harness:check "forms"
    '#(ok #(ok ((a #(b 1) "s") foo)))
    (lambda () (lfe_io:read_string "(a #(b 1) \"s\") foo")))
  (harness:check "empty" '#(ok #(ok ()))
    (lambda () (lfe_io:read_string "")))
  (harness:check "literals"
    '#(ok #(ok (1 2.5 #b(1 2) #m(a 1))))
    (lambda () (lfe_io:read_string "1 2.5 #b(1 2) #m(a 1)")))
  (harness:check "missing-token"
    '#(ok (#(error #(1 lfe_parse missing_token)) #(error #(1 lfe_parse missing_token))))
    (lambda () (list (lfe_io:read_string "(a") (lfe_io:read_string "#(1 2"))))
  (harness:check "illegal"
    '#(ok (#(error #(1 lfe_parse #(illegal |)|))) #(error #(3 lfe_parse #(illegal |.|)))))
    (lambda () (list (lfe_io:read_string ")") (lfe_io:read_string "\n\n (a . b . c)"))))
  (harness:check "not-a-string" '#(error function_clause)
    (lambda () (lfe_io:read_string 'a)))
  (harness:summary))

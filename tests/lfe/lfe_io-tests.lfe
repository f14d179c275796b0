;;; lfe_io-tests.lfe - lfe_io's file reading and output to any device:
;;; read_file/parse_file (expected values from LFE 2.2.1 on OTP 25), and
;;; format/print/prettyprint to a file's io server, read back.

(defmodule lfe_io-tests
  (export (main 0)))

(defun tmp (name) (++ "/tmp/elfe-lfe_io-tests-" (os:getpid) "-" name))

(defun with-file (text f)
  (let ((name (tmp "in.lfe")))
    (file:write_file name text)
    (let ((r (funcall f name)))
      (file:delete name)
      r)))

(defun written (f)
  (let* ((name (tmp "out.txt"))
         ((tuple 'ok dev) (file:open name '(write))))
    (funcall f dev)
    (file:close dev)
    (let (((tuple 'ok bin) (file:read_file name)))
      (file:delete name)
      bin)))

(defun main ()
  (let ((text "(a b)\n;; c\n(c . d) 42\n"))
    (harness:check "read_file" #(ok #(ok ((a b) (c . d) 42)))
      (lambda () (with-file text #'lfe_io:read_file/1)))
    (harness:check "parse_file" #(ok #(ok (#((a b) 1) #((c . d) 3) #(42 3))))
      (lambda () (with-file text #'lfe_io:parse_file/1)))
    (harness:check "parse_file from line 10 (LFE counts from 1)"
      #(ok #(ok (#((a b) 1) #((c . d) 3) #(42 3))))
      (lambda () (with-file text (lambda (n) (lfe_io:parse_file n 10))))))
  (harness:check "read_file missing" #(ok #(error #(none file enoent)))
    (lambda () (lfe_io:read_file (tmp "missing.lfe"))))
  (harness:check "read_file unfinished" #(ok #(error #(1 lfe_parse missing_token)))
    (lambda () (with-file "(a b" #'lfe_io:read_file/1)))
  (harness:check "format to a file" #(ok #"(a #(b)) str\n")
    (lambda () (written (lambda (d) (lfe_io:format d "~p ~s~n" '((a #(b)) "str"))))))
  (harness:check "print and prettyprint to a file" #(ok #"(x y)#M(k v)")
    (lambda () (written (lambda (d) (lfe_io:print d '(x y))
                                    (lfe_io:prettyprint d #M(k v))))))
  (harness:check "fwrite/3 to a file" #(ok #"1")
    (lambda () (written (lambda (d) (lfe_io:fwrite d "~w" '(1))))))
  (harness:summary))

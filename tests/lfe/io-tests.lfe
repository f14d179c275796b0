;;; io-tests.lfe - io:fread, io:read and io:scan_erl_exprs against a small
;;; io server of our own that feeds canned lines.  (io:fread's fallback for
;;; servers without get_until is elfe's own: OTP answers #(error request);
;;; it is what reads standard input, checked against erl by hand.)  The
;;; expected values are what the reference LFE 2.2.1 on Erlang/OTP 25
;;; returns for the same module (compile it with the reference lfec and
;;; run io-tests:main/0 there: every check passes).
;;; Run: (io-tests:main); prints ok/FAIL per check and a summary line.

(defmodule io-tests
  (export (main 0) (server 2)))

;; server: answers get_until (when gu is true) and get_line from lines.
(defun server (lines gu)
  (receive
    ((tuple 'io_request from ref req)
     (let (((tuple reply lines2) (handle req lines gu)))
       (! from (tuple 'io_reply ref reply))
       (server lines2 gu)))))

(defun handle
  (((tuple 'get_until _ _ m f xargs) lines 'true) (get-until m f xargs () lines))
  (((tuple 'get_line _ _) lines _)
   (case lines
     (() (tuple 'eof ()))
     ((cons l t) (tuple l t))))
  ((_ lines _) (tuple (tuple 'error 'request) lines)))

(defun get-until (m f xargs state lines)
  (let ((input (case lines (() 'eof) ((cons l _) l))))
    (case (apply m f (list* state input xargs))
      ((tuple 'done r rest)
       (tuple r (case lines
                  (() ())
                  ((cons _ t) (if (andalso (is_list rest) (=/= rest ()))
                                (cons rest t)
                                t)))))
      ((tuple 'more s)
       (case lines
         (() (tuple 'eof ()))
         ((cons _ t) (get-until m f xargs s t)))))))

(defun dev (lines gu) (spawn 'io-tests 'server (list lines gu)))

(defun main ()
  (harness:check "fread two integers (get_until)"
    '#(ok #(ok (12 34)))
    (lambda () (io:fread (dev '("12 34\n") 'true) "" "~d ~d")))
  (harness:check "fread across lines"
    '#(ok #(ok (12 34)))
    (lambda () (io:fread (dev '("12\n" "34\n") 'true) "" "~d~d")))
  (harness:check "fread at eof"
    '#(ok eof)
    (lambda () (io:fread (dev '() 'true) "" "~d")))
  (harness:check "fread error"
    '#(ok #(error #(fread integer)))
    (lambda () (io:fread (dev '("abc\n") 'true) "" "~d")))
  (harness:check "fread input runs out"
    '#(ok #(error #(fread input)))
    (lambda () (io:fread (dev '("12") 'true) "" "~d ~d")))
  (harness:check "fread keeps the rest for the next read"
    '#(ok (#(ok (1)) #(ok (2)) #(ok (3))))
    (lambda () (let ((d (dev '("1 2\n" "3\n") 'true)))
                 (list (io:fread d "" "~d") (io:fread d "" "~d")
                       (io:fread d "" "~d")))))
  (harness:check "fread strings, atoms, characters"
    '#(ok #(ok ("hello" world "xy")))
    (lambda () (io:fread (dev '("hello world xy\n") 'true) "" "~s ~a ~2c")))
  (harness:check "fread floats and skipped fields"
    '#(ok #(ok (2.5 -1)))
    (lambda () (io:fread (dev '("9 2.5 -1\n") 'true) "" "~*d ~f ~d")))
  (harness:check "read a term"
    '#(ok #(ok #(a (1 2) "s")))
    (lambda () (io:read (dev '("{a, [1,2], \"s\"}.\n") 'true) "")))
  (harness:check "read a term over two lines"
    '#(ok #(ok (1 2 3)))
    (lambda () (io:read (dev '("[1,\n" "2,3].\n") 'true) "")))
  (harness:check "read at eof"
    '#(ok eof)
    (lambda () (io:read (dev '() 'true) "")))
  (harness:check "read/3 with the end location"
    '#(ok #(ok foo 2))
    (lambda () (io:read (dev '("foo.\n") 'true) "" 1)))
  (harness:check "scan_erl_exprs"
    '#(ok #(ok (#(atom 1 f) #(|(| 1) #(var 1 X) #(|)| 1) #(dot 1)) 2))
    (lambda () (io:scan_erl_exprs (dev '("f(X).\n") 'true) "")))
  (harness:check "scan_erl_form at eof"
    '#(ok #(eof 1))
    (lambda () (io:scan_erl_form (dev '() 'true) "")))
  (harness:summary))

;;; objcode-tests.lfe - code:get_object_code/1.  As on OTP 25 the answer
;;; is {Module, Binary, Filename} for a module file on the code path and
;;; error otherwise (elfe's object files are NAME.beam, in elfe's own format), and
;;; a non-atom is a function_clause error.
;;; Run: (objcode-tests:main); prints ok/FAIL per check and a summary line.

(defmodule objcode-tests
  (export (main 0)))

(defun main ()
  (harness:check "found"
    '#(ok #(harness true true))
    (lambda ()
      (let (((tuple m bin file) (code:get_object_code 'harness)))
        (tuple m (and (is_binary bin) (> (byte_size bin) 0))
               (lists:suffix "/harness.beam" file)))))
  (harness:check "missing" '#(ok error)
    (lambda () (code:get_object_code 'no_such_module_here)))
  (harness:check "not-an-atom" '#(error function_clause)
    (lambda () (code:get_object_code "harness")))
  (harness:summary))

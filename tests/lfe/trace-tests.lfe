;;; trace-tests.lfe - the top frames of stack traces, as Erlang/OTP 25
;;; builds them (expected values from erl and the reference LFE 2.2.1):
;;; erlang:error/1,2,3, exit/1 and throw/1 raise in their caller, with no
;;; frame of their own; error/2's Args replace the caller's arity;
;;; error/3 adds its error_info to the location; a failing BIF has its
;;; own frame with the arguments and an error_info naming the module that
;;; explains the error.

(defmodule trace-tests
  (export (main 0)))

(defun f (x) (error 'foo (list x 2)))
(defun g (_x) (error 'foo 'none))
(defun h (x) (throw x))
(defun k (x) (exit x))
(defun e1 (x) (error x))
(defun e3 (x) (error 'foo (list x) '(#(error_info #M(module m)) #(other 1))))

;; Class, reason and the top frame without its file/line location.
(defun top (thunk)
  (try (funcall thunk)
    (catch
      ((tuple c r (cons (tuple m fn a loc) _))
       (tuple c r m fn a (lists:filter (lambda (i) (not (is-location i))) loc))))))

(defun is-location
  (((tuple 'file _)) 'true)
  (((tuple 'line _)) 'true)
  ((_) 'false))

(defun main ()
  (harness:check "error/2 args replace the arity"
    #(ok #(error foo trace-tests f (1 2) ())) (lambda () (top (lambda () (f 1)))))
  (harness:check "error/2 with none keeps the arity"
    #(ok #(error foo trace-tests g 1 ())) (lambda () (top (lambda () (g 1)))))
  (harness:check "throw/1 has no frame of its own"
    #(ok #(throw 1 trace-tests h 1 ())) (lambda () (top (lambda () (h 1)))))
  (harness:check "exit/1 has no frame of its own"
    #(ok #(exit 1 trace-tests k 1 ())) (lambda () (top (lambda () (k 1)))))
  (harness:check "error/1 has no frame of its own"
    #(ok #(error bad trace-tests e1 1 ())) (lambda () (top (lambda () (e1 'bad)))))
  (harness:check "error/3 keeps only error_info"
    #(ok #(error foo trace-tests e3 (7) (#(error_info #M(module m)))))
    (lambda () (top (lambda () (e3 7)))))
  (harness:check "erlang BIF frame"
    #(ok #(error badarg erlang atom_to_list (1) (#(error_info #M(module erl_erts_errors)))))
    (lambda () (top (lambda () (atom_to_list 1)))))
  (harness:check "arithmetic frame"
    #(ok #(error badarith erlang + (1 a) (#(error_info #M(module erl_erts_errors)))))
    (lambda () (top (lambda () (+ 1 (list_to_atom "a"))))))
  (harness:check "stdlib BIF frame"
    #(ok #(error badarg lists reverse (1 2) (#(error_info #M(module erl_stdlib_errors)))))
    (lambda () (top (lambda () (lists:reverse 1 2)))))
  (harness:check "maps:get frame"
    #(ok #(error #(badkey a) maps get (a #M()) (#(error_info #M(module erl_stdlib_errors)))))
    (lambda () (top (lambda () (maps:get 'a #M())))))
  (harness:check "raise/3 keeps the given trace"
    #(ok #(error x a b 1 ()))
    (lambda () (top (lambda () (erlang:raise 'error 'x '(#(a b 1 ())))))))
  (harness:summary))

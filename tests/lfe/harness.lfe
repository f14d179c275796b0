;;; harness.lfe - a tiny assertion harness for the tests/lfe/*-tests.lfe
;;; modules.  (check 'name expected thunk) runs the thunk and compares its
;;; outcome with expected (=:=): the outcome is #(ok Value) or, when the
;;; thunk raises an error, #(error Reason).  Each check prints
;;; `ok NAME' or `FAIL NAME expected ... got ...'; (summary) prints
;;; `N passed, M failed' and returns ok when nothing failed.

(defmodule harness
  (export (check 3) (summary 0)))

(defun outcome (thunk)
  (case (catch (funcall thunk))
    ((tuple 'EXIT (tuple reason _)) (tuple 'error reason))
    (value (tuple 'ok value))))

(defun check (name expected thunk)
  "Run one check and print its result."
  (let ((got (outcome thunk)))
    (if (=:= got expected)
      (progn (bump 'harness_passed) (lfe_io:format "ok ~s~n" (list name)))
      (progn (bump 'harness_failed)
             (lfe_io:format "FAIL ~s expected ~w got ~w~n" (list name expected got))))))

(defun bump (counter)
  (case (erlang:get counter)
    ('undefined (erlang:put counter 1))
    (n (erlang:put counter (+ n 1)))))

(defun count (counter)
  (case (erlang:get counter)
    ('undefined 0)
    (n n)))

(defun summary ()
  "Print the totals; ok if every check passed, error otherwise."
  (let ((passed (count 'harness_passed))
        (failed (count 'harness_failed)))
    (lfe_io:format "~w passed, ~w failed~n" (list passed failed))
    (if (== failed 0) 'ok 'error)))

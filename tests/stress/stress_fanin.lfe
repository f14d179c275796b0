;;; stress_fanin.lfe - P producers each send 1..K to one consumer; the
;;; consumer checks the count, the sum and that each producer's numbers
;;; arrived in order.
(defmodule stress_fanin (export (main 1)))

(defun main (args)
  (let* (((list p k) (lists:map #'list_to_integer/1 args))
         (me (self))
         (consumer (spawn (lambda () (consume me (* p k) 0 0 (map)))))
         (ps (lists:map (lambda (i) (spawn (lambda () (produce consumer i 1 k))))
                        (lists:seq 1 p))))
    (receive
      ((tuple 'done count sum ok)
       (let ((want (div (* p k (+ k 1)) 2)))
         (if (andalso ok (=:= count (* p k)) (=:= sum want))
           (io:format "ok fanin producers=~p each=~p received=~p sum=~p~n"
                      (list (length ps) k count sum))
           (progn (io:format "FAIL fanin count=~p sum=~p in-order=~p~n"
                             (list count sum ok))
                  (erlang:halt 1))))))))

(defun produce (to id i k)
  (if (> i k)
    'ok
    (progn (! to (tuple id i)) (produce to id (+ i 1) k))))

(defun consume (parent left count sum last)
  (if (=:= left 0)
    (! parent (tuple 'done count sum 'true))
    (receive
      ((tuple id i)
       (let ((prev (maps:get id last 0)))
         (if (=/= i (+ prev 1))
           (! parent (tuple 'done count sum 'false))
           (consume parent (- left 1) (+ count 1) (+ sum i)
                    (maps:put id i last))))))))

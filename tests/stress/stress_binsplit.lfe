;;; stress_binsplit.lfe - long binary operations do not stop the other
;;; processes: while one process builds (binary:copy/2), splits (global),
;;; searches (matches), replaces in and copies a binary of MB megabytes
;;; made of lines of LINE bytes, and turns its first megabyte into a list,
;;; a ticker asking to wake every millisecond must never wait more than
;;; MAX ms.  The results are checked too.
;;; Run: (stress_binsplit:main '("100" "50")) (LINE 8192), or with LINE
;;; as a third argument: (stress_binsplit:main '("100" "50" "65536")).
;;;
;;; (Many small lines mean millions of live parts; the collector then
;;; stops every process while it marks them, which no slicing of the
;;; binary operations avoids: keep LINE large enough for what MAX says.)
(defmodule stress_binsplit (export (main 1)))

(defun main (args)
  (let* (((list* mb max rest) (lists:map #'list_to_integer/1 args))
         (len (case rest ((list l) l) (() 8192)))
         (line (binary ((binary:copy #"x" (- len 1)) binary) "\n"))
         (lines (div (* mb 1048576) len))
         (self (self))
         (ticker (spawn (lambda () (tick self (now-us) 0 0))))
         (big (binary:copy line lines)))
    (let* ((t0 (now-us))
           (parts (binary:split big #"\n" '(global trim)))
           (t1 (now-us))
           (ms (binary:matches big #"\n"))
           (t2 (now-us))
           (rep (binary:replace big #"\n" #"\r\n" '(global)))
           (t3 (now-us))
           (cp (binary:copy big))
           (t4 (now-us))
           (tenth (binary:part big 0 (min (byte_size big) 1048576)))
           (l (binary:bin_to_list tenth))
           (t5 (now-us)))
      (! ticker 'stop)
      (receive
        ((tuple 'ticks n worst)
         (let ((checks (list (tuple 'parts (length parts) lines)
                             (tuple 'part1 (hd parts) (binary:copy #"x" (- len 1)))
                             (tuple 'matches (length ms) lines)
                             (tuple 'replace (byte_size rep) (+ (byte_size big) lines))
                             (tuple 'copy (=:= cp big) 'true)
                             (tuple 'list (length l) (byte_size tenth)))))
           (case (lists:filter (lambda (c) (=/= (element 2 c) (element 3 c))) checks)
             (()
              (if (> worst (* max 1000))
                (progn
                  (io:format "FAIL binsplit: the ticker waited ~p ms (max ~p)~n"
                             (list (div worst 1000) max))
                  (erlang:halt 1))
                (io:format "ok binsplit mb=~p line=~p ticks=~p worst_gap_ms=~p split_ms=~p matches_ms=~p replace_ms=~p copy_ms=~p bin_to_list_ms=~p~n"
                           (list mb len n (div worst 1000) (div (- t1 t0) 1000) (div (- t2 t1) 1000)
                                 (div (- t3 t2) 1000) (div (- t4 t3) 1000) (div (- t5 t4) 1000)))))
             (bad
              (io:format "FAIL binsplit: wrong results ~p~n" (list bad))
              (erlang:halt 1)))))))))

(defun now-us () (erlang:monotonic_time 'microsecond))

;; Wake every millisecond; remember the longest wait between wakes.
(defun tick (parent last n worst)
  (receive
    ('stop (! parent (tuple 'ticks n worst)))
    (after 1
      (let ((now (now-us)))
        (tick parent now (+ n 1) (max worst (- now last)))))))

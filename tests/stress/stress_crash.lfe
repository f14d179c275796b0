;;; stress_crash.lfe - storms of crashes with links and monitors.  Each
;;; round a trapping supervisor spawn_links W workers and a watcher
;;; monitors every one; each worker links to a non-trapping buddy, then
;;; dies in a way chosen at random (normal, exit, error, throw, killed by
;;; another process, or killed while its buddy dies first).  Every expected
;;; EXIT and DOWN is counted and its reason checked: none lost, none
;;; duplicated.
(defmodule stress_crash (export (main 1)))

(defun main (args)
  (let (((list rounds w) (lists:map #'list_to_integer/1 args)))
    (rand:seed 'exsss #(7 11 13))
    (lists:foreach (lambda (r) (round r w)) (lists:seq 1 rounds))
    (io:format "ok crash rounds=~p workers=~p~n" (list rounds w))))

(defun round (r w)
  (process_flag 'trap_exit 'true)
  (let* ((kinds (lists:map (lambda (_) (rand:uniform 6)) (lists:seq 1 w)))
         (workers (lists:map (lambda (k) (tuple k (spawn_link (lambda () (worker k)))))
                             kinds))
         (refs (lists:map (lambda (kp)
                            (let (((tuple k p) kp))
                              (tuple k p (monitor 'process p))))
                          workers)))
    ;; Let them all start and link their buddies, then go.
    (lists:foreach (lambda (kp) (! (element 2 kp) (tuple 'go (self)))) workers)
    (lists:foreach (lambda (kpr)
                     (let (((tuple k p _) kpr))
                       (if (=:= k 5) (exit p 'kill) 'ok)))
                   refs)
    (let ((exits (collect-exits (lists:map (lambda (kpr) (element 2 kpr)) refs) ()))
          (downs (collect-downs refs ())))
      (check r "EXIT" exits refs)
      (check r "DOWN" downs refs)
      (receive ((tuple 'EXIT _ _) (fail r "extra EXIT")) ((tuple 'DOWN _ _ _ _) (fail r "extra DOWN"))
        (after 0 'ok))
      (process_flag 'trap_exit 'false))))

(defun worker (kind)
  (let ((buddy (spawn_link (lambda () (receive ('never 'ok))))))
    (receive
      ((tuple 'go _)
       (case kind
         (1 'normal-return)
         (2 (exit 'custom))
         (3 (error 'boom))
         (4 (throw 'ball))
         (5 (receive ('never 'ok)))
         (6 (exit buddy 'first) (receive ('never 'ok))))))))

(defun expected
  ((1) 'normal) ((2) 'custom) ((3) 'boom) ((4) #(nocatch ball))
  ((5) 'killed) ((6) 'first))

(defun simplify
  (((tuple r stack)) (when (is_list stack)) r)
  ((r) r))

(defun collect-exits
  ((() acc) acc)
  ((pending acc)
   (receive
     ((tuple 'EXIT p reason)
      (if (lists:member p pending)
        (collect-exits (lists:delete p pending) (cons (tuple p (simplify reason)) acc))
        (collect-exits pending acc)))
     (after 5000 (fail 0 (io_lib:format "lost ~p EXITs" (list (length pending))))))))

(defun collect-downs
  ((() acc) acc)
  ((pending acc)
   (receive
     ((tuple 'DOWN ref 'process p reason)
      (case (lists:keyfind ref 3 pending)
        ('false (fail 0 "DOWN for an unknown ref"))
        (_ (collect-downs (lists:keydelete ref 3 pending)
                          (cons (tuple p (simplify reason)) acc)))))
     (after 5000 (fail 0 (io_lib:format "lost ~p DOWNs" (list (length pending))))))))

(defun check (r what got refs)
  (lists:foreach
    (lambda (kpr)
      (let* (((tuple k p _) kpr)
             (want (expected k)))
        (case (lists:keyfind p 1 got)
          ((tuple _ reason) (when (=:= reason want)) 'ok)
          ((tuple _ reason) (fail r (io_lib:format "~s of kind ~p: ~p, want ~p"
                                                   (list what k reason want))))
          ('false (fail r (io_lib:format "no ~s for kind ~p" (list what k)))))))
    refs)
  (if (=/= (length got) (length refs))
    (fail r (io_lib:format "~p ~ss for ~p workers" (list (length got) what (length refs))))
    'ok))

(defun fail (r msg)
  (io:format "FAIL crash round ~p: ~s~n" (list r msg))
  (erlang:halt 1))

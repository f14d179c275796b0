;;; timer.lfe - the Erlang `timer' module: sleep, tc, time conversions,
;;; and timers that send, apply, exit or kill later or at intervals.
;;;
;;; The results have OTP 25's shapes: a timer reference is
;;; #(instant Ref) for a zero delay (done at once), #(send_local Ref) for a
;;; send_after to a local pid (an erlang:send_after timer, no server), and
;;; #(once Ref) or #(interval Ref) for timers kept by the timer server.
;;; The server is a process registered as `timer_server', started on the
;;; first request that needs it.  It arms erlang:start_timer timers at
;;; absolute times on the monotonic clock (so intervals do not drift), runs
;;; an MFA in a new process when a timer fires (a send or an exit is done
;;; directly), and drops an interval timer when the process it was set up
;;; for (the caller, or a send_interval's destination) dies.

(defmodule timer
  (export (sleep 1) (tc 1) (tc 2) (tc 3) (now_diff 2)
          (seconds 1) (minutes 1) (hours 1) (hms 3)
          (send_after 2) (send_after 3) (send_interval 2) (send_interval 3)
          (apply_after 4) (apply_interval 4) (apply_repeatedly 4)
          (exit_after 2) (exit_after 3) (kill_after 1) (kill_after 2)
          (cancel 1) (start 0) (start_link 0)
          (server 0)))

;; The longest wait one receive ... after can do (as OTP).
(defmacro max-after () 4294967295)

(defmacro valid-time? (t) `(andalso (is_integer ,t) (>= ,t 0)))

(defmacro valid-mfa? (m f a) `(andalso (is_atom ,m) (is_atom ,f) (is_list ,a)))

;;; ---- waiting and measuring ----------------------------------------

(defun sleep
  "Suspend the calling process for Time milliseconds (or forever for
  infinity)."
  ((t) (when (is_integer t) (> t (max-after)))
   (receive (after (max-after) (sleep (- t (max-after))))))
  ((t) (receive (after t 'ok))))

(defun tc (f)
  "Call Fun(); return #(Microseconds Value)."
  (let* ((t1 (erlang:monotonic_time))
         (val (funcall f))
         (t2 (erlang:monotonic_time)))
    (tuple (erlang:convert_time_unit (- t2 t1) 'native 'microsecond) val)))

(defun tc (f a)
  "Call apply(Fun, Args); return #(Microseconds Value)."
  (let* ((t1 (erlang:monotonic_time))
         (val (apply f a))
         (t2 (erlang:monotonic_time)))
    (tuple (erlang:convert_time_unit (- t2 t1) 'native 'microsecond) val)))

(defun tc (m f a)
  "Call apply(M, F, Args); return #(Microseconds Value)."
  (let* ((t1 (erlang:monotonic_time))
         (val (apply m f a))
         (t2 (erlang:monotonic_time)))
    (tuple (erlang:convert_time_unit (- t2 t1) 'native 'microsecond) val)))

(defun now_diff
  "T2 - T1 in microseconds, for erlang:now()-style #(Mega Secs Micro)."
  (((tuple a2 b2 c2) (tuple a1 b1 c1))
   (+ (* (- (+ (* (- a2 a1) 1000000) b2) b1) 1000000) (- c2 c1))))

(defun seconds (s) "Seconds in milliseconds." (* 1000 s))
(defun minutes (m) "Minutes in milliseconds." (* 60000 m))
(defun hours (h) "Hours in milliseconds." (* 3600000 h))
(defun hms (h m s)
  "Hours, minutes and seconds in milliseconds."
  (+ (hours h) (minutes m) (seconds s)))

;;; ---- one-shot timers ----------------------------------------------

(defun apply_after
  "Spawn apply(M, F, Args) after Time ms: #(ok TRef) or #(error badarg)."
  ((0 m f a) (when (valid-mfa? m f a))
   (do-apply (tuple m f a))
   (tuple 'ok (tuple 'instant (make_ref))))
  ((t m f a) (when (valid-time? t) (valid-mfa? m f a))
   (req 'apply_once (tuple (now-ms) t (tuple m f a))))
  ((_ _ _ _) #(error badarg)))

(defun send_after (t msg)
  "Send Msg to the caller after Time ms."
  (send_after t (self) msg))

(defun send_after
  "Send Msg to a pid, a registered name or #(Name Node) after Time ms."
  ((0 dest msg) (when (orelse (is_pid dest) (is_atom dest)))
   (! dest msg)
   (tuple 'ok (tuple 'instant (make_ref))))
  ((0 (= (tuple name node) dest) msg) (when (is_atom name) (is_atom node))
   (! dest msg)
   (tuple 'ok (tuple 'instant (make_ref))))
  ((t pid msg) (when (valid-time? t) (is_pid pid))         ; all pids are local
   (tuple 'ok (tuple 'send_local (erlang:send_after t pid msg))))
  ((t pid msg) (when (is_pid pid))
   (apply_after t 'timer 'send (list pid msg)))
  ((t name msg) (when (is_atom name))
   (apply_after t 'timer 'send (list name msg)))
  ((t (= (tuple name node) dest) msg) (when (is_atom name) (is_atom node))
   (apply_after t 'timer 'send (list dest msg)))
  ((_ _ _) #(error badarg)))

(defun exit_after (t reason)
  "exit(self(), Reason) after Time ms."
  (exit_after t (self) reason))

(defun exit_after (t target reason)
  "exit(Target, Reason) after Time ms (Target a pid or registered name)."
  (apply_after t 'erlang 'exit (list target reason)))

(defun kill_after (t)
  "Kill the caller after Time ms."
  (exit_after t (self) 'kill))

(defun kill_after (t target)
  "Kill Target after Time ms."
  (exit_after t target 'kill))

;;; ---- interval timers ----------------------------------------------

(defun apply_interval
  "Spawn apply(M, F, Args) every Time ms until cancelled or the caller
  dies."
  ((t m f a) (when (valid-time? t) (valid-mfa? m f a))
   (req 'apply_interval (tuple (now-ms) t (self) (tuple m f a))))
  ((_ _ _ _) #(error badarg)))

(defun apply_repeatedly
  "Like apply_interval, but each application starts only when the one
  before has finished (at once if it took longer than Time)."
  ((t m f a) (when (valid-time? t) (valid-mfa? m f a))
   (req 'apply_repeatedly (tuple (now-ms) t (self) (tuple m f a))))
  ((_ _ _ _) #(error badarg)))

(defun send_interval (t msg)
  "Send Msg to the caller every Time ms."
  (send_interval t (self) msg))

(defun send_interval
  "Send Msg to Dest every Time ms, until cancelled or Dest dies."
  ((t dest msg) (when (valid-time? t) (orelse (is_pid dest) (is_atom dest)))
   (req 'apply_interval
        (tuple (now-ms) t dest (tuple 'timer 'send (list dest msg)))))
  ((t (= (tuple name node) dest) msg)
   (when (valid-time? t) (is_atom name) (is_atom node))
   (req 'apply_interval
        (tuple (now-ms) t dest (tuple 'timer 'send (list dest msg)))))
  ((_ _ _) #(error badarg)))

(defun cancel
  "Cancel a timer: #(ok cancel), or #(error badarg) for a bad reference."
  (((tuple 'instant ref)) (when (is_reference ref)) #(ok cancel))
  (((tuple 'send_local ref)) (when (is_reference ref))
   (erlang:cancel_timer ref)
   #(ok cancel))
  (((= (tuple 'once ref) tref)) (when (is_reference ref))
   (req 'cancel tref))
  (((= (tuple 'interval ref) tref)) (when (is_reference ref))
   (req 'cancel tref))
  ((_) #(error badarg)))

;;; ---- the server ----------------------------------------------------

(defun start ()
  "Start the timer server if it is not running."
  (ensure-server)
  'ok)

(defun start_link ()
  "Start the timer server (not linked here: it outlives its starter)."
  (tuple 'ok (ensure-server)))

;; The current monotonic time in ms, rounded up (as OTP).
(defun now-ms ()
  (div (+ (erlang:monotonic_time 'microsecond) 999) 1000))

(defun ensure-server ()
  (case (whereis 'timer_server)
    ('undefined
     (let ((pid (spawn 'timer 'server ())))
       (case (catch (register 'timer_server pid))
         ('true pid)
         (_ (exit pid 'kill)         ; someone else started one first
            (ensure-server)))))
    (pid pid)))

;; A call to the server: send the request, wait for the answer or for the
;; server to die (then start a new one and ask again, once).
(defun req (kind arg) (req kind arg 1))

(defun req (kind arg tries)
  (let* ((server (ensure-server))
         (mref (erlang:monitor 'process server)))
    (! server (tuple 'timer_call (self) mref (tuple kind arg)))
    (receive
      ((tuple reply-ref reply) (when (=:= reply-ref mref))
       (erlang:demonitor mref '(flush))
       reply)
      ((tuple 'DOWN down-ref 'process _ reason) (when (=:= down-ref mref))
       (if (> tries 0)
         (req kind arg (- tries 1))
         (exit (tuple reason (tuple 'timer kind (list arg)))))))))

(defun server ()
  "The timer server's loop (started by ensure-server)."
  (process_flag 'trap_exit 'true)
  (loop #M()))

;; The state maps a timer's reference to what it needs:
;;   once:        SRef => #(once)               (SRef is the erlang timer)
;;   interval:    TRef => #(interval SRef)      (TRef monitors the owner)
;;   repeatedly:  TRef => #(repeat SRef-or-#(running WRef) Next)
;; and a running repeated application's monitor WRef => #(worker TRef).
(defun loop (st)
  (receive
    ((tuple 'timer_call from ref request)
     (let (((tuple reply st2) (handle-call request st)))
       (! from (tuple ref reply))
       (loop st2)))
    ((tuple 'timeout sref (tuple 'apply_once mfa))
     (case (maps:take sref st)
       ((tuple _ st2) (do-apply mfa) (loop st2))
       ('error (loop st))))
    ((tuple 'timeout _ (tuple 'apply_interval cur time tref mfa))
     (case (maps:is_key tref st)
       ('true
        (let* ((next (+ cur time))
               (sref (start-timer next (tuple 'apply_interval next time tref
                                               mfa))))
          (do-apply mfa)
          (loop (maps:put tref (tuple 'interval sref) st))))
       ('false (loop st))))
    ((tuple 'timeout _ (tuple 'apply_repeatedly cur time tref mfa))
     (case (maps:is_key tref st)
       ('true
        (let (((tuple _ wref) (spawn-apply-monitor mfa)))
          (loop (maps:put wref (tuple 'worker tref cur time mfa)
                          (maps:put tref (tuple 'repeat (tuple 'running wref))
                                    st)))))
       ('false (loop st))))
    ((tuple 'DOWN ref 'process _ _)
     (case (maps:find ref st)
       ((tuple 'ok (tuple 'worker tref cur time mfa))
        (let ((st2 (maps:remove ref st)))
          (case (maps:is_key tref st2)
            ('true
             (let* ((next (max (+ cur time) (now-ms)))
                    (sref (start-timer next (tuple 'apply_repeatedly next time
                                                    tref mfa))))
               (loop (maps:put tref (tuple 'repeat sref) st2))))
            ('false (loop st2)))))
       ((tuple 'ok _) (loop (remove-timer ref st)))
       ('error (loop st))))
    (_ (loop st))))

(defun handle-call
  (((tuple 'apply_once (tuple started time mfa)) st)
   (let ((sref (start-timer (+ started time) (tuple 'apply_once mfa))))
     (tuple (tuple 'ok (tuple 'once sref)) (maps:put sref #(once) st))))
  (((tuple 'apply_interval (tuple started time pid mfa)) st)
   (let* ((tref (erlang:monitor 'process pid))
          (next (+ started time))
          (sref (start-timer next (tuple 'apply_interval next time tref mfa))))
     (tuple (tuple 'ok (tuple 'interval tref))
            (maps:put tref (tuple 'interval sref) st))))
  (((tuple 'apply_repeatedly (tuple started time pid mfa)) st)
   (let* ((tref (erlang:monitor 'process pid))
          (next (+ started time))
          (sref (start-timer next (tuple 'apply_repeatedly next time tref mfa))))
     (tuple (tuple 'ok (tuple 'interval tref))
            (maps:put tref (tuple 'repeat sref) st))))
  (((tuple 'cancel (tuple 'once tref)) st)
   (tuple #(ok cancel) (remove-timer tref st)))
  (((tuple 'cancel (tuple 'interval tref)) st)
   (if (maps:is_key tref st) (erlang:demonitor tref '(flush)) 'ok)
   (tuple #(ok cancel) (remove-timer tref st)))
  ((_ st) (tuple #(error badarg) st)))

(defun start-timer (at msg)
  (erlang:start_timer at (self) msg '(#(abs true))))

;; Forget a timer, cancelling its erlang timer if it is armed.
(defun remove-timer (tref st)
  (case (maps:find tref st)
    ((tuple 'ok #(once)) (erlang:cancel_timer tref) (maps:remove tref st))
    ((tuple 'ok (tuple 'interval sref))
     (erlang:cancel_timer sref) (maps:remove tref st))
    ((tuple 'ok (tuple 'repeat (tuple 'running _))) (maps:remove tref st))
    ((tuple 'ok (tuple 'repeat sref))
     (erlang:cancel_timer sref) (maps:remove tref st))
    (_ st)))

;; Run an MFA when its timer fires: a send or an exit directly, anything
;; else in a new process.
(defun do-apply
  (((tuple 'timer 'send (list dest msg))) (catch (! dest msg)))
  (((tuple 'erlang 'exit (list name reason)))
   (catch (exit (get-pid name) reason)))
  (((tuple m f a)) (catch (spawn m f a))))

(defun spawn-apply-monitor
  (((tuple 'timer 'send (list dest msg)))
   (spawn_monitor (lambda () (catch (! dest msg)))))
  (((tuple m f a)) (spawn_monitor m f a)))

(defun get-pid
  ((name) (when (is_pid name)) name)
  (('undefined) 'undefined)
  ((name) (when (is_atom name)) (get-pid (whereis name)))
  ((_) 'undefined))

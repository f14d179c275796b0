;; logger.lfe - Erlang's logger API, enough for programs that log.
;;
;; The primary configuration (a map with level, filter_default, filters and
;; metadata, as OTP's) lives in persistent_term.  An event passes when its
;; level is at least as severe as the primary level; it is written to
;; standard error as
;;
;;   =LEVEL REPORT==== <formatted message>
;;
;; Handlers and filters are accepted and kept in the configuration but not
;; run: elfe has one built-in handler.

(defmodule logger
  (export (set_primary_config 1) (set_primary_config 2)
          (get_primary_config 0) (update_primary_config 1)
          (set_module_level 2) (unset_module_level 1)
          (get_config 0) (get_handler_config 0) (get_handler_config 1)
          (add_handler 3) (remove_handler 1)
          (set_handler_config 2) (set_handler_config 3)
          (add_primary_filter 2) (remove_primary_filter 1)
          (emergency 1) (emergency 2) (emergency 3)
          (alert 1) (alert 2) (alert 3)
          (critical 1) (critical 2) (critical 3)
          (error 1) (error 2) (error 3)
          (warning 1) (warning 2) (warning 3)
          (notice 1) (notice 2) (notice 3)
          (info 1) (info 2) (info 3)
          (debug 1) (debug 2) (debug 3)
          (log 2) (log 3) (log 4)
          (allow 2) (compare_levels 2)))

(defun default-config ()
  (map 'level 'notice 'filter_default 'log 'filters () 'metadata (map)))

(defun get_primary_config ()
  (persistent_term:get '$logger_primary (default-config)))

(defun levels ()
  '(none emergency alert critical error warning notice info debug all))

(defun level-rank (level)
  (level-rank level (levels) 0))

(defun level-rank
  ((level (cons level _) n) n)
  ((level (cons _ rest) n) (level-rank level rest (+ n 1)))
  ((_ () _) 'false))

(defun check-key
  (('level v) (=/= (level-rank v) 'false))
  (('filter_default v) (orelse (=:= v 'log) (=:= v 'stop)))
  (('filters v) (is_list v))
  (('metadata v) (is_map v))
  ((_ _) 'false))

(defun set_primary_config (key value)
  (if (check-key key value)
    (progn
      (persistent_term:put '$logger_primary
                           (maps:put key value (get_primary_config)))
      'ok)
    (tuple 'error (tuple 'invalid_config 'logger (tuple key value)))))

(defun set_primary_config (config)
  (if (is_map config)
    (set-all (maps:to_list (maps:merge (default-config) config)))
    (tuple 'error (tuple 'invalid_config 'logger config))))

(defun update_primary_config (config)
  (if (is_map config)
    (set-all (maps:to_list config))
    (tuple 'error (tuple 'invalid_config 'logger config))))

(defun set-all
  ((()) 'ok)
  (((cons (tuple k v) rest))
   (case (set_primary_config k v)
     ('ok (set-all rest))
     (err err))))

(defun set_module_level (_modules _level) 'ok)
(defun unset_module_level (_modules) 'ok)

(defun get_config ()
  (map 'primary (get_primary_config) 'handlers (get_handler_config)
       'proxy (map) 'module_levels ()))

(defun get_handler_config ()
  (list (get-default-handler)))

(defun get_handler_config
  (('default) (tuple 'ok (get-default-handler)))
  ((id) (tuple 'error (tuple 'not_found id))))

(defun get-default-handler ()
  (map 'id 'default 'module 'logger_std_h 'level 'all
       'filter_default 'stop 'filters () 'formatter
       (tuple 'logger_formatter (map))))

(defun add_handler (_id _module _config) 'ok)
(defun remove_handler (_id) 'ok)
(defun set_handler_config (_id _config) 'ok)
(defun set_handler_config (_id _key _value) 'ok)
(defun add_primary_filter (_id _filter) 'ok)
(defun remove_primary_filter (_id) 'ok)

(defun allow (level _module)
  (let ((want (level-rank (mref (get_primary_config) 'level)))
        (have (level-rank level)))
    (andalso (=/= have 'false) (=< have want))))

(defun compare_levels (a b)
  (let ((ra (level-rank a)) (rb (level-rank b)))
    (cond ((orelse (=:= ra 'false) (=:= rb 'false))
           (error 'badarg (list a b)))
          ((== ra rb) 'eq)
          ((< ra rb) 'gt)
          ('true 'lt))))

(defun emergency (m) (log 'emergency m))
(defun emergency (a b) (log 'emergency a b))
(defun emergency (a b c) (log 'emergency a b c))
(defun alert (m) (log 'alert m))
(defun alert (a b) (log 'alert a b))
(defun alert (a b c) (log 'alert a b c))
(defun critical (m) (log 'critical m))
(defun critical (a b) (log 'critical a b))
(defun critical (a b c) (log 'critical a b c))
(defun error (m) (log 'error m))
(defun error (a b) (log 'error a b))
(defun error (a b c) (log 'error a b c))
(defun warning (m) (log 'warning m))
(defun warning (a b) (log 'warning a b))
(defun warning (a b c) (log 'warning a b c))
(defun notice (m) (log 'notice m))
(defun notice (a b) (log 'notice a b))
(defun notice (a b c) (log 'notice a b c))
(defun info (m) (log 'info m))
(defun info (a b) (log 'info a b))
(defun info (a b c) (log 'info a b c))
(defun debug (m) (log 'debug m))
(defun debug (a b) (log 'debug a b))
(defun debug (a b c) (log 'debug a b c))

;; log(Level, StringOrReport), log(Level, Format, Args) or
;; log(Level, StringOrReport, Metadata), log(Level, Format, Args, Metadata).
(defun log (level msg) (log level msg (map)))

(defun log
  ((level fmt args) (when (is_list args))
   (log level fmt args (map)))
  ((level msg meta) (when (is_map meta))
   (emit level (if (is_map msg) (tuple 'report msg) (tuple 'string msg))))
  ((level a b) (log level a b (map))))

(defun log (level fmt args _meta)
  (emit level (tuple 'format fmt args)))

(defun emit (level what)
  (if (allow level 'undefined)
    (let ((text (format-event what))
          (tag (string:uppercase (atom_to_list level))))
      (io:format 'standard_error "=~s REPORT==== ~ts~n" (list tag text)))
    'ok))

(defun format-event
  (((tuple 'string s)) s)
  (((tuple 'report r)) (io_lib:format "~p" (list r)))
  (((tuple 'format f a))
   (case (catch (io_lib:format f a))
     ((tuple 'EXIT _) (io_lib:format "FORMAT ERROR: ~p - ~p" (list f a)))
     (s s))))

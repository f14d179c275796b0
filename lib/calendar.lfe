;;; calendar.lfe - the Erlang `calendar' module: dates and times in the
;;; proleptic Gregorian calendar, as OTP 25 computes them.
;;;
;;; Days count from year 0, January 1 (day 0); seconds likewise.  The
;;; clock and the local/universal conversions come from the erlang BIFs
;;; in runtime/bif_os.c (localtime/0, universaltime/0,
;;; localtime_to_universaltime/2, universaltime_to_localtime/1); the rest
;;; is arithmetic here.

(defmodule calendar
  (export (date_to_gregorian_days 1) (date_to_gregorian_days 3)
          (datetime_to_gregorian_seconds 1) (day_of_the_week 1)
          (day_of_the_week 3) (gregorian_days_to_date 1)
          (gregorian_seconds_to_datetime 1) (is_leap_year 1)
          (iso_week_number 0) (iso_week_number 1)
          (last_day_of_the_month 2) (local_time 0)
          (local_time_to_universal_time 1) (local_time_to_universal_time 2)
          (local_time_to_universal_time_dst 1)
          (now_to_datetime 1) (now_to_local_time 1) (now_to_universal_time 1)
          (rfc3339_to_system_time 1) (rfc3339_to_system_time 2)
          (seconds_to_daystime 1) (seconds_to_time 1)
          (system_time_to_local_time 2) (system_time_to_universal_time 2)
          (system_time_to_rfc3339 1) (system_time_to_rfc3339 2)
          (time_difference 2) (time_to_seconds 1) (universal_time 0)
          (universal_time_to_local_time 1) (valid_date 1) (valid_date 3)))

(defun days-0-to-1970 () 719528)
(defun secs-0-to-1970 () 62167219200)
(defun secs-0-to-10000 () 315569520000)

;;; ------------------------------------------------------------------
;;; Days and dates

(defun is_leap_year
  "Whether a year has a February 29."
  ([y] (when (is_integer y) (>= y 0))
   (orelse (andalso (== (rem y 4) 0) (/= (rem y 100) 0))
           (== (rem y 400) 0))))

(defun last_day_of_the_month
  "The number of days in a month."
  ([y m] (when (is_integer y) (>= y 0)) (month-days y m)))

(defun month-days
  ((_ 4) 30) ((_ 6) 30) ((_ 9) 30) ((_ 11) 30)
  ((y 2) (if (is_leap_year y) 29 28))
  ((_ m) (when (is_integer m) (> m 0) (< m 13)) 31))

;; Days in the years before year y.
(defun year-start
  ((0) 0)
  ((y) (+ (* y 365) (div (- y 1) 4) (- (div (- y 1) 100)) (div (- y 1) 400) 1)))

(defun date_to_gregorian_days
  "Days from year 0, January 1 to a date."
  ([(tuple y m d)] (date_to_gregorian_days y m d)))

(defun date_to_gregorian_days
  ([y m d] (when (is_integer y) (>= y 0) (is_integer m) (> m 0) (< m 13)
                 (is_integer d) (> d 0))
   (if (=< d (month-days y m))
     (+ (year-start y) (days-before-month y m) (- d 1))
     (erlang:error 'if_clause))))

(defun days-before-month (y m)
  (+ (element m #(0 31 59 90 120 151 181 212 243 273 304 334))
     (if (andalso (> m 2) (is_leap_year y)) 1 0)))

(defun gregorian_days_to_date
  "The date of a day number."
  ([days] (when (is_integer days) (>= days 0))
   (let* ((y (find-year days (div days 366) (+ (div days 365) 1)))
          (doy (- days (year-start y))))
     (month-of y doy 1))))

;; The year y (lo =< y =< hi) with year-start y =< days < year-start y+1.
(defun find-year (days lo hi)
  (if (>= lo hi)
    lo
    (let ((mid (div (+ lo hi 1) 2)))
      (if (=< (year-start mid) days)
        (find-year days mid hi)
        (find-year days lo (- mid 1))))))

(defun month-of (y doy m)
  (let ((len (month-days y m)))
    (if (< doy len)
      (tuple y m (+ doy 1))
      (month-of y (- doy len) (+ m 1)))))

(defun day_of_the_week
  "1 for Monday to 7 for Sunday."
  ([(tuple y m d)] (day_of_the_week y m d)))

(defun day_of_the_week (y m d)
  (+ (rem (+ (date_to_gregorian_days y m d) 5) 7) 1))

(defun valid_date
  "Whether {Y, M, D} is a date."
  ([(tuple y m d)] (valid_date y m d)))

(defun valid_date
  ([y m d] (when (is_integer y) (is_integer m) (is_integer d))
   (if (andalso (>= y 0) (> m 0) (< m 13) (> d 0))
     (=< d (month-days y m))
     'false)))

(defun iso_week_number ()
  "The ISO week of today (local time): {Year, Week}."
  (iso_week_number (element 1 (local_time))))

(defun iso_week_number
  "The ISO 8601 week of a date: {Year, Week}."
  ([(tuple y m d)]
   (let ((day (date_to_gregorian_days y m d))
         (w1 (week1-start y))
         (w1-next (week1-start (+ y 1))))
     (cond ((andalso (=< w1 day) (< day w1-next))
            (tuple y (+ (div (- day w1) 7) 1)))
           ((< day w1)
            (tuple (- y 1) (if (orelse (== (day_of_the_week (- y 1) 1 1) 4)
                                       (== (day_of_the_week (- y 1) 12 31) 4))
                             53 52)))
           ('true (tuple (+ y 1) 1))))))

;; The day number of the Monday of ISO week 1 of year y.
(defun week1-start (y)
  (let* ((jan4 (date_to_gregorian_days y 1 4))
         (wd (day_of_the_week y 1 4)))
    (- jan4 (- wd 1))))

;;; ------------------------------------------------------------------
;;; Seconds and date-times

(defun datetime_to_gregorian_seconds
  "Seconds from year 0 to {Date, Time}."
  ([(tuple date time)]
   (+ (* (date_to_gregorian_days date) 86400) (time_to_seconds time))))

(defun gregorian_seconds_to_datetime
  "The {Date, Time} of a second count from year 0."
  ([secs] (when (is_integer secs) (>= secs 0))
   (tuple (gregorian_days_to_date (div secs 86400))
          (seconds_to_time (rem secs 86400)))))

(defun time_to_seconds
  "Seconds since midnight of {H, M, S}."
  ([(tuple h m s)] (when (is_integer h) (is_integer m) (is_integer s))
   (+ (* h 3600) (* m 60) s)))

(defun seconds_to_time
  "{H, M, S} of a second count within one day."
  ([secs] (when (is_integer secs) (>= secs 0) (< secs 86400))
   (tuple (div secs 3600) (div (rem secs 3600) 60) (rem secs 60))))

(defun seconds_to_daystime
  "{Days, {H, M, S}} of a second count; the time part is never negative."
  ([secs]
   (let ((days (div secs 86400))
         (r (rem secs 86400)))
     (if (< r 0)
       (tuple (- days 1) (seconds_to_time (+ r 86400)))
       (tuple days (seconds_to_time r))))))

(defun time_difference
  "{Days, {H, M, S}} from T1 to T2 (deprecated in OTP, still there)."
  ([(= (tuple (tuple _ _ _) (tuple _ _ _)) t1) (= (tuple (tuple _ _ _) (tuple _ _ _)) t2)]
   (seconds_to_daystime (- (datetime_to_gregorian_seconds t2)
                           (datetime_to_gregorian_seconds t1)))))

;;; ------------------------------------------------------------------
;;; The clock, local and universal time

(defun local_time () "The local date and time." (erlang:localtime))

(defun universal_time () "The UTC date and time." (erlang:universaltime))

(defun local_time_to_universal_time (dt)
  "UTC of a local date-time (deprecated in OTP: the DST guess may be off)."
  (erlang:localtime_to_universaltime dt))

(defun local_time_to_universal_time (dt dst)
  (erlang:localtime_to_universaltime dt dst))

(defun universal_time_to_local_time (dt)
  "The local date-time of a UTC date-time."
  (erlang:universaltime_to_localtime dt))

(defun local_time_to_universal_time_dst (dt)
  "Every UTC date-time that is this local date-time: [], one, or two
  (during the hour that repeats when summer time ends)."
  (let* ((ut-dst (erlang:localtime_to_universaltime dt 'true))
         (ut (erlang:localtime_to_universaltime dt 'false))
         (lt-dst (erlang:universaltime_to_localtime ut-dst))
         (lt (erlang:universaltime_to_localtime ut)))
    (cond ((andalso (=:= lt-dst dt) (=:= lt dt) (=/= ut-dst ut)) (list ut-dst ut))
          ((=:= lt-dst dt) (list ut-dst))
          ((=:= lt dt) (list ut))
          ('true ()))))

(defun now_to_datetime
  "The UTC date-time of an erlang:timestamp() triple."
  ([(tuple mega sec _)] (system-to-datetime (+ (* mega 1000000) sec))))

(defun now_to_universal_time (now) (now_to_datetime now))

(defun now_to_local_time (now)
  "The local date-time of an erlang:timestamp() triple."
  (erlang:universaltime_to_localtime (now_to_datetime now)))

(defun system-to-datetime (secs)
  (gregorian_seconds_to_datetime (+ secs (secs-0-to-1970))))

(defun datetime-to-system (dt)
  (- (datetime_to_gregorian_seconds dt) (secs-0-to-1970)))

(defun system_time_to_universal_time (time unit)
  "The UTC date-time of a system time in a time unit."
  (system-to-datetime (convert time unit 'second)))

(defun system_time_to_local_time (time unit)
  "The local date-time of a system time in a time unit."
  (erlang:universaltime_to_localtime (system_time_to_universal_time time unit)))

;; erlang:convert_time_unit: rounding down, as the BEAM does.
(defun convert (time from to)
  (let ((f (hz from)) (t (hz to)))
    (floor-div (* time t) f)))

(defun floor-div (a b)
  (let ((q (div a b)))
    (if (andalso (/= (rem a b) 0) (< (* a b) 0)) (- q 1) q)))

(defun hz
  (('second) 1) (('millisecond) 1000) (('microsecond) 1000000)
  (('nanosecond) 1000000000) (('native) 1000000000) (('perf_counter) 1000000000)
  (('seconds) 1) (('milli_seconds) 1000) (('micro_seconds) 1000000)
  (('nano_seconds) 1000000000)
  ((n) (when (is_integer n) (> n 0)) n)
  ((u) (erlang:error 'badarg (list u))))

;;; ------------------------------------------------------------------
;;; RFC 3339

(defun system_time_to_rfc3339 (time) (system_time_to_rfc3339 time ()))

(defun system_time_to_rfc3339 (time opts)
  "Format a system time as RFC 3339 text.  Options: {unit, second |
  millisecond | microsecond | nanosecond | native}, {offset, \"Z\" |
  \"+HH:MM\" | Integer in the unit}, {time_designator, Char}."
  (let ((unit (proplists:get_value 'unit opts 'second))
        (off (proplists:get_value 'offset opts "")))
    (if (=:= unit 'native)
      (rfc3339-format (convert time 'native 'millisecond) opts 'millisecond
                      (if (is_integer off) (convert off 'native 'millisecond) off))
      (rfc3339-format time opts unit off))))

(defun rfc3339-format (time opts unit off)
  (let* ((t (proplists:get_value 'time_designator opts #\T))
         (adj (offset-adjustment time unit off))
         (offset (offset-text off adj))
         (adjusted (+ time (convert adj 'second unit)))
         (factor (hz unit))
         (secs (div adjusted factor)))
    (check-range time opts secs)
    (let (((tuple (tuple y mo d) (tuple h mi s)) (system-to-datetime secs)))
      (lists:append (list (pad 4 y) "-" (pad 2 mo) "-" (pad 2 d) (list t)
                          (pad 2 h) ":" (pad 2 mi) ":" (pad 2 s)
                          (fraction-text factor adjusted) offset)))))

(defun check-range (arg opts secs)
  (if (andalso (>= secs (- (secs-0-to-1970))) (< secs (- (secs-0-to-10000) (secs-0-to-1970))))
    'ok
    (erlang:error (tuple 'badarg (list arg opts)))))

(defun offset-adjustment
  ((time unit "") (local-offset time unit))
  ((_ _ off) (when (is_list off)) (offset-string-adjustment off))
  ((_ unit off) (when (is_integer off)) (convert off unit 'second)))

(defun offset-string-adjustment
  (("Z") 0)
  (("z") 0)
  (((list* sign h1 h2 mins))
   (let* ((h (list_to_integer (list h1 h2)))
          (m (case mins
               ((list #\: m1 m2) (list_to_integer (list m1 m2)))
               (() 0)))
          (a (+ (* 3600 h) (* 60 m))))
     (case sign
       (#\- (- a))
       (#\+ a)))))

(defun local-offset (time unit)
  (let* ((ut (system_time_to_universal_time time unit))
         (lt (erlang:universaltime_to_localtime ut)))
    (- (datetime_to_gregorian_seconds lt) (datetime_to_gregorian_seconds ut))))

(defun offset-text (off secs)
  (if (orelse (=:= off "") (is_integer off))
    (let ((a (abs secs)))
      (++ (if (< secs 0) "-" "+") (pad 2 (div a 3600)) ":" (pad 2 (div (rem a 3600) 60))))
    off))

(defun fraction-text
  ((1 _) "")
  ((factor time)
   (let ((s (integer_to_list (abs (rem time factor))))
         (digits (case factor (1000 3) (1000000 6) (1000000000 9))))
     (cons #\. (pad-chars (- digits (length s)) s)))))

(defun pad (width n)
  (let ((s (integer_to_list n)))
    (pad-chars (- width (length s)) s)))

(defun pad-chars (k s)
  (if (> k 0) (cons #\0 (pad-chars (- k 1) s)) s))

(defun rfc3339_to_system_time (text) (rfc3339_to_system_time text ()))

(defun rfc3339_to_system_time (text opts)
  "The system time of RFC 3339 text, in the unit option (default second)."
  (let* ((unit (proplists:get_value 'unit opts 'second))
         ((list* y1 y2 y3 y4 #\- mo1 mo2 #\- d1 d2 _t
                 h1 h2 #\: mi1 mi2 #\: s1 s2 rest) text)
         (dt (tuple (tuple (list_to_integer (list y1 y2 y3 y4))
                           (list_to_integer (list mo1 mo2))
                           (list_to_integer (list d1 d2)))
                    (tuple (list_to_integer (list h1 h2))
                           (list_to_integer (list mi1 mi2))
                           (list_to_integer (list s1 s2)))))
         ((tuple frac utc-off)
          (lists:splitwith (lambda (c) (orelse (andalso (>= c #\0) (=< c #\9))
                                               (=:= c #\.)))
                           rest))
         (time (datetime-to-system dt))
         (secs (- time (offset-string-adjustment utc-off))))
    (check-range text opts secs)
    (let ((scaled (convert secs 'second unit)))
      (+ scaled (copy-sign (fraction unit frac) scaled)))))

(defun fraction
  (('second _) 0)
  ((_ "") 0)
  ((unit frac) (round (* (hz unit) (list_to_float (cons #\0 frac))))))

(defun copy-sign (n1 n2) (if (< n2 0) (- n1) n1))

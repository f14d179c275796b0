;;; erlang.lfe - the functions of module `erlang' that need no C: the
;;; list operators as functions (append/2, subtract/2), POSIX time
;;; conversions, fun_info_mfa, the distribution stubs of a node that is
;;; not alive (is_alive, nodes, node/1), garbage_collect, memory,
;;; statistics, time_offset, iolist_to_iovec, display_string/display_nl
;;; and decode_packet.  Everything else in `erlang' is a C BIF
;;; (runtime/bifs.def); a call to erlang:F looks for a BIF first.

(defmodule erlang
  (export (append 2) (subtract 2)
          (posixtime_to_universaltime 1) (universaltime_to_posixtime 1)
          (fun_info_mfa 1) (fun_info 1) (read_timer 2) (system_flag 2)
          (is_alive 0) (nodes 0) (nodes 1) (nodes 2) (node 1)
          (garbage_collect 0) (garbage_collect 1) (garbage_collect 2)
          (memory 0) (memory 1) (statistics 1) (time_offset 1)
          (iolist_to_iovec 1) (display_string 1) (display_nl 0)
          (decode_packet 3)))

(defun append (a b)
  "A ++ B."
  (++ a b))

(defun subtract (a b)
  "A -- B."
  (-- a b))

;;; ---- time ----------------------------------------------------------

;; Seconds from year 0 to the epoch, as calendar counts them.
(defmacro epoch-seconds () 62167219200)

(defun posixtime_to_universaltime
  "The UTC #(#(Y M D) #(H Mi S)) of POSIX time Secs."
  ((secs) (when (is_integer secs))
   (calendar:gregorian_seconds_to_datetime (+ secs (epoch-seconds))))
  ((_) (erlang:error 'badarg)))

(defun universaltime_to_posixtime
  "The POSIX time of a UTC datetime."
  ((dt)
   (case (catch (calendar:datetime_to_gregorian_seconds dt))
     (s (when (is_integer s)) (- s (epoch-seconds)))
     (_ (erlang:error 'badarg)))))

(defun time_offset (unit)
  "erlang:system_time(Unit) - erlang:monotonic_time(Unit), now."
  (- (erlang:system_time unit) (erlang:monotonic_time unit)))

;;; ---- funs ----------------------------------------------------------

(defun fun_info_mfa (f)
  "#(Module Name Arity) of a fun."
  (if (is_function f)
    (tuple (element 2 (erlang:fun_info f 'module))
           (element 2 (erlang:fun_info f 'name))
           (element 2 (erlang:fun_info f 'arity)))
    (erlang:error 'badarg (list f))))

(defun fun_info (f)
  "Every item erlang:fun_info/2 knows about a fun."
  (if (is_function f)
    (let ((keys (case (erlang:fun_info f 'type)
                  (#(type external) '(module name arity env type))
                  (_ '(pid module new_index new_uniq index uniq name arity
                       env type)))))
      (lists:map (lambda (k) (erlang:fun_info f k)) keys))
    (erlang:error 'badarg (list f))))

(defun read_timer (ref opts)
  "erlang:read_timer/1 (the async option sends the answer)."
  (if (is_list opts)
    (let ((left (erlang:read_timer ref)))
      (case (lists:keyfind 'async 1 opts)
        (#(async true) (! (self) (tuple 'read_timer ref left)) 'ok)
        (_ left)))
    (erlang:error 'badarg (list ref opts))))

(defun system_flag
  "The flags that make sense on one scheduler; badarg for the others."
  (('backtrace_depth n) (when (is_integer n) (>= n 0)) 8)
  (('schedulers_online 1) 1)
  (('min_heap_size n) (when (is_integer n)) 233)
  (('min_bin_vheap_size n) (when (is_integer n)) 46422)
  (('fullsweep_after n) (when (is_integer n)) 65535)
  (('trace_control_word n) (when (is_integer n)) 0)
  ((flag value) (erlang:error 'badarg (list flag value))))

;;; ---- a node that is not distributed --------------------------------

(defun is_alive () "false: elfe is not a distributed node." 'false)

(defun nodes () "No other nodes." ())

(defun nodes
  ((arg) (when (orelse (is_atom arg) (is_list arg))) ())
  ((arg) (erlang:error 'badarg (list arg))))

(defun nodes (arg _opts) (erlang:nodes arg))

(defun node
  "The node a pid, reference or port lives on: this one."
  ((x) (when (orelse (is_pid x) (is_reference x) (is_port x))) (node))
  ((x) (erlang:error 'badarg (list x))))

;;; ---- memory and statistics -----------------------------------------

(defun garbage_collect () "Ask for a collection (the GC is shared)." 'true)

(defun garbage_collect
  ((pid) (when (is_pid pid)) (is_process_alive pid))
  ((x) (erlang:error 'badarg (list x))))

(defun garbage_collect
  ((pid opts) (when (is_pid pid) (is_list opts)) (is_process_alive pid))
  ((pid opts) (erlang:error 'badarg (list pid opts))))

(defun memory ()
  "#(Type Bytes) for OTP's memory types (one shared heap here)."
  (let ((total (elfe_sys:heap_bytes)))
    (list (tuple 'total total) (tuple 'processes 0)
          (tuple 'processes_used 0) (tuple 'system total)
          (tuple 'atom 0) (tuple 'atom_used 0) (tuple 'binary 0)
          (tuple 'code 0) (tuple 'ets 0))))

(defun memory
  ((types) (when (is_list types))
   (lists:map (lambda (t) (tuple t (memory t))) types))
  ((type)
   (case (lists:keyfind type 1 (memory))
     ((tuple _ n) n)
     ('false (erlang:error 'badarg (list type))))))

(defun statistics
  "Runtime statistics, in OTP's shapes."
  (('runtime) (elfe_sys:runtime))
  (('wall_clock) (elfe_sys:wall_clock))
  (('reductions)
   (let ((r (element 2 (process_info (self) 'reductions))))
     (tuple r r)))
  (('exact_reductions) (erlang:statistics 'reductions))
  (('run_queue) 0)
  (('total_run_queue_lengths) 0)
  (('total_run_queue_lengths_all) 0)
  (('run_queue_lengths) '(0))
  (('run_queue_lengths_all) '(0))
  (('total_active_tasks) 1)
  (('total_active_tasks_all) 1)
  (('active_tasks) '(1))
  (('active_tasks_all) '(1))
  (('context_switches) #(0 0))
  (('garbage_collection) #(0 0 0))
  (('io) #(#(input 0) #(output 0)))
  (('scheduler_wall_time) 'undefined)
  (('scheduler_wall_time_all) 'undefined)
  (('microstate_accounting) 'undefined)
  ((x) (erlang:error 'badarg (list x))))

;;; ---- output and iodata ----------------------------------------------

(defun display_string (s)
  "Write a string to standard error, unbuffered; true."
  (if (io_lib:char_list s)
    (progn (elfe_sys:stderr_write (unicode:characters_to_binary s)) 'true)
    (erlang:error 'badarg (list s))))

(defun display_nl ()
  "Write a newline to standard error; true."
  (elfe_sys:stderr_write #"\n")
  'true)

(defun iolist_to_iovec (iodata)
  "Iodata as a list of binaries."
  (let ((b (iolist_to_binary iodata)))
    (if (== b #"") () (list b))))

;;; ---- decode_packet ----------------------------------------------------

(defun decode_packet (type bin opts)
  "Take one packet of the given type off the front of a binary:
  #(ok Packet Rest), #(more Length | undefined) or #(error Reason)."
  (if (andalso (is_binary bin) (is_list opts) (packet-type? type))
    (let ((max (opt 'packet_size opts 0))
          (line-max (opt 'line_length opts 0))
          (delim (opt 'line_delimiter opts 10)))
      (packet type bin max line-max delim))
    (erlang:error 'badarg (list type bin opts))))

(defun packet-type?
  ((t) (lists:member t '(raw 0 1 2 4 asn1 sunrm cdr fcgi tpkt line http
                         http_bin httph httph_bin))))

(defun opt (key opts default)
  (case (lists:keyfind key 1 opts)
    ((tuple _ v) v)
    ('false default)))

;; A length-prefixed packet: the header is hlen bytes, the body len bytes.
(defun body (bin hlen len max)
  (cond ((andalso (> max 0) (> len max)) #(error invalid))
        ((>= (byte_size bin) (+ hlen len))
         (let (((binary (_ binary (size hlen)) (b binary (size len)) (rest binary))
                bin))
           (tuple 'ok b rest)))
        ('true (tuple 'more (+ hlen len)))))

;; Like body, but the packet returned includes the header.
(defun whole (bin len max)
  (cond ((andalso (> max 0) (> len max)) #(error invalid))
        ((>= (byte_size bin) len)
         (let (((binary (b binary (size len)) (rest binary)) bin))
           (tuple 'ok b rest)))
        ('true (tuple 'more len))))

(defun packet
  ((type bin _ _ _) (when (orelse (=:= type 'raw) (=:= type 0)))
   (if (== bin #"") #(more undefined) (tuple 'ok bin #"")))
  ((1 (= (binary (n (size 8)) (_ binary)) bin) max _ _) (body bin 1 n max))
  ((2 (= (binary (n (size 16)) (_ binary)) bin) max _ _) (body bin 2 n max))
  ((4 (= (binary (n (size 32)) (_ binary)) bin) max _ _) (body bin 4 n max))
  ((type _ _ _ _) (when (orelse (=:= type 1) (=:= type 2) (=:= type 4)))
   #(more undefined))
  (('sunrm (= (binary (_ (size 1)) (n (size 31)) (_ binary)) bin) max _ _)
   (whole bin (+ 4 n) max))
  (('tpkt (= (binary (3 (size 8)) (_ (size 8)) (n (size 16)) (_ binary)) bin) max _ _)
   (if (< n 4) #(error invalid) (whole bin n max)))
  (('tpkt (binary (v (size 8)) (_ binary)) _ _ _) (when (=/= v 3)) #(error invalid))
  (('fcgi (= (binary (1 (size 8)) (_ (size 24)) (n (size 16)) (p (size 8))
                     (_ binary)) bin) max _ _)
   (whole bin (+ 8 n p) max))
  (('fcgi (binary (v (size 8)) (_ binary)) _ _ _) (when (=/= v 1)) #(error invalid))
  (('cdr (= (binary (71) (73) (79) (80) (_ (size 32)) (flags (size 8)) (_ (size 8))
                    (_ binary)) bin) max _ _)
   (let (((binary (_ binary (size 8)) (rest binary)) bin))
     (whole bin (+ 12 (cdr-len rest (band flags 1))) max)))
  (('cdr bin _ _ _) (when (< (byte_size bin) 12)) #(more undefined))
  (('cdr _ _ _ _) #(error invalid))
  (('asn1 bin max _ _) (asn1 bin max))
  (('line bin max line-max delim) (line bin max line-max delim))
  ((type bin max line-max _)
   (http type bin max line-max))
  ((_ _ _ _ _) #(more undefined)))

(defun cdr-len
  (((binary (n (size 32) little) (_ binary)) 1) n)
  (((binary (n (size 32)) (_ binary)) _) n)
  ((_ _) 0))

;; BER: a tag (one byte, or 0x1F and base-128 bytes), a length (short,
;; long or indefinite) and the contents.
(defun asn1 (bin max)
  (case (asn1-tag bin 0)
    ('more #(more undefined))
    (tl
     (case (asn1-len bin tl)
       ('more #(more undefined))
       ('error #(error invalid))
       ((tuple hl len) (whole bin (+ hl len) max))))))

(defun asn1-tag
  (((binary (t (size 8)) (_ binary)) 0) (when (=/= (band t 31) 31)) 1)
  (((binary (_ (size 8)) (rest binary)) 0) (asn1-tag-more rest 1))
  ((_ _) 'more))

(defun asn1-tag-more
  (((binary (b (size 8)) (rest binary)) n)
   (if (>= b 128) (asn1-tag-more rest (+ n 1)) (+ n 1)))
  ((_ _) 'more))

(defun asn1-len (bin tl)
  (case bin
    ((binary (_ binary (size tl)) (l (size 8)) (rest binary))
     (cond ((< l 128) (tuple (+ tl 1) l))
           ((== l 128) 'error)            ; indefinite length
           ('true
            (let* ((k (- l 128)) (kbits (* 8 k)))
              (case rest
                ((binary (n (size kbits)) (_ binary)) (tuple (+ tl 1 k) n))
                (_ 'more))))))
    (_ 'more)))

;; A line: everything up to and including the delimiter.
(defun line (bin max line-max delim)
  (case (binary:match bin (binary (delim)))
    ((tuple pos 1)
     (let ((len (+ pos 1)))
       (if (andalso (> line-max 0) (> len line-max))
         (split-at bin line-max)
         (if (andalso (> max 0) (> len max)) #(error invalid) (split-at bin len)))))
    ('nomatch
     (cond ((andalso (> line-max 0) (>= (byte_size bin) line-max))
            (split-at bin line-max))
           ((andalso (> max 0) (> (byte_size bin) max)) #(error invalid))
           ('true #(more undefined))))))

(defun split-at (bin n)
  (let (((binary (b binary (size n)) (rest binary)) bin))
    (tuple 'ok b rest)))

;;; ---- HTTP ----------------------------------------------------------

(defun http (type bin max line-max)
  (case (binary:match bin #"\n")
    ('nomatch
     (if (andalso (> max 0) (> (byte_size bin) max))
       #(error invalid)
       #(more undefined)))
    ((tuple pos 1)
     (let* ((len (+ pos 1))
            ((binary (ln binary (size len)) (rest binary)) bin))
       (if (andalso (> max 0) (> len max))
         #(error invalid)
         (http-line type ln rest bin))))))

(defun as-bin? (type) (orelse (=:= type 'http_bin) (=:= type 'httph_bin)))

(defun http-line (type ln rest bin)
  (let ((text (strip-crlf ln)))
    (case type
      (t (when (orelse (=:= t 'http) (=:= t 'http_bin)))
       (case (http-start text (as-bin? t))
         ('error (tuple 'ok (tuple 'http_error (out-text ln (as-bin? t))) rest))
         (r (tuple 'ok r rest))))
      (t
       (if (== text #"")
         (tuple 'ok 'http_eoh rest)
         ;; a header may continue on lines starting with space or tab
         (header-lines t text rest bin))))))

(defun header-lines (type text rest bin)
  (case rest
    (#"" #(more undefined))
    ((binary (c (size 8)) (_ binary)) (when (orelse (== c 32) (== c 9)))
     (case (binary:match rest #"\n")
       ('nomatch #(more undefined))
       ((tuple pos 1)
        (let* ((len (+ pos 1))
               ((binary (more binary (size len)) (rest2 binary)) rest))
          (header-lines type (binary (text binary) (13) (10) ((strip-crlf more) binary))
                        rest2 bin)))))
    (_ (tuple 'ok (http-header text (as-bin? type)) rest))))

(defun strip-crlf (ln)
  (let* ((n (byte_size ln))
         (n1 (if (andalso (> n 0) (== (binary:at ln (- n 1)) 10)) (- n 1) n))
         (n2 (if (andalso (> n1 0) (== (binary:at ln (- n1 1)) 13)) (- n1 1) n1)))
    (binary:part ln 0 n2)))

(defun out-text (b as-bin) (if as-bin b (binary_to_list b)))

;; "METHOD URI HTTP/x.y" or "HTTP/x.y CODE Reason".
(defun http-start (text as-bin)
  (case (binary:split text #" " '(global))
    ((cons (binary "HTTP/" (v binary)) (cons code-b reason-parts))
     (case (catch (tuple (version v) (binary_to_integer code-b)))
       ((tuple (= (tuple _ _) vsn) code) (when (is_integer code))
        (tuple 'http_response vsn code
               (out-text (lists:foldl (lambda (p acc) (if (== acc #"") p
                                                         (binary (acc binary) " " (p binary))))
                                      #"" reason-parts)
                         as-bin)))
       (_ 'error)))
    ((list m uri (binary "HTTP/" (v binary)))
     (case (catch (version v))
       ((= (tuple _ _) vsn)
        (tuple 'http_request (method m as-bin) (uri uri as-bin) vsn))
       (_ 'error)))
    (_ 'error)))

(defun version (v)
  (let (((list a b) (binary:split v #".")))
    (tuple (binary_to_integer a) (binary_to_integer b))))

(defun method (m as-bin)
  (if (lists:member m '(#"OPTIONS" #"GET" #"HEAD" #"POST" #"PUT" #"DELETE"
                        #"TRACE"))
    (binary_to_atom m)
    (out-text m as-bin)))

(defun uri
  ((#"*" _) '*)
  ((u as-bin)
   (case u
     ((binary (b (size 8)) (_ binary)) (when (== b 47))
      (tuple 'abs_path (out-text u as-bin)))
     (_
      (case (binary:split u #"://")
        ((list scheme rest) (when (orelse (== scheme #"http") (== scheme #"https")))
         (let* (((tuple hostport path)
                 (case (binary:match rest #"/")
                   ((tuple p 1) (tuple (binary:part rest 0 p)
                                       (binary:part rest p (- (byte_size rest) p))))
                   ('nomatch (tuple rest #"/"))))
                ((tuple host port)
                 (case (binary:split hostport #":")
                   ((list h pt) (tuple h (binary_to_integer pt)))
                   ((list h) (tuple h 'undefined)))))
           (tuple 'absoluteURI (binary_to_atom scheme) (out-text host as-bin)
                  port (out-text path as-bin))))
        (_ (tuple 'scheme (out-text u as-bin) (out-text u as-bin))))))))

(defun http-header (text as-bin)
  (case (binary:split text #":")
    ((list name value)
     (if (valid-field? name)
       (let* ((canon (canonical name))
              (v (string:trim value 'both " \t")))
         (case (lists:keyfind canon 2 (header-names))
           ((tuple n _) (tuple 'http_header n (binary_to_atom canon)
                               (out-text name as-bin) (out-text v as-bin)))
           ('false (tuple 'http_header 0 (out-text canon as-bin)
                          (out-text name as-bin) (out-text v as-bin)))))
       (tuple 'http_error (out-text (binary (text binary) "\r\n") as-bin))))
    (_ (tuple 'http_error (out-text (binary (text binary) "\r\n") as-bin)))))

(defun valid-field? (name)
  (andalso (> (byte_size name) 0)
           (lists:all (lambda (c) (andalso (> c 32) (< c 127)))
                      (binary_to_list name))))

;; Capitalise the first letter and each letter after a '-'; lower-case the
;; rest (as the BEAM does for known header names).
(defun canonical (name)
  (list_to_binary (canon (binary_to_list name) 'true)))

(defun canon
  ((() _) ())
  (((cons 45 cs) _) (cons 45 (canon cs 'true)))
  (((cons c cs) 'true) (cons (string:to_upper c) (canon cs 'false)))
  (((cons c cs) 'false) (cons (string:to_lower c) (canon cs 'false))))

;; OTP's numbered header names (erl_http_hdr).
(defun header-names ()
  (let ((names '(#"Cache-Control" #"Connection" #"Date" #"Pragma"
                 #"Transfer-Encoding" #"Upgrade" #"Via" #"Accept"
                 #"Accept-Charset" #"Accept-Encoding" #"Accept-Language"
                 #"Authorization" #"From" #"Host" #"If-Modified-Since"
                 #"If-Match" #"If-None-Match" #"If-Range"
                 #"If-Unmodified-Since" #"Max-Forwards"
                 #"Proxy-Authorization" #"Range" #"Referer" #"User-Agent"
                 #"Age" #"Location" #"Proxy-Authenticate" #"Public"
                 #"Retry-After" #"Server" #"Vary" #"Warning"
                 #"Www-Authenticate" #"Allow" #"Content-Base"
                 #"Content-Encoding" #"Content-Language" #"Content-Length"
                 #"Content-Location" #"Content-Md5" #"Content-Range"
                 #"Content-Type" #"Etag" #"Expires" #"Last-Modified"
                 #"Accept-Ranges" #"Set-Cookie" #"Set-Cookie2"
                 #"X-Forwarded-For" #"Cookie" #"Keep-Alive"
                 #"Proxy-Connection")))
    (lists:zip (lists:seq 1 (length names)) names)))

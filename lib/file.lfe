;;; file.lfe - the Erlang `file' module: reading, writing and managing
;;; files, with OTP 25's functions, results and error reasons
;;; ({error, enoent}, {error, eacces}, {error, badarg}, ...).
;;;
;;; The system calls are C BIFs in runtime/bif_file.c (module prim_file);
;;; this module checks arguments and adds the logic: mode handling,
;;; copy/2,3, consult/1 (Erlang-syntax term files through erl_scan and
;;; erl_parse), format_error/1 and the time option of read_file_info.
;;;
;;; An open file is a pid, as in OTP: an io server (lib/file_io_server.lfe)
;;; linked to the opener, so io:format, io:get_line, io:read and the rest
;;; of the io module work on it, and it closes when the opener dies.
;;; With `raw' in the modes (and for `ram' files, which OTP also gives as
;;; a tuple) the file is {file_descriptor, prim_file, Ref}: OTP's raw
;;; shape, a reference naming an OS file descriptor in bif_file.c's table,
;;; used directly by the calling process.  A closed raw file gives
;;; {error, einval}, a closed io server {error, terminated}, a term that
;;; is not a file {error, badarg}.

(defmodule file
  (export (read_file 1) (write_file 2) (write_file 3)
          (open 2) (close 1) (read 2) (write 2) (read_line 1)
          (pread 2) (pread 3) (pwrite 2) (pwrite 3)
          (position 2) (sync 1) (datasync 1) (truncate 1) (advise 4)
          (allocate 3)
          (list_dir 1) (list_dir_all 1) (make_dir 1) (del_dir 1) (del_dir_r 1)
          (delete 1) (delete 2) (rename 2) (make_link 2) (make_symlink 2)
          (read_link 1) (read_link_all 1)
          (read_file_info 1) (read_file_info 2)
          (read_link_info 1) (read_link_info 2) (change_mode 2)
          (get_cwd 0) (get_cwd 1) (set_cwd 1)
          (copy 2) (copy 3) (consult 1) (path_consult 2) (format_error 1)))

;;; ------------------------------------------------------------------
;;; Whole files

(defun read_file (name)
  "Read a whole file: {ok, Binary} or {error, Reason}."
  (prim_file:read_file name))

(defun write_file (name data)
  "Write iodata to a file, replacing it: ok or {error, Reason}."
  (prim_file:write_file name data '(write)))

(defun write_file
  "Write iodata to a file opened with the given modes (e.g. append)."
  ([name data modes] (when (is_list modes))
   (prim_file:write_file name data modes))
  ([_ _ _] (tuple 'error 'badarg)))

;;; ------------------------------------------------------------------
;;; Open files

;; Open modes: an atom or a tuple each, as OTP's file:open checks them.
(defun open
  "Open a file: {ok, Fd} or {error, Reason}.  Modes: read, write, append,
  exclusive, binary, list, raw, ram, {encoding, E}, read_ahead,
  delayed_write, ... (unknown atoms are ignored, as OTP does).  Without
  raw the file is an io server process; with ram, Name is the file's
  initial contents."
  ([name modes] (when (is_list modes))
   (if (valid-modes? modes)
     (cond
      ((lists:member 'ram modes) (prim_file:open_ram name modes))
      ((lists:member 'raw modes) (prim_file:open name modes))
      ('true (file_io_server:start (self) name modes)))
     (tuple 'error 'badarg)))
  ([name mode] (when (is_atom mode))
   (if (lists:member mode '(read write append exclusive raw binary ram
                            read_ahead delayed_write compressed sync list))
     (open name (list mode))
     (tuple 'error 'badarg)))
  ([_ _] (tuple 'error 'badarg)))

(defun valid-modes?
  ((()) 'true)
  (((cons (tuple 'encoding e) ms))
   (andalso (valid-encoding? e) (valid-modes? ms)))
  (((cons (tuple 'read_ahead n) ms))
   (andalso (is_integer n) (> n 0) (valid-modes? ms)))
  (((cons (tuple 'delayed_write s d) ms))
   (andalso (is_integer s) (>= s 0) (is_integer d) (>= d 0) (valid-modes? ms)))
  (((cons _ ms)) (valid-modes? ms))
  ((_) 'false))

(defun valid-encoding? (e)
  (lists:member e '(latin1 unicode utf8 utf16 utf32
                    #(utf16 big) #(utf16 little) #(utf32 big) #(utf32 little))))

;; What a file term is: raw (a prim_file handle), server (a pid) or bad.
(defun kind
  (((tuple 'file_descriptor 'prim_file _)) 'raw)
  ((pid) (when (is_pid pid)) 'server)
  ((_) 'bad))


;; A request to a file's io server: its reply, or {error, terminated}.
(defun file-request (pid req)
  (let ((ref (erlang:monitor 'process pid)))
    (! pid (tuple 'file_request (self) ref req))
    (receive
      ((tuple 'file_reply r reply) (when (=:= r ref))
       (erlang:demonitor ref '(flush))
       reply)
      ((tuple 'DOWN r _ _ _) (when (=:= r ref))
       (tuple 'error 'terminated)))))

;; An io request whose reply is data: {ok, Data}, eof or {error, R}.
(defun io-data (pid req)
  (case (io:request pid req)
    ('eof 'eof)
    ((= (tuple 'error _) e) e)
    (data (tuple 'ok data))))

(defun close (fd)
  "Close an open file."
  (case (kind fd)
    ('raw (prim_file:close fd))
    ('server (file-request fd 'close))
    ('bad (tuple 'error 'badarg))))

(defun read (fd n)
  "Read up to N bytes: {ok, Data}, eof or {error, Reason}."
  (case (kind fd)
    ('raw (prim_file:read fd n))
    ('server
     (if (andalso (is_integer n) (>= n 0))
       (io-data fd (tuple 'get_chars 'latin1 "" n))
       (tuple 'error 'badarg)))
    ('bad (tuple 'error 'badarg))))

(defun write (fd data)
  "Write iodata at the current position."
  (case (kind fd)
    ('raw (prim_file:write fd data))
    ('server
     (case (catch (iolist_to_binary data))
       (b (when (is_binary b)) (io:request fd (tuple 'put_chars 'latin1 b)))
       (_ (tuple 'error 'badarg))))
    ('bad (tuple 'error 'badarg))))

(defun read_line (fd)
  "Read one line, newline included: {ok, Line}, eof or {error, Reason}."
  (case (kind fd)
    ('raw (prim_file:read_line fd))
    ('server (io-data fd (tuple 'get_line 'latin1 "")))
    ('bad (tuple 'error 'badarg))))

(defun pread
  "Read N bytes at position Pos, leaving the file position alone."
  ([fd pos n] (when (is_integer pos))
   (case (kind fd)
     ('raw (prim_file:pread fd pos n))
     ('server (file-request fd (tuple 'pread pos n)))
     ('bad (tuple 'error 'badarg))))
  ([fd loc n]
   (case (position fd loc)
     ((tuple 'ok pos) (read fd n))
     (e e))))

(defun pread
  "Read at each {Pos, N} of a list: {ok, [Data | eof]}."
  ([fd locs] (when (is_list locs)) (pread-list fd locs ()))
  ([_ _] (tuple 'error 'badarg)))

(defun pread-list
  ((_ () acc) (tuple 'ok (lists:reverse acc)))
  ((fd (cons (tuple pos n) rest) acc)
   (case (pread fd pos n)
     ((tuple 'ok data) (pread-list fd rest (cons data acc)))
     ('eof (pread-list fd rest (cons 'eof acc)))
     (e e)))
  ((_ _ _) (tuple 'error 'badarg)))

(defun pwrite
  "Write iodata at position Pos, leaving the file position alone."
  ([fd pos data] (when (is_integer pos))
   (case (kind fd)
     ('raw (prim_file:pwrite fd pos data))
     ('server (file-request fd (tuple 'pwrite pos data)))
     ('bad (tuple 'error 'badarg))))
  ([fd loc data]
   (case (position fd loc)
     ((tuple 'ok _) (write fd data))
     (e e))))

(defun pwrite
  "Write at each {Pos, Data} of a list."
  ([fd locs] (when (is_list locs)) (pwrite-list fd locs 0))
  ([_ _] (tuple 'error 'badarg)))

(defun pwrite-list
  ((_ () _) 'ok)
  ((fd (cons (tuple pos data) rest) i)
   (case (pwrite fd pos data)
     ('ok (pwrite-list fd rest (+ i 1)))
     ((tuple 'error r) (tuple 'error (tuple i r)))))
  ((_ _ _) (tuple 'error 'badarg)))

;; A call that is one prim_file BIF on a raw file and one file request
;; on a server.
(defun simple (fd raw-fun req)
  (case (kind fd)
    ('raw (funcall raw-fun fd))
    ('server (file-request fd req))
    ('bad (tuple 'error 'badarg))))

(defun position (fd loc)
  "Move the file position: {ok, NewPosition} or {error, Reason}."
  (simple fd (lambda (f) (prim_file:position f loc)) (tuple 'position loc)))

(defun sync (fd)
  "Flush the file's data and metadata to the device."
  (simple fd #'prim_file:sync/1 'sync))

(defun datasync (fd)
  "Flush the file's data to the device."
  (simple fd #'prim_file:datasync/1 'datasync))

(defun truncate (fd)
  "Cut the file at the current position."
  (simple fd #'prim_file:truncate/1 'truncate))

(defun advise (fd offset length advice)
  "Accepted and ignored, as a hint may be."
  (simple fd (lambda (_) 'ok) (tuple 'advise offset length advice)))

(defun allocate (fd offset length)
  "Not supported on this runtime."
  (simple fd (lambda (_) (tuple 'error 'enotsup)) (tuple 'allocate offset length)))

;;; ------------------------------------------------------------------
;;; The file system

(defun list_dir (dir)
  "The names in a directory (no . or ..), as strings."
  (case (prim_file:list_dir dir)
    ((tuple 'ok names) (tuple 'ok (lists:filter #'is_list/1 names)))
    (e e)))

(defun list_dir_all (dir)
  "The names in a directory; names that are not UTF-8 as binaries."
  (prim_file:list_dir dir))

(defun make_dir (dir) "Create a directory." (prim_file:make_dir dir))

(defun del_dir (dir) "Delete an empty directory." (prim_file:del_dir dir))

(defun del_dir_r (name)
  "Delete a directory and everything in it (or a file)."
  (case (read_link_info name)
    ((tuple 'ok info) (when (=:= (element 3 info) 'directory))
     (case (list_dir_all name)
       ((tuple 'ok names)
        (case (del-all name names)
          ('ok (del_dir name))
          (e e)))
       (e e)))
    ((tuple 'ok _) (delete name))
    (e e)))

(defun del-all
  ((_ ()) 'ok)
  ((dir (cons n ns))
   (case (del_dir_r (filename:join dir n))
     ('ok (del-all dir ns))
     (e e))))

(defun delete (name) "Delete a file." (prim_file:delete name))

(defun delete (name _opts) "Delete a file (options ignored)." (prim_file:delete name))

(defun rename (from to) "Rename or move a file." (prim_file:rename from to))

(defun make_link (existing new) "Make a hard link." (prim_file:make_link existing new))

(defun make_symlink (existing new)
  "Make a symbolic link."
  (prim_file:make_symlink existing new))

(defun read_link (name)
  "The target of a symbolic link."
  (case (prim_file:read_link name)
    ((tuple 'ok t) (when (is_list t)) (tuple 'ok t))
    ((tuple 'ok _) (tuple 'error 'einval))
    (e e)))

(defun read_link_all (name) "The target of a symbolic link." (prim_file:read_link name))

(defun read_file_info (name) (read_file_info name ()))

(defun read_file_info
  "The #file_info{} record of a file: {ok, {file_info, Size, Type, Access,
  Atime, Mtime, Ctime, Mode, Links, MajorDevice, MinorDevice, Inode, Uid,
  Gid}}.  Option {time, local | universal | posix}."
  ([name opts] (when (is_list opts))
   (case (time-opt opts)
     ('error (tuple 'error 'badarg))
     (unit (prim_file:read_file_info name unit)))))

(defun read_link_info (name) (read_link_info name ()))

(defun read_link_info
  "As read_file_info, but a symbolic link describes itself."
  ([name opts] (when (is_list opts))
   (case (time-opt opts)
     ('error (tuple 'error 'badarg))
     (unit (prim_file:read_link_info name unit)))))

(defun time-opt (opts)
  (case (lists:keyfind 'time 1 opts)
    ('false 'local)
    ((tuple 'time u) (if (lists:member u '(local universal posix)) u 'error))))

(defun change_mode (name mode)
  "Set a file's permission bits."
  (prim_file:change_mode name mode))

(defun get_cwd () "The current directory." (prim_file:get_cwd))

(defun get_cwd (_drive)
  "The current directory of a drive: not supported on Unix."
  (tuple 'error 'einval))

(defun set_cwd (dir) "Change the current directory." (prim_file:set_cwd dir))

;;; ------------------------------------------------------------------
;;; copy

(defun copy (from to) (copy from to 'infinity))

(defun copy (from to count)
  "Copy up to Count bytes (or all) from a file to another: {ok, Copied}.
  Each side is a filename, {Filename, Modes} or an open file."
  (case (copy-open from '(read binary))
    ((tuple 'ok fin close-in)
     (case (copy-open to '(write binary))
       ((tuple 'ok fout close-out)
        (let ((r (copy-loop fin fout count 0)))
          (if close-out (close fout) 'ok)
          (if close-in (close fin) 'ok)
          r))
       (e (if close-in (close fin) 'ok) e)))
    (e e)))

;; copy-open: #(ok Fd CloseAfter) for a name, {Name, Modes} or a file.
(defun copy-open
  (((= (tuple 'file_descriptor _ _) fd) _) (tuple 'ok fd 'false))
  ((pid _) (when (is_pid pid)) (tuple 'ok pid 'false))
  (((tuple name modes) base) (when (is_list modes))
   (copy-open-name name (++ base modes)))
  ((name base) (copy-open-name name base)))

(defun copy-open-name (name modes)
  (case (prim_file:open name (cons 'raw modes))
    ((tuple 'ok fd) (tuple 'ok fd 'true))
    (e e)))

(defun copy-loop (fin fout left done)
  (if (== left 0)
    (tuple 'ok done)
    (let ((n (if (=:= left 'infinity) 65536 (min left 65536))))
      (case (read fin n)
        ('eof (tuple 'ok done))
        ((tuple 'ok data)
         (case (write fout data)
           ('ok (let ((k (iolist_size data)))
                  (copy-loop fin fout
                             (if (=:= left 'infinity) left (- left k))
                             (+ done k))))
           (e e)))
        (e e)))))

;;; ------------------------------------------------------------------
;;; consult

(defun consult (name)
  "Read the Erlang terms, each ended by a dot, of a text file:
  {ok, Terms} or {error, Reason} ({Line, Module, Why} for bad text)."
  (case (read_file name)
    ((tuple 'ok bin)
     (case (decode-text bin)
       ('error (tuple 'error (tuple 1 'file_io_server 'invalid_unicode)))
       (chars (consult-chars chars))))
    (e e)))

(defun path_consult (path name)
  "consult the first Name found in the directories of Path:
  {ok, Terms, FullName}."
  (path-consult path name))

(defun path-consult
  ((() _) (tuple 'error 'enoent))
  (((cons dir dirs) name)
   (let ((full (filename:join dir name)))
     (case (consult full)
       ((tuple 'ok terms) (tuple 'ok terms full))
       ((tuple 'error 'enoent) (path-consult dirs name))
       (e e)))))

;; The characters of a term file: UTF-8 unless a coding comment on the
;; first two lines says latin-1.
(defun decode-text (bin)
  (if (latin1-coding? bin)
    (binary_to_list bin)
    (case (unicode:characters_to_list bin 'utf8)
      (cs (when (is_list cs)) cs)
      (_ 'error))))

(defun latin1-coding? (bin)
  (let* ((head (binary:part bin 0 (min (byte_size bin) 200)))
         (lines (lists:sublist (binary:split head #"\n" '(global)) 2)))
    (lists:any (lambda (l)
                 (case (re:run l "coding\\s*[:=]\\s*([-a-zA-Z0-9_]+)"
                               '(#(capture all_but_first list)))
                   ((tuple 'match (list enc))
                    (lists:member (string:lowercase enc) '("latin-1" "latin1" "iso-8859-1")))
                   (_ 'false)))
               lines)))

(defun consult-chars (chars)
  (case (erl_scan:string chars 1)
    ((tuple 'ok tokens _) (consult-tokens tokens () ()))
    ((tuple 'error info _) (tuple 'error info))))

;; Split the tokens at each dot and parse every term.
(defun consult-tokens
  ((() () acc) (tuple 'ok (lists:reverse acc)))
  ((() cur acc) (consult-parse (lists:reverse cur) () acc))
  (((cons (= (tuple 'dot _) dot) rest) cur acc)
   (consult-parse (lists:reverse (cons dot cur)) rest acc))
  (((cons tok rest) cur acc) (consult-tokens rest (cons tok cur) acc)))

(defun consult-parse (toks rest acc)
  (case (erl_parse:parse_term toks)
    ((tuple 'ok term) (consult-tokens rest () (cons term acc)))
    (e e)))

;;; ------------------------------------------------------------------
;;; format_error

(defun format_error
  "A message for an error reason of this module."
  (((tuple line mod reason))
   (io_lib:format "~w: ~ts" (list line (call mod 'format_error reason))))
  (('badarg) "bad argument")
  (('system_limit) "a system limit was hit, probably not enough ports")
  (('terminated) "the file server process is terminated")
  ((posix) (posix-message posix)))

(defun posix-message (e)
  (case (lists:keyfind e 1 (posix-messages))
    ((tuple _ m) m)
    ('false "unknown POSIX error")))

;; OTP 25's erl_posix_msg texts for the reasons file operations give.
(defun posix-messages ()
  '(#(e2big "argument list too long")
    #(eacces "permission denied")
    #(eagain "resource temporarily unavailable")
    #(ebadf "bad file number")
    #(ebusy "file busy")
    #(edquot "disk quota exceeded")
    #(eexist "file already exists")
    #(efault "bad address in system call argument")
    #(efbig "file too large")
    #(eintr "interrupted system call")
    #(einval "invalid argument")
    #(eio "I/O error")
    #(eisdir "illegal operation on a directory")
    #(eloop "too many levels of symbolic links")
    #(emfile "too many open files")
    #(emlink "too many links")
    #(enametoolong "file name too long")
    #(enfile "file table overflow")
    #(enodev "no such device")
    #(enoent "no such file or directory")
    #(enomem "not enough memory")
    #(enospc "no space left on device")
    #(enotblk "block device required")
    #(enotdir "not a directory")
    #(enotempty "directory not empty")
    #(enotsup "operation not supported")
    #(enxio "no such device or address")
    #(eoverflow "offset too large for file system")
    #(eperm "not owner")
    #(epipe "broken pipe")
    #(erofs "read-only file system")
    #(espipe "invalid seek")
    #(esrch "no such process")
    #(estale "stale remote file handle")
    #(etxtbsy "text file or pseudo-device busy")
    #(exdev "cross-domain link")))

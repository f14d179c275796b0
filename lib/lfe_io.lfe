;;; lfe_io.lfe - the parts of LFE's lfe_io written in LFE: output to any
;;; io device, and reading forms from files and devices.  The printers
;;; and the format engine are C BIFs (lfe_io:print1, prettyprint1,
;;; format1 and fwrite1, and read_string, in module lfe_io itself); when
;;; the device ends at the user process, format/print/prettyprint write
;;; directly through their C twins in elfe_lfe_io (one stream, in order,
;;; as io:format does), and any other device (a file's io server, a
;;; captured group leader) gets an io request.
;;;
;;; Reading: read_file/parse_file read a whole file; read/0,1,2 and
;;; read_line/0,1,2 read lines from a device until they hold a whole form.
;;; Unlike LFE's read, which leaves the text after the first form in the
;;; device for the next read (get_until), read here takes whole lines: the
;;; rest of the last line read is dropped.

(defmodule lfe_io
  (export (format 2) (format 3) (fwrite 2) (fwrite 3)
          (print 1) (print 2) (prettyprint 1) (prettyprint 2)
          (read_file 1) (read_file 2) (parse_file 1) (parse_file 2)
          (read 0) (read 1) (read 2) (read_line 0) (read_line 1) (read_line 2)
          (get_line 0) (get_line 1) (get_line 2)))

(defun format (fmt args) (format 'standard_io fmt args))

(defun format (dev fmt args)
  (case (elfe_io:direct dev)
    ('false (io:put_chars dev (lfe_io:format1 fmt args)))
    (d (elfe_lfe_io:format d fmt args))))

(defun fwrite (fmt args) (format 'standard_io fmt args))

(defun fwrite (dev fmt args) (format dev fmt args))

(defun print (t) (print 'standard_io t))

(defun print (dev t)
  (case (elfe_io:direct dev)
    ('false (io:put_chars dev (lfe_io:print1 t)))
    (d (elfe_lfe_io:print d t))))

(defun prettyprint (t) (prettyprint 'standard_io t))

(defun prettyprint (dev t)
  (case (elfe_io:direct dev)
    ('false (io:put_chars dev (lfe_io:prettyprint1 t)))
    (d (elfe_lfe_io:prettyprint d t))))

;; ---- files ---------------------------------------------------------------

(defun read_file (name) (read_file name 1))

(defun read_file (name line)
  "#(ok Forms) or #(error #(Line Module Reason))."
  (case (parse_file name line)
    ((tuple 'ok fls) (tuple 'ok (lists:map (lambda (fl) (element 1 fl)) fls)))
    (error error)))

(defun parse_file (name) (parse_file name 1))

(defun parse_file (name _line)
  "#(ok (#(Form Line) ...)), each form with the line it starts on, or
  #(error #(Line Module Reason)).  As in LFE 2.2.1, the lines count from
  1 whatever the second argument."
  (case (file:read_file name)
    ((tuple 'ok bin)
     (elfe_read:forms_lines (unicode:characters_to_list bin) 1))
    ((tuple 'error reason) (tuple 'error (tuple 'none 'file reason)))))

;; ---- devices -------------------------------------------------------------

(defun get_line () (get_line 'standard_io '||))
(defun get_line (prompt) (get_line 'standard_io prompt))
(defun get_line (dev prompt) (io:get_line dev prompt))

(defun read () (read 'standard_io '||))
(defun read (prompt) (read 'standard_io prompt))

(defun read (dev prompt)
  "The next form: #(ok Form), #(error #(Line io Reason)) or eof."
  (case (read-forms dev prompt "")
    ((tuple 'ok (cons form _)) (tuple 'ok form))
    (other other)))

(defun read_line () (read_line 'standard_io '||))
(defun read_line (prompt) (read_line 'standard_io prompt))

(defun read_line (dev prompt)
  "Every form on the next line(s): #(ok Forms), an error, or eof."
  (read-forms dev prompt ""))

;; Lines from dev until they hold at least one whole form.
(defun read-forms (dev prompt acc)
  (case (io:get_line dev prompt)
    ('eof (if (=:= acc "") 'eof (tuple 'error (tuple 1 'io 'scan_sexpr))))
    ((tuple 'error e) (tuple 'error (tuple 1 'io e)))
    (line
     (let ((text (++ acc (unicode:characters_to_list line))))
       (case (lfe_io:read_string text)
         ((tuple 'ok ()) (read-forms dev prompt text))
         ((tuple 'ok forms) (tuple 'ok forms))
         ((tuple 'error (tuple _ 'lfe_parse 'missing_token))
          (read-forms dev prompt text))
         (error error))))))

;;; unicode_util.lfe - the parts of OTP's unicode_util written in LFE: the
;;; Unicode version and the whitespace set.  The per-cluster functions
;;; (cp, gc, nfc, nfd, nfkc, nfkd, uppercase, lowercase, titlecase,
;;; casefold) are C BIFs on the Unicode 14 tables (runtime/bif_unicode.c).

(defmodule unicode_util
  (export (spec_version 0) (whitespace 0) (is_whitespace 1)))

(defun spec_version ()
  "The Unicode version of the tables, as OTP 25: #(14 0)."
  #(14 0))

(defun whitespace ()
  "The grapheme clusters counted as white space (Pattern_White_Space)."
  '((13 10) 9 10 11 12 13 32 133 8206 8207 8232 8233))

(defun is_whitespace
  "Whether a grapheme cluster is white space."
  (((13 10)) 'true)
  ((c) (when (is_integer c))
   (lists:member c '(9 10 11 12 13 32 133 8206 8207 8232 8233)))
  ((_) 'false))

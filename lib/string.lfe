;;; string.lfe - the Erlang `string' module, in LFE.
;;;
;;; Two APIs, as in OTP 25:
;;;  * the Unicode API (length, slice, pad, trim, split, lexemes, find,
;;;    replace, case conversion, to_integer, ...) on chardata: strings
;;;    as flat or deep lists of code points and UTF-8 binaries, counted
;;;    in grapheme clusters;
;;;  * the obsolete latin-1 list API (tokens, join, substr, str, strip,
;;;    left, right, centre, words, to_upper, ...).
;;;
;;; How the Unicode functions work: the argument is read as a flat list
;;; of code points (a binary is decoded as UTF-8), the work is done on
;;; that list, and a result that OTP gives as a binary for a binary
;;; argument is encoded back.  So for flat lists and plain binaries the
;;; results are OTP's exactly; for deep or mixed chardata they are the
;;; same text, but where OTP returns pieces that keep the argument's
;;; nesting these are flat lists.
;;;
;;; Grapheme clusters and case mappings come from the Unicode 14 tables
;;; (as OTP 25), through the C BIFs unicode_util:gc and elfe_unicode:case;
;;; equal/4 normalises with unicode:characters_to_nf*_list.
;;;
;;; slice/2,3 of a binary returns a binary; where the slice starts after
;;; a CR or a non-ASCII character OTP 25 returns the same text as a list
;;; partly decoded from the binary ([201 | <<...>>]): not reproduced.

(defmodule string
  (export (is_empty 1) (length 1) (to_graphemes 1) (reverse 1) (equal 2)
          (equal 3) (equal 4) (slice 2) (slice 3) (pad 2) (pad 3) (pad 4)
          (trim 1) (trim 2) (trim 3) (chomp 1) (take 2) (take 3) (take 4)
          (lexemes 2) (nth_lexeme 3) (uppercase 1) (lowercase 1)
          (titlecase 1) (casefold 1) (prefix 2) (split 2) (split 3)
          (replace 3) (replace 4) (find 2) (find 3) (next_codepoint 1)
          (next_grapheme 1) (to_float 1) (to_integer 1)
          (list_to_float 1) (list_to_integer 1)
          (len 1) (concat 2) (chr 2) (rchr 2) (str 2) (rstr 2) (span 2)
          (cspan 2) (substr 2) (substr 3) (tokens 2) (chars 2) (chars 3)
          (copies 2) (words 1) (words 2) (strip 1) (strip 2) (strip 3)
          (sub_word 2) (sub_word 3) (left 2) (left 3) (right 2) (right 3)
          (sub_string 2) (sub_string 3) (centre 2) (centre 3) (join 2)
          (to_upper 1) (to_lower 1)))

;;; ------------------------------------------------------------------
;;; Chardata to code points and back

;; in: the code points of chardata, as a flat list; error #(badarg CD)
;; when it is not valid chardata.
(defun in
  ((cd) (when (is_binary cd)) (bin-cps cd cd '()))
  ((cd) (when (is_list cd))
   (if (flat? cd) cd (lists:reverse (deep-cps cd cd '()))))
  ((cd) (erlang:error 'function_clause)))

(defun flat?
  (((cons c t)) (when (is_integer c) (>= c 0)) (flat? t))
  (('()) 'true)
  ((_) 'false))

;; bin-cps: decode a UTF-8 binary (tail-recursive).
(defun bin-cps
  (((binary (c utf8) (rest binary)) orig acc) (bin-cps rest orig (cons c acc)))
  (((binary) _ acc) (lists:reverse acc))
  ((_ orig _) (erlang:error (tuple 'badarg orig))))

;; deep-cps: the code points of deep chardata, reversed onto acc.
(defun deep-cps
  (((cons c t) orig acc) (when (is_integer c) (>= c 0) (=< c #x10FFFF))
   (deep-cps t orig (cons c acc)))
  (((cons b t) orig acc) (when (is_binary b))
   (deep-cps t orig (lists:reverse (bin-cps b orig '()) acc)))
  (((cons l t) orig acc) (when (is_list l))
   (deep-cps t orig (deep-cps l orig acc)))
  (('() _ acc) acc)
  ((_ _ _) (erlang:error 'function_clause)))

;; to-bin: encode a list of code points (or of clusters) as UTF-8.
(defun to-bin (l) (to-bin l #""))

(defun to-bin
  (((cons c t) acc) (when (is_integer c)) (to-bin t (binary (acc binary) (c utf8))))
  (((cons gc t) acc) (to-bin t (to-bin gc acc)))
  (('() acc) acc))

;; out: a code point list result in the argument's kind.
(defun out
  ((orig l) (when (is_binary orig)) (to-bin l))
  ((_ l) l))

;; flat-rev: clusters, given in reverse order, appended into one code
;; point list.
(defun flat-rev (rev-gcs) (flat-gcs-1 rev-gcs '()))

(defun flat-gcs-1
  (((cons gc t) acc) (when (is_integer gc)) (flat-gcs-1 t (cons gc acc)))
  (((cons gc t) acc) (flat-gcs-1 t (++ gc acc)))
  (('() acc) acc))

;;; ------------------------------------------------------------------
;;; Grapheme clusters

;; gc: the first cluster of a flat code point list: (GC . Rest) or ().
;; GC is a code point, or a list of code points for a longer cluster.
;; Extended grapheme clusters as OTP 25 finds them (UAX #29 on the
;; Unicode 14 tables), in C: runtime/bif_unicode.c.
(defun gc (l) (unicode_util:gc l))

;; gcs: all clusters of a flat code point list.
(defun gcs (l) (gcs l '()))

(defun gcs (l acc)
  (case (gc l)
    ((cons g rest) (gcs rest (cons g acc)))
    ('() (lists:reverse acc))))

;; step: the next unit of L when scanning for separators the way OTP
;; does: a code point that cannot start a separator is one unit; one that
;; can starts a cluster, which is a separator if it is in Seps.  Returns
;; #(sep Unit Rest), #(other Unit Rest) or end.  (So a separator can be
;; found inside a cluster, as in OTP: a combining mark in Seps matches.)
(defun step (l seps firsts)
  (case l
    ((cons c rest)
     (if (lists:member c firsts)
       (let (((cons g rest2) (gc l)))
         (tuple (if (lists:member g seps) 'sep 'other) g rest2))
       (tuple 'other c rest)))
    ('() 'end)))

(defun firsts (seps)
  (lists:map (match-lambda (((cons c _)) c) ((c) c)) seps))

;; gc-cd: the first cluster of any chardata, the rest kept as chardata
;; (a binary stays a binary).
(defun gc-cd (cd) (unicode_util:gc cd))

;; cp-cd: the first code point of any chardata: (CP . Rest), () or
;; #(error Rest).
(defun cp-cd
  (((cons c t)) (when (is_integer c)) (cons c t))
  (((binary (c utf8) (rest binary))) (cons c rest))
  (((binary)) '())
  ((b) (when (is_binary b)) (tuple 'error b))
  (((cons b t)) (when (is_binary b))
   (case b
     ((binary (c utf8) (rest binary))
      (if (=:= rest #"") (cons c t) (cons c (cons rest t))))
     ((binary) (cp-cd t))
     (_ (tuple 'error (cons b t)))))
  (((cons l t)) (when (is_list l))
   (case (cp-cd l)
     ((cons c rest) (cons c (if (=:= rest '()) t (cons rest t))))
     ('() (cp-cd t))
     (err err)))
  (('()) '())
  ((other) (tuple 'error other)))

;;; ------------------------------------------------------------------
;;; Basic functions

(defun is_empty
  "Return true if the chardata holds no characters."
  (('()) 'true)
  ((#"") 'true)
  (((cons l r)) (andalso (is_empty l) (is_empty r)))
  ((_) 'false))

(defun length (cd)
  "Return the number of grapheme clusters."
  (gc-length cd))

;; gc-length: length/1 under a name that does not clash with the BIF;
;; counted in C (elfe_unicode:gc_count), bad chardata failing as before.
(defun gc-length (cd)
  (case (elfe_unicode:gc_count cd)
    ('error (count-gcs (in cd) 0))
    (n n)))

(defun count-gcs (l n)
  (case (gc l)
    ((cons _ rest) (count-gcs rest (+ n 1)))
    ('() n)))

(defun to_graphemes (cd)
  "Return the list of grapheme clusters."
  (gcs (in cd)))

(defun reverse (cd)
  "Return the grapheme clusters in reverse order."
  (lists:reverse (gcs (in cd))))

(defun equal (a b)
  "Return true if the two chardata hold the same code points."
  (if (andalso (is_binary a) (is_binary b))
    (=:= a b)
    (=:= (in a) (in b))))

(defun equal
  "Compare, ignoring case when the third argument is true."
  ((a b 'false) (equal a b))
  ((a b 'true) (=:= (casefold-cps (in a)) (casefold-cps (in b)))))

(defun equal
  "Compare with case and normalisation (none, nfc, nfd, nfkc, nfkd)."
  ((a b case 'none) (equal a b case))
  ((a b case norm) (when (is_atom norm))
   (equal (normalize a norm) (normalize b norm) case)))

(defun normalize
  ((s 'nfc) (unicode:characters_to_nfc_list s))
  ((s 'nfd) (unicode:characters_to_nfd_list s))
  ((s 'nfkc) (unicode:characters_to_nfkc_list s))
  ((s 'nfkd) (unicode:characters_to_nfkd_list s)))

;;; ------------------------------------------------------------------
;;; Slicing and padding

(defun slice
  "Return the chardata from grapheme N (0-based) to the end."
  ((cd n) (when (is_integer n) (>= n 0))
   (out cd (drop-gcs (in cd) n))))

(defun drop-gcs
  ((l 0) l)
  ((l n) (case (gc l)
           ((cons _ rest) (drop-gcs rest (- n 1)))
           ('() '()))))

(defun slice
  "Return at most Length graphemes from grapheme N (0-based)."
  ((cd n len) (when (is_integer n) (>= n 0) (is_integer len) (> len 0))
   (out cd (take-gcs (drop-gcs (in cd) n) len '())))
  ((cd n 'infinity) (slice cd n))
  ((cd _ 0) (if (is_binary cd) #"" '())))

(defun take-gcs
  ((_ 0 acc) (flat-rev acc))
  ((l n acc) (case (gc l)
               ((cons g rest) (take-gcs rest (- n 1) (cons g acc)))
               ('() (flat-rev acc)))))

(defun pad (cd len)
  "Pad to Length graphemes with spaces at the end."
  (pad cd len 'trailing 32))

(defun pad (cd len dir)
  "Pad to Length graphemes with spaces (leading, trailing or both)."
  (pad cd len dir 32))

(defun pad
  "Pad to Length graphemes with Char (leading, trailing or both)."
  ((cd len 'leading char) (when (is_integer len))
   (list (lists:duplicate (erlang:max 0 (- len (gc-length cd))) char) cd))
  ((cd len 'trailing char) (when (is_integer len))
   (cons cd (lists:duplicate (erlang:max 0 (- len (gc-length cd))) char)))
  ((cd len 'both char) (when (is_integer len))
   (let* ((size (erlang:max 0 (- len (gc-length cd))))
          (pre (lists:duplicate (div size 2) char))
          (post (if (=:= (rem size 2) 1) (list char) '())))
     (list* pre cd pre post))))

;;; ------------------------------------------------------------------
;;; Trimming and taking

(defun whitespace () '((13 10) 9 10 11 12 13 32 133 8206 8207 8232 8233))

(defun trim (str)
  "Remove leading and trailing whitespace."
  (trim str 'both (whitespace)))

(defun trim (str dir)
  "Remove whitespace at the leading, trailing or both ends."
  (trim str dir (whitespace)))

(defun trim
  "Remove the grapheme clusters in Seps from one or both ends."
  ((str _ '()) str)
  ((str 'leading seps) (when (is_list seps))
   (out str (trim-l (in str) seps)))
  ((str 'trailing seps) (when (is_list seps))
   (out str (trim-t (in str) seps)))
  ((str 'both seps) (when (is_list seps))
   (out str (trim-t (trim-l (in str) seps) seps))))

(defun trim-l (l seps)
  (case (gc l)
    ((cons g rest) (if (lists:member g seps) (trim-l rest seps) l))
    ('() '())))

;; trim-t: keep up to the last unit that is not a separator.
(defun trim-t (l seps) (trim-t l seps (firsts seps) '() '()))

(defun trim-t (l seps firsts acc keep)
  (case (step l seps firsts)
    ((tuple 'sep g rest) (trim-t rest seps firsts (cons g acc) keep))
    ((tuple 'other g rest)
     (let ((acc2 (cons g acc))) (trim-t rest seps firsts acc2 acc2)))
    ('end (flat-rev keep))))

(defun chomp (str)
  "Remove the trailing line ends (LF or CR LF)."
  (trim str 'trailing '((13 10) 10)))

(defun take (str seps)
  "Split off the leading graphemes that are in Seps: #(Taken Rest)."
  (take str seps 'false 'leading))

(defun take (str seps complement)
  "Split off the leading graphemes in (or, complement, not in) Seps."
  (take str seps complement 'leading))

(defun take
  "Split off the leading or trailing graphemes in (or not in) Seps."
  ((str '() complement dir)
   (let ((empty (if (is_binary str) #"" '())))
     (case (tuple complement dir)
       ((tuple 'false 'leading) (tuple empty str))
       ((tuple 'false 'trailing) (tuple str empty))
       ((tuple 'true 'leading) (tuple str empty))
       ((tuple 'true 'trailing) (tuple empty str)))))
  ((str seps 'false 'leading)
   (let (((tuple head tail) (take-l (in str) seps 'false '())))
     (tuple (out str head) (out str tail))))
  ((str seps 'true 'leading)
   (let (((tuple head tail) (take-lc (in str) seps (firsts seps) '())))
     (tuple (out str head) (out str tail))))
  ((str seps 'false 'trailing)
   (let (((tuple head tail) (take-ts (in str) seps (firsts seps) '() '())))
     (tuple (out str head) (out str tail))))
  ((str seps complement 'trailing) (when (is_boolean complement))
   (let (((tuple head tail) (take-t (in str) seps complement)))
     (tuple (out str head) (out str tail)))))

(defun take-l (l seps complement acc)
  (case (gc l)
    ((cons g rest)
     (if (=/= (lists:member g seps) complement)
       (take-l rest seps complement (cons g acc))
       (tuple (flat-rev acc) l)))
    ('() (tuple (flat-rev acc) '()))))

;; take-lc: the leading units up to the first separator.
(defun take-lc (l seps firsts acc)
  (case (step l seps firsts)
    ((tuple 'other g rest) (take-lc rest seps firsts (cons g acc)))
    (_ (tuple (flat-rev acc) l))))

;; take-ts: the longest run of separator units at the end; Head is
;; everything up to the last non-separator unit.
(defun take-ts (l seps firsts acc keep)
  (case (step l seps firsts)
    ((tuple 'sep g rest) (take-ts rest seps firsts (cons g acc) keep))
    ((tuple 'other g rest)
     (let ((acc2 (cons g acc))) (take-ts rest seps firsts acc2 acc2)))
    ('end (let ((n (erlang:length keep)))
            (tuple (flat-rev keep)
                   (flat-rev (lists:sublist acc (- (erlang:length acc) n))))))))

;; take-t: the longest run of wanted clusters at the end.
(defun take-t (l seps complement)
  (let* ((all (gcs l))
         (rev (lists:reverse all))
         ((tuple tail-rev head-rev)
          (lists:splitwith (lambda (g) (=/= (lists:member g seps) complement)) rev)))
    (tuple (flat-rev head-rev) (flat-rev tail-rev))))

;;; ------------------------------------------------------------------
;;; Lexemes

(defun lexemes
  "Split into the non-empty runs of graphemes not in Seps."
  (('() _) '())
  ((str '()) (list str))
  ((str seps) (when (is_list seps))
   (lists:map (lambda (lex) (out str lex))
              (lexemes-1 (in str) seps (firsts seps) '()))))

(defun lexemes-1 (l seps firsts acc)
  (case (step l seps firsts)
    ((tuple 'sep _ rest) (lexemes-1 rest seps firsts acc))
    ((tuple 'other _ _)
     (let (((tuple lex rest2) (lexeme-pick l seps firsts '())))
       (lexemes-1 rest2 seps firsts (cons lex acc))))
    ('end (lists:reverse acc))))

;; lexeme-pick: one lexeme and the rest after its separator.
(defun lexeme-pick (l seps firsts acc)
  (case (step l seps firsts)
    ((tuple 'sep _ rest) (tuple (flat-rev acc) rest))
    ((tuple 'other g rest) (lexeme-pick rest seps firsts (cons g acc)))
    ('end (tuple (flat-rev acc) '()))))

(defun nth_lexeme
  "Return the N'th lexeme (1-based), or an empty string."
  ((str 1 '()) str)
  ((str n seps) (when (is_list seps) (is_integer n) (> n 0))
   (let ((lexes (cond ((=/= seps '()) (lexemes-1 (in str) seps (firsts seps) '()))
                      ((is_binary str) (erlang:error 'badarg))
                      ('true '()))))
     (out str (if (> n (erlang:length lexes)) '() (lists:nth n lexes))))))

;;; ------------------------------------------------------------------
;;; Searching

(defun prefix (str prefix0)
  "Return what follows Prefix in the string, or nomatch."
  (case (in prefix0)
    ('() str)
    (pre (case (cp-prefix (in str) pre)
           ('nomatch 'nomatch)
           (rest (out str rest))))))

(defun cp-prefix
  ((l '()) l)
  ((l (list c))
   ;; The last code point must end a grapheme cluster, as in OTP: "a"
   ;; is not a prefix of "a" followed by a combining accent.
   (case (gc l)
     ((cons g rest) (when (=:= g c)) rest)
     (_ 'nomatch)))
  (((cons c l) (cons c pre)) (cp-prefix l pre))
  ((_ _) 'nomatch))

(defun split (str pattern)
  "Split at the first occurrence of the pattern."
  (split str pattern 'leading))

(defun split (str pattern where)
  "Split at the first (leading), last (trailing) or every (all) match."
  (if (is_empty pattern)
    (list str)
    (let ((needle (in pattern)))
      (case (split-1 (in str) needle where '() '())
        ('nomatch (list str))
        (pieces (lists:map (lambda (p) (out str p)) pieces))))))

;; split-1: scan code points; curr is the current piece reversed.
(defun split-1 (l needle where curr acc)
  (case l
    ((cons c cs)
     (case (cp-prefix l needle)
       ('nomatch (split-1 cs needle where (cons c curr) acc))
       (rest
        (case where
          ('leading (list (lists:reverse curr) rest))
          ('trailing (split-1 cs needle where (cons c curr)
                              (list (lists:reverse curr) rest)))
          ('all (split-1 rest needle where '() (cons (lists:reverse curr) acc)))))))
    ('()
     (case (tuple where acc)
       ((tuple _ '()) 'nomatch)
       ((tuple 'trailing _) acc)
       ((tuple 'all _) (lists:reverse (cons (lists:reverse curr) acc)))))))

(defun replace (str pattern replacement)
  "Replace the first match of the pattern; returns chardata."
  (lists:join replacement (split str pattern)))

(defun replace (str pattern replacement where)
  "Replace the leading, trailing or all matches of the pattern."
  (lists:join replacement (split str pattern where)))

(defun find (str pattern)
  "Return the string from the first match of the pattern, or nomatch."
  (find str pattern 'leading))

(defun find
  "Return the string from the first or last match, or nomatch."
  ((str '() _) str)
  ((str #"" _) str)
  ((str pattern 'leading)
   (case (find-l (in str) (in pattern))
     ('nomatch 'nomatch)
     (rest (out str rest))))
  ((str pattern 'trailing)
   (case (find-r (in str) (in pattern) 'nomatch)
     ('nomatch 'nomatch)
     (rest (out str rest)))))

(defun find-l
  (((= (cons _ cs) l) needle)
   (if (=:= (cp-prefix l needle) 'nomatch) (find-l cs needle) l))
  (('() _) 'nomatch))

(defun find-r
  (((= (cons _ cs) l) needle res)
   (if (=:= (cp-prefix l needle) 'nomatch)
     (find-r cs needle res)
     (find-r cs needle l)))
  (('() _ res) res))

(defun next_grapheme (cd)
  "Return (Grapheme . Rest) for the first cluster, () or #(error Rest)."
  (gc-cd cd))

(defun next_codepoint (cd)
  "Return (CodePoint . Rest) for the first code point, () or #(error Rest)."
  (cp-cd cd))

;;; ------------------------------------------------------------------
;;; Case conversion

(defun uppercase (cd)
  "Convert to upper case."
  (convert-case cd 'upper))

(defun lowercase (cd)
  "Convert to lower case."
  (convert-case cd 'lower))

(defun casefold (cd)
  "Convert to a case-insensitive form (for comparisons)."
  (convert-case cd 'fold))

;; convert-case: the argument itself when nothing changes, as OTP (the
;; mapping is the BIF elfe_unicode:case_list, runtime/bif_unicode.c).
(defun convert-case
  ((cd _) (when (not (orelse (is_list cd) (is_binary cd))))
   (erlang:error (tuple 'badarg cd)))
  ((cd kind)
   (let* ((cps (in cd))
         (new (elfe_unicode:case_list cps kind)))
    (if (=:= new cps) cd (out cd new)))))

(defun casefold-cps (cps) (elfe_unicode:case_list cps 'fold))

(defun titlecase
  "Convert the first grapheme to title case."
  ((cd) (when (is_list cd))
   (case (in cd)
     ('() '())
     (cps (let (((cons g rest) (gc cps)))
            (++ (title-gc g) rest)))))
  ((cd) (when (is_binary cd))
   (case (in cd)
     ('() #"")
     (cps (let (((cons g rest) (gc cps)))
            (to-bin (++ (title-gc g) rest)))))))

(defun title-gc
  ((c) (when (is_integer c)) (as-list (title-cp c)))
  (((cons c t)) (++ (as-list (title-cp c)) t)))

(defun as-list
  ((c) (when (is_integer c)) (list c))
  ((l) l))

;; title-cp: one code point to a code point or a list of code points (the
;; full mapping of the Unicode 14 tables, in C: runtime/unicode.c); ASCII
;; is done here.
(defun title-cp (c)
  (cond ((< c 97) c) ((=< c 122) (- c 32)) ((< c 128) c)
        ('true (elfe_unicode:case c 'title))))

;;; ------------------------------------------------------------------
;;; Numbers

(defun to_integer (str)
  "Parse a leading integer: #(Integer Rest) or #(error Reason)."
  (try (to-number str "+-0123456789" 'no_integer (lambda (l) (parse-integer l)))
    (catch ((tuple _ _ _) (tuple 'error 'badarg)))))

(defun to_float (str)
  "Parse a leading float: #(Float Rest) or #(error Reason)."
  (try (to-number str "+-0123456789eE.," 'no_float (lambda (l) (parse-float l)))
    (catch ((tuple _ _ _) (tuple 'error 'badarg)))))

(defun to-number (str chars none parse)
  (let (((tuple head tail) (take str chars)))
    (if (is_empty head)
      (tuple 'error none)
      (let ((l (in head)))
        (case (funcall parse l)
          ((= (tuple 'error _) err) err)
          ((tuple num rest)
           (if (is_binary str)
             (let ((used (- (erlang:length l) (erlang:length rest))))
               (tuple num (binary:part str used (- (byte_size str) used))))
             (tuple num (++ rest (in tail))))))))))

(defun list_to_integer (l)
  "Parse a leading integer of a code point list: #(Integer Rest) or
#(error Reason)."
  (parse-integer l))

(defun parse-integer
  ((l) (when (is_list l))
   (let (((tuple sign digits) (sign l)))
     (case (digits digits '())
       ((tuple '() _) (tuple 'error 'no_integer))
       ((tuple ds rest) (tuple (* sign (erlang:list_to_integer ds)) rest)))))
  ((_) (tuple 'error 'not_a_list)))

(defun sign
  (((cons 45 t)) (tuple -1 t))
  (((cons 43 t)) (tuple 1 t))
  ((l) (tuple 1 l)))

(defun digits
  (((cons d t) acc) (when (is_integer d) (>= d 48) (=< d 57))
   (digits t (cons d acc)))
  ((rest acc) (tuple (lists:reverse acc) rest)))

(defun list_to_float (l)
  "Parse a leading float (digits, a point or comma, digits, an optional
exponent) of a code point list: #(Float Rest) or #(error Reason)."
  (parse-float l))

(defun parse-float
  ((l) (when (is_list l))
   (let* (((tuple sign l1) (sign l))
          ((tuple int l2) (digits l1 '())))
     (case (tuple int l2)
       ((tuple (cons _ _) (cons p l3)) (when (orelse (=:= p 46) (=:= p 44)))
        (case (digits l3 '())
          ((tuple '() _) (tuple 'error 'no_float))
          ((tuple frac l4)
           (let* (((tuple exp l5) (exponent l4))
                  (f (erlang:list_to_float (++ int (cons 46 (++ frac exp))))))
             (tuple (if (< sign 0) (- f) f) l5)))))
       (_ (tuple 'error 'no_float)))))
  ((_) (tuple 'error 'not_a_list)))

;; exponent: "e" or "E", an optional sign and digits, else nothing.
(defun exponent
  (((= (cons e t) l)) (when (orelse (=:= e 101) (=:= e 69)))
   (let* (((tuple s t1) (case t
                          ((cons 45 t1) (tuple "-" t1))
                          ((cons 43 t1) (tuple "+" t1))
                          (_ (tuple "" t))))
          ((tuple ds t2) (digits t1 '())))
     (if (=:= ds '()) (tuple "" l) (tuple (cons 101 (++ s ds)) t2))))
  ((l) (tuple "" l)))

;;; ------------------------------------------------------------------
;;; The obsolete API (latin-1 lists)

(defun len (s)
  "Return the number of characters (obsolete: use length/1)."
  (erlang:length s))

(defun concat (s1 s2)
  "Concatenate two strings (obsolete)."
  (++ s1 s2))

(defun chr
  "Return the 1-based index of the first Char, or 0 (obsolete)."
  ((s c) (when (is_integer c)) (chr s c 1)))

(defun chr
  (((cons c _) c i) i)
  (((cons _ cs) c i) (chr cs c (+ i 1)))
  (('() _ _) 0))

(defun rchr
  "Return the 1-based index of the last Char, or 0 (obsolete)."
  ((s c) (when (is_integer c)) (rchr s c 1 0)))

(defun rchr
  (((cons c cs) c i _) (rchr cs c (+ i 1) i))
  (((cons _ cs) c i l) (rchr cs c (+ i 1) l))
  (('() _ _ l) l))

(defun str
  "Return the 1-based index of the first occurrence of Sub, or 0."
  ((s sub) (when (is_list sub)) (str s sub 1)))

(defun str
  (((cons c s) (= (cons c sub) whole) i)
   (if (l-prefix sub s) i (str s whole (+ i 1))))
  (((cons _ s) sub i) (str s sub (+ i 1)))
  (('() _ _) 0))

(defun rstr
  "Return the 1-based index of the last occurrence of Sub, or 0."
  ((s sub) (when (is_list sub)) (rstr s sub 1 0)))

(defun rstr
  (((cons c s) (= (cons c sub) whole) i l)
   (if (l-prefix sub s)
     (rstr s whole (+ i 1) i)
     (rstr s whole (+ i 1) l)))
  (((cons _ s) sub i l) (rstr s sub (+ i 1) l))
  (('() _ _ l) l))

(defun l-prefix
  (((cons c pre) (cons c string)) (l-prefix pre string))
  (('() string) (when (is_list string)) 'true)
  ((pre string) (when (is_list pre) (is_list string)) 'false))

(defun span
  "Return the length of the leading run of characters in Chars."
  ((s cs) (when (is_list cs)) (span s cs 0)))

(defun span
  (((cons c s) cs i) (if (lists:member c cs) (span s cs (+ i 1)) i))
  (('() _ i) i))

(defun cspan
  "Return the length of the leading run of characters not in Chars."
  ((s cs) (when (is_list cs)) (cspan s cs 0)))

(defun cspan
  (((cons c s) cs i) (if (lists:member c cs) i (cspan s cs (+ i 1))))
  (('() _ i) i))

(defun substr
  "Return the string from 1-based position Start (obsolete)."
  ((string 1) (when (is_list string)) string)
  ((string s) (when (is_integer s) (> s 1)) (substr2 string s)))

(defun substr
  "Return at most Length characters from 1-based position Start."
  ((string s l) (when (is_integer s) (>= s 1) (is_integer l) (>= l 0))
   (substr1 (substr2 string s) l '())))

(defun substr1
  (((cons c string) l acc) (when (> l 0)) (substr1 string (- l 1) (cons c acc)))
  ((string _ acc) (when (is_list string)) (lists:reverse acc)))

(defun substr2
  ((string 1) (when (is_list string)) string)
  (((cons _ string) s) (substr2 string (- s 1))))

(defun tokens (s seps)
  "Split into the non-empty runs of characters not in Seps (obsolete)."
  (case seps
    ('() (case s
           ('() '())
           ((cons _ _) (list s))))
    ((cons _ _) (tokens-c s seps s '() '()))))

;; elfe_lists:tokens/4 (C, runtime/bif_lists.c) reads S in slices and
;; yields between them; it answers false for anything it does not take
;; (an improper list, many separators), and tokens-lfe does the work.
(defun tokens-c (s0 seps s toks part)
  (case (elfe_lists:tokens s seps toks part)
    ((tuple rest toks2 part2) (tokens-c s0 seps rest toks2 part2))
    ('false (tokens-lfe s0 seps))
    (toks2 (lists:reverse toks2))))

(defun tokens-lfe (s seps)
  (case seps
    ((list c) (tokens-single-1 (lists:reverse s) c '()))
    ((cons _ _) (tokens-multiple-1 (lists:reverse s) seps '()))))

(defun tokens-single-1
  (((cons sep s) sep toks) (tokens-single-1 s sep toks))
  (((cons c s) sep toks) (tokens-single-2 s sep toks (list c)))
  (('() _ toks) toks))

(defun tokens-single-2
  (((cons sep s) sep toks tok) (tokens-single-1 s sep (cons tok toks)))
  (((cons c s) sep toks tok) (tokens-single-2 s sep toks (cons c tok)))
  (('() _ toks tok) (cons tok toks)))

(defun tokens-multiple-1
  (((cons c s) seps toks)
   (if (sep-member c seps)
     (tokens-multiple-1 s seps toks)
     (tokens-multiple-2 s seps toks (list c))))
  (('() _ toks) toks))

(defun tokens-multiple-2
  (((cons c s) seps toks tok)
   (if (sep-member c seps)
     (tokens-multiple-1 s seps (cons tok toks))
     (tokens-multiple-2 s seps toks (cons c tok))))
  (('() _ toks tok) (cons tok toks)))

;; lists:member/2 for a short list of separators, as a local loop (no
;; remote call per character).
(defun sep-member
  ((c (cons c _)) 'true)
  ((c (cons _ seps)) (sep-member c seps))
  ((_ '()) 'false)
  ((c seps) (lists:member c seps)))

(defun chars (c n)
  "Return a string of N copies of Char."
  (chars c n '()))

(defun chars
  "Return N copies of Char in front of Tail."
  ((c n tail) (when (> n 0)) (chars c (- n 1) (cons c tail)))
  ((c 0 tail) (when (is_integer c)) tail))

(defun copies
  "Return the string repeated N times."
  ((s n) (when (is_list s) (is_integer n) (>= n 0)) (copies s n '())))

(defun copies
  ((_ 0 r) r)
  ((s n r) (copies s (- n 1) (++ s r))))

(defun words (string)
  "Return the number of space-separated words."
  (words string 32))

(defun words
  "Return the number of Char-separated words."
  ((string char) (when (is_integer char))
   (w-count (strip string 'both char) char 0)))

(defun w-count
  (('() _ num) (+ num 1))
  (((cons h t) h num) (w-count (strip t 'left h) h (+ num 1)))
  (((cons _ t) char num) (w-count t char num)))

(defun sub_word (string index)
  "Return the Index'th space-separated word."
  (sub_word string index 32))

(defun sub_word
  "Return the Index'th Char-separated word."
  ((string index char) (when (is_integer index) (is_integer char))
   (if (< (words string char) index)
     '()
     (s-word (strip string 'left char) index char 1 '()))))

(defun s-word
  (('() _ _ _ res) (lists:reverse res))
  (((cons char _) index char index res) (lists:reverse res))
  (((cons h t) index char index res) (s-word t index char index (cons h res)))
  (((cons char t) stop char index res) (when (< index stop))
   (s-word (strip t 'left char) stop char (+ index 1) res))
  (((cons _ t) stop char index res) (when (< index stop))
   (s-word t stop char index res)))

(defun strip (string)
  "Remove leading and trailing spaces (obsolete)."
  (strip string 'both))

(defun strip
  "Remove spaces at the left, right or both ends (obsolete)."
  ((string 'left) (strip-left string 32))
  ((string 'right) (strip-right string 32))
  ((string 'both) (strip-right (strip-left string 32) 32)))

(defun strip
  "Remove Char at the left, right or both ends (obsolete)."
  ((string 'right char) (strip-right string char))
  ((string 'left char) (strip-left string char))
  ((string 'both char) (strip-right (strip-left string char) char)))

(defun strip-left
  (((cons sc s) sc) (strip-left s sc))
  (((= (cons _ _) s) sc) (when (is_integer sc)) s)
  (('() sc) (when (is_integer sc)) '()))

;; strip-right: keep up to the last character that is not Sc.
(defun strip-right (s sc) (strip-right s sc '() '()))

(defun strip-right
  (((cons sc s) sc acc keep) (strip-right s sc (cons sc acc) keep))
  (((cons c s) sc acc _) (let ((acc2 (cons c acc))) (strip-right s sc acc2 acc2)))
  (('() sc _ keep) (when (is_integer sc)) (lists:reverse keep)))

(defun left (string len)
  "Pad with spaces (or truncate) to Len characters, text on the left."
  (left string len 32))

(defun left
  "Pad with Char (or truncate) to Len characters, text on the left."
  ((string len char) (when (is_integer char))
   (let ((slen (erlang:length string)))
     (cond ((> slen len) (substr string 1 len))
           ((< slen len) (++ string (chars char (- len slen))))
           ('true string)))))

(defun right (string len)
  "Pad with spaces (or truncate) to Len characters, text on the right."
  (right string len 32))

(defun right
  "Pad with Char (or truncate) to Len characters, text on the right."
  ((string len char) (when (is_integer char))
   (let ((slen (erlang:length string)))
     (cond ((> slen len) (substr string (+ (- slen len) 1)))
           ((< slen len) (chars char (- len slen) string))
           ('true string)))))

(defun centre (string len)
  "Centre the string in Len characters of spaces."
  (centre string len 32))

(defun centre
  "Centre the string in Len characters of Char."
  ((string 0 char) (when (is_list string) (is_integer char)) '())
  ((string len char) (when (is_integer char))
   (let ((slen (erlang:length string)))
     (cond ((> slen len) (substr string (+ (div (- slen len) 2) 1) len))
           ((< slen len)
            (let ((n (div (- len slen) 2)))
              (chars char n (++ string (chars char (- len (+ slen n)))))))
           ('true string)))))

(defun sub_string (string start)
  "Return the string from 1-based position Start (obsolete)."
  (substr string start))

(defun sub_string (string start stop)
  "Return the characters from 1-based Start to Stop (obsolete)."
  (substr string start (+ (- stop start) 1)))

(defun to_lower
  "Lower-case a latin-1 string or character (obsolete)."
  ((s) (when (is_list s)) (lists:map (lambda (c) (lower-char c)) s))
  ((c) (when (is_integer c)) (lower-char c)))

(defun to_upper
  "Upper-case a latin-1 string or character (obsolete)."
  ((s) (when (is_list s)) (lists:map (lambda (c) (upper-char c)) s))
  ((c) (when (is_integer c)) (upper-char c)))

(defun lower-char
  ((c) (when (is_integer c) (>= c 65) (=< c 90)) (+ c 32))
  ((c) (when (is_integer c) (>= c #xC0) (=< c #xD6)) (+ c 32))
  ((c) (when (is_integer c) (>= c #xD8) (=< c #xDE)) (+ c 32))
  ((c) c))

(defun upper-char
  ((c) (when (is_integer c) (>= c 97) (=< c 122)) (- c 32))
  ((c) (when (is_integer c) (>= c #xE0) (=< c #xF6)) (- c 32))
  ((c) (when (is_integer c) (>= c #xF8) (=< c #xFE)) (- c 32))
  ((c) c))

(defun join
  "Join strings with a separator between them (obsolete: lists:join)."
  (('() sep) (when (is_list sep)) '())
  (((cons h t) sep)
   (++ h (lists:append (lists:map (lambda (x) (++ sep x)) t)))))

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
;;; Grapheme clusters (approximate): CR LF is one cluster; a control
;;; (C0, C1, CR, LF, ZWSP, bidi marks, line/paragraph separators) stands
;;; alone; otherwise a code point takes every following combining mark
;;; (the common Extend ranges: Latin, Greek, Cyrillic, Hebrew, Arabic,
;;; Devanagari and Thai marks, the combining blocks, variation selectors,
;;; emoji modifiers, tags), the common Indic/Thai spacing marks and ZWJ;
;;; ZWJ followed by a pictograph joins; regional indicators pair up;
;;; Hangul jamo L/V/T and precomposed syllables join.  Prepend characters
;;; and the rarer scripts' marks are not handled.
;;;
;;; slice/2,3 of a binary returns a binary; where the slice starts after
;;; a CR or a non-ASCII character OTP 25 returns the same text as a list
;;; partly decoded from the binary ([201 | <<...>>]): not reproduced.
;;;
;;; Case mapping covers Latin-1, Latin Extended-A and the regular parts of
;;; Latin Extended-B/Additional, Greek, Cyrillic, Armenian and fullwidth
;;; Latin, with the special cases of OTP's tables for sharp s, dotted I,
;;; final sigma, micro sign, long s and the DŽ/LJ/NJ/DZ digraphs.  The
;;; normalisations of equal/4 (nfc, nfd, nfkc, nfkd) are not performed:
;;; the strings are compared as they are.

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
(defun gc
  (('()) '())
  (((list* 13 10 rest)) (cons '(13 10) rest))
  (((cons c rest))
   ;; Nothing below U+0300 joins a cluster: a quick way out for most text.
   (case rest
     ((cons d _) (when (>= d #x300))
      (if (control? c) (cons c rest) (gc-more (list c) rest)))
     (_ (cons c rest)))))

;; gc-more: extend the cluster acc (reversed) with what may follow.
(defun gc-more
  ((acc (= (cons d rest) l))
   (if (joins? acc d)
     (gc-more (cons d acc) rest)
     (gc-done acc l)))
  ((acc '()) (gc-done acc '())))

(defun gc-done
  (((list c) rest) (cons c rest))
  ((acc rest) (cons (lists:reverse acc) rest)))

;; joins?: does code point D continue the cluster ACC (reversed)?
(defun joins? (acc d)
  (let ((prev (hd acc)))
    (cond ((control? d) 'false)
          ((extend? d) 'true)
          ((spacing-mark? d) 'true)
          ((=:= d #x200D) 'true)
          ((andalso (=:= prev #x200D) (pictographic? d)) 'true)
          ((andalso (regional? d) (regional? prev)
                    (=:= (count-ri acc 0) 1)) 'true)
          ((hangul-joins? prev d) 'true)
          ('true 'false))))

(defun count-ri
  (((cons c t) n) (if (regional? c) (count-ri t (+ n 1)) n))
  (('() n) n))

(defun control? (c)
  (orelse (< c 32) (andalso (>= c #x7F) (< c #xA0))
          (=:= c #xAD) (=:= c #x200B) (=:= c #x200E) (=:= c #x200F)
          (andalso (>= c #x2028) (=< c #x202E))
          (andalso (>= c #x2060) (=< c #x206F))
          (=:= c #xFEFF)))

(defun extend? (c)
  (andalso
   (>= c #x300)
   (orelse (=< c #x36F)
           (andalso (>= c #x483) (=< c #x489))
           (andalso (>= c #x591) (=< c #x5BD)) (=:= c #x5BF)
           (andalso (>= c #x5C1) (=< c #x5C2)) (andalso (>= c #x5C4) (=< c #x5C5))
           (=:= c #x5C7)
           (andalso (>= c #x610) (=< c #x61A)) (andalso (>= c #x64B) (=< c #x65F))
           (=:= c #x670) (andalso (>= c #x6D6) (=< c #x6DC))
           (andalso (>= c #x6DF) (=< c #x6E4)) (andalso (>= c #x6E7) (=< c #x6E8))
           (andalso (>= c #x6EA) (=< c #x6ED)) (=:= c #x711)
           (andalso (>= c #x730) (=< c #x74A))
           (andalso (>= c #x900) (=< c #x902)) (=:= c #x93A) (=:= c #x93C)
           (andalso (>= c #x941) (=< c #x948)) (=:= c #x94D)
           (andalso (>= c #x951) (=< c #x957)) (andalso (>= c #x962) (=< c #x963))
           (=:= c #xE31) (andalso (>= c #xE34) (=< c #xE3A))
           (andalso (>= c #xE47) (=< c #xE4E))
           (andalso (>= c #x1AB0) (=< c #x1AFF)) (andalso (>= c #x1DC0) (=< c #x1DFF))
           (=:= c #x200C) (andalso (>= c #x20D0) (=< c #x20FF))
           (andalso (>= c #x302A) (=< c #x302F)) (andalso (>= c #x3099) (=< c #x309A))
           (andalso (>= c #xFE00) (=< c #xFE0F)) (andalso (>= c #xFE20) (=< c #xFE2F))
           (andalso (>= c #x1F3FB) (=< c #x1F3FF))
           (andalso (>= c #xE0020) (=< c #xE007F))
           (andalso (>= c #xE0100) (=< c #xE01EF)))))

(defun spacing-mark? (c)
  (orelse (=:= c #x903) (=:= c #x93B) (andalso (>= c #x93E) (=< c #x940))
          (andalso (>= c #x949) (=< c #x94C)) (andalso (>= c #x94E) (=< c #x94F))
          (=:= c #xE33)))

(defun pictographic? (c)
  (orelse (=:= c #xA9) (=:= c #xAE) (=:= c #x203C) (=:= c #x2049)
          (=:= c #x2122) (=:= c #x2139)
          (andalso (>= c #x2194) (=< c #x21AA)) (andalso (>= c #x231A) (=< c #x23FF))
          (andalso (>= c #x25AA) (=< c #x25FE)) (andalso (>= c #x2600) (=< c #x27BF))
          (andalso (>= c #x2B05) (=< c #x2B55))
          (andalso (>= c #x1F000) (=< c #x1FAFF))))

(defun regional? (c) (andalso (>= c #x1F1E6) (=< c #x1F1FF)))

;; Hangul: L (leading jamo), V (vowels), T (trailing), LV/LVT syllables.
(defun hangul-class (c)
  (cond ((andalso (>= c #x1100) (=< c #x115F)) 'l)
        ((andalso (>= c #xA960) (=< c #xA97C)) 'l)
        ((andalso (>= c #x1160) (=< c #x11A7)) 'v)
        ((andalso (>= c #xD7B0) (=< c #xD7C6)) 'v)
        ((andalso (>= c #x11A8) (=< c #x11FF)) 't)
        ((andalso (>= c #xD7CB) (=< c #xD7FB)) 't)
        ((andalso (>= c #xAC00) (=< c #xD7A3))
         (if (=:= (rem (- c #xAC00) 28) 0) 'lv 'lvt))
        ('true 'other)))

(defun hangul-joins? (prev d)
  (let ((p (hangul-class prev))
        (n (hangul-class d)))
    (case p
      ('l (lists:member n '(l v lv lvt)))
      ('v (lists:member n '(v t)))
      ('lv (lists:member n '(v t)))
      ('t (=:= n 't))
      ('lvt (=:= n 't))
      (_ 'false))))

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
(defun gc-cd (cd)
  (case (cp-cd cd)
    ((cons 13 rest)
     (case (cp-cd rest)
       ((cons 10 rest2) (cons '(13 10) rest2))
       (_ (cons 13 rest))))
    ((cons c rest)
     (if (control? c) (cons c rest) (gc-cd-more (list c) rest)))
    (other other)))

(defun gc-cd-more (acc rest)
  (case (cp-cd rest)
    ((cons d rest2)
     (if (andalso (>= d #x300) (joins? acc d))
       (gc-cd-more (cons d acc) rest2)
       (gc-done acc rest)))
    (_ (gc-done acc rest))))

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

;; gc-length: length/1 under a name that does not clash with the BIF.
(defun gc-length (cd) (count-gcs (in cd) 0))

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
  "Compare with case and normalisation options (normalisation is not
performed: see the module comment)."
  ((a b case 'none) (equal a b case))
  ((a b 'false norm) (when (is_atom norm)) (equal a b 'false))
  ((a b 'true norm) (when (is_atom norm)) (equal a b 'true)))

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
  (convert-case cd (lambda (c) (upper-cp c))))

(defun lowercase (cd)
  "Convert to lower case."
  (convert-case cd (lambda (c) (lower-cp c))))

(defun casefold (cd)
  "Convert to a case-insensitive form (for comparisons)."
  (convert-case cd (lambda (c) (fold-cp c))))

;; convert-case: the argument itself when nothing changes, as OTP.
(defun convert-case
  ((cd _) (when (not (orelse (is_list cd) (is_binary cd))))
   (erlang:error (tuple 'badarg cd)))
  ((cd f)
   (let* ((cps (in cd))
         (new (map-cps cps f '())))
    (if (=:= new cps) cd (out cd new)))))

(defun map-cps
  (((cons c t) f acc)
   (case (funcall f c)
     (m (when (is_integer m)) (map-cps t f (cons m acc)))
     (ms (map-cps t f (lists:reverse ms acc)))))
  (('() _ acc) (lists:reverse acc)))

(defun casefold-cps (cps) (map-cps cps (lambda (c) (fold-cp c)) '()))

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

;; upper-cp, lower-cp, fold-cp, title-cp: one code point to a code point
;; or a list of code points.
(defun upper-cp (c)
  (cond ((< c 97) c)
        ((=< c 122) (- c 32))
        ((< c 181) c)
        ((=:= c 181) 924)
        ((=:= c 223) '(83 83))
        ((< c 224) c)
        ((=:= c 247) c)
        ((=< c 254) (- c 32))
        ((=:= c 255) 376)
        ((=:= c 305) 73)
        ((=:= c 329) '(700 78))
        ((=:= c 383) 83)
        ((=:= c 962) 931)
        ((lists:member c '(#x1C5 #x1C6)) #x1C4)
        ((lists:member c '(#x1C8 #x1C9)) #x1C7)
        ((lists:member c '(#x1CB #x1CC)) #x1CA)
        ((lists:member c '(#x1F2 #x1F3)) #x1F1)
        ('true (case (pair-of c) ((tuple up _) up) ('none c)))))

(defun lower-cp (c)
  (cond ((< c 65) c)
        ((=< c 90) (+ c 32))
        ((< c 192) c)
        ((=:= c 215) c)
        ((=< c 222) (+ c 32))
        ((< c 256) c)
        ((=:= c 304) '(105 775))
        ((=:= c 376) 255)
        ((lists:member c '(#x1C4 #x1C5)) #x1C6)
        ((lists:member c '(#x1C7 #x1C8)) #x1C9)
        ((lists:member c '(#x1CA #x1CB)) #x1CC)
        ((lists:member c '(#x1F1 #x1F2)) #x1F3)
        ('true (case (pair-of c) ((tuple _ low) low) ('none c)))))

(defun fold-cp (c)
  (cond ((=:= c 181) 956)
        ((=:= c 223) '(115 115))
        ((=:= c 383) 115)
        ((=:= c 962) 963)
        ((=:= c 329) '(700 110))
        ('true (lower-cp c))))

(defun title-cp (c)
  (cond ((=:= c 223) '(83 115))
        ((lists:member c '(#x1C4 #x1C5 #x1C6)) #x1C5)
        ((lists:member c '(#x1C7 #x1C8 #x1C9)) #x1C8)
        ((lists:member c '(#x1CA #x1CB #x1CC)) #x1CB)
        ((lists:member c '(#x1F1 #x1F2 #x1F3)) #x1F2)
        ('true (upper-cp c))))

;; pair-of: #(Upper Lower) for a cased letter of the regular blocks.
(defun pair-of (c)
  (cond ((andalso (>= c #x100) (=< c #x137)) (even-odd c))
        ((andalso (>= c #x139) (=< c #x148)) (odd-even c))
        ((andalso (>= c #x14A) (=< c #x177)) (even-odd c))
        ((andalso (>= c #x179) (=< c #x17E)) (odd-even c))
        ((andalso (>= c #x1CD) (=< c #x1DC)) (odd-even c))
        ((andalso (>= c #x1DE) (=< c #x1EF)) (even-odd c))
        ((andalso (>= c #x1F8) (=< c #x21F)) (even-odd c))
        ((andalso (>= c #x222) (=< c #x233)) (even-odd c))
        ((andalso (>= c #x391) (=< c #x3A1)) (tuple c (+ c 32)))
        ((andalso (>= c #x3A3) (=< c #x3AB)) (tuple c (+ c 32)))
        ((andalso (>= c #x3B1) (=< c #x3C1)) (tuple (- c 32) c))
        ((andalso (>= c #x3C3) (=< c #x3CB)) (tuple (- c 32) c))
        ((=:= c #x386) (tuple c #x3AC))
        ((=:= c #x3AC) (tuple #x386 c))
        ((andalso (>= c #x388) (=< c #x38A)) (tuple c (+ c 37)))
        ((andalso (>= c #x3AD) (=< c #x3AF)) (tuple (- c 37) c))
        ((=:= c #x38C) (tuple c #x3CC))
        ((=:= c #x3CC) (tuple #x38C c))
        ((andalso (>= c #x38E) (=< c #x38F)) (tuple c (+ c 63)))
        ((andalso (>= c #x3CD) (=< c #x3CE)) (tuple (- c 63) c))
        ((andalso (>= c #x3D8) (=< c #x3EF)) (even-odd c))
        ((andalso (>= c #x400) (=< c #x40F)) (tuple c (+ c 80)))
        ((andalso (>= c #x410) (=< c #x42F)) (tuple c (+ c 32)))
        ((andalso (>= c #x430) (=< c #x44F)) (tuple (- c 32) c))
        ((andalso (>= c #x450) (=< c #x45F)) (tuple (- c 80) c))
        ((andalso (>= c #x460) (=< c #x481)) (even-odd c))
        ((andalso (>= c #x48A) (=< c #x4BF)) (even-odd c))
        ((andalso (>= c #x4C1) (=< c #x4CE)) (odd-even c))
        ((andalso (>= c #x4D0) (=< c #x52F)) (even-odd c))
        ((andalso (>= c #x531) (=< c #x556)) (tuple c (+ c 48)))
        ((andalso (>= c #x561) (=< c #x586)) (tuple (- c 48) c))
        ((andalso (>= c #x1E00) (=< c #x1E95)) (even-odd c))
        ((andalso (>= c #x1EA0) (=< c #x1EFF)) (even-odd c))
        ((andalso (>= c #xFF21) (=< c #xFF3A)) (tuple c (+ c 32)))
        ((andalso (>= c #xFF41) (=< c #xFF5A)) (tuple (- c 32) c))
        ('true 'none)))

;; even-odd: upper case at even code points; odd-even: at odd ones.
(defun even-odd (c)
  (if (=:= (rem c 2) 0) (tuple c (+ c 1)) (tuple (- c 1) c)))

(defun odd-even (c)
  (if (=:= (rem c 2) 1) (tuple c (+ c 1)) (tuple (- c 1) c)))

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
   (if (lists:member c seps)
     (tokens-multiple-1 s seps toks)
     (tokens-multiple-2 s seps toks (list c))))
  (('() _ toks) toks))

(defun tokens-multiple-2
  (((cons c s) seps toks tok)
   (if (lists:member c seps)
     (tokens-multiple-1 s seps (cons tok toks))
     (tokens-multiple-2 s seps toks (cons c tok))))
  (('() _ toks tok) (cons tok toks)))

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

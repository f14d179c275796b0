;;; erl_parse.lfe - erl_parse:parse_term/1: a term from erl_scan tokens
;;; ending in a dot, as OTP 25 returns it: {ok, Term}, or {error, {Loc,
;;; erl_parse, Message}} with "bad term" for an expression that is not a
;;; constant term and ["syntax error before: ", Token] otherwise.
;;;
;;; Terms: atoms, numbers (with unary - and +), chars, strings (adjacent
;;; ones joined), tuples, lists with a tail, maps, binaries with sizes and
;;; type lists, and fun M:F/A.  Other expressions (variables, operators,
;;; calls) are read far enough to tell them from a syntax error.

(defmodule erl_parse
  (export (parse_term 1) (format_error 1)))

(defun parse_term
  "Parse the tokens of one term followed by a dot."
  ([tokens]
   (case (catch (parse-top tokens))
     ((tuple 'ok term) (tuple 'ok term))
     ((tuple 'parse-error e) (tuple 'error e))
     ;; Tokens ran out inside a term: the location is the last token's.
     ('parse-error-end
      (let (((tuple 'parse-error e) (catch (syntax-error-end-at tokens))))
        (tuple 'error e)))
     ((tuple 'EXIT _) (tuple 'error (tuple 1 'erl_parse "bad term"))))))

(defun format_error
  ([(list a b)] (when (is_list a)) (++ a b))
  ([m] (if (io_lib:printable_list m) m (lists:flatten (io_lib:write m)))))

(defun parse-top (tokens)
  (let (((tuple v rest) (expr tokens)))
    (case rest
      ((list (tuple 'dot _))
       (case v
         ((tuple 'term t) (tuple 'ok t))
         (_ (throw (tuple 'parse-error (tuple (loc-of tokens) 'erl_parse "bad term"))))))
      ('() (syntax-error-end tokens))
      ((cons tok _) (syntax-error tok)))))

(defun loc-of
  (((cons tok _)) (element 2 tok))
  (('()) 1))

(defun syntax-error (tok)
  (throw (tuple 'parse-error
                (tuple (element 2 tok) 'erl_parse
                       (list "syntax error before: " (token-string tok))))))

(defun syntax-error-end
  ((()) (throw 'parse-error-end))
  ((tokens) (syntax-error-end-at tokens)))

(defun syntax-error-end-at (tokens)
  (let ((loc (if (== tokens ()) 1 (element 2 (lists:last tokens)))))
    (throw (tuple 'parse-error
                  (tuple loc 'erl_parse (list "syntax error before: " ()))))))

(defun token-string
  (((tuple 'atom _ a)) (io_lib:write_atom a))
  (((tuple 'var _ v)) (atom_to_list v))
  (((tuple 'integer _ n)) (integer_to_list n))
  (((tuple 'float _ f)) (lists:flatten (io_lib:write f)))
  (((tuple 'char _ c)) (lists:flatten (io_lib:write_char c)))
  (((tuple 'string _ s)) (io_lib:write_string s))
  (((tuple 'dot _)) "'.'")
  (((tuple cat _)) (io_lib:write_atom cat))
  ((other) (lists:flatten (io_lib:write other))))

;; ---- expressions ---------------------------------------------------------
;; Each parser returns {Value, RestTokens}; a value is {term, T} or bad.

(defun binary-ops ()
  '(+ - * / ++ -- == /= =< < >= > =:= =/= div rem band bor bxor bsl bsr
    and or xor andalso orelse = !))

(defun expr (ts)
  (let (((tuple v rest) (unary ts)))
    (expr-rest v rest)))

(defun expr-rest
  ((v (= (cons (tuple op _) rest) ts))
   (if (lists:member op (binary-ops))
     (let (((tuple _ rest1) (unary rest)))
       (expr-rest 'bad rest1))
     (tuple v ts)))
  ((v ts) (tuple v ts)))

(defun unary
  (((cons (tuple '- _) rest))
   (case (unary rest)
     ((tuple (tuple 'term n) rest1) (when (is_number n)) (tuple (tuple 'term (- n)) rest1))
     ((tuple _ rest1) (tuple 'bad rest1))))
  (((cons (tuple '+ _) rest))
   (case (unary rest)
     ((tuple (tuple 'term n) rest1) (when (is_number n)) (tuple (tuple 'term n) rest1))
     ((tuple _ rest1) (tuple 'bad rest1))))
  (((cons (tuple op _) rest)) (when (or (== op 'not) (== op 'bnot)))
   (let (((tuple _ rest1) (unary rest))) (tuple 'bad rest1)))
  ((ts) (postfix (primary ts))))

;; Calls and remote calls after a primary: not terms.
(defun postfix
  (((tuple v (cons (tuple '|(| _) rest)))
   (let (((tuple _ rest1) (seq rest '|)|))) (postfix (tuple 'bad rest1))))
  (((tuple v (cons (tuple ': _) rest)))
   (postfix (tuple 'bad (element 2 (primary rest)))))
  ((r) r))

(defun primary
  (((cons (tuple 'atom _ a) rest)) (tuple (tuple 'term a) rest))
  (((cons (tuple 'integer _ n) rest)) (tuple (tuple 'term n) rest))
  (((cons (tuple 'float _ f) rest)) (tuple (tuple 'term f) rest))
  (((cons (tuple 'char _ c) rest)) (tuple (tuple 'term c) rest))
  (((cons (tuple 'string _ s) rest)) (strings rest s))
  (((cons (tuple 'var _ _) rest)) (tuple 'bad rest))
  (((cons (tuple '|{| _) rest))
   (let (((tuple vs rest1) (seq rest '|}|)))
     (tuple (all-terms vs (lambda (ts) (list_to_tuple ts))) rest1)))
  (((cons (tuple '|[| _) rest)) (list-tail rest))
  (((cons (tuple '|(| _) rest))
   (let (((tuple v rest1) (expr rest)))
     (case rest1
       ((cons (tuple '|)| _) rest2) (tuple v rest2))
       ((cons tok _) (syntax-error tok))
       ('() (syntax-error-end ())))))
  (((cons (tuple '|#| _) (cons (tuple '|{| _) rest))) (map-pairs rest))
  (((cons (tuple '<< _) rest)) (binary-segs rest))
  (((cons (tuple 'fun _)
          (cons (tuple 'atom _ m)
                (cons (tuple ': _)
                      (cons (tuple 'atom _ f)
                            (cons (tuple '/ _) (cons (tuple 'integer _ a) rest)))))))
   (tuple (tuple 'term (erlang:make_fun m f a)) rest))
  (((cons tok _)) (syntax-error tok))
  (('()) (syntax-error-end ())))

(defun strings
  (((cons (tuple 'string _ s) rest) acc) (strings rest (++ acc s)))
  ((rest acc) (tuple (tuple 'term acc) rest)))

(defun all-terms (vs build)
  (if (lists:all (lambda (v) (=/= v 'bad)) vs)
    (tuple 'term (funcall build (lists:map (lambda (v) (element 2 v)) vs)))
    'bad))

;; Comma-separated expressions up to the closing token close.
(defun seq
  (((cons (tuple close _) rest) close) (tuple () rest))
  ((ts close) (seq-more ts close ())))

(defun seq-more (ts close acc)
  (let (((tuple v rest) (expr ts)))
    (case rest
      ((cons (tuple '|,| _) rest1) (seq-more rest1 close (cons v acc)))
      ((cons (tuple c _) rest1) (when (== c close)) (tuple (lists:reverse (cons v acc)) rest1))
      ((cons tok _) (syntax-error tok))
      ('() (syntax-error-end ())))))

(defun list-tail
  (((cons (tuple '|]| _) rest)) (tuple (tuple 'term ()) rest))
  ((ts) (list-more ts ())))

(defun list-more (ts acc)
  (let (((tuple v rest) (expr ts)))
    (case rest
      ((cons (tuple '|,| _) rest1) (list-more rest1 (cons v acc)))
      ((cons (tuple '|]| _) rest1) (tuple (build-list (cons v acc) (tuple 'term ())) rest1))
      ((cons (tuple '|\|| _) rest1)
       (let (((tuple tail rest2) (expr rest1)))
         (case rest2
           ((cons (tuple '|]| _) rest3) (tuple (build-list (cons v acc) tail) rest3))
           ((cons tok _) (syntax-error tok))
           ('() (syntax-error-end ())))))
      ((cons tok _) (syntax-error tok))
      ('() (syntax-error-end ())))))

;; The list of the reversed values rvs ending in tail.
(defun build-list (rvs tail)
  (if (and (=/= tail 'bad) (lists:all (lambda (v) (=/= v 'bad)) rvs))
    (tuple 'term (lists:foldl (lambda (v acc) (cons (element 2 v) acc))
                              (element 2 tail) rvs))
    'bad))

(defun map-pairs
  (((cons (tuple '|}| _) rest)) (tuple (tuple 'term (maps:new)) rest))
  ((ts) (map-more ts ())))

(defun map-more (ts acc)
  (let* (((tuple k rest) (expr ts))
         ((tuple v rest2)
          (case rest
            ((cons (tuple '=> _) rest1) (expr rest1))
            ((cons (tuple ':= _) rest1) (let (((tuple _ r) (expr rest1))) (tuple 'bad r)))
            ((cons tok _) (syntax-error tok))
            ('() (syntax-error-end ()))))
         (acc1 (cons (tuple k v) acc)))
    (case rest2
      ((cons (tuple '|,| _) rest3) (map-more rest3 acc1))
      ((cons (tuple '|}| _) rest3)
       (tuple (if (lists:any (lambda (kv) (or (== (element 1 kv) 'bad) (== (element 2 kv) 'bad)))
                             acc1)
                'bad
                (tuple 'term (maps:from_list
                              (lists:map (lambda (kv) (tuple (element 2 (element 1 kv))
                                                             (element 2 (element 2 kv))))
                                         (lists:reverse acc1)))))
              rest3))
      ((cons tok _) (syntax-error tok))
      ('() (syntax-error-end ())))))

;; ---- binaries -------------------------------------------------------------

(defun binary-segs
  (((cons (tuple '>> _) rest)) (tuple (tuple 'term #b()) rest))
  ((ts) (seg-more ts ())))

(defun seg-more (ts acc)
  (let* (((tuple v rest) (seg-value ts))
         ((tuple size rest1)
          (case rest
            ((cons (tuple ': _) (cons (tuple 'integer _ n) r)) (tuple n r))
            ((cons (tuple ': _) r) (let (((tuple _ r1) (seg-value r))) (tuple 'bad r1)))
            (_ (tuple 'default rest))))
         ((tuple types rest2)
          (case rest1
            ((cons (tuple '/ _) r) (seg-types r ()))
            (_ (tuple () rest1))))
         (acc1 (cons (tuple v size types) acc)))
    (case rest2
      ((cons (tuple '|,| _) rest3) (seg-more rest3 acc1))
      ((cons (tuple '>> _) rest3) (tuple (build-binary (lists:reverse acc1)) rest3))
      ((cons tok _) (syntax-error tok))
      ('() (syntax-error-end ())))))

;; A segment value: a literal, or a parenthesised expression (no calls:
;; a ':' here starts the size).
(defun seg-value
  (((cons (tuple '- _) rest))
   (case (seg-value rest)
     ((tuple (tuple 'term n) r) (when (is_number n)) (tuple (tuple 'term (- n)) r))
     ((tuple _ r) (tuple 'bad r))))
  ((ts) (primary ts)))

(defun seg-types
  (((cons (tuple 'atom _ t) (cons (tuple ': _) (cons (tuple 'integer _ u) rest))) acc)
   (seg-types-more rest (cons (tuple t u) acc)))
  (((cons (tuple 'atom _ t) rest) acc) (seg-types-more rest (cons t acc)))
  (((cons tok _) _) (syntax-error tok))
  (('() _) (syntax-error-end ())))

(defun seg-types-more
  (((cons (tuple '- _) rest) acc) (seg-types rest acc))
  ((rest acc) (tuple (lists:reverse acc) rest)))

(defun build-binary (segs)
  (if (lists:any (lambda (s) (or (== (element 1 s) 'bad) (== (element 2 s) 'bad))) segs)
    'bad
    (tuple 'term
           (lists:foldl (lambda (s acc)
                          (let (((tuple (tuple 'term v) size types) s))
                            (binary (acc bitstring) ((segment v size types) bitstring))))
                        #b() segs))))

;; One segment as a bitstring, following the type list (type, signedness,
;; endianness, unit).  Strings are one segment per character.
(defun segment (v size types)
  (let* ((type (lists:foldl (lambda (t acc)
                              (if (lists:member t '(integer float binary bytes bitstring bits
                                                    utf8 utf16 utf32))
                                t acc))
                            'integer types))
         (little (lists:member 'little types))
         (unit (lists:foldl (lambda (t acc) (case t ((tuple 'unit u) u) (_ acc)))
                            (default-unit type) types))
         (bits (if (== size 'default) (default-size type v) (* size unit))))
    (if (is_list v)
      (lists:foldl (lambda (c acc) (binary (acc bitstring) ((segment c size types) bitstring)))
                   #b() v)
      (case type
        ('integer (int-bits v bits little))
        ('float (if (== bits 32)
                  (if little (binary (v float little (size 32))) (binary (v float (size 32))))
                  (if little (binary (v float little (size 64))) (binary (v float (size 64))))))
        ('utf8 (binary (v utf8)))
        ('utf16 (if little (binary (v utf16 little)) (binary (v utf16))))
        ('utf32 (if little (binary (v utf32 little)) (binary (v utf32))))
        (_ (if (== size 'default) v (binary (v bitstring (size bits)))))))))

(defun default-unit
  (('binary) 8) (('bytes) 8) ((_) 1))

(defun default-size
  (('integer _) 8)
  (('float _) 64)
  ((_ v) (if (is_bitstring v) (bit_size v) 8)))

(defun int-bits (v bits little)
  (if little
    (binary (v little (size bits)))
    (binary (v (size bits)))))

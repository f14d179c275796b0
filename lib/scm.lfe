;;; scm.lfe - LFE's `scm' module: Scheme-style definitions and
;;; syntax-rules macros.
;;;
;;; The compiler expands (scm:begin ...), (scm:define ...),
;;; (scm:define-syntax ...), (scm:let-syntax ...) and (scm:defsyntax ...)
;;; itself (compiler/expand.c); this module gives the same expansions at
;;; run time through LFE-EXPAND-EXPORTED-MACRO/3, and the
;;; macro-by-example functions a syntax-rules macro calls:
;;; mbe_syntax_rules_proc/4 expands a call directly, /5 builds the
;;; expression that would.  A pattern is a list whose symbols bind what
;;; they match, `p ...' matching any number of p (the ellipsis is the
;;; symbol ...), (quote x) matching x itself, (tuple p ...) a tuple, and
;;; keywords (the macro's name first) matching only themselves.  Written
;;; after LFE 2.2.1's scm.erl, whose results it gives (one exception:
;;; let-syntax works here, where LFE 2.2.1's fails with a badmatch).

(defmodule scm
  (export (LFE-EXPAND-EXPORTED-MACRO 3)
          (mbe_syntax_rules_proc 4) (mbe_syntax_rules_proc 5)
          (mbe_match_pat 3) (mbe_get_bindings 3) (mbe_expand_pattern 3)))

;;; ------------------------------------------------------------------
;;; The Scheme macros.

(defun LFE-EXPAND-EXPORTED-MACRO
  "#(yes Expansion) for scm's macros begin, define, define-syntax,
  let-syntax and defsyntax; no for anything else."
  (('begin body _) (tuple 'yes (cons 'progn body)))
  (('define (cons head body) _)
   (tuple 'yes
          (if (symbol-list? head)
            (list 'define-function (hd head) () (list* 'lambda (tl head) body))
            (list 'define-function head () body))))
  (('define-syntax (list name def) _)
   (tuple 'yes (list 'define-macro name () (syntax-def name def))))
  (('let-syntax (cons defs body) _)
   (tuple 'yes
          (list* 'let-macro
                 (lists:map (lambda (d)
                              (let (((list name def) d))
                                (list name (syntax-def name def))))
                            defs)
                 body)))
  (('defsyntax (cons name rules) _)
   (tuple 'yes (list 'define-macro name () (rules-def name () rules))))
  ((_ _ _) 'no))

(defun symbol-list?
  "Is x a proper list of atoms?"
  (((cons x rest)) (andalso (is_atom x) (symbol-list? rest)))
  ((x) (=:= x ())))

(defun syntax-def
  "The macro function of a define-syntax: (macro clause ...) or
  (syntax-rules rule ...)."
  ((_ (cons 'macro clauses))
   (cons 'match-lambda
         (lists:map (lambda (c) (cons (list (hd c) '$ENV) (tl c))) clauses)))
  ((name (cons 'syntax-rules rules)) (rules-def name () rules)))

(defun rules-def (name keywords rules)
  "A macro function calling mbe_syntax_rules_proc/4 on its arguments."
  `(lambda (args $ENV)
     (: scm mbe_syntax_rules_proc ',name ',keywords ',rules args)))

;;; ------------------------------------------------------------------
;;; Macro by example.

(defun symbol? (x)
  "A pattern variable or keyword: an atom but not a boolean."
  (andalso (is_atom x) (not (is_boolean x))))

(defun keyword? (x ks)
  (lists:member x ks))

(defun mbe_match_pat
  "Does the expression e match the pattern p (keywords ks)?"
  (((list 'quote x) e _) (=:= x e))
  (((cons 'tuple ps) (cons 'tuple es) ks) (mbe_match_pat ps es ks))
  (((cons 'tuple ps) e ks)
   (andalso (is_tuple e) (mbe_match_pat ps (tuple_to_list e) ks)))
  (((list* p '|...| _) e ks)
   (andalso (proper-list? e)
            (lists:all (lambda (x) (mbe_match_pat p x ks)) e)))
  (((cons p ps) e ks)
   (case e
     ((cons x xs) (andalso (mbe_match_pat p x ks) (mbe_match_pat ps xs ks)))
     (_ 'false)))
  ((p e ks)
   (if (andalso (symbol? p) (not (keyword? p ks)))
     'true
     (=:= p e))))

(defun proper-list?
  (((cons _ rest)) (proper-list? rest))
  ((x) (=:= x ())))

(defun nestings
  "The pattern variables of p, an ellipsis giving a nested list."
  (((list 'quote _) _) ())
  (((cons 'tuple ps) ks) (nestings ps ks))
  (((list* p '|...| rest) ks) (cons (nestings p ks) (nestings rest ks)))
  (((cons p ps) ks) (++ (nestings p ks) (nestings ps ks)))
  ((p ks)
   (if (andalso (symbol? p) (not (keyword? p ks))) (list p) ())))

(defun mbe_get_bindings
  "The bindings of p's variables to the parts of e: (var . value), and
  for `p ...' (nestings bindings-of-each-element ...)."
  (((list 'quote _) _ _) ())
  (((cons 'tuple ps) (cons 'tuple es) ks) (mbe_get_bindings ps es ks))
  (((cons 'tuple ps) e ks) (mbe_get_bindings ps (tuple_to_list e) ks))
  (((list* p '|...| _) e ks)
   (list (cons (nestings p ks)
               (lists:map (lambda (x) (mbe_get_bindings p x ks)) e))))
  (((cons p ps) (cons x xs) ks)
   (++ (mbe_get_bindings p x ks) (mbe_get_bindings ps xs ks)))
  ((p e ks)
   (if (andalso (symbol? p) (not (keyword? p ks))) (list (cons p e)) ())))

(defun mbe_expand_pattern
  "The template p with its variables replaced by their bindings in r."
  (((list 'quote x) r ks) (list 'quote (mbe_expand_pattern x r ks)))
  (((cons 'tuple ps) r ks) (cons 'tuple (mbe_expand_pattern ps r ks)))
  (((list* p '|...| rest) r ks)
   (let ((envs (ellipsis-envs (nestings p ks) r)))
     (++ (lists:map (lambda (r1) (mbe_expand_pattern p (++ r1 r) ks)) envs)
         (mbe_expand_pattern rest r ks))))
  (((cons p ps) r ks)
   (cons (mbe_expand_pattern p r ks) (mbe_expand_pattern ps r ks)))
  ((p r ks)
   (if (andalso (symbol? p) (not (keyword? p ks)))
     (case (lists:dropwhile (lambda (b) (=/= (car b) p)) r)
       ((cons (cons _ v) _) v)
       (() p))
     p)))

(defun ellipsis-envs
  "The element bindings of the first ellipsis binding in r sharing a
  variable with nestings; false when there is none."
  ((_ ()) 'false)
  ((ns (cons b r))
   (if (shares? ns (car b)) (cdr b) (ellipsis-envs ns r))))

(defun shares? (xs ys)
  (if (orelse (symbol? xs) (symbol? ys))
    (=:= xs ys)
    (lists:any (lambda (x) (lists:any (lambda (y) (shares? x y)) ys)) xs)))

(defun mbe_syntax_rules_proc (name keywords rules args)
  "The expansion of (name . args) by the first of rules ((pattern
  template) ...) whose pattern matches args."
  (let ((ks (cons name keywords)))
    (case (lists:dropwhile
            (lambda (rule)
              (let (((list pat _) rule)) (not (mbe_match_pat pat args ks))))
            rules)
      ((cons (list pat template) _)
       (mbe_expand_pattern template (mbe_get_bindings pat args ks) ks))
      (() (erlang:error (tuple 'expand_macro (cons name args)
                               'macro_clause))))))

(defun mbe_syntax_rules_proc (name keywords rules argsym ksym)
  "The expression that expands a call of the syntax-rules macro name,
  its arguments in the variable argsym (keywords in ksym)."
  (let ((ks (cons name keywords)))
    `(let ((,ksym ',ks))
       (cond
        ,@(lists:map
            (lambda (rule)
              (let (((list pat template) rule))
                `((: lfe_macro mbe_match_pat ',pat ,argsym ,ksym)
                  (let ((r (: lfe_macro mbe_get_bindings ',pat ,argsym ,ksym)))
                    (: lfe_macro mbe_expand_pattern ',template r ,ksym)))))
            rules)
        ('true (: erlang error (tuple 'expand_macro (cons ',name ,argsym)
                                      'macro_clause)))))))

;;; clj.lfe - LFE's `clj' module: Clojure-flavoured macros and functions.
;;;
;;; The macros are exported (export-macro), so another module writes
;;; (clj:-> x (f) (g)) and the compiler expands it through this module's
;;; LFE-EXPAND-EXPORTED-MACRO/3; (include-lib "lfe/include/clj.lfe")
;;; defines the same names unqualified.  The threading macros (->, ->>,
;;; as->, cond->, some->, ...), the conditionals (if-let, condp, iff, ...),
;;; the predicates (tuple?, even?, nil?, ...) and defn/fn expand to the
;;; same code as in LFE 2.2.1.  The functions (comp, partial, the lazy
;;; sequences of next/range/cycle/repeat, take, drop, partition, get-in,
;;; ...) behave as LFE 2.2.1's, odd corners included (get-in on a dict
;;; answers the keys, as there).  The macros' helpers are ordinary local
;;; functions: they run at compile time inside the generated expander.

(defmodule clj
  (export (comp 0) (comp 1) (comp 2) (comp 3) (partial 2)
          (string? 1) (unicode? 1) (list? 1) (set? 1) (dict? 1)
          (proplist? 1) (proplist-kv? 1) (queue? 1) (empty? 1)
          (every? 2) (all? 2) (any? 2) (not-any? 2) (element? 2)
          (seq 1) (seq 2) (seq 3) (next 1) (next 2) (next 3) (cycle 1)
          (range 0) (range 1) (range 2) (drop 2) (take 2) (split-at 2)
          (partition 2) (partition 3) (partition 4)
          (partition-all 2) (partition-all 3) (interleave 2)
          (get-in 2) (get-in 3) (reduce 2) (reduce 3) (repeat 1) (repeat 2)
          (identity 1) (constantly 1) (inc 1) (dec 1))
  (export-macro defn defn- fn)
  (export-macro -> ->> as-> cond-> cond->> some-> some->> doto)
  (export-macro if-let iff-let condp if-not iff when-not not=)
  (export-macro
   tuple? atom? binary? bitstring? boolean? bool? float? function? func?
   integer? int? number? record? reference? map? undefined? undef? nil?
   true? false? falsy? odd? even? zero? pos? neg? identical?)
  (export-macro str lazy-seq conj)
  ;; Listed as LFE lists it; `if' is a core form, so (clj:if ...) is
  ;; not expanded there either.
  (export-macro if))

;;; ------------------------------------------------------------------
;;; Expansion helpers (called by the macros at compile time).

(defun falsy-case (test then else)
  "A case on test: else for false and undefined, then for anything else."
  `(case ,test
     ('false ,else)
     ('undefined ,else)
     (_ ,then)))

(defun thread-one (x form last?)
  "Put x into one threading step form: second (->) or last (->>) item."
  (case form
    ((cons 'fun _) (list 'funcall form x))
    ((list 'quote (cons y ys))
     (if last?
       (list 'list* (list 'quote y) (cons 'quote ys) (list 'list x))
       (list 'list* (list 'quote y) x (list 'quote ys))))
    ((list 'quote y) (list 'list (list 'quote y) x))
    ((cons f args)
     (if last?
       (cons f (++ args (list x)))
       (list* f x args)))
    (_ (list 'list form x))))

(defun thread (x forms last?)
  "Thread x through forms, each result going into the next form."
  (lists:foldl (lambda (form acc) (thread-one acc form last?)) x forms))

(defun cond-thread (name x clauses last?)
  "cond-> and cond->>: thread x through each form whose test holds."
  (case clauses
    (() x)
    ((list _)
     (error (++ (atom_to_list name) " requires test/sexp pairs.")))
    ((list* test form rest)
     (cond-thread name (falsy-case test (thread-one x form last?) x)
                  rest last?))))

(defun some-thread (x forms last?)
  "some-> and some->>: stop threading at the first undefined."
  (lists:foldl
    (lambda (form acc)
      `(if (=:= 'undefined ,acc) 'undefined ,(thread-one acc form last?)))
    x forms))

(defun as-thread
  "as->: bind name to each result in turn."
  ((x _name ()) x)
  ((x name (cons form rest))
   (as-thread `(let ((,name ,x)) ,form) name rest)))

(defun condp-clauses
  "condp: the nested cases testing (pred test expr) for each clause."
  ((pred expr (list* test '>> f rest))
   `(case (funcall ,pred ,test ,expr)
      ('false ,(condp-clauses pred expr rest))
      ('undefined ,(condp-clauses pred expr rest))
      (-P- (funcall ,f -P-))))
  ((pred expr (list* test result rest))
   (falsy-case `(funcall ,pred ,test ,expr) result
               (condp-clauses pred expr rest)))
  ((_ _ (list default)) default)
  ((_ expr ()) `(error 'no-matching-clause (list ,expr))))

(defun defn-arity (defun-form)
  "The arity of the function a defun form defines."
  (case (lists:last (lfe:macroexpand-1 defun-form))
    ((list* 'match-lambda (cons pats _) _) (length pats))
    ((list* 'lambda args _) (length args))))

;;; ------------------------------------------------------------------
;;; Function macros.

(defmacro defn
  "name args [doc] body ... | name [doc] clause ...
  Define a function and export it."
  ((cons name rest)
   (let ((def `(defun ,name ,@rest)))
     `(progn ,def
             (extend-module () ((export (,name ,(defn-arity def)))))))))

(defmacro defn- args
  "Define a function, not exported: the same as defun."
  `(defun ,@args))

(defmacro fn args
  "The same as lambda."
  `(lambda ,@args))

;;; ------------------------------------------------------------------
;;; Threading macros.

(defmacro -> args
  "x form ...: thread x through the forms as their second item."
  (thread (car args) (cdr args) 'false))

(defmacro ->> args
  "x form ...: thread x through the forms as their last item."
  (thread (car args) (cdr args) 'true))

(defmacro as-> args
  "expr name form ...: bind name to expr, then to each form's value."
  (as-thread (car args) (cadr args) (cddr args)))

(defmacro cond-> args
  "expr test form ...: thread (as ->) through the forms whose test holds."
  (cond-thread 'cond-> (car args) (cdr args) 'false))

(defmacro cond->> args
  "expr test form ...: thread (as ->>) through the forms whose test holds."
  (cond-thread 'cond->> (car args) (cdr args) 'true))

(defmacro some-> args
  "x form ...: thread as ->, giving undefined at the first undefined."
  (some-thread (car args) (cdr args) 'false))

(defmacro some->> args
  "x form ...: thread as ->>, giving undefined at the first undefined."
  (some-thread (car args) (cdr args) 'true))

(defmacro doto
  "x form ...: call each form with x as its first argument; return x."
  ((cons x forms)
   `(let ((x* ,x))
      ,@(lists:map (match-lambda
                     (((cons f args)) (list* f 'x* args))
                     ((f) (list f 'x*)))
                   forms)
      x*)))

;;; ------------------------------------------------------------------
;;; Conditional macros.

(defmacro if-let
  "((pattern test) then [else]): then with pattern bound when test is
  neither false nor undefined (and matches), else (default undefined)."
  ((list (list pat test) then) (if-let-case pat test then ''undefined))
  ((list (list pat test) then else) (if-let-case pat test then else)))

(defun if-let-case (pat test then else)
  `(case ,test
     ('false ,else)
     ('undefined ,else)
     (,pat ,then)
     (_ ,else)))

(defmacro iff-let
  "(((pattern test)) body ...): body when test is truthy and matches."
  ((cons (list (list pat test)) body)
   `(case ,test
      ('false 'undefined)
      ('undefined 'undefined)
      (,pat ,@body)
      (_ 'undefined))))

(defmacro condp args
  "pred expr clause ...: clauses are `test result' or `test >> fun',
  with an optional default; no match is error no-matching-clause."
  (condp-clauses (car args) (cadr args) (cddr args)))

(defmacro if-not
  "test then [else]: then when test is false or undefined."
  ((list test then) (falsy-case test ''undefined then))
  ((list test then else) (falsy-case test else then)))

(defmacro iff
  "test body ...: body when test is neither false nor undefined."
  ((cons test body) (falsy-case test `(progn ,@body) ''undefined)))

(defmacro when-not
  "test body ...: body when test is false or undefined."
  ((cons test body) (falsy-case test ''undefined `(progn ,@body))))

(defmacro not=
  "x y ...: (not (== x y ...)); false for one argument."
  ((list _) ''false)
  ((list* x y more) `(not (== ,x ,y ,@more))))

;;; ------------------------------------------------------------------
;;; Predicate macros.

(defmacro tuple? (x) "Is x a tuple?" `(is_tuple ,x))
(defmacro atom? (x) "Is x an atom?" `(is_atom ,x))
(defmacro binary? (x) "Is x a binary?" `(is_binary ,x))
(defmacro bitstring? (x) "Is x a bitstring?" `(is_bitstring ,x))
(defmacro boolean? (x) "Is x a boolean?" `(is_boolean ,x))
(defmacro bool? (x) "Is x a boolean?" `(is_boolean ,x))
(defmacro float? (x) "Is x a float?" `(is_float ,x))
(defmacro integer? (x) "Is x an integer?" `(is_integer ,x))
(defmacro int? (x) "Is x an integer?" `(is_integer ,x))
(defmacro number? (x) "Is x a number?" `(is_number ,x))
(defmacro reference? (x) "Is x a reference?" `(is_reference ,x))
(defmacro map? (x) "Is x a map?" `(call 'erlang 'is_map ,x))
(defmacro undefined? (x) "Is x undefined?" `(=:= 'undefined ,x))
(defmacro undef? (x) "Is x undefined?" `(=:= 'undefined ,x))
(defmacro true? (x) "Is x true?" `(=:= 'true ,x))
(defmacro false? (x) "Is x false?" `(=:= 'false ,x))
(defmacro zero? (x) "Is x zero (==)?" `(== 0 ,x))
(defmacro pos? (x) "Is x above zero?" `(> ,x 0))
(defmacro neg? (x) "Is x below zero?" `(< ,x 0))
(defmacro even? (x) "Is x even?" `(clj:zero? (band 1 ,x)))
(defmacro odd? (x) "Is x odd?" `(not (clj:even? ,x)))
(defmacro identical? (x y) "Is x exactly y (=:=)?" `(=:= ,x ,y))

(defmacro nil? (x)
  "Is x nil or the empty list?"
  `(orelse (=:= 'nil ,x) (=:= () ,x)))

(defmacro falsy? (x)
  "Is x false or undefined?"
  `(orelse (=:= 'false ,x) (=:= 'undefined ,x)))

(defmacro function?
  "f [n]: is f a function (of arity n)?"
  ((list f) `(is_function ,f))
  ((list f n) `(is_function ,f ,n)))

(defmacro func?
  "f [n]: is f a function (of arity n)?"
  ((list f) `(is_function ,f))
  ((list f n) `(is_function ,f ,n)))

(defmacro record?
  "x tag [size]: is x a record tagged tag (of size elements)?"
  ((list x tag) `(andalso (is_tuple ,x) (=:= (tref ,x 1) ,tag)))
  ((list x tag size) `(is_record ,x ,tag ,size)))

;;; ------------------------------------------------------------------
;;; Other macros.

(defmacro str args
  "Concatenate the printed forms of the arguments (strings as they are)."
  `(lists:flatmap
     (lambda (arg)
       (clj:cond-> arg (not (clj:string? arg)) (lfe_io:print1)))
     (list ,@args)))

(defmacro lazy-seq
  "seq: a lazy sequence from a list, or from a lazy sequence (a thunk)."
  ((list ()) ())
  ((list s)
   `(lambda ()
      (let ((seq* ,s))
        (if (is_function seq* 0)
          (funcall seq*)
          (fletrec ((-lazy-seq
                     ((()) ())
                     (((cons h t)) (cons h (lambda () (-lazy-seq t))))))
            (-lazy-seq seq*)))))))

(defmacro conj
  "coll x ...: prepend to a list, append to a tuple, merge into a map."
  ((cons coll xs)
   `(cond ((is_list ,coll) (++ (lists:reverse (list ,@xs)) ,coll))
          ((is_tuple ,coll)
           (lists:foldl (lambda (x acc) (erlang:append_element acc x))
                        ,coll (list ,@xs)))
          ((clj:map? ,coll)
           (lists:foldl (lambda (x acc) (maps:merge acc x))
                        ,coll (list ,@xs))))))

;;; ------------------------------------------------------------------
;;; Composition and partial application.

(defun comp
  "Compose f and g, or apply the composition of the list fs to x."
  ((f g) (when (is_function g))
   (lambda (x) (funcall f (funcall g x))))
  ((fs x) (funcall (comp fs) x)))

(defun comp (f g x)
  "Apply the composition of f and g to x."
  (funcall (comp f g) x))

(defun comp (fs)
  "Compose a list of functions, the last applied first."
  (lists:foldr #'comp/2 #'identity/1 fs))

(defun comp ()
  "The identity function."
  #'identity/1)

(defun partial
  "f with its first argument(s) given: a function of one more argument
  (or a list of more arguments)."
  ((f before) (when (is_list before))
   (lambda (more)
     (if (is_list more)
       (apply f (++ before more))
       (apply f (++ before (list more))))))
  ((f first)
   (lambda (more)
     (if (is_list more)
       (apply f (cons first more))
       (funcall f first more)))))

;;; ------------------------------------------------------------------
;;; Predicates.

(defun string? (x)
  "Is x a flat list of printable characters?"
  (io_lib:printable_list x))

(defun unicode? (x)
  "Is x a flat list of printable Unicode characters?"
  (io_lib:printable_unicode_list x))

(defun list? (x)
  "Is x a list that is not a string?"
  (andalso (is_list x) (not (string? x))))

(defun set? (x)
  "Is x a set (sets or ordsets)?"
  (orelse (sets:is_set x) (ordsets:is_set x)))

(defun dict? (x)
  "Is x a dict (a tuple tagged dict)?"
  (andalso (is_tuple x) (> (tuple_size x) 0) (=:= 'dict (element 1 x))))

(defun proplist? (x)
  "Is x a list of atoms and #(atom value) pairs?"
  (andalso (is_list x) (lists:all #'proplist-kv?/1 x)))

(defun proplist-kv?
  "Is x an atom or a #(atom value) pair?"
  (((tuple k _)) (when (is_atom k)) 'true)
  ((x) (is_atom x)))

(defun queue? (x)
  "Is x a queue?"
  (queue:is_queue x))

(defun empty? (x)
  "Is x an empty list, tuple, map, dict, queue or gb_set?"
  (orelse (=:= () x) (=:= #() x)
          (andalso (is_map x) (=:= 0 (map_size x)))
          (andalso (dict? x) (dict:is_empty x))
          (andalso (queue? x) (queue:is_empty x))
          (gb_sets:is_empty x)))

(defun every? (pred xs)
  "Does pred hold for every element of xs?"
  (lists:all pred xs))

(defun all? (pred xs)
  "Does pred hold for every element of xs?"
  (lists:all pred xs))

(defun any? (pred xs)
  "Does pred hold for some element of xs?"
  (lists:any pred xs))

(defun not-any? (pred xs)
  "Does pred hold for no element of xs?"
  (not (lists:any pred xs)))

(defun element? (x coll)
  "Is x an element of the list, set or ordset coll?"
  (cond ((is_list coll) (lists:member x coll))
        ((sets:is_set coll) (sets:is_element x coll))
        ((ordsets:is_set coll) (ordsets:is_element x coll))
        ('true 'false)))

;;; ------------------------------------------------------------------
;;; Sequences.  A lazy sequence is a thunk giving () or (head . thunk).

(defun seq (end)
  "The integers 1 to end."
  (lists:seq 1 end 1))

(defun seq (start end)
  "The integers start to end."
  (lists:seq start end 1))

(defun seq (start end step)
  "The integers from start by step up to end (lists:seq)."
  (lists:seq start end step))

(defun next (f)
  "(next f 1 1)."
  (next f 1 1))

(defun next (f start)
  "(next f start 1)."
  (next f start 1))

(defun next (f x step)
  "The lazy sequence x, (f x step), (f (f x step) step), ..."
  (lambda () (cons x (next f (funcall f x step) step))))

(defun cycle
  "The elements of a list or lazy sequence, repeated without end."
  ((()) ())
  ((xs) (lambda () (cycle-from xs ()))))

(defun cycle-from
  ((() seen) (cycle-from (lists:reverse seen) ()))
  ((f seen) (when (is_function f 0)) (cycle-from (funcall f) seen))
  (((cons x rest) seen)
   (cons x (lambda () (cycle-from rest (cons x seen))))))

(defun range ()
  "The lazy sequence 1, 2, 3, ..."
  (next #'+/2 1 1))

(defun range (start)
  "The lazy sequence start, start+1, ..."
  (next #'+/2 start 1))

(defun range (start step)
  "The lazy sequence start, start+step, ..."
  (next #'+/2 start step))

(defun drop
  "All but the first n elements of a list or lazy sequence (all: none)."
  ((_ ()) ())
  ((0 xs) xs)
  (('all xs) (when (is_list xs)) ())
  ((n f) (when (is_function f)) (lambda () (drop-lazy n (funcall f))))
  ((n (cons _ rest)) (drop (- n 1) rest)))

(defun drop-lazy
  ((_ ()) ())
  ((0 cell) cell)
  ((n (cons _ rest)) (when (is_function rest))
   (drop-lazy (- n 1) (funcall rest))))

(defun take
  "The first n elements of a list or lazy sequence (all: the list)."
  ((_ ()) ())
  ((0 _) ())
  (('all xs) (when (is_list xs)) xs)
  ((n xs) (when (is_list xs)) (lists:sublist xs n))
  ((n f) (when (is_function f 0) (is_integer n) (> n 0))
   (take-lazy n () (funcall f))))

(defun take-lazy
  ((_ acc ()) (lists:reverse acc))
  ((1 acc (cons x _)) (lists:reverse (cons x acc)))
  ((n acc (cons x f)) (take-lazy (- n 1) (cons x acc) (funcall f))))

(defun split-at (n xs)
  "#(first-n-elements the-rest)."
  (tuple (take n xs) (drop n xs)))

(defun partition (n xs)
  "Lists of n elements; an incomplete last one is dropped."
  (partition n n xs))

(defun partition (n step xs)
  "Lists of n elements starting step apart; incomplete ones dropped."
  (partition-loop n step () 'false () xs))

(defun partition (n step pad xs)
  "As partition/3, the last list completed from pad (as far as it goes)."
  (partition-loop n step pad 'true () xs))

(defun partition-all (n xs)
  "Lists of n elements, the last one possibly shorter."
  (partition-all n n xs))

(defun partition-all (n step xs)
  "Lists of n elements starting step apart, the last possibly shorter."
  (partition-loop n step () 'true () xs))

(defun partition-loop
  ((0 _ _ _ _ xs) xs)
  ((_ _ _ _ acc ()) (lists:reverse acc))
  ((n step pad keep-short acc xs)
   (let ((part (take n xs)))
     (cond ((== n (length part))
            (partition-loop n step pad keep-short (cons part acc)
                            (drop step xs)))
           ((== keep-short 'false) (lists:reverse acc))
           ((== pad ()) (lists:reverse (cons (take n part) acc)))
           ('true
            (lists:reverse (cons (take n (++ part pad)) acc)))))))

(defun interleave (xs ys)
  "x1, y1, x2, y2, ... as far as the shorter list goes."
  (interleave-loop () xs ys))

(defun interleave-loop
  ((acc (cons x xs) (cons y ys)) (interleave-loop (list* y x acc) xs ys))
  ((acc _ _) (lists:reverse acc)))

(defun get-in (data keys)
  "(get-in data keys 'undefined)."
  (get-in data keys 'undefined))

(defun get-in (data keys default)
  "The value at the path keys in nested proplists, maps or lists
  (1-based indexes), or default."
  (get-path data keys default))

(defun get-path
  ((data () _) data)
  ((data keys default)
   (cond ((proplist? data)
          (get-each (lambda (k x) (proplists:get_value k x default))
                    data keys))
         ;; LFE 2.2.1 answers the keys for a dict.
         ((dict? data) keys)
         ((list? data) (get-in-list data keys default))
         ((is_map data)
          (get-each (lambda (k x) (maps:get k x default)) data keys))
         ('true default))))

(defun get-each
  ((get x (list k)) (funcall get k x))
  ((get x (cons k ks)) (get-each get (funcall get k x) ks)))

(defun get-in-list
  ((xs () _) xs)
  ((xs (cons n ks) default) (when (is_integer n))
   (get-path (try (lists:nth n xs)
               (catch ((tuple 'error 'function_clause _) default)))
             ks default)))

(defun reduce
  "Fold f over the tail of a list, starting from its head."
  ((f (cons x xs)) (lists:foldl f x xs)))

(defun reduce (f acc xs)
  "lists:foldl."
  (lists:foldl f acc xs))

(defun repeat (x)
  "The lazy sequence x, x, x, ..."
  (next (lambda (y _) y) x x))

(defun repeat
  "n results of calling the thunk f (the first call last), or n x's."
  ((n f) (when (is_function f) (is_integer n) (>= n 0))
   (repeat-calls n f ()))
  ((n x) (lists:duplicate n x)))

(defun repeat-calls
  ((0 _ acc) acc)
  ((n f acc) (repeat-calls (- n 1) f (cons (funcall f) acc))))

;;; ------------------------------------------------------------------
;;; Small functions.

(defun identity (x)
  "x."
  x)

(defun constantly (x)
  "A function of one argument always answering x."
  (lambda (_) x))

(defun inc (x)
  "x + 1."
  (+ x 1))

(defun dec (x)
  "x - 1."
  (- x 1))

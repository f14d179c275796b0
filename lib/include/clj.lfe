;;; clj.lfe - (include-lib "lfe/include/clj.lfe"): clj's macros without
;;; the clj: prefix.  Each macro here passes its arguments on to the
;;; macro of the same name in the clj module (lib/clj.lfe); the names
;;; are those LFE 2.2.1's include file defines.

;; Functions.
(defmacro defn args (cons 'clj:defn args))
(defmacro defn- args (cons 'clj:defn- args))
(defmacro fn args (cons 'clj:fn args))

;; Threading.
(defmacro -> args (cons 'clj:-> args))
(defmacro ->> args (cons 'clj:->> args))
(defmacro as-> args (cons 'clj:as-> args))
(defmacro cond-> args (cons 'clj:cond-> args))
(defmacro cond->> args (cons 'clj:cond->> args))
(defmacro some-> args (cons 'clj:some-> args))
(defmacro some->> args (cons 'clj:some->> args))
(defmacro doto args (cons 'clj:doto args))

;; Conditionals.
(defmacro if-let args (cons 'clj:if-let args))
(defmacro iff-let args (cons 'clj:iff-let args))
(defmacro condp args (cons 'clj:condp args))
(defmacro if-not args (cons 'clj:if-not args))
(defmacro iff args (cons 'clj:iff args))
(defmacro when-not args (cons 'clj:when-not args))
(defmacro not= args (cons 'clj:not= args))

;; Predicates.
(defmacro tuple? args (cons 'clj:tuple? args))
(defmacro atom? args (cons 'clj:atom? args))
(defmacro binary? args (cons 'clj:binary? args))
(defmacro bitstring? args (cons 'clj:bitstring? args))
(defmacro boolean? args (cons 'clj:boolean? args))
(defmacro bool? args (cons 'clj:bool? args))
(defmacro float? args (cons 'clj:float? args))
(defmacro function? args (cons 'clj:function? args))
(defmacro func? args (cons 'clj:func? args))
(defmacro integer? args (cons 'clj:integer? args))
(defmacro int? args (cons 'clj:int? args))
(defmacro number? args (cons 'clj:number? args))
(defmacro record? args (cons 'clj:record? args))
(defmacro reference? args (cons 'clj:reference? args))
(defmacro map? args (cons 'clj:map? args))
(defmacro undefined? args (cons 'clj:undefined? args))
(defmacro undef? args (cons 'clj:undef? args))
(defmacro nil? args (cons 'clj:nil? args))
(defmacro true? args (cons 'clj:true? args))
(defmacro false? args (cons 'clj:false? args))
(defmacro odd? args (cons 'clj:odd? args))
(defmacro even? args (cons 'clj:even? args))
(defmacro zero? args (cons 'clj:zero? args))
(defmacro pos? args (cons 'clj:pos? args))
(defmacro neg? args (cons 'clj:neg? args))
(defmacro identical? args (cons 'clj:identical? args))

;; Strings.
(defmacro str args (cons 'clj:str args))

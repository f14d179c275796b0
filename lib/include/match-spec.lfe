;;; match-spec.lfe - (include-lib "lfe/include/match-spec.lfe"): the
;;; match-spec macro, (match-spec clause ...), which turns match-lambda
;;; style clauses into an ETS/trace match specification.  elfe's
;;; compiler has the same translation built in as ets-ms, so this is
;;; that under LFE's other name.

(defmacro match-spec clauses (cons 'ets-ms clauses))

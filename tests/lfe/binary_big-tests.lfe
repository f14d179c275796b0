;;; binary_big-tests.lfe - the binary module on subjects big enough to be
;;; searched in slices (lib/binary.lfe): split, matches, replace, copy and
;;; bin_to_list on 300 KB, and their errors.  Expected values were printed
;;; by Erlang/OTP 25 for the same calls (the md5 of term_to_binary of each
;;; result); the slice size is also made tiny so matches cross slices.
;;; Run: (binary_big-tests:main); prints ok/FAIL per check and a summary.

(defmodule binary_big-tests
  (export (main 0)))

(defun check (name expected thunk) (harness:check name expected thunk))

(defun subject () (binary:copy #"ab\nxba" 50000))

(defun h (x) (erlang:md5 (term_to_binary x)))

(defun main ()
  (checks "")
  ;; Slices of 7 bytes: every pattern crosses slice ends somewhere.
  (put 'elfe_binary_scan_step 7)
  (checks "-tiny-slices")
  (erase 'elfe_binary_scan_step)
  (errors)
  (harness:summary))

(defun checks (sfx)
  (let ((s (subject)))
    (check (++ "split-global" sfx) '#(ok #B(0 61 18 77 67 134 138 218 64 98 69 91 83 161 94 50))
      (lambda () (h (binary:split s #"\n" '(global)))))
    (check (++ "split-global-count" sfx) '#(ok #(50001 #"ab" #"xba"))
      (lambda () (let ((l (binary:split s #"\n" '(global)))) (tuple (length l) (hd l) (lists:last l)))))
    (check (++ "split-first-longest" sfx) '#(ok #B(59 145 20 40 68 46 146 152 209 161 124 2 25 145 255 169))
      (lambda () (h (binary:split s '(#"ba" #"b")))))
    (check (++ "split-trim_all" sfx) '#(ok #B(167 139 2 56 213 97 204 150 86 133 16 108 201 153 129 107))
      (lambda () (h (binary:split s #"a" '(global trim_all)))))
    (check (++ "split-trim" sfx) '#(ok #B(28 3 3 238 45 156 136 103 61 161 134 17 2 38 58 71))
      (lambda () (h (binary:split s #"a" '(global trim)))))
    (check (++ "split-scope" sfx) '#(ok #B(179 235 177 37 250 135 244 166 9 34 214 241 95 123 202 53))
      (lambda () (h (binary:split s #"ab" '(global #(scope #(100 200000)))))))
    (check (++ "split-nomatch" sfx) '#(ok true)
      (lambda () (=:= (binary:split s #"zz" '(global)) (list s))))
    (check (++ "matches" sfx) '#(ok #B(46 178 22 19 105 156 111 57 64 25 230 208 43 34 65 242))
      (lambda () (h (binary:matches s '(#"a" #"ab")))))
    (check (++ "matches-head" sfx) '#(ok #(100000 (#(0 2) #(5 1) #(6 2))))
      (lambda () (let ((m (binary:matches s '(#"a" #"ab")))) (tuple (length m) (lists:sublist m 3)))))
    (check (++ "matches-scope-neg" sfx) '#(ok #B(68 69 220 96 192 110 71 141 152 75 181 1 191 165 193 252))
      (lambda () (h (binary:matches s #"ba" '(#(scope #(299999 -200000)))))))
    (check (++ "replace-insert" sfx) '#(ok #B(47 23 98 4 96 119 0 123 133 190 84 69 18 142 212 198))
      (lambda () (h (binary:replace s #"\n" #"<>" '(global #(insert_replaced 1))))))
    (check (++ "replace-first" sfx) '#(ok #B(254 208 246 199 186 79 207 173 252 150 246 143 126 128 144 140))
      (lambda () (h (binary:replace s #"x" #"YY"))))
    (check (++ "replace-empty" sfx) '#(ok #B(85 31 109 134 213 153 228 4 122 85 168 38 235 4 211 50))
      (lambda () (h (binary:replace s '(#"b" #"ba") #"" '(global)))))
    (check (++ "copy-3" sfx) '#(ok #B(232 47 106 140 139 144 11 170 72 178 174 240 54 24 118 130))
      (lambda () (h (binary:copy s 3))))
    (check (++ "copy-1" sfx) '#(ok true) (lambda () (=:= (binary:copy s) s)))
    (check (++ "bin_to_list" sfx) '#(ok #B(152 121 239 4 72 251 16 95 183 6 104 39 190 58 248 251))
      (lambda () (h (binary:bin_to_list s))))))

(defun errors ()
  (let ((s (subject)))
    (check "err-empty-pattern" '#(error badarg) (lambda () (binary:split s #"")))
    (check "err-matches-global" '#(error badarg) (lambda () (binary:matches s #"a" '(global))))
    (check "err-insert" '#(error badarg)
      (lambda () (binary:replace s #"a" #"b" '(#(insert_replaced 5)))))
    (check "err-scope" '#(error badarg)
      (lambda () (binary:split s #"a" '(#(scope #(0 400000))))))
    (check "err-frame" '#(ok #(binary split 3))
      (lambda ()
        (case (catch (binary:split s #"a" '(bogus)))
          ((tuple 'EXIT (tuple 'badarg (cons (tuple m f a _) _))) (tuple m f (length a))))))))

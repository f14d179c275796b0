;;; digest-tests.lfe - erlang:crc32/1,2, crc32_combine/3, adler32/1,2,
;;; adler32_combine/3 and md5/1, md5_init/0, md5_update/2, md5_final/1.
;;; Expected values were printed by Erlang/OTP 25 for the same inputs.
;;; Run: (digest-tests:main); prints ok/FAIL per check and a summary line.

(defmodule digest-tests
  (export (main 0)))

(defun main ()
  (harness:check "crc32"
    '#(ok (891568578 891568578 0 2240272485 3681351380))
    (lambda () (list (erlang:crc32 #"abc") (erlang:crc32 (list "a" #"b" 99))
                     (erlang:crc32 ()) (erlang:crc32 "abcde")
                     (erlang:crc32 4294967295 (lists:seq 0 255)))))
  (harness:check "crc32-binary-tail"
    '#(ok 891568578)
    (lambda () (erlang:crc32 (cons 97 (cons () #"bc")))))
  (harness:check "crc32/2" '#(ok (1837155955 5))
    (lambda () (list (erlang:crc32 123 #"abc") (erlang:crc32 5 ""))))
  (harness:check "crc32_combine"
    '#(ok (2240272485 2 3 1967743927 0))
    (lambda () (list (erlang:crc32_combine (erlang:crc32 "ab") (erlang:crc32 "cde") 3)
                     (erlang:crc32_combine 5 7 0)
                     (erlang:crc32_combine 1 2 4294967295)
                     (erlang:crc32_combine 123456789 987654321 100000)
                     (erlang:crc32_combine 0 0 12345))))
  (harness:check "adler32"
    '#(ok (38600999 57868681 96993776 1 23855347 21889233))
    (lambda () (list (erlang:adler32 "abc") (erlang:adler32 99 "abc")
                     (erlang:adler32 "abcde") (erlang:adler32 #b())
                     (erlang:adler32 65520 "zz")
                     (erlang:adler32 4294967295 "ab"))))
  ;; zlib's reduction steps show with a start value that is not reduced.
  (harness:check "adler32-unreduced"
    '#(ok (4294967295 917518 1835022 3580123639))
    (lambda () (list (erlang:adler32 #xFFFFFFFF "") (erlang:adler32 #xFFFFFFFF #b())
                     (erlang:adler32 #xFFFFFFFF '(0))
                     (erlang:adler32 #xFFFFFFFF (lists:duplicate 6000 255)))))
  (harness:check "adler32_combine"
    '#(ok (96993776 2 1034565076 1855651852 4294967295 4293984240))
    (lambda () (list (erlang:adler32_combine (erlang:adler32 "ab") (erlang:adler32 "cde") 3)
                     (erlang:adler32_combine 1 2 4294967295)
                     (erlang:adler32_combine 123456789 987654321 100000)
                     (erlang:adler32_combine 4294967295 4294967295 77777)
                     (erlang:adler32_combine #xFFFFFFFF #xFFFFFFFF 0)
                     (erlang:adler32_combine #xFFF0FFF0 #xFFF0FFF0 0))))
  (harness:check "md5"
    '#(ok (#b(144 1 80 152 60 210 79 176 214 150 63 125 40 225 127 114)
           #b(144 1 80 152 60 210 79 176 214 150 63 125 40 225 127 114)
           #b(212 29 140 217 143 0 178 4 233 128 9 152 236 248 66 126)
           #b(57 133 51 212 129 17 233 246 100 177 246 76 177 12 75 99)))
    (lambda () (list (erlang:md5 "abc") (erlang:md5 (list #"a" (cons 98 #"c")))
                     (erlang:md5 "") (erlang:md5 (lists:duplicate 1000 120)))))
  (harness:check "md5-incremental"
    '#(ok #(88 #b(57 133 51 212 129 17 233 246 100 177 246 76 177 12 75 99)))
    (lambda ()
      (let* ((c0 (erlang:md5_init))
             (c1 (erlang:md5_update c0 (lists:duplicate 333 120)))
             (c2 (erlang:md5_update c1 (list_to_binary (lists:duplicate 600 120))))
             (c3 (erlang:md5_update c2 (lists:duplicate 67 120))))
        (tuple (byte_size c0) (erlang:md5_final c3)))))
  (harness:check "badarg-data" '#(ok (badarg badarg badarg badarg))
    (lambda ()
      (lists:map (lambda (th) (try (funcall th) (catch ((tuple 'error r _) r))))
                 (list (lambda () (erlang:crc32 'a))
                       (lambda () (erlang:crc32 #b((1 (size 3)))))
                       (lambda () (erlang:adler32 '(1 . a)))
                       (lambda () (erlang:md5 '(256)))))))
  (harness:check "badarg-args" '#(ok (badarg badarg badarg badarg badarg badarg))
    (lambda ()
      (lists:map (lambda (th) (try (funcall th) (catch ((tuple 'error r _) r))))
                 (list (lambda () (erlang:crc32 -1 "a"))
                       (lambda () (erlang:crc32 4294967296 "a"))
                       (lambda () (erlang:crc32_combine 1 2 4294967296))
                       (lambda () (erlang:adler32_combine 1 -2 1))
                       (lambda () (erlang:md5_final #b(1 2)))
                       (lambda () (erlang:md5_update #b(1 2) "a"))))))
  (harness:summary))

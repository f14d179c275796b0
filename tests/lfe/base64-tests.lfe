;;; base64-tests.lfe - checks of the base64 module (OTP 25's exports:
;;; encode, decode, mime_decode and their _to_string forms).  Expected
;;; values, errors included, were printed by Erlang/OTP 25's base64 for
;;; the same inputs.
;;; Run: (base64-tests:main); prints ok/FAIL per check and a summary line.

(defmodule base64-tests
  (export (main 0)))

(defun main ()
  (harness:check "encode"
    '#(ok (#b() #"Zg==" #"Zm8=" #"Zm9v" #"Zm9vYg==" #"Zm9vYmFy"))
    (lambda () (lists:map #'base64:encode/1
                          (list #"" #"f" #"fo" #"foo" #"foob" "foobar"))))
  (harness:check "encode_to_string"
    '#(ok ("" "Zg==" "Zm8=" "Zm9vYmFy"))
    (lambda () (lists:map #'base64:encode_to_string/1
                          (list #"" "f" #"fo" "foobar"))))
  (harness:check "encode-big"
    '#(ok #(344 104735605 true true))
    (lambda ()
      (let* ((b (list_to_binary (lists:seq 0 255)))
             (e (base64:encode b)))
        (tuple (byte_size e) (erlang:phash2 e) (=:= (base64:decode e) b)
               (=:= (base64:mime_decode_to_string (base64:encode_to_string b))
                    (lists:seq 0 255))))))
  (harness:check "encode-unaligned"
    '#(ok #"AAgQGCAoMDhASA==")
    (lambda ()
      (let (((binary (_ (size 3)) (s binary (size 10)) (_ bitstring))
             (list_to_binary (lists:seq 0 255))))
        (base64:encode s))))
  ;; Elements above 255 are not all caught: OTP computes digits from them.
  (harness:check "encode-odd-elements"
    '#(ok (#"A+g=" "AAEA"))
    (lambda () (list (base64:encode '(0 1000))
                     (base64:encode_to_string '(0 0 256)))))
  (harness:check "encode-badarg" '#(error badarg)
    (lambda () (base64:encode '(300 a))))
  (harness:check "encode-badarg-neg" '#(error badarg)
    (lambda () (base64:encode '(1 -1 3))))
  (harness:check "encode-badarg-big" '#(error badarg)
    (lambda () (base64:encode_to_string (list (bsl 1 70) 'a))))
  (harness:check "encode-badarith" '#(error badarith)
    (lambda () (base64:encode '(a 300))))
  (harness:check "encode-badarith-float" '#(error badarith)
    (lambda () (base64:encode '(1.0))))
  (harness:check "encode-group-before-tail" '#(error badarg)
    (lambda () (base64:encode '(300 0 0 . x))))
  (harness:check "encode-improper" '#(error function_clause)
    (lambda () (base64:encode '(1 2 3 4 . x))))
  (harness:check "encode-bitstring" '#(error function_clause)
    (lambda () (base64:encode #b((1 (size 3))))))
  (harness:check "encode-atom" '#(error function_clause)
    (lambda () (base64:encode_to_string 'a)))

  (harness:check "decode"
    '#(ok (#"foo" #"foob" #"fooba" #"foobar" #"foo" #"f" #"fo"))
    (lambda () (lists:map #'base64:decode/1
                          (list "Zm9v" #"Zm9vYg==" "Zm9vYmE=" #"Zm9v\nYmFy"
                                " Zm 9v " "Zm==" #"Zm9="))))
  (harness:check "decode-trailing-ws"
    '#(ok (#"foob" #"foob"))
    (lambda () (list (base64:decode "Zm9vYg== ") (base64:decode #"Zm9vYg==\r\n"))))
  (harness:check "decode_to_string"
    '#(ok ("foo" "foob" "fooba" "foo"))
    (lambda () (lists:map #'base64:decode_to_string/1
                          (list "Zm9v" #"Zm9vYg==" "Zm9vYmE=" "Z\tm\r9\nv"))))
  (harness:check "decode-short" '#(error function_clause)
    (lambda () (base64:decode "Zm9")))
  (harness:check "decode-short-pad" '#(error function_clause)
    (lambda () (base64:decode #"Zm9vYg=")))
  (harness:check "decode-bad-char" '#(error badarg)
    (lambda () (base64:decode "Zm!v")))
  (harness:check "decode-bad-char-string" '#(error badarith)
    (lambda () (base64:decode_to_string "Zm!v")))
  (harness:check "decode-eq-inside" '#(error badarg)
    (lambda () (base64:decode #"Zm=v")))
  (harness:check "decode-eq-badarith" '#(error badarith)
    (lambda () (base64:decode "Z===")))
  (harness:check "decode-zero" '#(error badarg)
    (lambda () (base64:decode (cons 0 "Zm9v"))))
  (harness:check "decode-256" '#(error badarg)
    (lambda () (base64:mime_decode '(90 256 57 118))))
  (harness:check "decode-after-pad" '#(error #(case_clause 49))
    (lambda () (base64:decode "Zm9vYg==x")))
  (harness:check "decode-after-pad-digit" '#(error #(case_clause 24))
    (lambda () (base64:decode_to_string #"Zm9vYmE=YQ==")))
  (harness:check "decode-improper" '#(error function_clause)
    (lambda () (base64:decode '(90 109 57 118 . x))))

  (harness:check "mime_decode"
    '#(ok (#"foo" #"foob" #"foo" #"foo" #"foo" #"" #"foobar" #"f"))
    (lambda () (lists:map #'base64:mime_decode/1
                          (list "Zm9v" "Zm9vYg=" (cons 0 "Zm9v") "=Zm9v"
                                #"Zm9v=" "!!==" #"Zm9v.YmFy" "Zm!="))))
  (harness:check "mime_decode-eq-not-padding"
    '#(ok (#b(102 6 16) #b(102 111 111 98 6 96)))
    (lambda () (list (base64:mime_decode "Zg==YQ")
                     (base64:mime_decode #"Zm9vYg==Zg"))))
  (harness:check "mime_decode_to_string"
    '#(ok ("foo" "foob" "" (102 6 16)))
    (lambda () (lists:map #'base64:mime_decode_to_string/1
                          (list #"Zm9v" "Zm9vYg==\r\n" "====" "Zg==YQ"))))
  (harness:check "mime_decode-short" '#(error function_clause)
    (lambda () (base64:mime_decode "Zm=v")))
  (harness:check "mime_decode-255-skipped" '#(error function_clause)
    (lambda () (base64:mime_decode '(90 255 57 118))))
  (harness:check "mime_decode-bad-type" '#(error function_clause)
    (lambda () (base64:mime_decode_to_string 5)))
  (harness:summary))

;;; erl_scan-tests.lfe - erl_scan:string/1,2 and erl_parse:parse_term/1.
;;; Expected values were printed by Erlang/OTP 25 for the same inputs.
;;; Run: (erl_scan-tests:main); prints ok/FAIL per check and a summary line.

(defmodule erl_scan-tests
  (export (main 0)))

(defun term (s)
  (let (((tuple 'ok toks _) (erl_scan:string s)))
    (erl_parse:parse_term toks)))

(defun main ()
  (harness:check "scan-term"
    '#(ok #(ok (#(|{| 1) #(atom 1 x) #(|,| 1) #(|[| 1) #(integer 1 1) #(|,| 1)
                #(integer 1 2) #(|]| 1) #(|,| 1) #(string 1 "s") #(|}| 1) #(dot 1))
            1))
    (lambda () (erl_scan:string "{x, [1,2], \"s\"}.")))
  (harness:check "scan-tokens"
    '#(ok #(ok (#(atom 1 a) #(|.| 1) #(atom 1 b) #(float 1 1.5e3) #(integer 1 255)
                #(char 1 97) #(char 1 10) #(var 1 X) #(var 1 _Y) #(atom 1 |q a|)
                #(integer 1 1000) #(<< 1) #(>> 1) #(=> 1) #(:= 1) #(== 1) #(=:= 1)
                #(-> 1) #(end 2) #(dot 2))
            2))
    (lambda () (erl_scan:string "a.b 1.5e3 16#ff $a $\\n X _Y 'q a' 1_000 <<>> => := == =:= -> % c\n end. ")))
  (harness:check "scan-locations"
    '#(ok (#(ok (#(atom #(1 1) ab)) #(1 3)) #(ok (#(atom 5 x) #(atom 6 y)) 6)))
    (lambda () (list (erl_scan:string "ab" #(1 1)) (erl_scan:string "x\ny" 5))))
  (harness:check "scan-escapes"
    '#(ok #(ok (#(string 1 (65 65 1))) 1))
    (lambda () (erl_scan:string "\"\\x{41}\\101\\^a\"")))
  (harness:check "scan-other"
    '#(ok (#(ok (#(atom 1 a) #(|\\| 1) #(atom 1 b)) 1)
           #(ok (#(integer 1 2) #(integer 1 2)) 1)))
    (lambda () (list (erl_scan:string "a \\ b") (erl_scan:string "2#102"))))
  (harness:check "scan-errors"
    '#(ok (#(error #(1 erl_scan #(string 34 "abc")) 1)
           #(error #(1 erl_scan #(string 39 "ab")) 1)
           #(error #(1 erl_scan #(illegal float)) 1)
           #(error #(1 erl_scan char) 1)))
    (lambda () (list (erl_scan:string "\"abc") (erl_scan:string "'ab")
                     (erl_scan:string "1.0e") (erl_scan:string "$"))))
  (harness:check "parse_term"
    '#(ok (#(ok #(x (1 2) "s")) #(ok (1 . 2)) #(ok #M(a 1 #(b) (c)))
           #(ok -1) #(ok -1.5) #(ok 3) #(ok "ab") #(ok 97) #(ok (a b . c))
           #(ok #()) #(ok ()) #(ok |A b|) #(ok #M())))
    (lambda () (lists:map #'term/1
                          (list "{x, [1,2], \"s\"}." "[1|2]." "#{a => 1, {b} => [c]}."
                                "-1." "- 1.5." "+3." "\"a\" \"b\"." "$a." "[a,b|c]."
                                "{}." "[]." "'A b'." "#{}."))))
  (harness:check "parse_term-binaries"
    '#(ok (#(ok #b(1 2 97 98)) #(ok #b(0 1 2)) #(ok #b(97 98))
           #(ok #b(63 248 0 0 0 0 0 0)) #(ok #b(0 0 192 63)) #(ok #b(255 255))
           #(ok #b(0 97 0 98 0 99)) #(ok #b(1 2)) #(ok #b((1 (size 4))))
           #(ok #b(196 172)) #(ok #b(0 0 1))))
    (lambda () (lists:map #'term/1
                          (list "<<1,2,\"ab\">>." "<<1:16, 2/little>>." "<<\"ab\"/utf8>>."
                                "<<1.5/float>>." "<<1.5:32/float-little>>."
                                "<<-1:16/signed>>." "<<\"abc\":16>>." "<<<<1,2>>/binary>>."
                                "<<1:4>>." "<<300/utf8>>." "<<1:3/unit:8>>."))))
  (harness:check "parse_term-fun"
    '#(ok #(ok true))
    (lambda () (let (((tuple 'ok f) (term "fun lists:map/2.")))
                 (tuple 'ok (=:= f #'lists:map/2)))))
  (harness:check "parse_term-errors"
    '#(ok (#(error #(1 erl_parse ("syntax error before: " ())))
           #(error #(1 erl_parse "bad term"))
           #(error #(1 erl_parse ("syntax error before: " "'}'")))
           #(error #(1 erl_parse ("syntax error before: " "b")))
           #(error #(1 erl_parse "bad term"))
           #(error #(1 erl_parse ("syntax error before: " "'.'")))
           #(error #(1 erl_parse "bad term"))
           #(error #(1 erl_parse "bad term"))))
    (lambda () (lists:map #'term/1
                          (list "{x" "X." "{a,}." "a b." "1 + 2." "[1,2." "f(x)." "-a."))))
  (harness:summary))

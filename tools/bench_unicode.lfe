;;; bench_unicode.lfe - Unicode text: grapheme clusters (string:length,
;;; string:reverse), normalisation (unicode:characters_to_nfc_binary,
;;; characters_to_nfd_list) and case (string:uppercase) on a mixed text of
;;; N copies of a 10-character sample (accents, Hangul, an emoji ZWJ
;;; sequence, ASCII), R rounds.
(defmodule bench_unicode
  (export (main 1)))

(defun main
  ((()) (main '("10000" "20")))
  (((list n r))
   (let* ((n (list_to_integer n))
          (r (list_to_integer r))
          (text (lists:flatten
                 (lists:duplicate n (list 101 #x301 97 #xAC00 #x1F469 #x200D
                                          #x1F4BB 32 #xE9 98))))
          (bin (unicode:characters_to_binary text))
          (sum (rounds text bin r 0)))
     (io:format "unicode n=~w rounds=~w sum=~w~n" (list n r sum)))))

(defun rounds
  ((_ _ 0 acc) acc)
  ((text bin r acc)
   (let ((a (string:length text))
         (b (length (string:reverse text)))
         (c (byte_size (unicode:characters_to_nfc_binary bin)))
         (d (length (unicode:characters_to_nfd_list text)))
         (e (length (string:uppercase text))))
     (rounds text bin (- r 1) (+ acc a b c d e)))))

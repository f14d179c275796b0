("abc" "" "a\nb\t\"q\"" "\x61;\q" #"bin" #"\x3bb;" "λ")

(#B(1 2 "ab") #B((258 (size 16)) (1.5 float) (955 utf8) ("ab" utf16 little)) #B((#"ab" (size 3) bits) (-1 (size 70))) #B())

('x `(a ,b ,@c) ''y #'f/2 #'lists:map/2 #'=:=/2)

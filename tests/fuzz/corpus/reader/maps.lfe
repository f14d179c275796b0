(#M(a 1 b #M()) #m() #S(person name "Ann") #M(#(1 2) x))

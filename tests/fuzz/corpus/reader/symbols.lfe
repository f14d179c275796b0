(foo Foo a.b.c |hello world| |a\|b| || it's end|bar #Efoo λx)

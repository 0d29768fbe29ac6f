# A SyntaxError found by the symbol table, past the parser: the source line still shows.
x = 1

def f():
    y = 2
    global y

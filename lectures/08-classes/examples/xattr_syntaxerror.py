# SyntaxError's fields from its (msg, (filename, lineno, offset, text[, end_lineno, end_offset])) form.
e = SyntaxError("bad thing", ("dir/prog.py", 3, 5, "x = (1 +\n", 3, 9))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(e.print_file_and_line, e.args)
print(str(e))
print(str(SyntaxError("m", (None, 4, 1, "t"))))
print(str(SyntaxError("m", ("f.py", None, 1, "t"))))
print(str(SyntaxError("m")), str(SyntaxError()), str(SyntaxError(1)), SyntaxError().msg)
print(SyntaxError("m", ["f", 1, 2, "t"]).filename)
print(SyntaxError("a", "b", "c").msg, SyntaxError("a", "b", "c").filename)
for args in (("a", "b"), ("a", ("f", 1, 2)), ("a", ("f", 1, 2, "t", 3)), ("a", ("f", 1, 2, "t", 3, 4, 5)), ("a", 5)):
    try:
        SyntaxError(*args)
    except TypeError as x:
        print("TypeError:", x)
ie = IndentationError("indent", ("f.py", 2, 1, " x"))
print(type(ie).__name__, ie.lineno, str(ie), issubclass(TabError, IndentationError))
e.lineno = 10
e.msg = "changed"
print(str(e))
try:
    SyntaxError(x=1)
except TypeError as x:
    print("TypeError:", x)
raise SyntaxError("raised by hand", ("prog.py", 1, 5, "a = = 1\n", 1, 8))

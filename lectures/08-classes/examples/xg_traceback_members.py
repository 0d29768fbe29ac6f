# Group members of every kind: a SyntaxError with its caret, a KeyError, a member raised
# "from None", and a context cycle between two members.
errs = []
try:
    compile("x = (1,\n", "<cell>", "exec")
except SyntaxError as e:
    errs.append(e)
try:
    try:
        {}["gone"]
    except KeyError:
        raise LookupError("replaced") from None
except LookupError as e:
    errs.append(e)
a, b = ValueError("a"), TypeError("b")
a.__context__ = b
b.__context__ = a
errs += [a, b]
raise ExceptionGroup("members", errs)

# split() by a type, a tuple of types and a predicate, keeping the nesting.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
])
print(eg.split(ValueError))
print(eg.split((TypeError, KeyError)))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.split(Exception))
print(eg.split(OSError))
print(eg.split(ExceptionGroup))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "low"))
m, r = eg.split(ValueError)
print(m.exceptions[1].exceptions[0] is eg.exceptions[2].exceptions[0])

# message, exceptions, str and repr of groups; the tuple is a copy of the argument.
excs = [ValueError(1), TypeError("t")]
eg = ExceptionGroup("msg here", excs)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.exceptions is excs, eg.args[1] is excs)
excs.append(KeyError(3))
print(len(eg.exceptions), repr(eg))
print(str(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError()])))
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, 5)
    except AttributeError as e:
        print(name, "->", e)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError, TypeError])
print(ExceptionGroup[int].__origin__ is ExceptionGroup)

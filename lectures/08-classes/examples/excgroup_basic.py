# ExceptionGroup: a group of exceptions with a message; repr, str, exceptions.
eg = ExceptionGroup('many', [ValueError(1), TypeError('t'), ValueError(2)])
print(repr(eg))
print(str(eg), eg.message, eg.exceptions, len(eg.exceptions))
print(isinstance(eg, Exception), ExceptionGroup.__mro__)
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print(e)

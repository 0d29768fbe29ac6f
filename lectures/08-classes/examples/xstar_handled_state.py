# Inside except*, sys.exc_info() and sys.exception() show the matched part.
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(sys.exception() is e, sys.exc_info()[1] is e, repr(sys.exception()))
except* TypeError:
    print(repr(sys.exception()))
print(sys.exception())

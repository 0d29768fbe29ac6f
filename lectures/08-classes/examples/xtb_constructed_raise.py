# A hand-made traceback chain printed as the traceback of a raised exception.
import sys
def here():
    return sys._getframe()
f = here()
try:
    raise ValueError
except ValueError as e:
    real = e.__traceback__
TB = type(real)
tail = TB(None, f, -1, 3)
head = TB(tail, f, -1, 2)
raise RuntimeError("hand-made").with_traceback(head)

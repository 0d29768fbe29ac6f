# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), reached as type(tb).
import sys
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
TB = type(tb)
frame = sys._getframe()
t1 = TB(None, frame, -1, 42)
print(t1.tb_lineno, t1.tb_lasti, t1.tb_next, t1.tb_frame is frame)
t2 = TB(tb_next=t1, tb_frame=frame, tb_lasti=-1, tb_lineno=7)
print(t2.tb_next is t1, t2.tb_lineno)
tests = [
    lambda: TB(),
    lambda: TB(None),
    lambda: TB(None, None, 0, 0),
    lambda: TB(None, 3, 0, 0),
    lambda: TB(None, frame, "a", 0),
    lambda: TB(None, frame, 0, 1.5),
    lambda: TB(5, frame, 0, 0),
    lambda: TB(None, frame, 0, 0, 0),
    lambda: TB(None, frame, 0, 0, tb_next=None),
    lambda: TB(None, frame, 0, tb_bogus=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
try:
    t1.tb_next = t2
except ValueError as e:
    print("ValueError:", e)

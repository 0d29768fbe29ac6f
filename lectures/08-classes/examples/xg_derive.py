# derive() makes a group with the same message and no metadata; it may change the class.
eg = ExceptionGroup("orig", [ValueError(1)])
eg.add_note("n")
d = eg.derive([TypeError(2)])
print(type(d).__name__, repr(d), d.__traceback__, hasattr(d, "__notes__"))
print(repr(eg.derive([KeyboardInterrupt()])))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])))
try:
    eg.derive([])
except ValueError as e:
    print("ValueError:", e)
try:
    eg.derive()
except TypeError as e:
    print("TypeError:", e)
print(repr(eg.derive((ValueError(5), ValueError(6)))))

# __cause__, __context__ and __suppress_context__: what may be assigned.
e = ValueError("e")
c = KeyError("c")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = c
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = c
print(repr(e.__context__), e.__suppress_context__)
for name, v in (("__cause__", 1), ("__context__", "x"), ("__cause__", KeyError),
                ("__suppress_context__", 1), ("__suppress_context__", None)):
    try:
        setattr(e, name, v)
    except TypeError as x:
        print(name, "TypeError:", x)
for name in ("__cause__", "__context__", "__suppress_context__"):
    try:
        delattr(e, name)
    except TypeError as x:
        print("del", name, "TypeError:", x)

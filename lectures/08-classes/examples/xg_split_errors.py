# The matcher argument must be an exception type, a tuple of them, or a callable.
eg = ExceptionGroup("eg", [ValueError(1)])
for m in (int, (ValueError, int), [ValueError], 3, "ValueError", (ValueError, (TypeError,))):
    try:
        print(eg.split(m))
    except TypeError as e:
        print("split", type(m).__name__, "->", e)
    try:
        print(eg.subgroup(m))
    except TypeError as e:
        print("subgroup", type(m).__name__, "->", e)
try:
    eg.split()
except TypeError as e:
    print(e)
try:
    eg.subgroup(ValueError, TypeError)
except TypeError as e:
    print(e)
def boom(e):
    raise RuntimeError("predicate failed")
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError", e)

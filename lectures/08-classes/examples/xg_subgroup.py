# subgroup() returns only the matching part (or None, or the group itself).
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)])])
print(eg.subgroup(ValueError))
print(eg.subgroup(TypeError))
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
calls = []
def pred(e):
    calls.append(repr(e))
    return False
print(eg.subgroup(pred))
print(calls)

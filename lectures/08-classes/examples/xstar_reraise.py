# A bare raise in except* re-raises the matched part inside the original structure.
def g():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        print("TypeError handled")
try:
    g()
except ExceptionGroup as e:
    print(repr(e))
g()

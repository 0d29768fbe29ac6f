# The part no clause matches propagates, keeping the group's message and nesting.
def f():
    raise ExceptionGroup("outer", [ValueError("v"), TypeError("t"),
                                   ExceptionGroup("inner", [KeyError("k"), OSError("o")])])
try:
    try:
        f()
    except* ValueError:
        print("got ValueError")
    except* OSError as e:
        print("got", repr(e))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print([type(x).__name__ for x in rest.exceptions])
f()

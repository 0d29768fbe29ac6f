# try/except* nested in an except* clause, and a group re-raised through a function.
def work():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), KeyError("b")])
    except* ValueError as outer:
        try:
            raise ExceptionGroup("inner", [TypeError("c"), ValueError("d")])
        except* TypeError as inner:
            print("inner caught", repr(inner))
            print("outer is", repr(outer))
try:
    work()
except* ValueError as e:
    print("leftover value errors:", repr(e))
except* KeyError as e:
    print("leftover key errors:", repr(e))

# except* in a loop and a function; return values after a handled group.
def handle(n):
    out = []
    try:
        raise ExceptionGroup("g%d" % n, [ValueError(n)] * n)
    except* ValueError as e:
        out.append(len(e.exceptions))
    return out
for i in range(1, 4):
    print(handle(i))
for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup("x", [KeyError(i)])
    except* KeyError as e:
        print("key", i, repr(e))
    else:
        print("no error", i)
    finally:
        print("finally", i)

# A group raised while handling another exception, and a group member raised in a handler.
def member():
    try:
        {}["k"]
    except KeyError:
        raise OSError("while handling")
try:
    1 / 0
except ZeroDivisionError:
    errs = []
    try:
        member()
    except OSError as e:
        errs.append(e)
    raise ExceptionGroup("ctx", errs + [TypeError("plain")])

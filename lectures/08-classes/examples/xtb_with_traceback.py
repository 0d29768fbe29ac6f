# with_traceback() sets __traceback__ and returns the exception itself.
def where():
    try:
        raise KeyError("here")
    except KeyError as e:
        return e.__traceback__
tb = where()
e = ValueError("moved")
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
print(e.with_traceback(None).__traceback__)
for bad in (3, "tb", e):
    try:
        e.with_traceback(bad)
    except TypeError as x:
        print("TypeError:", x)
try:
    e.with_traceback()
except TypeError as x:
    print(x)
raise e.with_traceback(tb)

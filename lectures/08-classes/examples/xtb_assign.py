# __traceback__ assignment accepts only a traceback or None.
e = ValueError()
for v in (None, 0, "x", [], e):
    try:
        e.__traceback__ = v
        print("ok", v)
    except TypeError as x:
        print("TypeError:", x)
try:
    del e.__traceback__
except TypeError as x:
    print("TypeError:", x)
try:
    raise e
except ValueError:
    pass
print(type(e.__traceback__).__name__)
e.__traceback__ = None
print(e.__traceback__)

# Exceptions carry an instance __dict__: arbitrary attributes, replaced only by a dict.
e = TypeError("t")
print(e.__dict__)
e.code = 42
e.hint = "h"
print(e.code, e.__dict__)
e.__dict__ = {"fresh": True}
print(e.__dict__, hasattr(e, "code"))
for v in (3, None):
    try:
        e.__dict__ = v
    except TypeError as x:
        print("TypeError:", x)
try:
    del e.__dict__
except TypeError as x:
    print("TypeError:", x)
del e.fresh
print(e.__dict__)
try:
    del e.missing
except AttributeError as x:
    print("AttributeError:", x)

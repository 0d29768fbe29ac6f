# args is a tuple made from any iterable on assignment; it cannot be deleted.
e = RuntimeError(1, 2)
print(e.args)
e.args = [3, 4]
print(e.args, str(e))
e.args = "ab"
print(e.args)
e.args = {"k": 1}
print(e.args, repr(e))
e.args = range(3)
print(e.args)
e.args = (5,)
print(str(e), repr(e))
for v in (5, None):
    try:
        e.args = v
    except TypeError as x:
        print("TypeError:", x)
try:
    del e.args
except TypeError as x:
    print("TypeError:", x)
print(e.args)

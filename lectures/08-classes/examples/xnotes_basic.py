# add_note appends to __notes__, which lives in the instance __dict__.
e = ValueError("v")
print(hasattr(e, "__notes__"), e.__dict__)
e.add_note("first")
e.add_note("second\nwith two lines")
print(e.__notes__, e.__dict__)
for bad in (3, None, b"bytes", ["list"]):
    try:
        e.add_note(bad)
    except TypeError as x:
        print("TypeError:", x)
try:
    e.add_note()
except TypeError as x:
    print(x)
try:
    e.add_note("a", "b")
except TypeError as x:
    print(x)
BaseException.add_note(e, "via the class")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh")
print(e.__notes__)

# __reduce__ and __setstate__, as pickle uses them.
e = ValueError(1, "two")
print(e.__reduce__())
e.extra = "x"
print(e.__reduce__())
e.add_note("n")
print(e.__reduce__()[2])
f = ValueError()
f.__setstate__({"a": 1, "b": [2]})
print(f.a, f.b, f.__dict__)
f.__setstate__(None)
for bad in (3, {1: 2}):
    try:
        f.__setstate__(bad)
    except TypeError as x:
        print("TypeError:", x)
print(OSError(2, "x", "file").__reduce__())
print(OSError(2, "x", "file", None, "other").__reduce__())
print(OSError(2, "x").__reduce__())
print(ImportError("m", name="n", path="p").__reduce__())
print(ImportError("m").__reduce__())
print(AttributeError("m", name="n", obj=1).__reduce__())
print(AttributeError("m").__getstate__())
print(KeyError("k").__reduce__())

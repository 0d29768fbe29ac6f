# OSError(errno, strerror, ...) picks a subclass from errno; its str shows the parts it has.
cases = [(2, "No such file"), (13, "denied"), (17, "exists"), (1, "perm"), (11, "again"),
         (32, "pipe"), (99999, "unknown"), ("2", "not an int")]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, repr(str(e)))
e = OSError(2, "No such file", "a.txt")
print(e.args, e.filename, e.filename2, str(e))
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(e.args, e.filename2, str(e))
print(str(OSError(2)), OSError(2).errno, str(OSError()), str(OSError(1, 2, 3, 4, 5, 6)))
print(type(OSError(2, "x", "f", 5, "g", 7)).__name__, OSError(2, "x", "f", 5, "g", 7).args)
print(repr(FileNotFoundError(17, "x")), type(FileNotFoundError(17, "x")).__name__)
print(str(OSError(None, "b")), str(OSError(2, "x", None)))
print(EnvironmentError is OSError, IOError is OSError)
e = BlockingIOError(11, "again", 5)
print(e.characters_written, e.args)
e.characters_written = 7
print(e.characters_written)
del e.characters_written
for f in (lambda: e.characters_written, lambda: OSError(2, "x").characters_written):
    try:
        f()
    except AttributeError as x:
        print("AttributeError:", x)
try:
    OSError(errno=2)
except TypeError as x:
    print("TypeError:", x)
e = OSError(5, "io")
e.errno = 6
e.strerror = "changed"
e.filename = "f"
print(str(e))

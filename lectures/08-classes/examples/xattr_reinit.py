# __init__ run again resets args; each type's __str__ is its own (KeyError's is a repr).
e = ValueError(1)
BaseException.__init__(e, 5, 6)
print(e.args, str(e))
k = KeyError("a")
print(str(k), BaseException.__str__(k), Exception.__str__(k), KeyError.__str__(k))
o = OSError(2, "x", "f")
print(str(o), BaseException.__str__(o))
s = SyntaxError("m", ("f.py", 1, 2, "t"))
print(str(s), BaseException.__str__(s))
print(str(OSError(2, "x", "f", None, None)), OSError(2, "x", "f", None, None).__reduce__())
print(OSError(2, "x", None, None, "g").filename2)
try:
    BlockingIOError(11, "x", 1.5)
except TypeError as x:
    print("TypeError:", x)
print(ImportError("a", name=None).__reduce__(), ImportError("a").__reduce__())
print(AttributeError("a", name=None).__reduce__())
print(StopAsyncIteration(3).value, StopAsyncIteration().value)
u = UnicodeDecodeError("utf-8", b"\x81abc", 0, 1, "bad")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u.start = 2
u.end = 4
u.reason = "worse"
print(str(u))
for v in ("x", None):
    try:
        u.end = v
    except TypeError as x:
        print("TypeError:", x)
try:
    del u.start
except TypeError as x:
    print("TypeError:", x)
print(str(UnicodeEncodeError("ascii", "ab\u20ac", 2, 3, "no")), str(UnicodeTranslateError("ab", 0, 2, "r")))
print(str(UnicodeError()), str(UnicodeError("plain")))

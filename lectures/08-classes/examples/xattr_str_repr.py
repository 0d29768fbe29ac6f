# str() and repr() of exceptions with 0, 1 and several arguments; KeyError's str is a repr.
for e in (ValueError(), ValueError("one"), ValueError(1, "two"), ValueError(None), ValueError(("t",)),
          KeyError(), KeyError("k"), KeyError(""), KeyError(1, 2), KeyError(("a",)),
          IndexError("x"), Exception([1, 2]), BaseException("a", "b", "c")):
    print(repr(str(e)), repr(e))

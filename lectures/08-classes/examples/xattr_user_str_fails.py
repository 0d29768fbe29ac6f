# A __str__ that raises: the traceback prints "<exception str() failed>".
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
class Outer:
    class Inner(LookupError):
        pass
try:
    raise Outer.Inner("nested class")
except LookupError as e:
    print(type(e).__qualname__, type(e).__module__, repr(e))
raise Broken("x")

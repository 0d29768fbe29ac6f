# Which exception types define __new__, __init__ and __str__ themselves (their __dict__).
for t in (BaseException, Exception, ValueError, KeyError, OSError, FileNotFoundError,
          ImportError, ModuleNotFoundError, NameError, AttributeError, SyntaxError, StopIteration,
          SystemExit, BaseExceptionGroup, UnicodeError, UnicodeDecodeError, StopAsyncIteration):
    print(t.__name__, sorted([k for k in t.__dict__ if k != "__doc__"]))
for t in (UnicodeError, UnicodeEncodeError):
    print(t.__name__, hasattr(t("x") if t is UnicodeError else t("ascii", "x", 0, 1, "r"), "start"))

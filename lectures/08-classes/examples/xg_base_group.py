# BaseExceptionGroup with BaseExceptions inside: caught by except BaseExceptionGroup only.
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except Exception:
    print("not an Exception")
except BaseExceptionGroup as e:
    print(type(e).__name__, repr(e), isinstance(e, Exception))
try:
    raise BaseExceptionGroup("base", [SystemExit(3)])
except* SystemExit as e:
    print("except* SystemExit:", repr(e))
raise BaseExceptionGroup("final", [GeneratorExit(), KeyboardInterrupt("ki")])

# A tuple of types in except*, and clauses that match nothing.
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3), ZeroDivisionError(4)])
except* (ValueError, KeyError) as e:
    print("first:", repr(e))
except* IndexError as e:
    print("never")
except* ArithmeticError as e:
    print("arith:", repr(e))
except* Exception as e:
    print("rest:", repr(e))

# A naked exception caught by except* is wrapped in a group with an empty message.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), type(e).__name__, repr(e.message))
    print(e.exceptions[0] is not None, e.__traceback__ is not None)
try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

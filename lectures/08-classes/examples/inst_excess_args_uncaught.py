# Calling a class without __init__ with arguments: uncaught.
class Empty:
    pass
e = Empty()
print(type(e).__name__)
Empty(1, 2)

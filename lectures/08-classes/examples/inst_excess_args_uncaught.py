# Calling a class without __init__ with arguments: uncaught.
class Empty:
    pass
e = Empty()
print(type(e).__name__)
class WithInit:
    def __init__(self, a):
        self.a = a
print(WithInit(1).a)
Empty(1, 2)

# Code is made once at compile time; each execution of def makes a new function.
def make():
    def inner():
        return 1
    return inner

f1 = make()
f2 = make()
print(f1 is f2, f1.__code__ is f2.__code__)
print(f1 == f2, f1 == f1)
l1 = lambda: 0
l2 = lambda: 0
print(l1.__code__ is l2.__code__, l1.__name__, l1.__qualname__)

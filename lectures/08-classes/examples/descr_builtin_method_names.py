# Builtin functions and methods carry __name__, __qualname__, __self__ and __module__.
l = []
for f in [l.append, 'x'.upper, {}.get, len, print, (1).__add__, str.join, dict.fromkeys]:
    print(type(f).__name__, f.__name__, f.__qualname__)
print(len.__module__, l.append.__module__, [].append.__self__, len.__self__.__name__)
print(str.upper.__name__, str.upper.__qualname__, int.__add__.__name__, int.__add__.__qualname__)
class P:
    @property
    def v(self):
        return 1
print(P.v.setter.__name__, P.v.getter.__qualname__, P.v.deleter.__self__ is P.v)
m = 'a-b'.split
print(m.__name__, m.__self__, m('-'))

# A subclass of ExceptionGroup keeps its class through split() by overriding derive().
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)
g = MyGroup("mine", [ValueError(1), TypeError(2)], 7)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
class Plain(ExceptionGroup):
    pass
m, r = Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)
try:
    raise MyGroup("raised", [KeyError("k"), OSError("o")], 3)
except* KeyError as e:
    print(type(e).__name__, e.code)

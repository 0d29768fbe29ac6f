# A user ExceptionGroup subclass refuses BaseExceptions; a BaseExceptionGroup subclass does not.
class Mine(ExceptionGroup):
    pass
class MineBase(BaseExceptionGroup):
    pass
try:
    Mine("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(MineBase("b", [ValueError()])).__name__)
print(type(MineBase("b", [KeyboardInterrupt()])).__name__)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

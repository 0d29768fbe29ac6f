# Seed L08-05: a class is a heap type made by type_new, which fills slots from dunders
# (__next__ -> tp_iternext). Visible from Python as flags and as working protocol calls.
class Counter:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        return self.n
c = Counter()
print(next(c), next(c), type(Counter) is type)
print(bool(Counter.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))
print(type(Counter.__dict__['__next__']).__name__, type(Counter.__next__).__name__)
print(type(c.__next__).__name__)

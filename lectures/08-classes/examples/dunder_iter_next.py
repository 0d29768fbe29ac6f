# __iter__/__next__ fill tp_iter/tp_iternext: for, list(), unpacking, in all use them.
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(3)))
for x in CountDown(2):
    print('loop', x)
a, b, c = CountDown(3)
print(a, b, c, 1 in CountDown(3), max(CountDown(5)))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n))
print(list(Range2(3)), sorted(Range2(4), reverse=True))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoIter: pass
try:
    for _ in NoIter(): pass
except TypeError as e:
    print(e)

# Iteration edge cases: __iter__ returning a non-iterator, __next__ errors, exhausted iterators.
class ReturnsSelfNoNext:
    def __iter__(self): return self
try:
    iter(ReturnsSelfNoNext())
except TypeError as e:
    print(e)
class ReturnsList:
    def __iter__(self): return [1, 2]
try:
    for x in ReturnsList(): pass
except TypeError as e:
    print(e)
class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return 'only'
o = Once()
print(list(o), list(o), next(o, 'default'))
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError('boom in __next__')
try:
    list(Boom())
except ValueError as e:
    print(e)
try:
    sum(Boom())
except ValueError as e:
    print(e)
class StopValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('value ignored')
print(list(StopValue()), [x for x in StopValue()], dict.fromkeys(StopValue()))

# The seed's IterateForever: __next__ without __iter__ is an iterator that is not iterable.
class IterateForever:
    def __init__(self, x_arg):
        self.x = x_arg
    def __next__(self):
        return self.x
o = IterateForever(42)
print(next(o), next(o), o.__dict__)
try:
    iter(o)
except TypeError as e:
    print(e)
for x in o:
    print(x)

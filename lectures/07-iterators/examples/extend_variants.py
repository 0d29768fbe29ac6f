import sys
a = []
a.extend([])
print(a, sys.getsizeof(a))
a.extend('abc')
print(a, sys.getsizeof(a))
a.extend(a)
print(a)
a.extend({'k': 1})
a.extend(range(3))
a.extend(x for x in [] ) if False else None
print(a, len(a))
b = [*range(5)]
print(sys.getsizeof(b), sys.getsizeof([*'ab']))

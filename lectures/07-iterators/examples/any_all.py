print(any([0, 0, 1]), any([]), all([1, 2]), all([1, 0]), all([]))
print(any(x > 3 for x in [1, 5]) if False else any([x > 3 for x in [1, 5]]))
print(all(c.isdigit() for c in '123') if False else all([c.isdigit() for c in '123']))
it = iter([0, 1, 2, 3])
print(any(it), list(it))
try:
    any(5)
except TypeError as e:
    print(e)

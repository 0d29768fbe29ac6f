a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, *rest = iter([9])
print(first, rest)
print([*range(3), *'ab', 5], (*[1], *(2, 3)), {*'aba'})
head, *tail = {'p': 1, 'q': 2, 'r': 3}
print(head, tail)
def f(*args):
    return args
print(f(*[1, 2], *range(2), 3))

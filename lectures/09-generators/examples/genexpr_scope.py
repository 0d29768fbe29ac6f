x = 10
g = (x for _ in range(2))
x = 20
print(list(g))
items = [1, 2]
g = (i for i in items)
items = [3, 4]
print(list(g))
try:
    g = (i for i in 5)
except TypeError as e:
    print('eager:', e)
g = (undefined_name for i in range(1))
print('made lazily')
try:
    next(g)
except NameError as e:
    print(e)
def f():
    n = 3
    return list(i * n for i in range(n))
print(f())

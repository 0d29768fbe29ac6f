def f():
    y = 10
    return [x + y for x in range(3)]
print(f())
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
def h(n):
    return [[n * i for i in range(j)] for j in range(n)]
print(h(3))
x = 5
r = [x for x in range(2)]
print(x, r)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)

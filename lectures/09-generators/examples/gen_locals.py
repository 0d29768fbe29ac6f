x = 10
def bar():
    x = 0
    out = []
    def gen():
        nonlocal x
        while x < 2:
            yield x
            x += 1
    for v in gen():
        out.append(v)
    return out
print(bar(), x)
def counter():
    n = 0
    while True:
        n += 1
        yield n
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a))

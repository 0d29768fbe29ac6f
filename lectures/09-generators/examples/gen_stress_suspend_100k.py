def counter():
    n = 0
    while True:
        yield n
        n += 1
c = counter()
total = 0
for _ in range(100000):
    total += next(c)
print(total)
c2 = counter()
next(c2)
for _ in range(100000):
    last = c2.send(None)
print(last)
def ping():
    x = 0
    while True:
        x = yield x + 1
p = ping(); next(p)
v = 0
for _ in range(100000):
    v = p.send(v)
print(v)

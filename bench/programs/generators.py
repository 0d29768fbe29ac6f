# Generators: yield, resumption by for (FOR_ITER_GEN), by send(), through yield from, and
# generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i * i % 97
        i += 1

def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev + x
        prev = x

def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total // count

def leaf(n):
    for i in range(n):
        yield i
    return n

def chain(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from chain(depth - 1, n)
    return r + 1

a = averager()
next(a)
last = 0
for v in numbers(800000):
    last = a.send(v)
print("checksum", sum(pairs(numbers(2500000))), sum(x for x in range(600000) if x % 3),
      last, sum(chain(20, 50000)))

def chain(n):
    if n == 0:
        x = yield 'bottom'
        while x is not None:
            x = yield x * 2
        return 'unwound'
    r = yield from chain(n - 1)
    return r
c = chain(500)
print(next(c), c.send(21), c.send(5))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(list(chain(500)))
c = chain(500); next(c)
try:
    c.throw(ValueError('to the bottom'))
except ValueError as e:
    print('ValueError', e)
c = chain(500); next(c)
print(c.close(), c.gi_frame)
def chain_for(n):
    if n == 0:
        yield from range(3)
    else:
        for v in chain_for(n - 1):
            yield v
print(list(chain_for(500)))

def g():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        yield 'caught at the yield from: ' + str(e)
it = g()
print(next(it), it.gi_yieldfrom is not None)
print(it.throw(ValueError('no throw() on list iterators')))
it = g()
next(it)
it.close()
print(it.gi_frame)
def s():
    yield from iter([1])
it = s()
next(it)
try:
    it.send('x')
except AttributeError as e:
    print(e)

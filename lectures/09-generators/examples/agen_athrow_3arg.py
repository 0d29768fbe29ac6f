async def ag():
    try:
        yield 1
    except KeyError as e:
        yield 'caught ' + repr(e)
a = ag()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
try:
    a.athrow(KeyError, 'k', None).send(None)
except StopIteration as e:
    print(e.value)

async def ag():
    yield 1
    yield 2
a = ag()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
a.athrow(ValueError('into agen')).send(None)

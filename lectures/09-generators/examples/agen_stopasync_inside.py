async def ag():
    yield 1
    raise StopAsyncIteration
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
async def ag2():
    yield 1
    raise StopIteration
b = ag2()
try:
    b.__anext__().send(None)
except StopIteration:
    pass
try:
    b.__anext__().send(None)
except RuntimeError as e:
    print(e)

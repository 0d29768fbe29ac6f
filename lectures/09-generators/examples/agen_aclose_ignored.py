async def ag():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            pass
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print(e)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print('exhausted')

async def ag():
    yield 1
    yield 2
a = ag()
print(type(a).__name__, a.__aiter__() is a)
for _ in range(3):
    aw = a.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print('value', e.value)
    except StopAsyncIteration:
        print('exhausted')

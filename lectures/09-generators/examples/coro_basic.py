async def add(a, b):
    return a + b
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(c.cr_frame, c.cr_running)

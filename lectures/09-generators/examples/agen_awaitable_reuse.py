async def ag():
    yield 1
    yield 2
a = ag()
aw = a.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print(e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
t = a.athrow(ValueError)
try:
    t.send(None)
except ValueError:
    print('thrown through')
try:
    t.send(None)
except RuntimeError as e:
    print(e)

async def ag():
    yield 1
a = ag()
try:
    a.asend(1).send(None)
except TypeError as e:
    print(e)
b = ag()
t = b.athrow()
try:
    t.send(None)
except TypeError as e:
    print(e)
try:
    b.athrow(ValueError).send(None)
except RuntimeError as e:
    print(e)

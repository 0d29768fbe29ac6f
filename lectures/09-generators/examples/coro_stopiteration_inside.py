async def f():
    raise StopIteration('x')
try:
    f().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))

async def f():
    return 1
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def g():
    return await c
try:
    g().send(None)
except RuntimeError as e:
    print('await:', e)
print(c.close())

async def f(x):
    return await x
for bad in [1, 'str', None, [1]]:
    try:
        f(bad).send(None)
    except TypeError as e:
        print(e)
def plain_gen():
    yield 1
try:
    f(plain_gen()).send(None)
except TypeError as e:
    print(e)

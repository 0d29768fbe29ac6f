from mod_aio import coroutine, suspend, run

async def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print('agen caught', e)
            v = 100
        total += v or 0
a = acc()
def value(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(value(a.asend(None)))
print(value(a.asend(5)))
print(value(a.athrow(ValueError('bad'))))
print(value(a.__anext__()))

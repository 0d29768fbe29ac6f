from mod_aio import coroutine, suspend, run

async def worker():
    try:
        await suspend('working')
    except ValueError as e:
        print('worker caught', e)
        return 'recovered'
c = worker()
print(c.send(None))
try:
    c.throw(ValueError('stop'))
except StopIteration as e:
    print('returned', e.value)
async def forever():
    try:
        while True:
            await suspend()
    finally:
        print('forever cleaned up')
c = forever()
c.send(None)
print(c.close())
c = forever()
c.send(None)
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)

from mod_aio import coroutine, suspend, run

async def ticker(n):
    for i in range(n):
        await suspend(f'tick {i}')
        yield i
async def main():
    seen = []
    async for v in ticker(3):
        seen.append(v)
    else:
        seen.append('else')
    return seen
c = main()
try:
    while True:
        print('loop saw', c.send(None))
except StopIteration as e:
    print(e.value)

from mod_aio import coroutine, suspend, run

async def ag():
    yield 'x'
async def main():
    it = aiter(ag())
    first = await anext(it)
    second = await anext(it, 'default')
    try:
        await anext(it)
    except StopAsyncIteration:
        third = 'stop'
    return first, second, third
print(run(main()))
for bad in [1, [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)
try:
    anext()
except TypeError as e:
    print(e)

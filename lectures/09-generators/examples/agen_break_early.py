from mod_aio import coroutine, suspend, run

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers finally')
async def main():
    out = []
    gen = numbers()
    async for v in gen:
        if v == 2:
            break
        out.append(v)
    print('after break')
    await gen.aclose()
    return out
print(run(main()))

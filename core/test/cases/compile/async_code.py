import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x

async def main():
    async with lock as l:
        await fetch(1)
    async for item in aiter():
        print(item)
    results = [await fetch(i) for i in range(3)]
    agen = (i async for i in aiter())
    return results

async def agen():
    yield 1
    await fetch(2)

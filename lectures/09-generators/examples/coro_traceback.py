from mod_aio import coroutine, suspend, run

async def fetch(n):
    await suspend()
    return 10 // n
async def main():
    total = 0
    for n in (5, 2, 0):
        total += await fetch(n)
    return total
print(run(main()))

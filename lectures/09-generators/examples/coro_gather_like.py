from mod_aio import coroutine, suspend, run

def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        nxt = []
        for i, c in pending:
            try:
                c.send(None)
                nxt.append((i, c))
            except StopIteration as e:
                results[i] = e.value
        pending = nxt
    return results
async def square(x, steps):
    for _ in range(steps):
        await suspend()
    return x * x
print(gather(square(2, 3), square(3, 1), square(4, 0)))

from mod_aio import coroutine, suspend, run

def loop(*coros):
    ready = list(coros)
    results = {}
    while ready:
        task = ready.pop(0)
        try:
            task.send(None)
        except StopIteration as e:
            results[task.__qualname__] = e.value
        else:
            ready.append(task)
    return results
async def countdown(name, n):
    while n:
        print(name, n)
        await suspend()
        n -= 1
    return name + ' liftoff'
c1 = countdown('A', 3)
c2 = countdown('B', 2)
c2.__qualname__ = 'second'
print(loop(c1, c2))

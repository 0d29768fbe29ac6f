from mod_aio import coroutine, suspend, run

clock = 0
def sleep(ticks):
    return suspend(('sleep', ticks))
def run_all(coros):
    global clock
    waiting = [(0, i, c) for i, c in enumerate(coros)]
    done = []
    while waiting:
        waiting.sort()
        when, i, c = waiting.pop(0)
        clock = max(clock, when)
        try:
            cmd = c.send(None)
        except StopIteration as e:
            done.append((clock, e.value))
            continue
        waiting.append((clock + cmd[1], i, c))
    return done
async def task(name, delays):
    for d in delays:
        await sleep(d)
        print(f't={clock} {name} woke after {d}')
    return name
print(run_all([task('fast', [1, 1, 1]), task('slow', [2, 3]), task('once', [4])]))

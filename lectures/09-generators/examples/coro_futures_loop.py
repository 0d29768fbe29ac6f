from mod_aio import coroutine, suspend, run

def new_future():
    return {'done': False, 'result': None, 'callbacks': []}
def set_result(fut, value):
    fut['done'] = True
    fut['result'] = value
    for cb in fut['callbacks']:
        cb()
@coroutine
def wait(fut):
    while not fut['done']:
        yield fut
    return fut['result']
ready = []
def spawn(coro):
    ready.append(coro)
def step(coro):
    try:
        fut = coro.send(None)
    except StopIteration as e:
        print('task finished with', e.value)
        return
    fut['callbacks'].append(lambda: ready.append(coro))
def run_loop(timers):
    tick = 0
    while ready or timers:
        while ready:
            step(ready.pop(0))
        timers.sort(key=lambda t: t[0])
        tick, fut, val = timers.pop(0)
        print(f'tick {tick}: resolve with {val!r}')
        set_result(fut, val)
timers = []
def later(t, val):
    fut = new_future()
    timers.append((t, fut, val))
    return fut
async def fetch(name, t):
    data = await wait(later(t, name.upper()))
    return f'{name}={data}'
async def main():
    a = await fetch('a', 3)
    b = await fetch('b', 1)
    return [a, b]
spawn(main())
spawn(fetch('solo', 2))
run_loop(timers)

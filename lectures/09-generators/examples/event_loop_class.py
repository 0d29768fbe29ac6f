class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Task:
    def __init__(self, loop, coro):
        self.loop, self.coro = loop, coro
        loop.ready.append(self)
    def step(self):
        try:
            fut = self.coro.send(None)
        except StopIteration as e:
            print('task done:', e.value)
            return
        fut.callbacks.append(lambda _: self.loop.ready.append(self))
class Loop:
    def __init__(self):
        self.ready, self.timers, self.now = [], [], 0
    def call_later(self, delay, fut, value):
        self.timers.append((self.now + delay, len(self.timers), fut, value))
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                self.ready.pop(0).step()
            if self.timers:
                self.timers.sort()
                self.now, _, fut, value = self.timers.pop(0)
                fut.set_result(value)
loop = Loop()
def sleep(delay, value=None):
    fut = Future()
    loop.call_later(delay, fut, value)
    return fut
async def worker(name, delays):
    for d in delays:
        v = await sleep(d, f'{name}@{loop.now + d}')
        print('t', loop.now, v)
    return name
Task(loop, worker('a', [2, 2]))
Task(loop, worker('b', [1, 1, 1]))
loop.run()

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield 'tick'
        return self.ticks
async def main():
    a = await Sleep(2)
    b = await Sleep(1)
    return a + b
c = main()
steps = 0
try:
    while True:
        print(c.send(None))
        steps += 1
except StopIteration as e:
    print('result', e.value, 'after', steps, 'steps')

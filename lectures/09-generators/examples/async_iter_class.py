class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
async def main():
    out = [v async for v in Countdown(3)]
    async for v in Countdown(2):
        out.append(-v)
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def bad():
    async for v in BadAnext():
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e, '|', e.__cause__)

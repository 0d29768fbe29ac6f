def simple(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d


def posonly(a, b, /, c, *, d):
    return (a, b, c, d)


def annotated(x: int, y: 'str' = 'y') -> list[int]:
    return [x]


def closure():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    return inc


def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    return 'end'


async def coro(session):
    async with session as s:
        async for item in s:
            await item
    return [x async for x in session]


def comprehensions(data):
    a = [x * 2 for x in data if x]
    b = {k: v for k, v in data.items()}
    c = {x for x in data}
    d = (x for x in data)
    e = [[y for y in x] for x in data]
    return a, b, c, d, e


def lambdas():
    return sorted([3, 1, 2], key=lambda v: -v), (lambda *a, **k: (a, k))(1, z=2)


def decorated():
    @staticmethod
    def inner():
        pass
    return inner


g = 0


def use_global():
    global g
    g = g + 1
    del g


def defaults(a=[], b={'x': 1}, *, c=(1, 2)):
    return a, b, c


def calls(f, *a, **k):
    f()
    f(1, 2)
    f(x=1)
    f(1, *a)
    f(**k)
    f(1, *a, y=2, **k)
    return f.method(1).attr.other(key=3)

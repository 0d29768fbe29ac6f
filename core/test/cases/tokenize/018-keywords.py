@decorator
async def f():
    await x
    async with a as b: pass
match x:
    case [1, *_]: pass
type X = int

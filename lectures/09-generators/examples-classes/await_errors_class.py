class NoIter:
    def __await__(self):
        return 42
class GivesCoro:
    def __await__(self):
        async def inner():
            pass
        return inner()
async def use(x):
    return await x
for obj in (NoIter(), GivesCoro()):
    try:
        use(obj).send(None)
    except TypeError as e:
        print(e)

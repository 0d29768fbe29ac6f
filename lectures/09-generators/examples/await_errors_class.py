class NoIter:
    def __await__(self):
        return 42
made = []
class GivesCoro:
    def __await__(self):
        async def inner():
            pass
        made.append(inner())
        return made[-1]
async def use(x):
    return await x
for obj in (NoIter(), GivesCoro()):
    try:
        use(obj).send(None)
    except TypeError as e:
        print(e)
for c in made:
    c.close()

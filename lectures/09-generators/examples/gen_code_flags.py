def g():
    yield
async def c():
    pass
async def ag():
    yield
def f():
    pass
for fn in (g, c, ag, f):
    fl = fn.__code__.co_flags
    print(fn.__name__, fl & 0x20 != 0, fl & 0x80 != 0, fl & 0x200 != 0, hex(fl))
print((x for x in ()).gi_code.co_flags & 0x20 != 0)
x = c()
x.close()

import dis
def g():
    yield 1
    yield from ()
async def c(a):
    await a
for f in (g, c):
    print([(i.opname, i.arg) for i in dis.get_instructions(f) if i.opname in ('RESUME', 'YIELD_VALUE')])
print([i.opname for i in dis.get_instructions(compile('x=1', 't', 'exec'))][0])

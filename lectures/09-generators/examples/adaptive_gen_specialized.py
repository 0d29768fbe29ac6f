import dis
def gen():
    yield 1
    yield 2
def gloop(g):
    t = 0
    for x in g:
        t += x
    return t
def yf(g):
    return (yield from g)
for _ in range(100):
    gloop(gen())
    list(yf(gen()))
dis.dis(gloop, adaptive=True)
dis.dis(yf, adaptive=True)

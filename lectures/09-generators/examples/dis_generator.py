import dis
def gen():
    yield 1
    yield 2
dis.dis(gen)
def loop(s):
    for c in s:
        yield c
dis.dis(loop)

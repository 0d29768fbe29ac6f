import dis
class C:
    def __init__(self, v): self.v = v
    def m(self): return self.v
def mk(): return C(1)
def get(o): return o.v
def call(o): return o.m()
for _ in range(100): mk(); get(C(2)); call(C(3))
dis.dis(mk, adaptive=True)
dis.dis(get, adaptive=True)
dis.dis(call, adaptive=True)

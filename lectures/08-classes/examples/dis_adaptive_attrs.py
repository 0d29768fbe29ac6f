# Warm attribute loads specialise by what they find: instance values, methods, slots, class attrs.
import dis
class P:
    cls_attr = 5
    def __init__(self):
        self.x = 1
    def m(self):
        return 2
class S:
    __slots__ = ('v',)
def use(p, s):
    a = p.x
    b = p.m()
    s.v = a
    c = s.v
    d = p.cls_attr
    return a + b + c + d
p, s = P(), S()
for _ in range(100):
    use(p, s)
for i in dis.get_instructions(use, adaptive=True):
    if 'ATTR' in i.opname:
        print(i.opname, i.argrepr)

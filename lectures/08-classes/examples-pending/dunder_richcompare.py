# Rich comparisons: reflected pairs (< with >), == falls back to identity.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f'{self.v}.__lt__({o.v})')
        return self.v < o.v
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
a, b = V(1), V(2)
print(a < b, b > a)
print(a == V(1), a != V(1), a != b)
print(a == 1, 1 == a, a != 'x')
try:
    a <= b
except TypeError as e:
    print(e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__())
print([x.v for x in sorted([V(3), V(1), V(2)])])
class Plain: pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    p < p
except TypeError as e:
    print(e)
class Sub(V):
    def __gt__(self, o):
        print('Sub.__gt__ first')
        return True
print(V(5) < Sub(0))

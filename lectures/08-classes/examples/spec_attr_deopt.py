# Specialised attribute loads must notice class changes (method cache and version tags).
class A:
    def val(self):
        return 'A.val'
    attr = 'A.attr'
class B(A):
    pass
def probe(o):
    return o.val(), o.attr
b = B()
for i in range(60):
    r = probe(b)
print(r)
A.val = lambda self: 'patched'
print(probe(b))
B.attr = 'B.attr'
print(probe(b))
b.attr = 'instance'
print(probe(b))
class Other:
    pass
B.__bases__ = (Other,)
try:
    probe(b)
except AttributeError as e:
    print(e)

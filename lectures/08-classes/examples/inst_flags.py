# __flags__: Py_TPFLAGS_* bits (Include/object.h), tested with &.
HEAPTYPE = 1 << 9
BASETYPE = 1 << 10
READY = 1 << 12
HAVE_GC = 1 << 14
IMMUTABLETYPE = 1 << 8
class A: pass
class S:
    __slots__ = ()
def bits(t):
    return [name for name, b in [('HEAPTYPE', HEAPTYPE), ('BASETYPE', BASETYPE), ('READY', READY),
            ('HAVE_GC', HAVE_GC), ('IMMUTABLETYPE', IMMUTABLETYPE)] if t.__flags__ & b]
for t in [A, S, int, bool, type, object, list]:
    print(t.__name__, bits(t))
print(bool(bytes.__flags__ & (1 << 27)), bool(int.__flags__ & (1 << 27)))
print(bool(type.__flags__ & (1 << 31)), bool(A.__flags__ & (1 << 31)))
print(bool(list.__flags__ & (1 << 25)), bool(dict.__flags__ & (1 << 29)))
class MyList(list): pass
print(bool(MyList.__flags__ & (1 << 25)), bool(MyList.__flags__ & (1 << 5)))
print(A.__flags__, S.__flags__, MyList.__flags__, int.__flags__, object.__flags__, type.__flags__)

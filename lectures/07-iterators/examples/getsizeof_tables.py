# L05-06 and L07-03: sys.getsizeof follows CPython's allocations: a list's over-allocation
# (list_resize), a dict's keys table (insertdict, dictresize, PyDict_Copy) and a set's table.
import sys

def grow(keys):
    d = {}
    out = []
    for k in keys:
        d[k] = 1
        out.append(sys.getsizeof(d))
    return out

print(grow(range(20)))
print(grow([str(i) for i in range(20)]))
print(grow(['a', 'b', 1, 'c']))
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 2}))
print(sys.getsizeof({i: i for i in range(100)}))
d = {i: i for i in range(100)}
for i in range(90):
    del d[i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
d.clear()
print(sys.getsizeof(d))
print(sys.getsizeof(dict(a=1)), sys.getsizeof(dict.fromkeys(range(10))))
s = set()
print([(s.add(i), sys.getsizeof(s))[1] for i in range(20)])
l = []
print([(l.append(i), sys.getsizeof(l))[1] for i in range(20)])
print([sys.getsizeof(x) for x in ((), (1, 2), 0, 2**30, 2**60, 1.5, 1j, '', 'é', b'', True)])

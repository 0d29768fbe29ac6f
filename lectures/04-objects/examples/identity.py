# IS_OP and id(): identity, not equality.
a = 256
b = 255 + 1
print(a is b, a is not b, id(a) == id(b))
c = 1000
d = 999 + 1
print(c is d, c == d, id(c) == id(d))
print(None is None, True is not False, type(5) is int, type(True) is bool, type(1.5) is not int)
e = -5
f = -6 + 1
print(e is f, e + 0 is f - 0)
g = 2.5
h = g
print(g is h, id(g) == id(h), id(g) != id(2.5 + 1))
def same(p, q):
    return p is q
print(same(7, 3 + 4), same(None, None), same(10 ** 3, 10 ** 3), same(True, 1 == 1))
print(int('10') is int('10'), int('300') is int('300'), int(-5.0) is e, int(257.0) is int(257.0))
print(type(id(1)), id(print) == id(print), id(None) != id(True))

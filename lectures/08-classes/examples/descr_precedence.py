# PyObject_GenericGetAttr: data descriptor > instance dict > non-data descriptor > class attr.
class Data:
    def __get__(self, obj, owner): return 'data descriptor'
    def __set__(self, obj, value): print('Data.__set__', value)
class NonData:
    def __get__(self, obj, owner): return 'non-data descriptor'
class C:
    d = Data()
    n = NonData()
    plain = 'class attribute'
    @property
    def p(self): return 'prop'
c = C()
c.__dict__.update(d='inst d', n='inst n', plain='inst plain', p='inst p')
print(c.d, c.n, c.plain, c.p, sep=' | ')
c.d = 5
print(c.__dict__['d'])
print(C.d, C.n, C.plain)
del c.__dict__['n']
print(c.n)
class Setonly:
    def __set__(self, obj, v): pass
class D:
    s = Setonly()
d = D()
print(type(d.s).__name__)
d.__dict__['s'] = 'instance'
print(type(d.s).__name__)

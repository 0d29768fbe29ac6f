# dir() of the built-in objects, exactly as CPython 3.13 lists them, and what the methods
# behind those names do: __getnewargs__, __bytes__, bytes.maketrans, dict.__reversed__ and
# the views', __class_getitem__ (types.GenericAlias), range.__bool__, NotImplemented.__bool__,
# `|` between types (types.UnionType), a view's .mapping (mappingproxy), and the iterators'
# __length_hint__/__reduce__/__setstate__.
# One name is left out of dir(b'') and dir(bytes): __buffer__ (PEP 688), which needs the
# buffer protocol and memoryview, which ceval does not have.
objects = [
    '', b'', (), {}, set(), frozenset(), [], range(1), slice(1), iter(()), iter([]),
    iter(''), {}.keys(), {}.values(), {}.items(), None, NotImplemented, Ellipsis, 1, 1.0,
    1j, True, object(), iter('\xe9'), iter(b''), iter(range(2**64)), iter({}),
    iter({}.values()), iter({}.items()), iter(set()), reversed([]), reversed(()),
    reversed(range(1)), reversed({}), reversed({}.values()), reversed({}.items()),
    enumerate([]), {}.keys().mapping, iter(tuple[int]), list[int], int | str,
]
types = [str, bytes, tuple, dict, set, frozenset, list, range, slice, int, float, complex,
         bool, object, type(None), type(NotImplemented), type(...), type({}.keys()),
         type({}.keys().mapping), enumerate, reversed]
for o in objects:
    print(type(o).__name__, [n for n in dir(o) if n != '__buffer__'])
for t in types:
    print(t.__name__, [n for n in dir(t) if n != '__buffer__'])


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('-- __getnewargs__ and __bytes__')
s, b, t = 'ab', b'xy', (1, 2)
print(s.__getnewargs__(), b.__getnewargs__(), t.__getnewargs__(), ''.__getnewargs__())
print(s.__getnewargs__()[0] is s, b.__getnewargs__()[0] is b, t.__getnewargs__()[0] is t)
print(b.__bytes__() is b, bytes(b) is b, str.__getnewargs__('q'))
show(lambda: s.__getnewargs__(1))
show(lambda: b.__bytes__(1))
show(lambda: t.__getnewargs__(x=1))

print('-- bytes.maketrans')
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[95:101], b'aabbcc!'.translate(table), b''.maketrans(b'', b'') == bytes(range(256)))
print(bytes.maketrans(b'aa', b'xy')[97])
show(lambda: bytes.maketrans(b'a'))
show(lambda: bytes.maketrans(b'a', b'b', b'c'))
show(lambda: bytes.maketrans(b'ab', b'x'))
show(lambda: bytes.maketrans('a', b'x'))
show(lambda: bytes.maketrans(b'a', None))
show(lambda: bytes.maketrans(frm=b'a', to=b'b'))
print(str.maketrans('ab', 'xy'), 'abc'.translate(str.maketrans('ab', 'xy', 'c')))

print('-- reversed dicts and views')
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(d.__reversed__()), list(reversed(d.keys())))
print(list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__,
      type(reversed(d.items())).__name__)
r = reversed(d)
print(r.__length_hint__(), next(r), r.__length_hint__(), r.__reduce__())
del d['a']
print(r.__length_hint__())
show(lambda: next(r))
show(lambda: next(r))
d = {1: 2, 3: 4, 5: 6}
r = reversed(d)
next(r)
del d[1]
d[7] = 8
print(list(r))
show(lambda: d.__reversed__(1))
show(lambda: d.keys().__reversed__(1))
print(list(reversed({})), 2 in {1: 2}.values(), 3 in {1: 2}.values(), (1, 2) in {1: 2}.items())
print((1, 3) in {1: 2}.items(), [1] in {1: 2}.items(), (1,) in {1: 2}.items())
show(lambda: ([], 1) in {1: 2}.items())

print('-- views know their mapping')
d = {'k': 'v'}
m = d.keys().mapping
print(m, repr(m), type(m).__name__, len(m), m['k'], 'k' in m, m.get('x', 0), list(m))
d['k2'] = 'v2'
print(m.keys(), m.values(), m.items(), m.copy(), list(reversed(m)), m == d, m | {'z': 0})
show(lambda: m.__setitem__)
show(lambda: hash(m))
show(lambda: type(m)([1]))
print(type(m)({1: 2}), d.items().mapping is not m, d.values().mapping == m)

print('-- __class_getitem__ and types.GenericAlias')
print(list[int], tuple[int, str], dict[str, list[int]], tuple[()], tuple[int, ...])
print(set[bytes], frozenset[float], enumerate[str], type[int], list['x'], list[None])
print(list[[int, str]], list[list], list[type(None)], type(m)[int])
a = dict[str, int]
print(a.__origin__, a.__args__, a.__parameters__, a.__unpacked__, a.__class__)
print(list[int] == list[int], list[int] == list[str], list[int] != list, list[int] == list)
print(hash(list[int]) == hash(list[int]), hash(list[int]) == hash(list) ^ hash((int,)))
print({list[int]: 'one'}[list[int]], list[int].__name__, list[int].__qualname__)
print(list[int]('ab'), dict[str, int](a=1), tuple[int, ...]([1, 2]), set[int]())
print(list.__class_getitem__(int), [].__class_getitem__((int, str)), type(list[int]).__name__)
print(list[int].__mro_entries__(()), list[int].__reduce__())
print([*tuple[int, str]], [*list[int]][0].__unpacked__, next(iter(tuple[int])).__typing_unpacked_tuple_args__)
print(type(list[int])(list, int), type(list[int])(dict, (str, int)))
print(isinstance([], (list, list[int])))
show(lambda: isinstance([], list[int]))
show(lambda: isinstance([], (str, list[int])))
show(lambda: issubclass(list, list[int]))
show(lambda: list[int][str])
show(lambda: str[int])
show(lambda: list.__class_getitem__())
show(lambda: list.__class_getitem__(int, str))
show(lambda: list[int](1))
show(lambda: type(list[int])(list))
show(lambda: list[int].nothing)

print('-- types.UnionType')
u = int | str
print(u, type(u).__name__, u.__args__, u.__parameters__, int | None, None | int, int | int)
print(int | str | int, (int | str) | (str | bytes), list[int] | None, int | list[int])
print(list[int] | list[int], list[int] | list[str], type(None) | int, type.__ror__(int, str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), u == int, u != int | bytes)
print(isinstance(1, u), isinstance(b'', u), issubclass(bool, u), isinstance(None, (str, int | None)))
show(lambda: isinstance([], int | list[int]))
show(lambda: int | 1)
show(lambda: 1 | int)
show(lambda: int | 'x')
show(lambda: u[int])
show(lambda: u())

print('-- truth of range and NotImplemented')
print(bool(range(0)), bool(range(3)), range(5, 1).__bool__(), bool(range(2**100)))
print(NotImplemented.__bool__())
print(not NotImplemented)

print('-- iterators report and restore their position')
for make in [lambda: iter((1, 2, 3)), lambda: iter([1, 2, 3]), lambda: iter('abc'),
             lambda: iter('\xe9\u20ac!'), lambda: iter(b'abc'), lambda: iter(range(3)),
             lambda: iter(range(2**64, 2**64 + 3)), lambda: reversed([1, 2, 3]),
             lambda: reversed((1, 2, 3)), lambda: reversed(range(3))]:
    it = make()
    name = type(it).__name__
    print(name, it.__length_hint__(), it.__reduce__())
    it.__setstate__(1)
    print(name, list(it), it.__length_hint__(), it.__reduce__())
    it = make()
    it.__setstate__(-5)
    print(name, next(it, 'end'), end=' ')
    it = make()
    it.__setstate__(10)
    print(list(it))
    show(lambda: make().__setstate__('x'))
    show(lambda: make().__setstate__())
it = iter(range(10))
next(it)
next(it)
it.__setstate__(3)
print(next(it), it.__reduce__())
show(lambda: iter(()).__setstate__(2**63))
show(lambda: iter(range(3)).__setstate__(2**63))
print(iter(()).__setstate__(-2**63))
for make in [lambda: iter({1: 2, 3: 4}), lambda: iter({1: 2}.values()),
             lambda: iter({1: 2}.items()), lambda: iter({1, 2}),
             lambda: reversed({1: 2, 3: 4}), lambda: reversed({1: 2}.items())]:
    it = make()
    print(type(it).__name__, it.__length_hint__(), it.__reduce__())
    next(it)
    print(it.__length_hint__(), it.__reduce__(), list(it), it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
next(it)
s.remove(3)
s.add(4)
print(it.__length_hint__(), list(it))
s.add(5)
print(it.__length_hint__())
print(iter(len, 1).__reduce__(), enumerate('ab', 5).__reduce__()[1][1])
show(lambda: iter(()).__length_hint__(1))
show(lambda: iter({}).__reduce__(1))

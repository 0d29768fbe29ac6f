d = {'one': 1, 'two': 2}
d['three'] = 3
print(d, len(d), d['two'], 'one' in d, 1 in d)
d['one'] = 10
print(d)
del d['two']
print(d, d.get('two'), d.get('two', 'none'), d.get('one'))
print(d.keys(), d.values(), d.items())
print(d.setdefault('four', 4), d.setdefault('one', 99), d)
print(d.pop('four'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
d.update({'a': 1}, b=2)
d.update((('c', 3),))
print(d)
print(dict.fromkeys('abc'), dict.fromkeys(('x', 'y'), 0))
print(dict(a=1, b=2), dict((('k', 'v'),)), dict({'z': 0}, y=1))
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {} != {1: 2})
e = d.copy()
e.clear()
print(e, d)
print({1: 1, True: 2, 1.0: 3}, {(1, 2): 'tuple key'})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
f = {'x': 1}
f |= {'y': 2}
print(f)
print({**f, 'z': 3}, {'q': 0, **f})

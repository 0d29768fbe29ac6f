t = (1, 2, 3)
print(t[0], t[-1], t[1:], t[::-1], len(t), 2 in t, t + (4,), t * 2, t.count(2), t.index(3))
s = "hello, world"
print(s[0], s[-1], s[2:5], s[::2], len(s), 'lo' in s, s.upper(), s.split(', '), s.replace('l', 'L'))
print(s.find('o'), s.rfind('o'), s.startswith('he'), s.title(), s.center(20, '*'), '-'.join(('a', 'b')))
d = {'a': 1, 'b': 2}
d['c'] = 3
del d['a']
print(d, len(d), 'b' in d, d.get('z', 0), d.keys(), d.values(), d.items(), d | {'x': 9})
st = {5, 1, 100}
print(st, st | {2}, st & {1, 5}, st - {1}, st ^ {1, 7}, {1, 2} <= {1, 2, 3})
x = 42
print(f"{x} {x:>5} {x:08.3f} {x!r} {s!r:>20} {3.14159:.2f} {1234567:,} {255:#x}")
print('{} and {name}'.format(1, name='two'), format(0.5, '.1%'), ord('A'), chr(9731), ascii('é'))
print({**d, 'z': 0}, {1: 'a', **{2: 'b'}})
print(sorted if False else 'ok')

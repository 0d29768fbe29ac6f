print(repr({}), repr(set()), repr(frozenset()), repr(()), repr((1,)), repr(''), repr(b''))
print({'a': (1, 2), 'b': {3}, 'c': frozenset((4,)), 'd': {'e': b'f'}, 'g': 1.0, 'h': None, 'i': ...})
print(str({'q': "it's"}), str(("'", '"')), str({b'\x00': '\x00'}), ascii({'é': '😀'}))
print(repr(1e100), repr((0.1 + 0.2,)), {'nan': float('nan'), 'inf': -float('inf')}, (1j, -0.0, 2 ** 100))
d = {}
d[1] = d
t = (d,)
print(t, d)
s = 'x' * 30
print((s, s), len(repr((s, s))))

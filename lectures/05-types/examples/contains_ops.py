print(1 in (1, 2), 3 not in (1, 2), 'a' in {'a': 1}, 1 in {'a': 1}, 2 in {1, 2})
print('ell' in 'hello', '' in '', 'HELLO' in 'hello', '😀' in 'a😀b')
print(b'ell' in b'hello', 104 in b'hello', 0 in b'', b'' in b'')
print(1.0 in (1,), True in (1,), (1, 2) in ((1, 2), (3, 4)), 'a' in frozenset('abc'))
print(1 in {1: 'x'}.values() if False else 'x' in {1: 'x'}.values(), (1, 'x') in {1: 'x'}.items())
try:
    set() in {1}
except TypeError as e:
    print('TypeError:', e)
try:
    {} in {1: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)
try:
    300 in b'abc'
except ValueError as e:
    print('ValueError:', e)
try:
    'a' in b'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    None in 'abc'
except TypeError as e:
    print('TypeError:', e)

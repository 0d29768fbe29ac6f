"""Module docstring."""
import os
from sys import argv as args, path
x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
z = -x, +x, ~x, not x
s = 'hello' 'world'
b = b'bytes\x00\xff'
f = 1.5e300
c = 3j + 1
big = 123456789012345678901234567890
neg = -98765432109876543210
fs = x in {1, 2, 3}
t = (1, 'a', None, True, False, ..., 2.5, (3, 4))
lst = [1, 2, *t]
d = {'a': 1, 'b': 2, **{}}
st = {1, *lst}
x += 1; x -= 1; x *= 2; x @= 1 if False else 0
a, *rest = lst
del a
print(x < y <= z, x == y != z, x is None, x is not None, x not in lst, x > 3, x >= 4)
q = lst[1:2], lst[::2], lst[x]
lst[0] = 5
lst[1:2] = [3]
if x and y or not z:
    pass
elif x:
    print('elif')
else:
    print('else')
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
else:
    print('done')
for i in range(3):
    print(i)
assert x, 'message'
g = f'{x!r:>10} {y!s} {z!a} {s:{x}} {b=}'
os.path.join(path[0], 'q', sep='/') if args else None
print(*args, **d)
w = (n := 10) + n
u = '\u00e9\u4e2d\U0001f600\udc80'

# Constant folding (ast_opt): arithmetic, size limits, %-formatting, subscripts, in-lists.
x = [a for a in b if a]
y = {k: v for k, v in d.items()}
z = 1
w = [i for i in range(3) for j in [i]]
s = "%s-%d" % (a, b)
t = "%-5s|%3r|%.2a" % (a, b, c)
u = "abc"[1] + (1, 2)[0] * 2
v = not a == b
v2 = not a is b
v3 = not (a in b)
v4 = -(-1)
v5 = 2 ** -1, 7 // 2, 7 % -3, 1 / 3, 1 << 3, 255 >> 2, 3 | 4, 3 & 1, 3 ^ 1
v6 = 1.5 // 0.4, -1.5 % 0.4, 2.0 ** 0.5, 1e300 * 1e300, 10 ** 30, 2 ** 200
v7 = "ab" * 3, b"x" * 2, (1,) * 3, [1] * 3
v8 = (1j + 2) * (3 - 1j), 1 / 2j
v9 = a[1:2, ::3], a[...], a[b:c]
if x := f():
    pass
print(*a, sep='')
f(**k)
f(a, b, *c)
g(x=1, **y, z=2)
h(*[1, 2])
obj.method(*args)
obj.m2(a=1)
i = 0
while i < 10:
    i += 1
    if i == 5:
        continue
else:
    pass
with open(x) as f, g:
    raise ValueError from None
global gg

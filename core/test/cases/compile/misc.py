a = 1 + 2 * 3
b = -5
c = not True
d = 2 ** 100
e = "abc" * 3
f = (1, 2, (3, 4))
g = 1 < 2
h = ~7
i = 10 / 4
j = 7 // -2
k = -7 % 3
l = 1.5 + 2j
m = b"ab" + b"cd"
n = "%s and %r" % (a, b)
o = f"{a!r:>10} {b}"
p = {**{}, 'a': 1}
q = {1, 2, 3}
r = x[1:2:3]
s = x[::]
x[1:2] = y
x.attr += 1
x[0] -= 1
t = __debug__
u = [*range(3), 4]
v, *w = 1, 2, 3
(aa, bb), cc = (1, 2), 3
print(f"{x=}")
if 1 in [1, 2]:
    pass
for q in [a, b]:
    pass

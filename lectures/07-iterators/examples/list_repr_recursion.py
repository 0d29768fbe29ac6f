a = [1, 2]
a.append(a)
print(a)
b = [a, [a]]
print(b)
c = []
c.append([c, c])
print(c)
print(repr(['s', 1.5, None, (1,), [True]]))

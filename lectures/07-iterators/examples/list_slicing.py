l = list(range(10))
print(l[2:5], l[::2], l[::-1], l[-3:], l[:-7], l[8:2:-2], l[100:])
l[2:5] = ['a', 'b']
print(l)
l[:0] = [0, 0]
print(l)
l[::3] = 'xyzw'
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
l[len(l):] = [99]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
m = [1, 2, 3]
m[1:] = m
print(m)

big = 10 ** 20
r = range(big, big + 10, 3)
print(r, len(r), list(r), r[2], big + 3 in r)
huge = range(0, 2 ** 70, 2 ** 60)
print(huge[5], len(huge), huge[-1])
print(type(iter(range(5))), type(iter(range(big, big + 1))))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)
print(range(2 ** 64)[-1], range(-5, 5)[3:100])

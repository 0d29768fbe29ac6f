for i, v in enumerate(['a', 'b', 'c']):
    print(i, v)
print(list(enumerate('xy', start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(range(3), range(3), strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
print(dict(zip('abc', range(3))))
print(list(enumerate(range(2), 2**70)))

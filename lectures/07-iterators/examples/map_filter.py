print(list(map(lambda x: x * 2, range(4))))
print(list(map(pow, [2, 3], [5, 2])))
print(list(map(lambda a, b: a + b, 'ab', 'xyz')))
print(list(filter(lambda x: x % 3, range(10))))
print(list(filter(None, [0, '', 'a', [], [0], None, 5])))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
for bad in [lambda: map(abs), lambda: filter(abs), lambda: map(abs, 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)

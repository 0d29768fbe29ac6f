def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e), e)
l = [1, 2, 3]
t(lambda: l[1.0])
t(lambda: l * 'a')
t(lambda: l * 2.0)
def iadd():
    global l
    l += 5
t(iadd)
t(lambda: [1] < ['a'])
t(lambda: [1, 2] == (1, 2))
t(lambda: [].sort(key=None))
t(lambda: sorted([3, 1], key=None))
t(lambda: list(enumerate(5)))
t(lambda: enumerate([], 'a'))
t(lambda: list(zip([1, 2], [3, 4, 5], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: next(iter(range(0))))
t(lambda: list(range(10))[-3:-1])
t(lambda: range(10)[::-2])
t(lambda: range(0, 10, 3)[-100:100])
t(lambda: 3 in range(0, 10, 3))
t(lambda: range(5) == [0, 1, 2, 3, 4])
t(lambda: repr(range(-3)))
t(lambda: list(range(5, -5, -3)))
t(lambda: range(1, 10).count(3.0))
t(lambda: range(1, 10).index(3.0))
t(lambda: [1, 2, 3].index(2, 5))
t(lambda: sum([[1]], []))
t(lambda: sum(x for x in []) if False else sum([], 5.5))
t(lambda: max(1, 2, key=lambda x: -x))
t(lambda: max([1, 2], default=5, key=None))
t(lambda: min([], default=None))
t(lambda: list(map(None, [1])))
t(lambda: list(filter(lambda x: x > 1, range(4))))
t(lambda: [].insert(0))
t(lambda: [3, 2, 1].pop(1.0))
t(lambda: list('ab') + list('cd'))
t(lambda: [0] * 3 == [0, 0, 0])
t(lambda: iter([]).__length_hint__())
t(lambda: [x for x in 5])
a, b, *c = 'hello'
print(a, b, c)
m = [[1, 2], [3, 4]]
for (x, y) in m:
    print(x + y)
del l[:]
print(l)
l = [5, 1, 4]
l[1:1] = []
l[0:2] = range(3)
print(l)
l[::-1] = l
print(l)
n = [1, 2, 3, 4, 5, 6]
del n[::-2]
print(n)
print(sorted([[2], [1, 5], [1]]), sorted(['b', 'A', 'a']), sorted([2.5, 1, -0.0, 0]))
print([*{'a': 1}], [*{1: 2}.items()], (lambda *a: a)(*range(3), 1))
print(sum([1, 2.5, 3]), sum([2**64, 1.5]), sum([True, 2]))
print(list(map(lambda *a: a, 'ab', 'cde', range(5))))
for i in range(3):
    pass
print(i)
x = [0, 1]
x[5:] = [7]
print(x, x[-1:-5:-1], x[:100:3])

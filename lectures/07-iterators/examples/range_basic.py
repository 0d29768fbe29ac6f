r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(range(10), range(0), range(5, 0, -1), list(range(5, 0, -1)))
print(7 in r, 8 in r, 3.0 in r, r.index(11), r.count(7), r.count(8))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(1, 6, 2) == range(1, 7, 2))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 10, 3))), hash(range(3)) == hash(range(0, 3)))
for bad in [lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(), lambda: r[10], lambda: r.index(8)]:
    try:
        bad()
    except Exception as e:
        print(type(e), e)

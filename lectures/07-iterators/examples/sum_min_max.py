print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([1, 0.5, 0.25]), sum((True, True)))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([1.5, 2 ** 70]))
print(min([3, 1, 2]), max('hello'), min(4, 2, 8), max([], default='none'))
print(max(['aa', 'b', 'ccc'], key=len), min(range(5), key=lambda x: (x - 3) ** 2))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']), lambda: max([]), lambda: min()]:
    try:
        bad()
    except Exception as e:
        print(type(e), e)

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2])
print(type(r), next(r), list(r))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)

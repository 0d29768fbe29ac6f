print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
print(list({'x': 1}.items()), list({'x': 1}.values()))
print(list(map(abs, [-1, -2])), list([1, [2]]))
try:
    list(5)
except TypeError as e:
    print(e)
try:
    list(1, 2)
except TypeError as e:
    print(e)
print(tuple([1, 2]), set([1, 1, 2]), dict([('a', 1), ('b', 2)]))

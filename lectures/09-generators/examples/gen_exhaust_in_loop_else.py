def g():
    yield 1
    yield 2
    return 'ret'
for v in g():
    print(v)
else:
    print('else runs')
def find(it, target):
    for v in it:
        if v == target:
            return 'found'
    return 'missing'
print(find(g(), 2), find(g(), 3))

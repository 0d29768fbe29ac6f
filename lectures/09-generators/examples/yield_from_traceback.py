def leaf():
    yield 'leaf'
    raise ValueError('deep')
def mid():
    yield from leaf()
def top():
    yield from mid()
for v in top():
    print(v)

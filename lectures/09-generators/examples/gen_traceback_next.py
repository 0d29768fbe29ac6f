def parse(items):
    for s in items:
        yield int(s)
def consume(it):
    return [next(it) for _ in range(3)]
print(consume(parse(['1', '2', 'x'])))

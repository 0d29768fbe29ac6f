def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g))
print(g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)

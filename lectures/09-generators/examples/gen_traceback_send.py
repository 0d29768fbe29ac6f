def g():
    total = 0
    while True:
        total += yield total
it = g()
next(it)
it.send(1)
it.send('oops')

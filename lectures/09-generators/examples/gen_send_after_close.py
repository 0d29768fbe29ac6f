def g():
    yield 1
    yield 2
it = g()
next(it)
it.close()
for call in (lambda: next(it), lambda: it.send(None), lambda: it.send(1)):
    try:
        call()
    except StopIteration as e:
        print('StopIteration', e.args)
print(it.gi_suspended, it.gi_running, it.gi_frame)

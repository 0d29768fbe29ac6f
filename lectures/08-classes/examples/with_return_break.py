# Leaving a with block by return, break, continue and exceptions: __exit__ runs every time.
class CM:
    def __init__(self, log, name): self.log, self.name = log, name
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        self.log.append('exit ' + self.name + (' ' + t.__name__ if t else ''))
log = []
def f():
    for i in range(3):
        with CM(log, str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    with CM(log, 'ret'):
        return 'value'
print(f())
print(log)
log.clear()
def g():
    try:
        with CM(log, 'a'):
            with CM(log, 'b'):
                raise ValueError
    except ValueError:
        log.append('caught')
    finally:
        log.append('finally')
g()
print(log)

class Echo:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return 'next'
    def send(self, v):
        self.log.append(('send', v))
        if v == 'stop':
            raise StopIteration('echo done')
        return 'sent ' + repr(v)
    def throw(self, exc):
        self.log.append(('throw', type(exc).__name__))
        return 'threw'
    def close(self):
        self.log.append(('close',))
e = Echo()
def g():
    r = yield from e
    yield 'returned ' + r
it = g()
print(next(it), it.send(1), it.throw(ValueError('x')), it.send('stop'))
it2 = g()
next(it2)
it2.close()
print(e.log)

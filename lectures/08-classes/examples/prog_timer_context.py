# Context managers for a fake clock timer, a resource pool and a suppressing helper.
class FakeClock:
    def __init__(self):
        self.now = 0
    def tick(self, n=1):
        self.now += n
    def __call__(self):
        return self.now

clock = FakeClock()

class Timer:
    def __init__(self, label, clock):
        self.label = label
        self.clock = clock
        self.elapsed = None
    def __enter__(self):
        self.start = self.clock()
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock() - self.start
        status = 'failed' if exc_type else 'ok'
        print(f'[{self.label}] {status} in {self.elapsed} ticks')
        return False

class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.used = set()
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError('pool exhausted')
                self.conn = pool.free.pop(0)
                pool.used.add(self.conn)
                return self.conn
            def __exit__(self, *exc):
                pool.used.discard(self.conn)
                pool.free.append(self.conn)
        return Lease()

class ignoring:
    def __init__(self, *exceptions):
        self.exceptions = exceptions
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.exceptions):
            self.caught.append(repr(v))
            return True
        return False

with Timer('load', clock) as t:
    clock.tick(3)
print(t.elapsed)
try:
    with Timer('parse', clock):
        clock.tick(2)
        int('x')
except ValueError as e:
    print('caught', e)
pool = Pool(2)
with pool.acquire() as a, pool.acquire() as b:
    print('using', a, b, sorted(pool.used))
    try:
        with pool.acquire():
            pass
    except RuntimeError as e:
        print(e)
print(pool.free, pool.used)
ig = ignoring(KeyError, IndexError)
for op in [lambda: {}['k'], lambda: [][1], lambda: 1]:
    with ig:
        op()
print(ig.caught)
with ignoring(KeyError):
    raise ZeroDivisionError('not ignored')

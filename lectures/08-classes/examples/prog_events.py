# An event system: handlers registered by decorator, bound methods as callbacks, errors collected.
class EventError(Exception):
    pass

class EventBus:
    def __init__(self):
        self._handlers = {}

    def on(self, name):
        def register(func):
            self._handlers.setdefault(name, []).append(func)
            return func
        return register

    def subscribe(self, name, callback):
        if not callable(callback):
            raise TypeError(f'{callback!r} is not callable')
        self._handlers.setdefault(name, []).append(callback)

    def emit(self, name, *args, **kwargs):
        results, errors = [], []
        for h in self._handlers.get(name, []):
            try:
                results.append(h(*args, **kwargs))
            except Exception as e:
                errors.append(e)
        if errors:
            raise EventError(f'{len(errors)} handler(s) failed for {name!r}: {errors}')
        return results

bus = EventBus()

@bus.on('login')
def greet(user):
    return f'welcome {user}'

@bus.on('login')
def audit(user):
    return f'audit: {user} logged in'

class Counter:
    def __init__(self):
        self.counts = {}

    def count(self, user):
        self.counts[user] = self.counts.get(user, 0) + 1
        return self.counts[user]

c = Counter()
bus.subscribe('login', c.count)
print(bus.emit('login', 'ann'))
print(bus.emit('login', user='bob'))
print(bus.emit('login', 'ann')[-1], c.counts)
print(bus.emit('nothing'))

@bus.on('fail')
def broken(x):
    return 1 / x

@bus.on('fail')
def also_broken(x):
    return [][x]

try:
    bus.emit('fail', 0)
except EventError as e:
    print(e)
try:
    bus.subscribe('x', 42)
except TypeError as e:
    print(e)
print(greet.__name__, type(c.count).__name__, c.count.__self__ is c)

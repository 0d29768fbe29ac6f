# An LRU cache class with __getitem__/__setitem__/__contains__/__len__, stats and eviction callbacks.
class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity < 1:
            raise ValueError('capacity must be at least 1')
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
        self.on_evict = on_evict

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            evicted = self.data.pop(oldest)
            if self.on_evict:
                self.on_evict(oldest, evicted)
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f'LRUCache({self.capacity}, {list(self.data.items())}, hits={self.hits}, misses={self.misses})'

evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
for k in 'abc':
    cache[k] = k.upper()
cache['a']
cache['d'] = 'D'
cache['e'] = 'E'
print(cache, evicted)
print(cache.get('b'), cache.get('a'), 'c' in cache, len(cache))
try:
    cache['zzz']
except KeyError as e:
    print('KeyError', e)
print(cache.hits, cache.misses)

def fib_cached(n, memo=LRUCache(100)):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    memo[n] = r = fib_cached(n - 1) + fib_cached(n - 2)
    return r
print(fib_cached(80))
LRUCache(0)

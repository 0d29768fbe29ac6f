# Method calls on instances (LOAD_ATTR method form, CALL with self).
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n = self.n + k
        return self

    def value(self):
        return self.n

c = Counter()
i = 0
while i < 1000000:
    c.add(i % 7).add(1)
    i += 1
print("checksum", c.value())

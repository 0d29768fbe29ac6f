# Subclassing set and frozenset.
class Tags(set):
    def add(self, x):
        super().add(x.lower())
t = Tags()
t.add('Python'); t.add('PYTHON'); t.add('Go')
print(sorted(t), len(t), 'python' in t, type(t | {'x'}).__name__, type(t.copy()).__name__)
class FS(frozenset):
    def __repr__(self):
        return 'FS(' + ','.join(sorted(self)) + ')'
f = FS('cab')
print(f, hash(f) == hash(frozenset('abc')), f == frozenset('abc'), type(f & {'a'}).__name__)
print({f: 1}[frozenset('abc')])
class Counted(set):
    def __init__(self, it=()):
        super().__init__(it)
        self.created = len(self)
c = Counted([1, 2, 2])
print(c.created, sorted(c), c == {1, 2})
class NewFS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(NewFS(3, 1, 2)), type(NewFS(1)).__name__)

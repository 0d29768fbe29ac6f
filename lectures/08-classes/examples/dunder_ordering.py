# Ordering for sort/min/max: only __lt__ is needed by sort; max uses >, reflected to __lt__.
class Version:
    def __init__(self, s):
        self.parts = tuple([int(p) for p in s.split('.')])
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.9.1', '0.9']]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
vs.sort()
print(vs, Version('2.0') > Version('1.0'))
try:
    Version('1') <= Version('2')
except TypeError as e:
    print(e)
class Rich(Version):
    def __le__(self, o): return self.parts <= o.parts
    def __ge__(self, o): return self.parts >= o.parts
print(Rich('1') <= Rich('1'), Rich('2') >= Rich('3'), Version('1') <= Rich('1'))
try:
    sorted([Version('1'), 3])
except TypeError as e:
    print(e)

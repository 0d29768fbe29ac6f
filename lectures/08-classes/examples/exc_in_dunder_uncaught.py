# An exception inside __add__ called by the + operator, uncaught.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.c, other.c, strict=True)])
    def __repr__(self):
        return f'Vec{self.c}'
print(Vec(1, 2) + Vec(3, 4))
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
Vec(1, 2) + Vec(1, 2, 3)

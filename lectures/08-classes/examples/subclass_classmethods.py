# Alternate constructors inherited from builtins return the subclass: dict.fromkeys, int.from_bytes,
# float.fromhex, bytes.fromhex; and a user classmethod constructor on a subclass.
class D(dict): pass
class I(int): pass
class F(float): pass
class B(bytes): pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 0))
print(type(I.from_bytes(b'\x01', 'big')).__name__, I.from_bytes(b'\x01\x00', 'little'))
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'))
print(type(B.fromhex('6869')).__name__, B.fromhex('6869'))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    @classmethod
    def from_pair(cls, pair): return cls(*pair)
    def __repr__(self): return f'{type(self).__name__}({self.x}, {self.y})'
class Point3(Point): pass
print(Point.from_pair((1, 2)), Point3.from_pair((3, 4)))

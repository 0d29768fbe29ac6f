# __bytes__, __reversed__, __contains__ falling back to __iter__.
class Packet:
    def __init__(self, *vals): self.vals = vals
    def __bytes__(self): return bytes(self.vals)
    def __iter__(self): return iter(self.vals)
    def __reversed__(self): return iter(self.vals[::-1])
p = Packet(104, 105)
print(bytes(p), list(reversed(p)), 105 in p, 1 in p)
class BadBytes:
    def __bytes__(self): return 'str'
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
class NoRev:
    def __iter__(self): return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoneRev())
except TypeError as e:
    print(e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(e)

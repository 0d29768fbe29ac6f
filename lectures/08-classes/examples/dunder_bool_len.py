# Truth: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()))
print(len(L(4)), 'yes' if L(1) else 'no', not L(0))
for bad in [B(1), B('x'), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(e)
for n in [-1, 2 ** 70, 'x', 1.5]:
    try:
        len(L(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), len(Both()))
while L(0):
    print('never')
print(L(0) or 'fallback', B(True) and 'both')

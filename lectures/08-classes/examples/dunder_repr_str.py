# __repr__ and __str__: str() falls back to __repr__; containers use repr of items.
class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'S as str'
class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
print(R(), str(R()), repr(R()), [R()])
print(str(S()), [S()][0].__str__())
print(Both(), repr(Both()), [Both()], f'{Both()} {Both()!r}')
print('%s %r' % (Both(), Both()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class SubStr(str): pass
class RetSub:
    def __repr__(self): return SubStr('sub')
print(repr(RetSub()), type(repr(RetSub())).__name__)
print(repr(S()).startswith('<__main__.S object at 0x'))

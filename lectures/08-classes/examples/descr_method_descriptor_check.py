# Unbound builtin methods check their self type before running.
print(str.lower('ABC'), list.append.__name__, str.lower.__qualname__)
for call in [lambda: str.lower(None), lambda: str.lower(5), lambda: list.append((), 1),
             lambda: dict.keys([]), lambda: str.upper(), lambda: int.__add__('a', 1),
             lambda: str.__len__(b'x'), lambda: list.__len__(None)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(sorted(['b', 'A', 'c'], key=str.lower))
try:
    sorted(['b', None], key=str.lower)
except TypeError as e:
    print(e)
print(list(map(str.strip, [' a ', 'b '])))
class MyStr(str): pass
print(str.upper(MyStr('sub ok')))

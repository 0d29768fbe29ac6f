# 3.13 passes annotations as a flat tuple; the getter builds the dict once.
def f(a: int, b: 'str' = 'x', *args: float, c: bool, **kw: dict) -> None:
    pass

print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
def g():
    pass
print(g.__annotations__)
g.__annotations__ = {'x': 1}
print(g.__annotations__)

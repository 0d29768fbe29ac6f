# Module-level annotations: SETUP_ANNOTATIONS creates __annotations__ in the globals.
x: int = 1
y: str
z: list[int] = [1]
print(__annotations__)
print(x, 'y' in globals())
def f():
    local: int = 5
    return local
print(f(), f.__annotations__)
def g(a: int, b: 'str' = 'x') -> bool:
    return True
print(g.__annotations__)
(paren): int = 3
obj = type('O', (), {})()
obj.attr: int = 4
print(__annotations__, obj.attr)
try:
    y
except NameError as e:
    print(e)

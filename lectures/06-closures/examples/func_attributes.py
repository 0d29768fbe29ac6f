# The attributes a function shows: Python 2's func_* became dunders.
import builtins

def gf(x=5, *, k=1) -> int:
    "doc"
    return x

print(gf.__defaults__)
print(gf.__kwdefaults__)
print(gf.__annotations__)
print(gf.__doc__)
print(gf.__name__, gf.__qualname__, gf.__module__)
print(gf.__builtins__ is builtins.__dict__)
print(gf.__globals__ is globals())
print(gf.__closure__)
print(gf.__type_params__)
print(gf.__dict__)
print(gf.__code__.co_name)

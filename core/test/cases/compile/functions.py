import os
import os.path as osp
from collections import OrderedDict as OD, defaultdict
from . import sibling
from .. import parent as p2

def deco(fn):
    return fn

@deco
@deco
def decorated(a, /, b, *, c=1, d):
    """Docstring
       with indentation.
    """
    return a, b, c, d

def kw(*args, **kwargs):
    print(*args, sep="", **kwargs)
    f(1, 2, x=3)
    f(*args)
    f(a, *b, c, **d)
    os.getcwd()
    os.path.join("a", "b")
    obj.meth(1, key=2)
    return lambda x, y=2: x + y

def gen():
    yield 1
    x = yield
    yield from range(3)
    return x

def annotated(a: int, b: "str" = "x") -> list[int]:
    v: int = 3
    return [v]

g = (i * i for i in range(10) if i % 2)
nonlocal_test = None
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def glob():
    global nonlocal_test
    nonlocal_test = 1

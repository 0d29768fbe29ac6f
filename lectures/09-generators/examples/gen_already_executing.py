def g():
    yield next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print(e)
def h():
    yield me2.send(None)
me2 = h()
try:
    next(me2)
except ValueError as e:
    print(e)
def t():
    me3.throw(KeyError)
    yield
me3 = t()
try:
    next(me3)
except ValueError as e:
    print(e)

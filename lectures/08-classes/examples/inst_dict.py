# The instance __dict__: a real dict, assignable, shared by vars().
class P:
    def __init__(self):
        self.a = 1
p = P()
print(p.__dict__, type(p.__dict__).__name__, vars(p) is p.__dict__)
p.__dict__['b'] = 2
print(p.b)
p.__dict__ = {'c': 3}
print(p.c, hasattr(p, 'a'))
try:
    p.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del p.__dict__
    print('deleted', p.__dict__)
except TypeError as e:
    print(e)
q = P()
q.x, q.y = 1, 2
print(list(q.__dict__))
del q.a
print(q.__dict__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    object().__dict__
except AttributeError as e:
    print(e)

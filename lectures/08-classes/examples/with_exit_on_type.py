# with looks __enter__/__exit__ up on the type: instance attributes do not count.
class CM:
    def __enter__(self): return 'type enter'
    def __exit__(self, *a): print('type exit')
c = CM()
c.__enter__ = lambda: 'instance enter'
c.__exit__ = lambda *a: print('instance exit')
with c as v:
    print(v)
class Plain: pass
p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print(e)
class Target:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return False
with Target() as (a, [b, c]):
    print(a, b, c)
d = {}
with Target() as d['k']:
    pass
print(d)

# Functions, lambdas, and callables stored in a class; only functions bind.
def outside(self):
    return 'outside function bound'
class Holder:
    f = outside
    lam = lambda self: 'lambda bound'
    builtin = len
    cls_obj = int
    partial_like = type('P', (), {'__call__': lambda s, *a: ('callable instance, args', a)})()
h = Holder()
print(h.f(), h.lam())
print(h.builtin([1, 2]), h.cls_obj('5'))
print(h.partial_like(1))
print(type(Holder.f).__name__, type(h.f).__name__, type(h.builtin).__name__)
Holder.g = lambda self, x: x * 2
print(h.g(21))
h.inst_fn = lambda x: x + 1
print(h.inst_fn(1), type(h.inst_fn).__name__)

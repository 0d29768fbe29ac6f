# __prepare__ makes the namespace the body runs in.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        ns = Recording()
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class P(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def m(self): pass
print(P.a, P.b, type(P).__name__)

class Injecting(type):
    def __prepare__(name, bases):
        return {'injected': 1}
class Q(metaclass=Injecting):
    pass
print(Q.injected)

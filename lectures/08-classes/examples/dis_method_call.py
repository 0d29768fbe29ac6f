# LOAD_ATTR's oparg low bit marks a method load: 'm + NULL|self' (seed L08-10).
import dis
def call_method(o):
    return o.m()
def load_attr(o):
    return o.x
def store(o, v):
    o.x = v
    del o.y
def sup(self):
    return super().f()
for f in [call_method, load_attr, store, sup]:
    print(f.__name__)
    for i in dis.get_instructions(f):
        if 'ATTR' in i.opname or i.opname in ('CALL', 'LOAD_GLOBAL', 'LOAD_DEREF'):
            print('  ', i.opname, i.arg, i.argrepr)

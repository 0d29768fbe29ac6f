# Seed L08-10: LOAD_ATTR's low oparg bit marks a method load ('m + NULL|self').
import dis
def call(o):
    return o.m()
def load(o):
    return o.x
a = [i for i in dis.get_instructions(call) if i.opname == 'LOAD_ATTR'][0]
b = [i for i in dis.get_instructions(load) if i.opname == 'LOAD_ATTR'][0]
print(a.argrepr, a.arg, a.arg & 1)
print(b.argrepr, b.arg, b.arg & 1)

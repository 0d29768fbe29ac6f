# Seed L08-03: the body stores __module__, __qualname__, __firstlineno__, methods,
# __static_attributes__; any code may run in it.
import dis
SRC = 'class A:\n    def __init__(self):\n        self.x = 1\n'
body = compile(SRC, 't', 'exec').co_consts[0]
print([i.argval for i in dis.get_instructions(body) if i.opname == 'STORE_NAME'])
class A:
    def __init__(self):
        self.x = 1
print(A.__static_attributes__ == ('x',), A.__static_attributes__)
class B:
    y = 1 + 1
print(B.y == 2)

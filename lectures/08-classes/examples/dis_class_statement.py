# The class statement in bytecode (seed L08-02, L08-03): LOAD_BUILD_CLASS, PUSH_NULL, the body
# function, the name, CALL 2; the body stores __module__, __qualname__, __firstlineno__ first.
import dis
SRC = '''
class IterateForever:
    def __init__(self, x_arg):
        self.x = x_arg
    def __next__(self):
        return self.x
'''
code = compile(SRC, 't', 'exec')
def ops(c):
    return [(i.opname, '<code>' if hasattr(i.argval, 'co_code') else i.argrepr)
            for i in dis.get_instructions(c)]
for op in ops(code):
    print(*op)
body = code.co_consts[0]
print(body.co_name, body.co_qualname, body.co_flags & 0x3)
for op in ops(body):
    print(' ', *op)
init = [c for c in body.co_consts if hasattr(c, 'co_code') and c.co_name == '__init__'][0]
for i in dis.get_instructions(init):
    print('   ', i.opname, i.arg, i.argrepr)

# Seed L08-02: class -> LOAD_BUILD_CLASS, PUSH_NULL, LOAD_CONST code, MAKE_FUNCTION,
# LOAD_CONST name, CALL 2, STORE_NAME (PUSH_NULL is the self slot after the callable).
import dis
SRC = 'class IterateForever:\n    def __next__(self):\n        return 42\n'
def ops(s):
    return [i.opname for i in dis.get_instructions(compile(s, 't', 'exec'))]
print(ops(SRC)[1:8])
print(ops(SRC)[1:8] == ['LOAD_BUILD_CLASS', 'PUSH_NULL', 'LOAD_CONST', 'MAKE_FUNCTION',
                        'LOAD_CONST', 'CALL', 'STORE_NAME'])
ins = list(dis.get_instructions(compile(SRC, 't', 'exec')))
print(ins[5].arg, ins[5].opname, ins[4].argval, ins[7].argval)

# with in bytecode: BEFORE_WITH, then a call of __exit__ on normal exit and
# WITH_EXCEPT_START in the handler.
import dis
def f(cm):
    with cm as x:
        return x
names = [i.opname for i in dis.get_instructions(f)]
for n in ['BEFORE_WITH', 'WITH_EXCEPT_START', 'PUSH_EXC_INFO', 'RERAISE', 'POP_EXCEPT']:
    print(n, n in names)
def g():
    try:
        pass
    except* ValueError:
        pass
print('CHECK_EG_MATCH', 'CHECK_EG_MATCH' in [i.opname for i in dis.get_instructions(g)])
code = compile('x: int = 1', 't', 'exec')
print([i.opname for i in dis.get_instructions(code)][:3])
code = compile('class A:\n    y: int\n', 't', 'exec')
print([i.opname for i in dis.get_instructions(code.co_consts[0])])

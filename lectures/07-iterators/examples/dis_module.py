# The dis module: get_instructions gives Instruction records (str and repr as CPython), Bytecode wraps code.
import dis
def f(a):
    return a + 1
ins = list(dis.get_instructions(f))
print(ins[0])
print(repr(ins[1]))
print(ins[2].opname, ins[2].argval, ins[2].positions.lineno)
bc = dis.Bytecode(f)
print(bc.info().splitlines()[0])
for i in bc:
    print(i.offset, i.opname, i.argrepr)
print(bc.dis() == '' )

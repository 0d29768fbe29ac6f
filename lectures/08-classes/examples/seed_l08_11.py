# Seed L08-11: LOAD_FAST_LOAD_FAST packs two locals (16 = 1<<4 | 0); TO_BOOL, POP_JUMP_IF_FALSE,
# RAISE_VARARGS in `if x: raise StopIteration`.
import dis
class C:
    def __init__(self, x_arg):
        self.x = x_arg
def stop(x):
    if x:
        raise StopIteration
ins = list(dis.get_instructions(C.__init__))
print([i.opname for i in ins])
print(ins[1].arg, ins[1].argrepr)
names = [i.opname for i in dis.get_instructions(stop)]
print(all([n in names for n in ['TO_BOOL', 'POP_JUMP_IF_FALSE', 'RAISE_VARARGS']]))

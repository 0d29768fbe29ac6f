# LOAD_FAST_LOAD_FAST packs two locals (16 = 1<<4 | 0); TO_BOOL, POP_JUMP_IF_FALSE, RAISE_VARARGS (L08-11).
import dis
class C:
    def __init__(self, x_arg):
        self.x = x_arg
    def __next__(self):
        if self.x:
            raise StopIteration
        return self.x
print([(i.opname, i.arg) for i in dis.get_instructions(C.__init__)])
print([i.opname for i in dis.get_instructions(C.__next__)])
print(C.__init__.__code__.co_varnames, C.__init__.__code__.co_names)

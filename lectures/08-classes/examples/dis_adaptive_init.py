# Which class calls 3.13 specialises: only object.__new__ with a Python __init__ gets
# CALL_ALLOC_AND_ENTER_INIT; a Python __new__ or no __init__ takes other paths.
import dis
class Plain:
    def __init__(self, x):
        self.x = x
class CustomNew:
    def __new__(cls, x):
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
class NoInit:
    pass
def mk_plain():
    return Plain(1)
def mk_new():
    return CustomNew(1)
def mk_noinit():
    return NoInit()
def mk_int():
    return int('7')
for f in (mk_plain, mk_new, mk_noinit, mk_int):
    for _ in range(100):
        r = f()
    print(f.__name__, [i.opname for i in dis.get_instructions(f, adaptive=True) if i.opname.startswith('CALL')])
print(r, Plain(5).x, CustomNew(6).x)

# Seed L08-07: 3.13 specialises C(1) into CALL_ALLOC_AND_ENTER_INIT.
import dis
class C:
    def __init__(self, x):
        self.x = x
def mk():
    return C(1)
for _ in range(100):
    mk()
dis.dis(mk, adaptive=True)
print(any([i.opname == 'CALL_ALLOC_AND_ENTER_INIT' for i in dis.get_instructions(mk, adaptive=True)]))

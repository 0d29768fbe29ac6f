# 3.13 specialises C(1) to CALL_ALLOC_AND_ENTER_INIT once warm (seed L08-07).
import dis
class C:
    def __init__(self, x):
        self.x = x
def mk():
    return C(1)
for _ in range(100):
    mk()
dis.dis(mk, adaptive=True)

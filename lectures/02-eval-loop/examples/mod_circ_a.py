print("mod_circ_a start")
from mod_circ_b import b_func
def a_func():
    pass

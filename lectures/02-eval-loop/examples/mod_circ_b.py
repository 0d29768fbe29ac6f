print("mod_circ_b start")
from mod_circ_a import a_func
def b_func():
    pass

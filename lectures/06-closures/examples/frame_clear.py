# Frame objects: clear(), the f_trace attributes, unknown attributes.
import sys
def f():
    return sys._getframe()
fr = f()
print(fr.clear())
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes, fr.f_code.co_name)
try:
    fr.f_nope
except AttributeError as e:
    print(e)

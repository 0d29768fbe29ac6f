# A traceback object's attributes: one entry per frame, innermost last.
def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
n = 0
while tb is not None:
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, type(tb.tb_lasti).__name__,
          tb.tb_lasti >= 0, type(tb.tb_frame).__name__)
    tb = tb.tb_next
    n += 1
print(n)

# Traceback objects: tb_next links frames outward-in; tb_frame, tb_lineno, tb_lasti.
def level2():
    raise ValueError('deep')
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__)
    t = e.__traceback__
    print(t.tb_frame.f_code.co_name, t.tb_lasti % 2, t.tb_lasti > 0)
try:
    raise KeyError
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
    kept = e
try:
    kept.__traceback__ = 5
except TypeError as err:
    print(err)
kept.__traceback__ = None
print(kept.__traceback__)

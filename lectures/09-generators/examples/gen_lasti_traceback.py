def g():
    x = 1
    yield x
    yield 2
it = g(); next(it)
print(it.gi_frame.f_lasti, it.gi_frame.f_lineno)
try:
    it.throw(ValueError)
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lasti, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
def h():
    yield from g()
k = h(); next(k)
print(k.gi_frame.f_lasti, k.gi_yieldfrom.gi_frame.f_lasti)
try:
    k.throw(KeyError)
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lasti, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next

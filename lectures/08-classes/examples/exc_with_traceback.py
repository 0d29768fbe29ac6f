# with_traceback sets __traceback__ and returns the exception; raise then extends it.
def origin():
    raise OSError('original place')
try:
    origin()
except OSError as e:
    saved = e.__traceback__
def relocate():
    err = RuntimeError('moved')
    raise err.with_traceback(saved)
try:
    relocate()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
x = ValueError('v')
print(x.with_traceback(None) is x, x.__traceback__)
try:
    x.with_traceback(1)
except TypeError as e:
    print(e)
raise LookupError('shown with old frames').with_traceback(saved)

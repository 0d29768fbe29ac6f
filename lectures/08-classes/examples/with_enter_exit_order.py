# Nested with: enter in order, exit in reverse; __enter__ failure skips the __exit__.
class CM:
    def __init__(self, n, fail=False):
        self.n, self.fail = n, fail
    def __enter__(self):
        print('enter', self.n)
        if self.fail:
            raise OSError(f'cannot open {self.n}')
        return self.n
    def __exit__(self, t, v, tb):
        print('exit', self.n, t and t.__name__)
try:
    with CM(1) as a, CM(2) as b, CM(3, fail=True) as c:
        print('body')
except OSError as e:
    print(e)
with CM('outer'):
    with CM('inner'):
        print('body')
def gen_exc():
    with CM('x'):
        raise KeyError('k')
try:
    gen_exc()
except KeyError as e:
    print('KeyError', e)
print(type(CM.__exit__).__name__)
class Tb:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
        return True
with Tb():
    raise IndexError('ix')

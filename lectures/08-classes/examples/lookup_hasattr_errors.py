# hasattr swallows only AttributeError; getattr's default likewise.
class P:
    @property
    def ok(self): return 1
    @property
    def attr_err(self): raise AttributeError('hidden')
    @property
    def value_err(self): raise ValueError('not hidden')
p = P()
print(hasattr(p, 'ok'), hasattr(p, 'attr_err'), getattr(p, 'attr_err', 'default'))
try:
    hasattr(p, 'value_err')
except ValueError as e:
    print('ValueError', e)
try:
    getattr(p, 'value_err', None)
except ValueError as e:
    print('ValueError', e)
setattr(p, 'new', 5)
print(p.new)
delattr(p, 'new')
print(hasattr(p, 'new'))
try:
    delattr(p, 'ok')
except AttributeError as e:
    print(e)
try:
    setattr(p, 'ok', 2)
except AttributeError as e:
    print(e)
try:
    hasattr(p, None)
except TypeError as e:
    print(e)

# BaseException attributes: args (assignable), __cause__, __context__, __suppress_context__.
e = ValueError('a', 'b')
e.args = ['now', 'a', 'list']
print(e.args, str(e), repr(e))
e.args = ('single',)
print(str(e), repr(e))
class WithAttr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    try:
        raise WithAttr('first', 1)
    except WithAttr as inner:
        raise KeyError('second') from None
except KeyError as outer:
    print(repr(outer.__context__), outer.__cause__, outer.__suppress_context__)
    print(outer.__context__.code)
print(BaseException().args, Exception(None).args, str(Exception(None)))
print(KeyError('k'), str(KeyError('k')), KeyError('a', 'b'))
print(issubclass(WithAttr, BaseException), WithAttr.__base__, WithAttr.__bases__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)

# object's excess-argument errors, word for word.
class Plain:
    pass
class OnlyInit:
    def __init__(self):
        pass
class OnlyNew:
    def __new__(cls):
        return super().__new__(cls)
class InitArgs:
    def __init__(self, a):
        self.a = a
class NewArgsInitNot:
    def __new__(cls, *a):
        return object.__new__(cls)
tests = [lambda: Plain(1), lambda: Plain(x=1), lambda: OnlyInit(1), lambda: OnlyNew(1),
         lambda: InitArgs(), lambda: InitArgs(1, 2), lambda: object(1),
         lambda: NewArgsInitNot(1), lambda: object.__init__(Plain(), 1),
         lambda: object.__new__(Plain, 1), lambda: InitArgs(b=2)]
for t in tests:
    try:
        r = t()
        print('ok', type(r).__name__)
    except TypeError as e:
        print(e)

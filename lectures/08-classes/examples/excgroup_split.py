# split and subgroup keep the nesting; derive makes the new groups.
eg = ExceptionGroup('top', [ValueError('v1'), ExceptionGroup('inner', [TypeError('t'), ValueError('v2')]), KeyError('k')])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(repr(eg.split(lambda e: isinstance(e, KeyError))[0]))
print(eg.subgroup(Exception) is eg)
print(eg.split((TypeError, KeyError))[1])
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print('derive called with', len(excs))
        return MyGroup(self.message + '!', excs)
mg = MyGroup('mine', [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
try:
    eg.split(1)
except TypeError as e:
    print(e)

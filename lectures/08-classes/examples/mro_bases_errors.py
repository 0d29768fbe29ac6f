# Bad bases: not a class, final types, layout conflicts, duplicate bases.
for bases in [(1,), (bool,), (type(None),), (int, str), (list, dict), (int, float)]:
    try:
        type('T', bases, {})
        print('ok', bases)
    except TypeError as e:
        print('TypeError:', e)
try:
    class F(range): pass
except TypeError as e:
    print(e)
try:
    class S(slice): pass
except TypeError as e:
    print(e)
class OkInt(int): pass
class OkObj(object, ): pass
class Both(OkInt, OkObj): pass
print(Both.__mro__)
try:
    class Dup(OkInt, OkInt): pass
except TypeError as e:
    print(e)

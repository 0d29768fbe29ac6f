# LOAD_BUILD_CLASS pushes builtins.__build_class__; calling it by hand builds a class too.
# A plain function's locals are fast locals, so they do not land in the namespace.
def body():
    x = 1
print(__build_class__)
C = __build_class__(body, 'C')
print(C, type(C), hasattr(C, 'x'), C.__module__, C.__qualname__)
print(sorted(C.__dict__))

class Base:
    pass
D = __build_class__(body, 'D', Base)
print(D.__bases__, issubclass(D, Base))
E = __build_class__(body, 'E', metaclass=type)
print(E)

for args in [(), (body,), (1, 'C'), (body, 1)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print('TypeError:', e)

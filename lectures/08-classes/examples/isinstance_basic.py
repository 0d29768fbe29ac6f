# isinstance/issubclass walk the MRO; tuples and unions of classes are accepted.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, C | B))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(bool, int), isinstance(True, int), issubclass(B, (C, (A,))))
for args in [(b, 1), (b, (A, 1))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(e)
for args in [(1, A), (B, 1)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(e)
class FakeClass:
    __class__ = A
print(isinstance(FakeClass(), A), type(FakeClass()).__name__)

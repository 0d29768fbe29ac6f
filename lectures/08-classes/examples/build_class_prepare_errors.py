# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(e)

class NoneMeta:
    def __prepare__(name, bases):
        return None
try:
    class Y(metaclass=NoneMeta):
        pass
except TypeError as e:
    print(e)

def not_a_class_meta(name, bases, ns):
    return (name, bases, sorted(ns))
class Z(metaclass=not_a_class_meta):
    a = 1
print(Z)

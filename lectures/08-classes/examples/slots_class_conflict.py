# A slot name that is also a class attribute: uncaught ValueError from type_new.
class Fine:
    __slots__ = ('value',)
    default = 0
f = Fine()
f.value = 1
print(f.value, Fine.default, type(Fine.value).__name__)
class Conflict:
    __slots__ = ('value',)
    value = 0
print('not reached')

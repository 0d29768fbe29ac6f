# A slot name that is also a class attribute: uncaught ValueError.
class Conflict:
    __slots__ = ('value',)
    value = 0

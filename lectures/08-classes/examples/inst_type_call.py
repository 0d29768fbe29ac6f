# type_call: __new__ makes the object; __init__ runs only if it is an instance of the class.
log = []
class C:
    def __new__(cls, *args):
        log.append('new')
        return super().__new__(cls)
    def __init__(self, *args):
        log.append('init')
C(1, 2)
print(log)
class Five:
    def __new__(cls):
        return 5
    def __init__(self):
        print('never printed')
print(Five(), type(Five()))
class Other:
    def __init__(self):
        print('Other.__init__ not called either')
class Maker:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print('not called')
print(type(Maker()).__name__)
class Sub(C):
    pass
class Factory:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print('Factory.__init__ not called')
log.clear()
s = Factory()
print(type(s).__name__, log)
class ReturnsSubclassInstance:
    def __new__(cls):
        return object.__new__(Kid)
    def __init__(self):
        print('init runs on subclass instance:', type(self).__name__)
class Kid(ReturnsSubclassInstance):
    pass
ReturnsSubclassInstance()

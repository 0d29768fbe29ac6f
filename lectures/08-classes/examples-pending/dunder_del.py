# __del__ runs when the last reference goes away (CPython's reference counting): on rebinding,
# on `del`, when a function's frame ends, and at interpreter exit for what is left.
class Tracked:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('destroy', self.name)
a = Tracked('a')
a = None
b = Tracked('b')
del b
def scope():
    c = Tracked('c')
    print('leaving scope')
scope()
items = [Tracked('d'), Tracked('e')]
items.pop()
print('popped')
items.clear()
print('end of program')
last = Tracked('f')

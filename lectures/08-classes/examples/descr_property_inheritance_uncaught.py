# Deleting a property without a deleter, uncaught.
class User:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip()
u = User(' ann ')
u.name = ' bob '
print(repr(u.name))
del u.name

# A __getattr__ that reads a missing attribute of self recurses until RecursionError.
class Broken:
    def __getattr__(self, name):
        return self.missing_too
try:
    Broken().x
except RecursionError as e:
    print('RecursionError:', e)
class Lazy:
    def __init__(self):
        self.loaded = False
    def __getattr__(self, name):
        if name == 'data':
            self.data = [1, 2, 3]
            return self.data
        raise AttributeError(name)
z = Lazy()
print(z.data, 'data' in z.__dict__, z.data is z.__dict__['data'])
try:
    z.other
except AttributeError as e:
    print(repr(e))

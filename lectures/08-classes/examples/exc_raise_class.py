# raise Class instantiates it with no arguments; raise in methods; finally in methods.
class Empty(Exception):
    pass
class NeedsArg(Exception):
    def __init__(self, a):
        super().__init__(a)
try:
    raise Empty
except Empty as e:
    print(repr(e), e.args)
try:
    raise NeedsArg
except TypeError as e:
    print(e)
class Resource:
    def use(self):
        try:
            return 'used'
        finally:
            print('cleanup in method')
print(Resource().use())
class Retry:
    def __init__(self): self.tries = 0
    def attempt(self):
        self.tries += 1
        if self.tries < 3:
            raise ConnectionError(f'try {self.tries}')
        return 'connected'
r = Retry()
while True:
    try:
        print(r.attempt())
        break
    except ConnectionError as e:
        print('retrying after', e)

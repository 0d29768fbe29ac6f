# Implicit exception chaining inside methods and __exit__, printed in one traceback.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError(f'cleanup of {self.name} failed') 
    def use(self):
        return {}['missing key']
with Resource('db') as r:
    r.use()

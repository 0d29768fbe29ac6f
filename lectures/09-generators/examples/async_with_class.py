class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        return self
    async def __aexit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return typ is KeyError
async def main():
    async with Resource('a') as r:
        print('inside', r.name)
    async with Resource('b'):
        raise KeyError('suppressed')
    async with Resource('c'):
        raise ValueError('propagates')
try:
    main().send(None)
except ValueError as e:
    print('caught', e)
class OnlyEnter:
    async def __aenter__(self):
        return self
async def bad():
    async with OnlyEnter():
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
async def bad2():
    async with BadEnter():
        pass
try:
    bad2().send(None)
except TypeError as e:
    print(e)

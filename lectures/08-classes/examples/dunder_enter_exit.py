# __enter__/__exit__: BEFORE_WITH calls __enter__; __exit__ gets (type, value, tb).
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is not None)
        return False
with CM('a') as v:
    print('body', v)
with CM('a') as x, CM('b') as y:
    print(x, y)
try:
    with CM('c'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break

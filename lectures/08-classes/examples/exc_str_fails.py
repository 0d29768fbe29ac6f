# An exception whose __str__ raises: the traceback prints <exception str() failed>.
class Bad(Exception):
    def __str__(self):
        raise RuntimeError('str broke')
print(repr(Bad('x')))
try:
    str(Bad('y'))
except RuntimeError as e:
    print('str() raised:', e)
print(Bad('z').args)
raise Bad('hidden')

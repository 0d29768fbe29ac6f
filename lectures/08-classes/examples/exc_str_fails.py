# An exception whose __str__ raises: the traceback prints <exception str() failed>.
class Bad(Exception):
    def __str__(self):
        raise RuntimeError('str broke')
print(repr(Bad('x')))
raise Bad('hidden')

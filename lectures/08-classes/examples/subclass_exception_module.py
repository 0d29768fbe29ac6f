# A user exception class defined in a nested scope shows its qualname? No: the traceback shows
# module.qualname only for non-__main__ modules; here the class name alone.
def make():
    class LocalError(Exception):
        pass
    return LocalError
E = make()
print(E.__qualname__, E.__module__)
class Outer:
    class InnerError(Exception):
        pass
try:
    raise Outer.InnerError('inner')
except Exception as e:
    print(repr(e), type(e).__qualname__)
raise E('local error escaping')

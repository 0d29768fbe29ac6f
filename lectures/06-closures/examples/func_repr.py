# Functions print as <function qualname at 0x...>; we only check the shape.
def f():
    pass

def outer():
    def inner():
        pass
    return inner

r = repr(f)
print(r.startswith('<function f at 0x'), r.endswith('>'))
print(repr(outer()).startswith('<function outer.<locals>.inner at 0x'))
print(repr(lambda: 0).startswith('<function <lambda> at 0x'))

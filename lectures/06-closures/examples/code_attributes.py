# A code object's attributes.
def f(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    def g():
        return x
    return g

co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_nlocals, co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(co.co_name, co.co_qualname, co.co_firstlineno)
print(co.co_flags, co.co_flags & 4, co.co_flags & 8)
print(co.co_names)
print(type(co.co_code), type(co.co_linetable), type(co.co_exceptiontable))
print(co.co_stacksize > 0)
print(co.co_filename.endswith('code_attributes.py'))
g = f(1, 2, 3, d=4)
print(g.__code__.co_freevars, g.__code__.co_flags & 16)

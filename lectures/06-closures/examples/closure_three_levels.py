# A pass-through middle function holds x only as a free variable.
def a():
    x = 'x'
    def b():
        def c():
            return x
        return c
    return b

b = a()
c = b()
print(c())
print(a.__code__.co_cellvars, a.__code__.co_freevars)
print(b.__code__.co_cellvars, b.__code__.co_freevars)
print(c.__code__.co_cellvars, c.__code__.co_freevars)

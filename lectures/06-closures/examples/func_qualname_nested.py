# __qualname__ records where a function was defined.
def a():
    def b():
        def c():
            pass
        return c
    return b

print(a.__qualname__, a().__qualname__, a()().__qualname__)
print(a()().__code__.co_qualname)

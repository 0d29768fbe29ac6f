# Reading a free variable before the enclosing scope binds it.
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e) is NameError, e)
    v = 1
    return inner()

print(outer())

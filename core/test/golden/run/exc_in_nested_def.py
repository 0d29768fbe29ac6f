def make():
    def inner():
        raise NotImplementedError("inner not done")
    return inner

f = make()
f()

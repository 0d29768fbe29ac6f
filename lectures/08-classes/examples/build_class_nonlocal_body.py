# A class body sees enclosing function locals via free variables (LOAD_FROM_DICT_OR_DEREF).
def make(n):
    class C:
        value = n
        doubled = n * 2
        def get(self):
            return n
    return C
C = make(5)
print(C.value, C.doubled, C().get())

def cell():
    y = 1
    class E:
        nonlocal y
        y = 2
    return y
print(cell())

def shadow():
    x = 'enclosing'
    class D:
        print(x)
        x = 'class'
        print(x)
    return D.x
print(shadow())


# The body is ordinary code run with a fresh namespace as its locals.
class B:
    y = 1 + 1
    squares = [i * i for i in range(4)]
    if y == 2:
        branch = 'taken'
    else:
        branch = 'not taken'
    for k in range(3):
        pass
    del k
    total = sum(squares)
print(B.y, B.squares, B.branch, B.total)
print(hasattr(B, 'k'))

x = 'global'
class C:
    x = 'class'
    def f(self):
        return x
    g = [x for _ in range(1)]
print(C().f(), C.g)

class D:
    a = 10
    b = [a for _ in range(2)] if False else a * 2
print(D.b)

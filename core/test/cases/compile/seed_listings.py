# The seed's listings: a loop over a list, defaults, a closure, a class with methods.
for x in [1, 2, 3]:
    print(x)

def f(a, b=2, *args, c=3, **kw):
    return a + b

def outer():
    x = 5
    def inner():
        return x
    return inner

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

# Two inner functions made by one call share a cell; two calls make two cells.
def pair():
    v = 0
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put

t1 = pair()
t2 = pair()
g1 = t1[0]
p1 = t1[1]
g2 = t2[0]
p2 = t2[1]
p1(10)
p2(20)
print(g1(), g2())
print(g1.__closure__[0] is p1.__closure__[0], g1.__closure__[0] is g2.__closure__[0])

# Class bodies do not create a scope for nested functions or comprehensions: only the
# outermost iterable of a comprehension is evaluated in the class namespace.
class C:
    x = 10
    def method(self):
        try:
            return x
        except NameError as e:
            return 'NameError: ' + str(e)
    try:
        y = [x + i for i in range(2)]
    except NameError as e:
        y = 'NameError: ' + str(e)
    firsts = [i for i in range(x)][:3]
print(C().method(), '|', C.y, '|', C.firsts)
class D:
    items = ['a', 'b']
    upper = [s.upper() for s in items]
    pairs = [(s, t) for s in items for t in 'xy']
print(D.upper, D.pairs)
def outer():
    v = 'from outer'
    class E:
        w = v
        def m(self):
            return v
    return E.w, E().m()
print(outer())

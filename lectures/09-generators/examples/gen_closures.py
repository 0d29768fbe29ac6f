def make(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen
g3 = make(3)
print(list(g3(4)))
fs = [lambda: (yield i) for i in range(2)]
print([next(f()) for f in fs])
def cell_gen():
    v = 1
    def get():
        return v
    yield get()
    v = 2
    yield get()
print(list(cell_gen()))

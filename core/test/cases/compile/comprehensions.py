xs = [x * 2 for x in range(10) if x > 2]
ys = {x: y for x, y in zip("ab", "cd")}
zs = {c for c in "hello"}
nested = [[i + j for j in range(3)] for i in range(3)]
flat = [y for x in [[1], [2]] for y in x]

def inside(n):
    a = [n * i for i in range(n)]
    b = [lambda: i for i in range(3)]
    c = None
    total = sum(x for x in a)
    return a, b, total

class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    def method(self):
        return [self for _ in range(2)]

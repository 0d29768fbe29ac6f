tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
def inorder(t):
    if t is None:
        return
    v, l, r = t
    yield from inorder(l)
    yield v
    yield from inorder(r)
def preorder(t):
    if t:
        yield t[0]
        for c in t[1:]:
            yield from preorder(c)
print(list(inorder(tree)), list(preorder(tree)))
def perms(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i+1:]):
            yield xs[i:i+1] + p
print(list(perms('abc')))

# Python-to-Python calls push frames; deep recursion does not use the host stack.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
def kw_depth(n, acc=0):
    return acc if n == 0 else kw_depth(n - 1, acc=acc + 1)
print(kw_depth(900))
def star_depth(n, *rest):
    return len(rest) if n == 0 else star_depth(*((n - 1,) + rest + (n,)))
print(star_depth(100))

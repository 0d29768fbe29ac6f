def trace(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@trace
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(450))
try:
    depth(10000)
except RecursionError as e:
    print(e)

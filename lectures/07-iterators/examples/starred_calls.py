def f(a, b, c=0, *rest):
    return (a, b, c, rest)
args = [1, 2]
print(f(*args, 3), f(*range(5), 9), f(*'xy', 0))
print(f(1, *[2], *(3, 4)), f(*(1, 2)))
print(max(*[3, 9, 2], 1), min(*'zay', 'b'))
try:
    f(*5, 1)
except TypeError as e:
    print(e)

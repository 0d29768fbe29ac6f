# f(*t, **d) goes through CALL_FUNCTION_EX.
def f(a, b, c=3, *, d=4):
    return a + b + c + d

t = (1, 2)
d = {'c': 10, 'd': 20}
print(f(*t))
print(f(*t, **d))
print(f(*(1, 2), d=0))
print(f(**{'a': 1, 'b': 1}))
try:
    f(*(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)
try:
    f(1, **{'b': 2, 'e': 1})
except TypeError as e:
    print(e)

a = 1
b = 'two'
t = (a, b, 3)
print(t, (a,), (), ((a, b), (b, a)))
d = {'x': a, 'y': b}
e = {a: 'one', b: 2, (a, b): 'pair'}
print(d, e, {}, {'k': 1, 'k': 2})
print({**d, 'z': 3}, {**d, **{'x': 'over'}}, {'first': 0, **d, 'last': 9})
s = {a, b, 3, a}
print(s == {1, 'two', 3}, {a}, {*t} == {1, 'two', 3})
try:
    {**d, **5}
except TypeError as e:
    print('TypeError:', e)
try:
    {*5}
except TypeError as e:
    print('TypeError:', e)

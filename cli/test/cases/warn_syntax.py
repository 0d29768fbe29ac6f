# Every SyntaxWarning CPython 3.13's parser and compiler emit, in the order they do: the
# parser's (escapes, number literals) first, then the code generator's.
x = 1
a = "\d"
b = b"\777"
c = f"\{x}\q"
d = 1if x else 2
e = 0x1for _ in []
print(x is 1, x is not "s", x is (1, 2), 1 is x is 2)
assert (x, "always true")
try:
    (1, 2)(3)
except TypeError as err:
    print(err)
try:
    [1, 2][1, 2]
except TypeError as err:
    print(err)
try:
    print(5[0])
except TypeError as err:
    print(err)
while x is 2:
    break
try:
    pass
finally:
    x is 3
print("done")

# UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, unary plus and TO_BOOL on each number type.
x = 5
y = -2.5
z = 3 - 4j
big = 2 ** 100
print(-x, +x, ~x, not x, -y, +y, not y, -z, +z, not z, -big, ~big, ~-big, +big)
print(-0, -0.0, +(-0.0), ~-1, ~(2 ** 64 - 1), -(-(2 ** 63)), -float('inf'), -float('nan'))
if x:
    print('x true')
if not 0.0:
    print('0.0 false')
if 0j:
    print('never')
else:
    print('0j false')
n = 3
while n:
    print('n', n)
    n = n - 1
try:
    -None
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    ~(1j)
except TypeError as e:
    print(e)
try:
    +print
except TypeError as e:
    print(e)
print(not not 5, -True, +False, ~True if False else 0)

# min and max with several arguments, key= and default=, and their errors.
def neg(x):
    return -x
def absval(x):
    return abs(x)
print(min(3, 1, 2), max(3, 1, 2), min(1.5, 1), max(2, 2.0), max(2.0, 2), min(-0.0, 0), min(0, -0.0))
print(max(1, 2, key=neg), min(1, 2, key=neg), max(-3, 2, key=absval), min(-3, 3, key=absval), max(3, -3, key=absval))
print(max(True, 1), max(1, True), min(False, 0))
print(min(3, float('nan')), min(float('nan'), 3), max(float('nan'), 1, 5), max(1, float('nan'), 5))
print(min(2j if False else 1, 2), max(10 ** 20, 10 ** 20 + 1, 1e20))
try:
    max()
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    min(1, 1j)
except TypeError as e:
    print(e)
try:
    max(1, 2, bogus=1)
except TypeError as e:
    print(e)
try:
    min(1, 2, key=5)
except TypeError as e:
    print(e)

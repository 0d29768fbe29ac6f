# An error raised three calls deep: the traceback lists every frame, outermost first.
def level3(x):
    return x // (x - x)
def level2(x):
    return level3(x) + 1
def level1(x):
    y = level2(x)
    return y
print('start')
try:
    level1(5)
except ZeroDivisionError as e:
    print('caught:', e)
print(level1(2.5))

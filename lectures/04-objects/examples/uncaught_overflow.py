# An uncaught OverflowError from float arithmetic ends the program with a traceback.
def grow(x):
    return x ** 2
v = 10.0
while True:
    print(v)
    v = grow(v)

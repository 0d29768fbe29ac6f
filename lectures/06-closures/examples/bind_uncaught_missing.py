# Argument binding error, uncaught: traceback and exit code 1.
def f(x, y):
    return 1

f(1)

# Argument binding error, uncaught: traceback and exit code 1.
def f(x):
    return 1

f(1, q=2)

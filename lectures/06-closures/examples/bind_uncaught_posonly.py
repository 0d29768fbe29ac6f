# Argument binding error, uncaught: traceback and exit code 1.
def f(a, /, *, b):
    return 1

f(a=1, b=2)

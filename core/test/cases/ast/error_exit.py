# A SyntaxError: python -m ast prints a traceback and exits with 1.
def f(:
    pass

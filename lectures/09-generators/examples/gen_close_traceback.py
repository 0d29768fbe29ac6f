def g():
    try:
        yield
    finally:
        raise OSError('cleanup failed')
it = g()
next(it)
it.close()

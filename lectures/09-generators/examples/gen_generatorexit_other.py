def g():
    try:
        yield
    except GeneratorExit:
        raise KeyError('replaced')
it = g(); next(it)
it.close()

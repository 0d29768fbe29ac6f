def g():
    try:
        yield
    except Exception as e:
        yield repr(e)
it = g(); next(it)
print(it.throw(ValueError, 'v'))
it = g(); next(it)
print(it.throw(ValueError, ('a', 'b'), None))
it = g(); next(it)
print(it.throw(TypeError, None))

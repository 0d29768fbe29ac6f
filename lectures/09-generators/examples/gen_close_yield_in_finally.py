def g():
    try:
        yield 1
    finally:
        yield 'cleanup'
it = g(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
print(next(it, 'done'))

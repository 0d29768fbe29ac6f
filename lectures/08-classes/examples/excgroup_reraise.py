# except* handlers run in order; a bare raise re-raises the matched part; nesting.
def run(exc):
    try:
        try:
            raise exc
        except* ValueError as g:
            print('V', [str(x) for x in g.exceptions])
            raise
        except* KeyError as g:
            print('K', [str(x) for x in g.exceptions])
    except BaseException as outer:
        print('outer got', repr(outer))
run(ExceptionGroup('g', [ValueError('a'), KeyError('b'), OSError('c')]))
run(ExceptionGroup('g', [KeyError('only')]))
run(ValueError('bare'))
try:
    raise ExceptionGroup('n', [ExceptionGroup('inner', [ValueError('deep')])])
except* ValueError as g:
    print(repr(g))

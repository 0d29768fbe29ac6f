# except* matches parts of a group (CHECK_EG_MATCH); unhandled parts are re-raised.
def raiser():
    raise ExceptionGroup('batch', [ValueError('bad value'), TypeError('bad type'), ValueError('v2')])
try:
    raiser()
except* ValueError as g:
    print('ValueErrors:', repr(g))
except* TypeError as g:
    print('TypeErrors:', g.exceptions)
try:
    try:
        raiser()
    except* TypeError:
        print('handled only TypeError')
except ExceptionGroup as rest:
    print('rest:', repr(rest))
try:
    raise KeyError('naked')
except* KeyError as g:
    print('naked exception wrapped:', repr(g))
try:
    try:
        raise ValueError('x')
    except* ValueError:
        raise RuntimeError('in handler')
except ExceptionGroup as e:
    print(repr(e))

# A nested group with notes, uncaught, after except* handled part of it.
def inner():
    e = OSError('disk full')
    e.add_note('while saving report.txt')
    raise ExceptionGroup('inner', [e, KeyError('cfg')])
try:
    raise ExceptionGroup('outer', [ValueError('v'), ExceptionGroup('mid', [ZeroDivisionError('z')])])
except* ValueError:
    print('handled ValueError')
except* ZeroDivisionError as g:
    print('handled', repr(g))
try:
    inner()
except* KeyError:
    print('handled KeyError; OSError goes on')

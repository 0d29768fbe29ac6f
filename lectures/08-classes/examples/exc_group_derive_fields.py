# split copies __traceback__, __cause__, __context__ and __notes__ to the new groups.
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)]) from KeyError('cause')
except ExceptionGroup as e:
    e.add_note('group note')
    match, rest = e.split(ValueError)
    print(repr(match.__cause__), match.__notes__, match.__traceback__ is e.__traceback__)
    print(repr(rest.__cause__), rest.__notes__, rest.__traceback__ is e.__traceback__)
    print(match.exceptions[0] is e.exceptions[0])
eg = ExceptionGroup('x', [ValueError(1)])
print(repr(eg.derive([KeyError(2)])), type(eg.derive([KeyError(2)])).__name__)
beg = BaseExceptionGroup('b', [ValueError(1), KeyboardInterrupt()])
m, r = beg.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(beg.subgroup(lambda e: isinstance(e, ValueError)))

# except* rules: no ExceptionGroup types, no break/continue/return inside.
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    compile('try:\n    pass\nexcept* ValueError:\n    break\n', 't', 'exec')
except SyntaxError as e:
    print(e.msg)
try:
    compile('def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n', 't', 'exec')
except SyntaxError as e:
    print(e.msg)
try:
    compile('try:\n    pass\nexcept*:\n    pass\n', 't', 'exec')
except SyntaxError as e:
    print(e.msg)
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* (ValueError, TypeError) as g:
    print(type(g).__name__, g.exceptions)

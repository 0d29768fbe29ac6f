# What the parser rejects as CPython does: `<>` outside Barry-as-FLUFL mode (PEP 401) and
# `!=` inside it, complex literals in patterns that are not real +/- imaginary, and deep
# nesting in the compiler as RecursionError (never a host crash).
BARRY = 0x400000
for src, flags in [('1 <> 2', 0), ('a <> b <> c', 0), ('x = 1 <> 2\n', 0), ('1 <> 2', BARRY),
                   ('1 != 2', BARRY), ('x = (1 !=\n 2)', BARRY), ('a < b <> c', BARRY)]:
    try:
        compile(src, 's', 'exec', flags=flags)
        print('ok', repr(src), flags)
    except SyntaxError as e:
        print(repr(src), flags, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for case in ['1 + 1', '-1 + 1', '1 + 1j', '1 - 2', '1j + 1', '-1j', '1 + -1j', '{1 + 1: y}',
             '(1 + 1) | 2', '1 + 1 as z', '[1 - 1]', '-1 - 2j', '1.5 + 2j', "'a' + 1j",
             '1 + 2j + 3j', '-(1)', '0x1 + 1j', 'Point(x=1+1)', '1J - 1J', '2 + 3.5j']:
    src = 'match x:\n case ' + case + ': pass'
    try:
        compile(src, 's', 'exec')
        print('ok', repr(case))
    except SyntaxError as e:
        print(repr(case), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for n in [100, 1000, 10000, 100000]:
    for src in ['1' + '+1' * n, 'x' + '.y' * n, '-' * min(n, 1000) + '1']:
        try:
            compile(src, 's', 'eval')
            r = 'ok'
        except (RecursionError, SyntaxError, MemoryError) as e:
            r = type(e).__name__ + ': ' + str(e)
        print(n, src[:6], r)

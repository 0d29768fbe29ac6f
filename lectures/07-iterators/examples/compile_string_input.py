# Source given as a string to eval() or compile(..., 'single') is not a module: CPython's
# string tokenizer adds no newline after its last line (translate_newlines' exec_input), so
# errors at the end point at column 0, and 'single' mode turns the end into the NEWLINE that
# closes the statement (_PyPegen_fill_token).
x = 5
srcs = ['1', 'x', '"abc"', '1.5', '0x1f', 'f"{x}"', "'''abc'''", '(1,\n2)', '1\n', '1  # c', '\\\n1', "'abc", '"""abc', 'x +\n', '1 2', 'x if x else 0', '[i for i in range(3)]', '  1', '\t1', '1\n\n\n', '# only', 'x.', '1e', '0b2', "b'\\xff'", 'f"{', 'f"{x!r:>5}"', '((((', ')', 'yield', 'x = 1']
for s in srcs:
    try:
        print(repr(s), 'eval ->', repr(eval(s)))
    except SyntaxError as e:
        print(repr(s), 'eval', type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
singles = ['if 1:\n  pass', 'for i in []:\n  pass', 'def f():\n  return 1', 'x = 1 # c', '@d\ndef f(): pass', 'if 1:\n  x = 1\nelse:\n  x = 2', 'class C: pass', 'if 1:\n  pass\n  ', 'try:\n  pass\nexcept:\n  pass', 'x = (1,\n', '  x = 1', 'if 1:\n  pass\nx = 2']
for s in singles:
    try:
        compile(s, '<s>', 'single')
        print(repr(s), 'single ok')
    except SyntaxError as e:
        print(repr(s), 'single', type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for s in ['1 +', '(1,', 'def f(', 'x = ', '"abc', 'if 1:\n  pass\n pass']:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'exec ok')
    except SyntaxError as e:
        print(repr(s), 'exec', type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

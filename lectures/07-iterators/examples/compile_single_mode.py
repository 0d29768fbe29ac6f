# compile(..., 'single') takes one statement, as the REPL hands it over
# (bad_single_statement in Parser/pegen.c); 'exec' takes any number.
cases = [
    ("1\n2", "single"), ("x=1\ny=2\n", "single"), ("1;2", "single"), ("x = 1\n", "single"),
    ("if 1:\n  pass", "single"), ("if 1:\n  pass\n\n", "single"), ("1  # note\n# more\n", "single"),
    ("x=1\ny=2\n", "exec"),
]
for src, mode in cases:
    try:
        compile(src, "<s>", mode)
        print(repr(src), mode, 'ok')
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

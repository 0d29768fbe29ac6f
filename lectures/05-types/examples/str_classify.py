tests = ('abc', 'ABC', 'aBc', '123', '١٢٣', '½', '²', 'ⅷ', 'abc123', 'a b', ' \t\n', '\x1c\x1d', '\xa0', '', '_x1', '1x', 'é', 'Ω', '😀', '\u200b', 'a\x00', 'if', 'class_', 'ǅ', 'Ⅻ')
i = 0
while i < len(tests):
    t = tests[i]
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
    i += 1

# ceval's own regular-expression corpus for sre_goldens.py: (pattern, flags, subjects), chosen
# so that re._compiler emits every opcode of _sre (see the comment on each group) under every
# flag, over str (Latin-1, BMP and astral code points) and bytes subjects.
import re

I, L, M, S, X, A, U = re.I, re.L, re.M, re.S, re.X, re.A, re.U
WORDS = ['', 'a', 'abc', 'aaa', 'abcabc', 'xabcx', 'Hello, World!', 'ab\ncd\n', 'aAbB',
         '123 456', 'foo bar baz', 'é€😀x', 'ΣσςΑ', 'İıKk']

CORPUS = [
    # LITERAL, NOT_LITERAL, ANY, ANY_ALL, INFO prefix and literal flags
    ('abc', 0, WORDS), ('a.c', 0, WORDS + ['a\nc']), ('a.c', S, ['a\nc', 'abc']),
    ('[^a]', 0, WORDS), ('x', 0, WORDS), ('abcab', 0, ['abcabcab', 'ababcab']),
    ('😀', 0, WORDS), ('é', 0, WORDS),
    # AT codes: ^ $ \A \Z \b \B under MULTILINE, ASCII, LOCALE
    ('^a', 0, WORDS), ('^a', M, ['b\na', 'a']), ('a$', 0, ['a\n', 'ba', 'a\nb']),
    ('a$', M, ['a\nb', 'ba']), (r'\Aa', 0, ['ab', 'ba']), (r'a\Z', 0, ['ba', 'a\n']),
    (r'\bfoo\b', 0, ['foo bar', 'afoo', 'é foo']), (r'\Bo\B', 0, ['foo', 'o']),
    (r'\b\w+\b', A, ['café au lait']), (r'\b', 0, ['', 'ab cd']), (r'\B', 0, ['', 'ab']),
    (rb'\bab\b', L, [b'ab cd', b'xab']), (rb'\Bb', 0, [b'ab']),
    # CATEGORY in sets: \d \s \w and negations, ASCII and Unicode
    (r'\d+', 0, ['abc123', '١٢٣', '12a']), (r'\d+', A, ['١٢٣ 12']), (r'\s+', 0, ['a \t\n\x1cb', 'a\u3000b']),
    (r'\S+', 0, WORDS), (r'\w+', 0, WORDS), (r'\W+', 0, WORDS), (r'\w+', A, ['é_x1']),
    (r'\D\S\W', 0, ['a b!', 'ab c ']), (rb'\w+', 0, [b'ab_1 \xe9']), (rb'\d\s', 0, [b'1 ', b'a ']),
    (rb'\w+', L, [b'ab\xe9c']),
    # IN with CHARSET, RANGE, NEGATE, BIGCHARSET, LITERAL sets
    ('[abc]+', 0, WORDS), ('[a-f0-9]+', 0, ['deadbeef', 'xyz', 'G12']), ('[^a-z]+', 0, WORDS),
    ('[αβγ]', 0, ['βeta', 'x']), ('[\u0100-\u0200\u3000-\u3010]+', 0, ['a\u0150\u3005x']),
    ('[' + ''.join(chr(c) for c in range(0x100, 0x400, 7)) + ']+', 0, ['\u0100\u0107x']),
    ('[^\u0100-\u0200]', 0, ['\u0150a']), ('[\U0001F600-\U0001F64F]+', 0, ['a😀😃b']),
    ('[a-z\\d_]+', 0, ['a_1-b']), ('[-a]', 0, ['-', 'b']), ('[]a]', 0, [']', 'b']),
    # IGNORECASE: LITERAL_IGNORE, LITERAL_UNI_IGNORE, IN_UNI_IGNORE, RANGE_UNI_IGNORE, NOT_*
    ('abc', I, ['ABC', 'aBc', 'xAbC']), ('straße', I, ['STRASSE', 'Straße', 'STRAẞE']),
    ('[a-z]+', I, ['HeLLo', 'ſK']), ('[^a]', I, ['A', 'b']), ('σ', I, ['Σ', 'ς', 'σ']),
    ('k', I, ['K', 'K']), ('i', I, ['İ', 'ı', 'I']), ('[k-m]', I, ['K', 'L']),
    ('[α-ω]+', I, ['ΑΒΓ']), ('ǅ', I, ['Ǆ', 'ǆ']), ('é', I, ['É']), ('[^é]', I, ['É', 'x']),
    ('abc', I | A, ['ABC', 'aBc']), ('[a-c]+', I | A, ['ABCD']), ('k', I | A, ['K', 'K']),
    (rb'abc', I, [b'ABC', b'aBc']), (rb'[a-c]+', I, [b'ABCd']), (rb'\xe9', I, [b'\xc9']),
    (rb'abc', I | L, [b'ABC']), (rb'[a-c]', I | L, [b'B']), (rb'[^a]', I | L, [b'A', b'b']),
    (rb'a', I | L, [b'A']),
    # NOT_LITERAL_IGNORE, RANGE_UNI_IGNORE (astral ranges), the LOCALE negations
    (r'[^a]', I | A, ['A', 'b']), (rb'[^a]+', I, [b'AAb', b'bA']),
    ('[\U00010400-\U0001044F]+', I, ['x\U00010400\U00010428y', 'abc']),
    ('[a\U00010428-\U0001042F]', I, ['\U00010400', 'A']), (rb'\W+', L, [b'ab, cd']),
    (rb'a\B', L, [b'ab', b'a b']),
    # BRANCH (with the LITERAL/IN skips), JUMP
    ('cat|dog|bird', 0, ['hotdog', 'catalog', 'birds', 'cow']), ('a|b|', 0, ['c', 'ab']),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd', 'acd']), ('x(?:[ab]|c)y', 0, ['xay', 'xcy', 'xdy']),
    ('(?:a|b)+c', 0, ['ababc', 'abd']),
    # MARK, groups, named groups, lastindex/lastgroup
    ('(a)(b)?(c)', 0, ['ac', 'abc']), ('(?P<x>a)(?P<y>b)?', 0, ['a', 'ab', 'b']),
    ('((a)|(b))+', 0, ['ab', 'ba']), ('(a)|(b)', 0, ['b', 'a']), ('(?P<w>\\w+)\\s(?P=w)', 0,
                                                                     ['the the', 'a b']),
    # REPEAT_ONE / MIN_REPEAT_ONE / POSSESSIVE_REPEAT_ONE
    ('a*', 0, WORDS), ('a+b', 0, ['aaab', 'b', 'aaa']), ('a{2,3}', 0, ['a', 'aa', 'aaaa']),
    ('a*?b', 0, ['aaab']), ('a+?', 0, ['aaa']), ('.*?x', 0, ['abxcx']), ('a{2,}?', 0, ['aaaa']),
    ('a*+a', 0, ['aaa']), ('a++b', 0, ['aab']), ('x*+', 0, ['xxy']), ('.*foo', 0, ['xfooyfoo']),
    ('\\d{3}-\\d{4}', 0, ['555-1234', '55-123']), ('[ab]*c', 0, ['abac', 'abab']),
    ('a{0}', 0, ['a']), ('a{3}', 0, ['aa', 'aaa']), ('.{2}', S, ['\n\n']),
    # REPEAT with MAX_UNTIL / MIN_UNTIL / POSSESSIVE_REPEAT (items wider than one character)
    ('(ab)*', 0, ['ababx', 'x']), ('(ab)*?c', 0, ['ababc']), ('(?:ab)+', 0, ['abab', 'a']),
    ('(a|b)*?b', 0, ['aab']), ('(?:a|bc)*+c', 0, ['abcc', 'abc']), ('(ab){2,3}', 0, ['ababab']),
    ('(?:x*)*', 0, ['xx', '']), ('(?:x*)*?y', 0, ['xxy']), ('(a*)*b', 0, ['aab']),
    ('(a*)+', 0, ['aa', 'b']), ('(a|)+b', 0, ['aab']), ('((a)|b)*', 0, ['ab', 'ba']),
    ('(?:(a)|b){2}', 0, ['ab', 'ba']), ('(?:ab)++', 0, ['ababa']), ('(?:ab){1,2}+c', 0, ['ababc']),
    ('(a+|b+)*c', 0, ['aabbc']), ('(?:(x)|y)*?z', 0, ['xyz']),
    # ATOMIC_GROUP
    ('(?>a*)a', 0, ['aaa']), ('(?>ab|a)c', 0, ['abc', 'ac']), ('(?>(a)b)', 0, ['ab']),
    # ASSERT / ASSERT_NOT (lookahead, lookbehind)
    ('a(?=b)', 0, ['ab', 'ac']), ('a(?!b)', 0, ['ab', 'ac']), ('(?<=a)b', 0, ['ab', 'cb']),
    ('(?<!a)b', 0, ['ab', 'cb', 'b']), ('(?<=ab)c', 0, ['abc']), ('(?=(a))a', 0, ['a']),
    ('(?!(a)b)a', 0, ['ac']), ('(?<=(a))b', 0, ['ab']), ('\\w+(?=,)', 0, ['foo, bar,']),
    ('(?:(?!x).)*', 0, ['abxcd']),
    # GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE, GROUPREF_EXISTS
    ('(a)\\1', 0, ['aa', 'ab']), ('(a)\\1', I, ['aA']), ('(\\w)\\1', I, ['éÉ', 'aA']),
    ('(a)\\1', I | A, ['aA']), (rb'(a)\1', I | L, [b'aA']), ('(a)?b(?(1)c|d)', 0, ['abc', 'bd', 'bc']),
    ('(?P<q>")?\\w+(?(q)")', 0, ['"abc"', 'abc', '"abc']), ('(a)?(?(1)b)', 0, ['ab', 'c']),
    ('(a)|\\1', 0, ['b']), ('(?:(a)|b)\\1', 0, ['aa', 'bb']),
    # flags: VERBOSE, DOTALL, MULTILINE combined; inline flags
    ('a b # comment\n c', X, ['abc']), ('(?i)abc', 0, ['ABC']), ('a(?i:b)c', 0, ['aBc', 'aBC']),
    ('(?s).+', 0, ['a\nb']), ('(?m)^b', 0, ['a\nb']), ('(?x) a  b', 0, ['ab']),
    ('(?a)\\w+', 0, ['é1']), ('(?-i:a)B', I, ['ab', 'aB']),
    # empty matches and must_advance (findall, split, sub)
    ('', 0, WORDS), ('x*', 0, ['abc', 'xaxx']), ('\\b', 0, ['a b']), ('(?=a)', 0, ['aa']),
    ('a|', 0, ['bab']), ('$', 0, ['a\n']), ('^', M, ['a\nb\n']),
    # bytes patterns
    (b'abc', 0, [b'xabcx', b'']), (rb'a.c', 0, [b'a\xffc']), (rb'[\x80-\xff]+', 0, [b'a\x80\xffb']),
    (rb'(a)(b)?', 0, [b'a', b'ab']), (rb'\x00+', 0, [b'a\x00\x00b']), (b'a|b', 0, [b'cab']),
    # prefix search with overlap table
    ('abcabd', 0, ['abcabcabd', 'abcab']), ('aab', 0, ['aaab']), ('ababc', 0, ['abababc']),
    ('abc\\d', 0, ['abcabc1']), ('(?:abc)+x', 0, ['abcabcx']), ('ab(c)', 0, ['xabc']),
    # charset prefix
    ('[ab]c', 0, ['xxbc']), ('(?:a|b)c', 0, ['xbc']), ('[ab]+c', 0, ['xbac']),
    # catastrophic (slow but correct)
    ('(a+)+b', 0, ['a' * 12]), ('(a|a)*c', 0, ['a' * 10]), ('(x+x+)+y', 0, ['x' * 10]),
    # long subjects
    ('\\w+', 0, ['word ' * 300]), ('a.*b', S, ['a' + 'x\n' * 500 + 'b']),
]

samples = ('', 'a', 'é', 'ē', '日', '😀', 'a😀b', '👨\u200d👩\u200d👧', '\U0010ffff', 'e\u0301', '🇫🇷')
i = 0
while i < len(samples):
    s = samples[i]
    print(repr(s), len(s), len(s.encode()), s[::-1] == s, repr(s[-1:]), repr(s[:1]), s.isprintable())
    i += 1
s = 'x😀y😀z'
print(s[1], s[3], s[1:4], s[::2], s[-2], s.find('y'), s.index('z'), s.count('😀'), s.split('😀'), s.replace('😀', '.'))
print(s.upper(), s.center(9, '*'), s.partition('y'), '😀'.join(('a', 'b')), s.startswith('x😀'), s.endswith('😀z'))
print(repr('\U0001f600'), ascii('\U0001f600'), '\N{SNOWMAN}', len('\N{SNOWMAN}'), '\u2603' == '☃')

# Decoding with unicode_escape warns about the escapes a string literal would reject: the
# first unknown escape (\q) or octal escape above \377 of each call, as a DeprecationWarning
# on the line that called decode (shown in __main__, once per line, by the default filters).
print(b'a\\qb\\w'.decode('unicode_escape'))
print(ascii(b'\\777x\\q'.decode('unicode_escape')))
print(ascii(b'\\400'.decode('unicode_escape')))
print(ascii(b'\\8\\9'.decode('unicode_escape')))
print(ascii(b'\\\xe9'.decode('unicode_escape')))
for i in range(3):
    print(b'\\q'.decode('unicode_escape'))


def f():
    return b'\\d'.decode('unicode-escape')


print(f())
print(b'\\q'.decode('raw_unicode_escape'))
print(ascii(b'\\x4\\q'.decode('unicode_escape', 'replace')))
try:
    b'\\x4\\q'.decode('unicode_escape')
except UnicodeDecodeError as e:
    print(e)
print(b'\\n\\t\\x41\\101\\N{BULLET}'.decode('unicode_escape') == '\n\tAA\u2022')

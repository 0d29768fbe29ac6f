print('Hello World'.upper(), 'Hello World'.lower(), 'hello world'.title(), "they're bill's".title())
print('hELLO wORLD'.capitalize(), 'Hello'.swapcase(), 'ß'.upper(), 'İ'.lower(), 'ǆ'.title())
print('ﬁ'.upper(), 'ΣΑΣ'.lower(), 'straße'.casefold(), 'ABC'.casefold())
print(repr('abc'.center(9)), repr('abc'.center(8, '*')), repr('abc'.center(2)), repr('ab'.center(5)))
print(repr('abc'.ljust(6, '.')), repr('abc'.rjust(6)), repr('42'.zfill(5)), repr('-42'.zfill(6)))
print(repr('+7'.zfill(4)), repr('abc'.zfill(2)), repr(''.zfill(3)))
print('a:b:c'.partition(':'), 'abc'.partition(':'), 'a:b:c'.rpartition(':'), 'abc'.rpartition(':'))
print('123'.isdigit(), '12a'.isdigit(), ''.isdigit(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric())
print('abc'.isalpha(), 'ab1'.isalnum(), '   '.isspace(), 'abc'.islower(), 'ABC'.isupper())
print('Hello World'.istitle(), 'hello'.istitle(), 'abc_1'.isidentifier(), '1abc'.isidentifier())
print('abc'.isascii(), 'é'.isascii(), 'abc\n'.isprintable(), 'é'.isalpha())
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '01234\t5'.expandtabs(4))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
print('hello'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
print('{} and {}'.format(1, 2), '{1}{0}'.format('a', 'b'), '{x}'.format(x=5))

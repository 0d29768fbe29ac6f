# float() of strings: signs, underscores, exponents, specials, and Unicode digits.
print(float('1_000.000_1'), float('-1_0e1_0'), float('  .1e-1_0 '), float('+.5'), float('-5.'), float('1E+3'))
print(float('iNfInItY'), float('-nan'), float('+infinity'), float('\u00a01.5\u2003'), float('\u0661\u0662.\u0665'))
print(float(10 ** 20), float(-(2 ** 63)), float(2 ** 53 + 1), float(2 ** 54 + 3), float(-7), float(0))
print(float('1e-400'), float('-1e-400'), float('4.9e-324'), float('2e-324'), float('3e-324'), float('1e309'))
def bad(s):
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
    except TypeError as e:
        print('TypeError', e)
bad('1.5.2')
bad('1e5.5')
bad('.')
bad('e5')
bad('1_.5')
bad('1._5')
bad('1e_5')
bad('+')
bad('infinit')
bad('1j')
bad('1\u00a02')
bad(1j)
bad('--1')
try:
    float(1, 2)
except TypeError as e:
    print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)

# complex: repr, arithmetic, comparisons and complex('...') parsing.
print(1j, -1j, 1 + 2j, 1 - 2j, 0j, -0j, complex(-0.0, -0.0), complex(0, -0.0), 1.5e20j, 1e-5 + 1e300j)
print(complex(1, 2) * complex(3, 4), (1 + 2j) / (3 - 4j), (1 + 2j) ** 2, (1 + 2j) ** 0.5, (2j) ** 3)
print(abs(3 + 4j), abs(complex(float('inf'), float('nan'))), -(1 + 2j), +(1 - 0j), (1 + 2j).conjugate())
print((1 + 2j) == complex(1, 2), (1 + 0j) == 1, (1 + 0j) == 1.0, 2j != 2, (1+2j).real, (1+2j).imag)
print(complex('1+2j'), complex(' (1-2j) '), complex('j'), complex('-j'), complex('1e3j'), complex('1_0+2_0j'), complex('inf-nanj'))
print(complex('3'), complex('-3.5'), complex(2), complex(2.5, -1), complex(True), complex('+1.5E-2-3j'))
print(complex(1 + 2j, 3j), complex(1j, 1j), complex(float('inf'), 0), complex(float('nan'), 1), 1e400j)
print(0j ** 0, 0j ** 0j, (1 + 1j) ** 3, (-1) ** 0.5 == 1j, 1j * 1j, 1j ** 2)
def bad(s):
    try:
        complex(s)
    except ValueError as e:
        print('ValueError', e)
    except TypeError as e:
        print('TypeError', e)
bad('')
bad('1+')
bad('1 + 2j')
bad('(1+2j')
bad('1+2jj')
bad('j1')
bad('1+2i')
bad('1__0')
bad('1_')
bad('( 1+2j')
bad('1j+2')
bad('+-1j')
bad('.e1')
print(complex('( 1+2j )'), complex('1+j'), complex('٣+١j'), complex('nan+infj'), complex('-infj'))
print(complex('1.e1j'), complex(' 1'), complex('1e400j'), complex(real=1, imag=2), complex(imag=3))
try:
    complex(1, None)
except TypeError as e:
    print(e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print(e)
try:
    complex(x=1)
except TypeError as e:
    print(e)
bad(None)
try:
    (1 + 2j) < (3 + 4j)
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    1j // 2
except TypeError as e:
    print(e)
try:
    1j % 2
except TypeError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
try:
    complex('1', 2)
except TypeError as e:
    print(e)
try:
    complex(1, '2')
except TypeError as e:
    print(e)
print(hash(1j), hash(1 + 0j), hash(complex(2.5, -1.5)), hash(0j) == hash(0))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), 10 ** 20 + 1j, (2 ** 70) * 1j)
print(1j == 1j, 1 + 1j == 1 + 1j, complex(1e300, 1e300) * 1e300, (1e308 + 1e308j) * 10)

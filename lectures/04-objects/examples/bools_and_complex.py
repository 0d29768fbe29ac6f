# bool is an int subclass; complex arithmetic.
print(True + True, True * 10, True / 2, -True, True & False, True | False, True ^ True)
print(True & 3, False | 2, bool(), bool(0), bool(0.0), bool(-1), bool(0j), bool(None))
print(isinstance(True, int), True == 1, hash(True), int(True), float(False))
print(complex(1, 2) * complex(3, 4), (1 + 2j) / (3 - 4j), 1j ** 2, (1 + 1j) ** 3)
print(abs(3 + 4j), -(1 + 2j), (1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate())
print(complex('1+2j'), complex('-3j'), complex(2), complex(1.5, -2), complex('(1-1j)'))
print(1 + 2j + 3, 2 * 1j, 1j * 1j, 0j, -0j, complex(-0.0, -0.0))

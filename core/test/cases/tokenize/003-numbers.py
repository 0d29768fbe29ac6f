0 00 0_0 1 123 1_000_000 0x_1F 0XdeadBEEF 0o17 0O_7 0b1010 0B_1_0
1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1e1_0 .5j 1j 1J 3.14J 0j 00.5 0e0 09.5 09j 1e5j
x = 1.real
y = 1 .real
z = 1if 1else 0
w = 0x1for x in y
w = [0o7or 1, 0b1and 2, 1in x, 1is 1, 1not in x]

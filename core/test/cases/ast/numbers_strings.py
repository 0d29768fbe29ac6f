0, 1, 00, 0x1F, 0o17, 0b101, 1_000_000, 0xdead_beef
123456789012345678901234567890
1.5, 1., .5, 1e10, 1E-5, 1_0.0_1e+1_0, 1e400
1j, 2.5J, 1e3j, 0j
-1, +2, -0.0
'single' "double" '''triple
line''' """doc"""
r'\n\d' R"\x"
rb'\x00' Rb"raw" BR'x' b'\x41\101\n\t\\'
u'unicode' 'é' '\u00e9\U0001F600\x41\101\n\t\r\a\b\f\v\0'
'a' 'b' 'c'
b'a' b'b'
'line\
continued'
'\q\w invalid escapes stay'
"quote \" inside" 'it\'s'
'😀 astral'
x = 'é😀' + "ü"; y = 1

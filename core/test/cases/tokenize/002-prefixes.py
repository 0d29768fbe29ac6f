a = r'x' u'x' b'x' br'x' rb'x' Br"x" bR"x" RB'x' U"x" R"x" B'x'
b = f'x' F'x' fr'x' rf'x' Fr'x' fR'x' RF'x' rF'x'
c = '''triple
quoted''' """another "one" here""" '' "" '\'' "\"" 'a\
b'
d = ub bu fb ur rr bb ff r_x rb_ fr1
e = b'\xff' rb'\d' '\N{DASH}'

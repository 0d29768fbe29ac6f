vals = (0.0, -0.0, 1.0, 0.1, 1.5, 2.5, 123.456, 1e-5, 1e16, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan'), 1/3, 100.0, 12345678.9)
specs = ('', 'f', '.0f', '.3f', 'e', '.2e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10', '^12.4g', '+', ' ', '#.0f', '010.3f', ',.2f', '_.1f', 'n', '#g', '.0e', '#.0e')
i = 0
while i < len(vals):
    out = ''
    j = 0
    while j < len(specs):
        out = out + '[' + format(vals[i], specs[j]) + ']'
        j += 1
    print(repr(vals[i]), out)
    i += 1

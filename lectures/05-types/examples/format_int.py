vals = (0, 1, -1, 42, -42, 255, 1000000, -1234567, 2 ** 64, -(2 ** 100), True)
specs = ('', 'd', '5d', '<5', '^7', '+d', ' d', 'x', 'X', '#x', 'o', '#o', 'b', '#b', '08b', ',', '_', '_x', '_b', 'e', '.2f', '%', 'n', '=+8', '*^9', '#010x', 'c')
i = 0
while i < len(vals):
    out = ''
    j = 0
    while j < len(specs):
        try:
            out = out + '[' + format(vals[i], specs[j]) + ']'
        except (ValueError, OverflowError) as e:
            out = out + '[!' + str(e) + ']'
        j += 1
    print(repr(vals[i]), out)
    i += 1

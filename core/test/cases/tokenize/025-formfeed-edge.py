x = 1

y = 2  # ff
if y:
    pass

# ok
x = 1
# café

# args: -i 0
x = [1, 2]

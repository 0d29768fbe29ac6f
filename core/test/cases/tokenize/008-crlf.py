x = 1
if x:
    y = "a"
# c

z = 3

x = 10
def gen():
    global x
    y = 0
    while y < 3:
        yield x + y
        y += 1
    x = 99
print(list(gen()), x)

def c1():
    a, b = [1, 2, 3]
def c2():
    a, b, c = (1, 2)
def c3():
    a, b = 1
def c4():
    a, b = iter([1])
def c5():
    a, b = iter([1, 2, 3])
def c6():
    a, *b, c = [1]
def c7():
    a, *b = 5
def c8():
    return [*5]
def c9():
    a, b = "abc"
def c10():
    a, b = {1: 2, 3: 4, 5: 6}
def c11():
    a, b = None
def c12():
    x, = []
def c13():
    *a, b, c, d = range(2)
def c14():
    for a, b in [(1, 2), (3,)]:
        print(a, b)
for f in [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14]:
    try:
        f()
    except Exception as e:
        print(type(e), e)

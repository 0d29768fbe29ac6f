# A while test is compiled twice; the two identical genexpr code objects are one constant.
def f(self):
    id = 0
    while id in set(x for x in y):
        id += 1

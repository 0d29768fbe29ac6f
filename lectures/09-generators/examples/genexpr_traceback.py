def scale(k):
    return (10 // v for v in k)
print(list(scale([1, 2, 0])))

def last(t):
    return t[len(t)]
print(last((1, 2, 3)))

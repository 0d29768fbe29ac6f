def three(a, b, c):
    return a

three("only one")

# args: -i 1
def f(a, b=2):
    return {a: [b, (c, d)], **e}

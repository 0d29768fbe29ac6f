# Runs on VM_02: calls, returns and try/except without arithmetic.
def leaf(x):
    return x

def mid(x):
    return leaf(leaf(x))

def thrower(x):
    raise ValueError(x)

def run():
    r = None
    k = "k"
    r = mid(mid(mid(k)))
    return r

import sys
sys.setrecursionlimit(100000)
def deep(f):
    try:
        return deep(f)
    except RecursionError:
        return f("bottom")

print("checksum", run(), deep(mid), deep(leaf))

import sys

def greet(who):
    print("hello,", who)
    return who

greet(greet("pyc"))
print(sys.getrecursionlimit())
try:
    raise KeyError("from pyc")
except KeyError as e:
    print("caught", repr(e))

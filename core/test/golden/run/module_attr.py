import sys
print(sys.getrecursionlimit())
sys.no_such_attribute_here

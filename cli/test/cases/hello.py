import sys
print("args:", sys.argv)
x = 1
print(x + 41)

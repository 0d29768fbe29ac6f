# -5..256 are preallocated: every 256 is the same object, 257s are new ones.
a = 256
b = 255 + 1
print(a is b)
c = 257
d = 256 + 1
print(c is d, c == d)
e = -5
f = -4 - 1
print(e is f)
g = -6
h = -5 - 1
print(g is h)
print(int('256') is int('256'), int('257') is int('257'))

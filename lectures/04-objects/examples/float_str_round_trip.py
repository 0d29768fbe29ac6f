# repr(float) is the shortest string that reads back as the same double.
x = 0.1
n = 0
while n < 12:
    print(x, -x, x * 3, x / 7, x * 1e15, x * 1e17)
    x = x * 10.0 + 0.01
    n = n + 1
y = 1.0
while y > 1e-320:
    y = y / 1e7
    print(y)
z = 1.0
while z < 1e300:
    z = z * 1.1e37
    print(z)
print(float('0.1e-5'), float('12345678912345678912345678.0'), float('1.00000000000000011102230246251565404236316680908203125'))
print(float('1.00000000000000011102230246251565404236316680908203124'), float('2.4703282292062327e-324'), float('2.4703282292062328e-324'))

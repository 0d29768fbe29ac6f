# hash() of numbers: equal numbers hash equal; ints reduce modulo 2**61 - 1.
print(hash(1), hash(-1), hash(-2), hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 61)))
print(hash(1.5), hash(1.0), hash(float('inf')), hash(float('-inf')), hash(0.1))
print(hash(10 ** 30), hash(-10 ** 30), hash(1e30), hash(True), hash(1 + 0j), hash(2j))
print(hash(1.0) == hash(1) == hash(True), hash(-0.0))

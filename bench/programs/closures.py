# Closures: cells, free variables, nested function calls.
def make_adder(k):
    def add(x):
        return x + k
    return add

def run(n):
    adders = [make_adder(j) for j in range(10)]
    total = 0
    for i in range(n):
        total += adders[i % 10](i)
    return total

print("checksum", run(1000000))

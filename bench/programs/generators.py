# Generators: yield, resumption, generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i * i % 97
        i += 1

def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev + x
        prev = x

print("checksum", sum(pairs(numbers(1000000))), sum(x for x in range(100000) if x % 3))

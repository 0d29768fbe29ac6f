# Sorting: list.sort with and without keys, on pseudo-random data.
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out

data = lcg(42, 200000)
a = sorted(data)
b = sorted(data, key=lambda v: (v % 1000, v))
c = sorted([str(v) for v in data[:50000]])
print("checksum", a[0], a[-1], b[0], b[-1], c[0], c[-1], sum(a[::1000]) % 1000003)

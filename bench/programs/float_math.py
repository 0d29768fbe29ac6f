# Float arithmetic: a numerical integration and a recurrence.
def integrate(n):
    h = 1.0 / n
    s = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
        i += 1
    return s * h

print("checksum", round(integrate(2000000), 9))

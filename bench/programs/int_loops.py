# Integer arithmetic in while loops (BINARY_OP, COMPARE_OP, jumps).
def work(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total

print("checksum", work(3000000))

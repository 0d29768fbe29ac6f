import_seed = 12345
def lcg(n):
    out, x = [], import_seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2 ** 31
        out.append(x % 1000)
    return out
nums = lcg(2000)
s = sorted(nums)
print(s[:5], s[-5:], sum(s) == sum(nums))
floats = [n / 7 for n in nums[:50]]
print(sorted(floats)[:3])
strs = [str(n) for n in nums[:30]]
print(sorted(strs)[:6])
mixed = [3, 1.5, True, 2]
print(sorted(mixed))

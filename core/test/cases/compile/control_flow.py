def loops(n):
    total = 0
    i = 0
    while i < n:
        if i % 2 == 0 and i > 3 or not i:
            total += i
        elif i == 7:
            break
        else:
            continue
        i += 1
    else:
        total = -1
    for j in range(n):
        if j in (1, 2, 3):
            continue
        if j not in [4, 5]:
            pass
        for k in "ab":
            if k is None:
                break
        else:
            total += 1
    return total if total > 0 else None

def chained(a, b, c):
    if a < b < c:
        return 1
    x = a < b <= c != 3
    return not (a is b) and (a not in b)

x = 1 if True else 2
y = (a := 10) + a
z = [1, 2, 3][1:2], "abc"[0]
del x
assert y, "msg"
assert z

def process(items):
    out = []
    for i in items:
        out.append(10 // i)
    return out
print(process([1, 2, 5]))
print(process([1, 0]))

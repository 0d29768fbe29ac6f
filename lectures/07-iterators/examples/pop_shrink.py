import sys
l = list(range(64))
seen = []
while l:
    s = sys.getsizeof(l)
    if not seen or seen[-1][1] != s:
        seen.append((len(l), s))
    l.pop()
print(seen)
